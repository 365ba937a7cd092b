// Calls and refusals per ISO week or month (stats.hpp), for the journal's chart. Day
// arithmetic goes through the journal's own date functions: a day is the instant of its
// midnight UTC divided by a day's milliseconds.
#include <cstdint>
#include <cstdio>
#include <map>

#include "journal/datetime.hpp"
#include "parcours/journal/stats.hpp"

namespace parcours::journal {
namespace {

constexpr std::int64_t kDayMillis = 86'400'000;

// "2026-11-23…" → days since 1970-01-01; nullopt when the first ten characters are not a
// real day.
std::optional<std::int64_t> dayNumber(std::string_view text) {
    if (text.size() < 10 || !isValidDate(text.substr(0, 10))) return std::nullopt;
    const auto midnight = instantOf(std::string(text.substr(0, 10)) + "T00:00Z");
    if (!midnight) return std::nullopt;
    return *midnight / kDayMillis - (*midnight % kDayMillis < 0 ? 1 : 0);
}

std::string dateOf(std::int64_t day) {
    return formatUtc(day * kDayMillis).substr(0, 10);
}

int yearOf(std::int64_t day) {
    return std::stoi(dateOf(day).substr(0, 4));
}

// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
std::int64_t weekday(std::int64_t day) {
    return ((day + 3) % 7 + 7) % 7;
}

struct Bucket {
    std::string key;
    std::int64_t start;  // day number of its first day
    std::int64_t next;   // day number of the next bucket's first day
};

// ISO 8601: weeks start on Monday; week 1 is the one with the year's first Thursday.
Bucket weekOf(std::int64_t day) {
    const std::int64_t monday = day - weekday(day);
    const std::int64_t thursday = monday + 3;
    const int isoYear = yearOf(thursday);
    const auto jan1 = dayNumber(std::to_string(isoYear) + "-01-01");
    const auto week = (thursday - *jan1) / 7 + 1;
    char key[32];
    (void)std::snprintf(key, sizeof key, "%04d-W%02d", isoYear, static_cast<int>(week));
    return {key, monday, monday + 7};
}

Bucket monthOf(std::int64_t day) {
    const std::string date = dateOf(day);
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    char first[32], following[32];
    (void)std::snprintf(first, sizeof first, "%04d-%02d-01", year, month);
    (void)std::snprintf(following, sizeof following, "%04d-%02d-01", month == 12 ? year + 1 : year,
                        month == 12 ? 1 : month + 1);
    return {std::string(first, 7), *dayNumber(first), *dayNumber(following)};
}

Bucket bucketOf(std::int64_t day, Period period) {
    return period == Period::IsoWeek ? weekOf(day) : monthOf(day);
}

}  // namespace

std::vector<PeriodCount> callsPerPeriod(std::span<const Call> calls, Period period) {
    std::map<std::int64_t, PeriodCount> counted;  // by the bucket's first day
    for (const auto& c : calls) {
        const auto day = dayNumber(c.at);
        if (!day) continue;
        const Bucket b = bucketOf(*day, period);
        auto& count = counted[b.start];
        ++count.calls;
        if (isRefusal(c.outcome)) ++count.refusals;
    }
    std::vector<PeriodCount> out;
    if (counted.empty()) return out;
    const std::int64_t last = counted.rbegin()->first;
    for (std::int64_t start = counted.begin()->first; start <= last;) {
        const Bucket b = bucketOf(start, period);
        PeriodCount row = counted.count(start) ? counted[start] : PeriodCount{};
        row.key = b.key;
        row.start = dateOf(b.start);
        out.push_back(std::move(row));
        start = b.next;
    }
    return out;
}

Period chartPeriod(std::span<const Call> calls) {
    return callsPerPeriod(calls, Period::IsoWeek).size() <= kMaxWeeklyBars ? Period::IsoWeek
                                                                           : Period::Month;
}

}  // namespace parcours::journal
