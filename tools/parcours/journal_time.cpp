#include "journal_time.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace parcours::cli {
namespace {

bool digitsAt(std::string_view s, std::size_t from, std::size_t n) {
    if (from + n > s.size()) return false;
    for (std::size_t i = from; i < from + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int number(std::string_view s, std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

bool isDate(std::string_view s) {
    if (s.size() < 10 || !digitsAt(s, 0, 4) || s[4] != '-' || !digitsAt(s, 5, 2) || s[7] != '-' ||
        !digitsAt(s, 8, 2))
        return false;
    const std::chrono::year_month_day ymd{
        std::chrono::year{number(s, 0, 4)},
        std::chrono::month{static_cast<unsigned>(number(s, 5, 2))},
        std::chrono::day{static_cast<unsigned>(number(s, 8, 2))}};
    return ymd.ok();
}

std::string offsetText(long seconds) {
    const char sign = seconds < 0 ? '-' : '+';
    const long minutes = (seconds < 0 ? -seconds : seconds) / 60;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%c%02ld:%02ld", sign, (minutes / 60) % 100, minutes % 60);
    return buffer;
}

std::string localIso(const std::tm& tm) {
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
    return buffer + offsetText(tm.tm_gmtoff);
}

// This machine's UTC offset at a local wall time (daylight saving included).
std::string localOffsetAt(std::string_view s) {
    std::tm tm{};
    tm.tm_year = number(s, 0, 4) - 1900;
    tm.tm_mon = number(s, 5, 2) - 1;
    tm.tm_mday = number(s, 8, 2);
    tm.tm_hour = number(s, 11, 2);
    tm.tm_min = number(s, 14, 2);
    tm.tm_isdst = -1;
    std::mktime(&tm);
    return offsetText(tm.tm_gmtoff);
}

}  // namespace

std::string nowLocalIso() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return localIso(tm);
}

std::string todayLocal() {
    return nowLocalIso().substr(0, 10);
}

std::string nowUtcBasic() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm);
    return buffer;
}

Result<std::string> parseDate(std::string_view text, std::string_view option) {
    if (text.size() != 10 || !isDate(text))
        return usageError(std::string(option) + ": «" + std::string(text) +
                          "» is not a date YYYY-MM-DD");
    return std::string(text);
}

Result<std::string> parseDateTime(std::string_view text, std::string_view option) {
    auto bad = [&] {
        return usageError(std::string(option) + ": «" + std::string(text) +
                          "» is not a date and time YYYY-MM-DDTHH:MM[:SS][+HH:MM]");
    };
    if (!isDate(text) || text.size() < 16 || (text[10] != 'T' && text[10] != ' ') ||
        !digitsAt(text, 11, 2) || text[13] != ':' || !digitsAt(text, 14, 2))
        return bad();
    std::string out(text.substr(0, 16));
    out[10] = 'T';
    std::size_t i = 16;
    if (i < text.size() && text[i] == ':') {
        if (!digitsAt(text, i + 1, 2) || number(text, i + 1, 2) > 60) return bad();
        out += text.substr(i, 3);
        i += 3;
    } else {
        out += ":00";
    }
    if (number(text, 11, 2) > 23 || number(text, 14, 2) > 59) return bad();
    const std::string_view zone = text.substr(i);
    if (zone.empty()) return out + localOffsetAt(text);
    if (zone == "Z") return out + "Z";
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digitsAt(zone, 1, 2) &&
        zone[3] == ':' && digitsAt(zone, 4, 2) && number(zone, 1, 2) <= 14 &&
        number(zone, 4, 2) <= 59)
        return out + std::string(zone);
    return bad();
}

}  // namespace parcours::cli
