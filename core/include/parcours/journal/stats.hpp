#pragma once
// Questions the app asks of the journal beyond one démarche's summary (journal.hpp): the
// calls made to one practice across démarches, which démarche a new call goes to, calls
// and refusals per week or month for the journal's chart, and what a new démarche may look
// for. Free functions over the Journal or its plain records, so every front end (app, CLI)
// answers them the same way.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::journal {

// The calls made to one practice (its directory id), in every démarche, oldest first (by
// instant, whatever offset each was written with; equal instants keep démarche then log
// order). An empty id matches nothing: practices typed by hand have none.
Result<std::vector<Call>> callsToPractice(const Journal& journal, std::string_view directoryId);

// The open démarches, newest first: the latest `openedAt` instant; equal or unreadable times
// keep the journal's creation order, later first. The first is where a new call goes by
// default.
std::vector<Demarche> openDemarchesNewestFirst(std::span<const DemarcheSummary> demarches);
// The first of those, nullopt when every démarche is closed (or there is none).
std::optional<Demarche> newestOpenDemarche(std::span<const DemarcheSummary> demarches);

// Reopens a closed démarche (found too early, abandoned then taken up again): status open,
// no closing date; everything else as it was. Opening an open one changes nothing.
Result<void> reopenDemarche(Journal& journal, const RecordId& id);

// A call moved to another day (the user corrects when it was made): the same time of day
// and offset as written in `at`, on `day` ("2026-11-20"). A day that is not a real
// YYYY-MM-DD, or an `at` that is not a date and time, is refused with a message naming it.
Result<DateTime> onDay(const DateTime& at, const Date& day);

// Chart buckets.
enum class Period { IsoWeek, Month };

struct PeriodCount {
    std::string key;  // "2026-W47" (ISO 8601 week) or "2026-11"
    Date start;       // its first day: the Monday of the week, the 1st of the month
    std::size_t calls = 0;
    std::size_t refusals = 0;  // isRefusal outcomes
};

// Calls and refusals per period, from the period of the first call to that of the last,
// periods without a call included (zero), so a chart's bars are evenly spaced. A call
// counts on the day written in Call::at (the user's own day, as the rules' day counts do);
// a call whose date cannot be read is left out. Empty when no call has a date.
std::vector<PeriodCount> callsPerPeriod(std::span<const Call> calls, Period period);

// Weeks while the calls span at most kMaxWeeklyBars weeks, months beyond: a chart of a
// readable number of bars on a phone.
inline constexpr std::size_t kMaxWeeklyBars = 12;
Period chartPeriod(std::span<const Call> calls);

// What a new démarche may look for: every Seeking, in enum order, with whether it needs a
// specialty (a specialist search does; a second opinion may name its subject).
struct SeekingChoice {
    Seeking seeking = Seeking::MedecinTraitant;
    bool needsSpecialty = false;
};
std::vector<SeekingChoice> seekingChoices();

// The specialties a specialist search offers: the rules' specialty ids (the ones
// rules::normalizeSpecialty returns) but general medicine (a médecin traitant search), each
// with its French name, in French alphabetical order. The name is what a démarche keeps:
// normalizeSpecialty(labelFr) gives the id back.
struct SpecialtyChoice {
    std::string_view id;
    std::string_view labelFr;
};
std::vector<SpecialtyChoice> specialtyChoices();

// A démarche ready for Journal::openDemarche: a specialist search without a specialty is
// refused (with a message saying so); an opening time that is not ISO 8601 too. The
// specialty is trimmed; empty `openedAt` lets the journal stamp it.
Result<Demarche> newDemarche(Seeking seeking, std::string_view specialty, DateTime openedAt);

}  // namespace parcours::journal
