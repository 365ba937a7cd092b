// The journal exports as a spreadsheet and a calendar read them: CSV parsed back with an
// independent reader, iCalendar checked line by line and unfolded.
#include <gtest/gtest.h>

#include <algorithm>

#include "directory/delimited_line.hpp"
#include "parcours/journal/exports.hpp"

using namespace parcours;
using namespace parcours::journal;

namespace {

RecordId idOf(std::uint8_t seed) {
    RecordId id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i)
        id.bytes[i] = static_cast<std::uint8_t>(seed + i);
    return id;
}

CallRow row(std::string practice, std::string note = {}) {
    CallRow r;
    r.profileName = "Léa";
    r.seeking = Seeking::Specialist;
    r.specialty = "dermatologie";
    r.call.id = idOf(1);
    r.call.practice.name = std::move(practice);
    r.call.practice.phone = "04 78 00 00 00";
    r.call.practice.address = "12 rue de la République, 69001 Lyon";
    r.call.at = "2026-10-12T09:30:00+02:00";
    r.call.outcome = Outcome::RefusedNoNewPatients;
    r.call.note = std::move(note);
    return r;
}

std::vector<std::vector<std::string>> parseCsv(std::string_view text) {
    directory::DelimitedReader reader(text, ',');
    std::vector<std::vector<std::string>> records;
    directory::DelimitedRecord record;
    while (reader.next(record)) {
        EXPECT_TRUE(record.error.empty()) << record.error << " at line " << record.line;
        records.emplace_back(record.fields.begin(), record.fields.end());
    }
    return records;
}

std::vector<std::string> icsLines(const std::string& ics) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < ics.size()) {
        const auto end = ics.find("\r\n", start);
        EXPECT_NE(end, std::string::npos) << "last line without CRLF";
        if (end == std::string::npos) break;
        lines.push_back(ics.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

// RFC 5545 §3.1: CRLF followed by one space or tab is removed.
std::vector<std::string> unfold(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines) {
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !out.empty())
            out.back() += line.substr(1);
        else
            out.push_back(line);
    }
    return out;
}

std::string propertyValue(const std::vector<std::string>& lines, std::string_view name) {
    for (const auto& line : lines)
        if (line.rfind(std::string(name) + ":", 0) == 0) return line.substr(name.size() + 1);
    return "<none>";
}

std::string unescapeText(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            ++i;
            out += value[i] == 'n' || value[i] == 'N' ? '\n' : value[i];
        } else {
            out += value[i];
        }
    }
    return out;
}

bool isValidUtf8Start(const std::string& line) {
    return line.empty() || (static_cast<unsigned char>(line[0]) & 0xC0) != 0x80;
}

}  // namespace

TEST(JournalCsv, AnEmptyListIsTheHeaderAlone) {
    const auto csv = callsCsv({}, false);
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
    const auto records = parseCsv(csv);
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0][0], "Date");
    for (const char* column : {"Cabinet", "Téléphone", "Adresse", "Canal", "Résultat", "Motif",
                               "Note", "Relance", "Démarche"})
        EXPECT_NE(std::find(records[0].begin(), records[0].end(), column), records[0].end())
            << column;
}

TEST(JournalCsv, TheByteOrderMarkComesFirstOnlyWhenAsked) {
    EXPECT_EQ(callsCsv({}, true).rfind("\xEF\xBB\xBF"
                                       "Date,",
                                       0),
              0u);
    EXPECT_EQ(callsCsv({}, false).rfind("Date,", 0), 0u);
}

TEST(JournalCsv, FieldsWithSeparatorsQuotesAndLineEndsAreQuotedAndComeBackWhole) {
    auto r = row("Cabinet \"Les Tilleuls\", Dr Martin", "rappeler lundi\r\nou mardi");
    r.call.reason = "plus de place";
    r.call.followUp = "2026-10-19";
    const auto csv = callsCsv({r}, false);
    EXPECT_NE(csv.find("\"Cabinet \"\"Les Tilleuls\"\", Dr Martin\""), std::string::npos) << csv;
    const auto records = parseCsv(csv);
    ASSERT_EQ(records.size(), 2u);
    const auto& header = records[0];
    const auto& fields = records[1];
    ASSERT_EQ(fields.size(), header.size());
    auto column = [&](std::string_view name) {
        auto it = std::find(header.begin(), header.end(), name);
        return fields[static_cast<std::size_t>(it - header.begin())];
    };
    EXPECT_EQ(column("Cabinet"), "Cabinet \"Les Tilleuls\", Dr Martin");
    EXPECT_EQ(column("Note"), "rappeler lundi\r\nou mardi");
    EXPECT_EQ(column("Adresse"), "12 rue de la République, 69001 Lyon");
    EXPECT_EQ(column("Résultat"), "Refus : ne prend pas de nouveaux patients");
    EXPECT_EQ(column("Canal"), "Téléphone");
    EXPECT_EQ(column("Date"), "2026-10-12 09:30");
    EXPECT_EQ(column("Relance"), "2026-10-19");
    EXPECT_EQ(column("Motif"), "plus de place");
    EXPECT_EQ(column("Démarche"), "Spécialiste : dermatologie");
    EXPECT_EQ(column("Personne"), "Léa");
    // Every record ends with CRLF, and a field without special characters is bare.
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
    EXPECT_NE(csv.find(",04 78 00 00 00,"), std::string::npos);
}

