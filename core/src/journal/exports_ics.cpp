// The follow-ups as an iCalendar file (RFC 5545); see exports.hpp.
#include <cctype>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "parcours/journal/exports.hpp"

namespace parcours::journal {
namespace {

constexpr std::string_view kLineEnd = "\r\n";
constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545 §3.1, line end excluded

// TEXT values (§3.3.11): backslash, semicolon and comma escaped, any line end as "\n".
// Other control characters are not allowed in a content line and are dropped.
std::string escapeText(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            if (c == '\t') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// §3.1: a line longer than 75 octets goes on in lines that start with one space (which
// counts in their 75). Cuts fall before a UTF-8 lead byte, never inside a character.
void appendFolded(std::string& out, std::string_view line) {
    std::size_t budget = kMaxLineOctets;
    while (line.size() > budget) {
        std::size_t cut = budget;
        while (cut > 0 && isContinuationByte(line[cut])) --cut;
        if (cut == 0) cut = budget;  // not UTF-8 at all: any cut will do
        out += line.substr(0, cut);
        out += kLineEnd;
        out += ' ';
        line.remove_prefix(cut);
        budget = kMaxLineOctets - 1;
    }
    out += line;
    out += kLineEnd;
}

// "2026-10-12" → the day after, for DTEND; nullopt when not a real calendar date.
std::optional<std::chrono::year_month_day> parseDate(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    for (std::size_t i = 0; i < date.size(); ++i)
        if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(date[i])))
            return std::nullopt;
    auto number = [&](std::size_t from, std::size_t n) {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (date[i] - '0');
        return v;
    };
    const std::chrono::year_month_day ymd{std::chrono::year{number(0, 4)},
                                          std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                          std::chrono::day{static_cast<unsigned>(number(8, 2))}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::string basicDate(std::chrono::year_month_day ymd) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

// "2026-11-23T12:00:00.250Z" → "20261123T120000Z": the form DTSTAMP takes.
std::string basicUtc(std::string_view now) {
    std::string out;
    for (char c : now) {
        if (c == '.') break;  // no fractions of a second in iCalendar
        if (std::isdigit(static_cast<unsigned char>(c)) || c == 'T') out += c;
    }
    return out + 'Z';
}

void appendEvent(std::string& out, const CallRow& row, std::chrono::year_month_day day,
                 const std::string& stamp) {
    const Call& c = row.call;
    const auto next =
        std::chrono::year_month_day{std::chrono::sys_days{day} + std::chrono::days{1}};
    std::string description;
    if (!c.practice.phone.empty()) description += "Tél. " + c.practice.phone + "\n";
    description += "Dernier résultat : " + std::string(outcomeLabelFr(c.outcome));
    if (!c.at.empty()) description += " (" + c.at.substr(0, 10) + ")";
    description += "\nDémarche : " + std::string(seekingLabelFr(row.seeking));
    if (!row.specialty.empty()) description += " – " + row.specialty;
    if (!row.profileName.empty()) description += " – pour " + row.profileName;
    if (!c.note.empty()) description += "\nNote : " + c.note;

    appendFolded(out, "BEGIN:VEVENT");
    appendFolded(out, "UID:" + c.id.hex() + "@parcours");
    appendFolded(out, "DTSTAMP:" + stamp);
    appendFolded(out, "DTSTART;VALUE=DATE:" + basicDate(day));
    appendFolded(out, "DTEND;VALUE=DATE:" + basicDate(next));
    appendFolded(out, "SUMMARY:" + escapeText("Relancer " + c.practice.name));
    appendFolded(out, "DESCRIPTION:" + escapeText(description));
    if (!c.practice.address.empty())
        appendFolded(out, "LOCATION:" + escapeText(c.practice.address));
    appendFolded(out, "TRANSP:TRANSPARENT");  // a reminder, not a busy slot
    appendFolded(out, "END:VEVENT");
}

}  // namespace

std::string followUpsIcs(const std::vector<CallRow>& rows, std::string_view productId,
                         std::string_view nowUtc) {
    std::string out;
    appendFolded(out, "BEGIN:VCALENDAR");
    appendFolded(out, "VERSION:2.0");
    appendFolded(out, "PRODID:" + std::string(productId));
    appendFolded(out, "CALSCALE:GREGORIAN");
    appendFolded(out, "METHOD:PUBLISH");
    const std::string stamp = basicUtc(nowUtc);
    for (const auto& row : rows) {
        auto day = parseDate(row.call.followUp);
        if (day) appendEvent(out, row, *day, stamp);
    }
    appendFolded(out, "END:VCALENDAR");
    return out;
}

}  // namespace parcours::journal
