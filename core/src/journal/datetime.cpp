#include "journal/datetime.hpp"

#include <cstdio>

namespace parcours::journal {
namespace {

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly `width` digits at `pos`.
bool digits(std::string_view s, std::size_t pos, std::size_t width, int& out) {
    if (pos + width > s.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

struct Day {
    int year;
    unsigned month, day;
};

std::optional<Day> parseDate(std::string_view s) {
    int y, m, d;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
    if (y < 1900 || m < 1 || m > 12 || d < 1) return std::nullopt;
    if (static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(m))) return std::nullopt;
    return Day{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
}

}  // namespace

bool isValidDate(std::string_view text) {
    return text.size() == 10 && parseDate(text);
}

std::optional<std::int64_t> instantOf(std::string_view s) {
    auto day = parseDate(s);
    if (!day || s.size() < 16 || (s[10] != 'T' && s[10] != 't') || s[13] != ':')
        return std::nullopt;
    int hh, mm, ss = 0, millis = 0;
    if (!digits(s, 11, 2, hh) || !digits(s, 14, 2, mm) || hh > 23 || mm > 59) return std::nullopt;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, ss) || ss > 60) return std::nullopt;  // 60: a leap second
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            std::size_t start = ++pos, scale = 100;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                millis += static_cast<int>(static_cast<std::size_t>(s[pos] - '0') * scale);
                scale /= 10;
                ++pos;
            }
            if (pos == start) return std::nullopt;
        }
    }
    std::int64_t offsetMinutes = 0;
    if (pos < s.size()) {
        if (s[pos] == 'Z' || s[pos] == 'z') {
            ++pos;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh, om;
            if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
                !digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = (s[pos] == '-' ? -1 : 1) * (oh * 60 + om);
            pos += 6;
        }
        if (pos != s.size()) return std::nullopt;
    }
    const std::int64_t days = daysFromCivil(day->year, day->month, day->day);
    const std::int64_t seconds = days * 86400 + hh * 3600 + mm * 60 + ss - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

std::string formatUtc(std::int64_t millis) {
    std::int64_t seconds = millis / 1000;
    if (millis < 0 && millis % 1000) --seconds;
    std::int64_t days = seconds / 86400, rest = seconds % 86400;
    if (rest < 0) rest += 86400, --days;
    // civil_from_days (Hinnant).
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ",
                  static_cast<long long>(y), m, d, static_cast<long long>(rest / 3600),
                  static_cast<long long>(rest / 60 % 60), static_cast<long long>(rest % 60));
    return buffer;
}

}  // namespace parcours::journal