TEST(JournalCsv, FieldsAFormulaCouldHideInStartWithAnApostrophe) {
    std::vector<CallRow> rows;
    for (const char* evil :
         {"=HYPERLINK(\"http://x\",\"y\")", "+33 4 78", "-2+3", "@SUM(A1)", "\tx", "\rx"})
        rows.push_back(row(evil));
    rows.push_back(row("a=b+c"));  // inside a field, harmless
    const auto records = parseCsv(callsCsv(rows, false));
    ASSERT_EQ(records.size(), rows.size() + 1);
    const auto cabinet = static_cast<std::size_t>(
        std::find(records[0].begin(), records[0].end(), "Cabinet") - records[0].begin());
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        EXPECT_EQ(records[i + 1][cabinet], "'" + rows[i].call.practice.name);
    EXPECT_EQ(records.back()[cabinet], "a=b+c");
}

TEST(JournalIcs, AnEmptyListIsAnEmptyCalendar) {
    const auto ics = followUpsIcs({}, "-//Parcours//Journal//FR", "20261123T120000Z");
    const auto lines = icsLines(ics);
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    EXPECT_EQ(propertyValue(lines, "VERSION"), "2.0");
    EXPECT_EQ(propertyValue(lines, "PRODID"), "-//Parcours//Journal//FR");
    EXPECT_EQ(ics.find("VEVENT"), std::string::npos);
}

TEST(JournalIcs, OneAllDayEventPerFollowUp) {
    auto withFollowUp = row("Centre de santé Bellecour");
    withFollowUp.call.followUp = "2026-12-31";
    withFollowUp.call.outcome = Outcome::CallBack;
    auto without = row("Cabinet sans relance");
    auto notADate = row("Cabinet au 30 février");
    notADate.call.followUp = "2026-02-30";
    const auto lines = unfold(icsLines(
        followUpsIcs({withFollowUp, without, notADate}, "-//P//J//FR", "2026-11-23T12:00:00Z")));
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT"), 1);
    EXPECT_EQ(propertyValue(lines, "UID"), withFollowUp.call.id.hex() + "@parcours");
    EXPECT_EQ(propertyValue(lines, "DTSTAMP"), "20261123T120000Z");
    EXPECT_EQ(propertyValue(lines, "DTSTART;VALUE=DATE"), "20261231");
    EXPECT_EQ(propertyValue(lines, "DTEND;VALUE=DATE"), "20270101");
    EXPECT_EQ(propertyValue(lines, "SUMMARY"), "Relancer Centre de santé Bellecour");
    const auto description = unescapeText(propertyValue(lines, "DESCRIPTION"));
    EXPECT_NE(description.find("Tél. 04 78 00 00 00"), std::string::npos) << description;
    EXPECT_NE(description.find("Dernier résultat : À rappeler"), std::string::npos) << description;
}

TEST(JournalIcs, TextIsEscapedFoldedAt75OctetsAndUnfoldsBackToItself) {
    auto r = row("Maison de santé « Les Pentes », Dr Dupont; Dr Lévêque \\ Dr Œuvray");
    r.call.followUp = "2026-11-30";
    r.call.note = std::string("Secrétariat : rappeler après 14 h,\nmerci. ") +
                  "Très longue note accentuée éèàùç — " + std::string(120, 'x') + " 日本語テキスト";
    const auto ics = followUpsIcs({r}, "-//Parcours//Journal//FR", "20261123T120000Z");
    const auto raw = icsLines(ics);
    bool folded = false;
    for (const auto& line : raw) {
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_TRUE(isValidUtf8Start(line)) << "a fold split a character: " << line;
        EXPECT_EQ(line.find('\n'), std::string::npos);
        folded = folded || line.front() == ' ';
    }
    EXPECT_TRUE(folded);
    const auto lines = unfold(raw);
    const auto summary = propertyValue(lines, "SUMMARY");
    EXPECT_EQ(summary,
              "Relancer Maison de santé « Les Pentes »\\, Dr Dupont\\; Dr Lévêque \\\\ Dr Œuvray");
    EXPECT_EQ(unescapeText(summary), "Relancer " + r.call.practice.name);
    const auto description = unescapeText(propertyValue(lines, "DESCRIPTION"));
    EXPECT_NE(description.find("Note : " + r.call.note), std::string::npos) << description;
}
