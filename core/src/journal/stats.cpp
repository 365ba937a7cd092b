// The journal's cross-démarche questions (stats.hpp): a practice's calls, the open
// démarches, reopening, and what a new démarche may look for.
#include "parcours/journal/stats.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "common/text.hpp"
#include "journal/datetime.hpp"
#include "rules/specialty.hpp"

namespace parcours::journal {
namespace {

// Unreadable times sort first (they are rare: the journal validates what it stores).
std::int64_t instantOr(const DateTime& at, std::int64_t fallback) {
    const auto instant = instantOf(at);
    return instant ? *instant : fallback;
}

// French names of the rules' specialty ids, in French alphabetical order (the order the
// app lists them in). Each name folds back to its id through normalizeSpecialty; the
// test checks that and that no id is missing.
constexpr std::array<SpecialtyChoice, 24> kSpecialties{{
    {"allergologie", "Allergologie"},
    {"cardiologie", "Cardiologie"},
    {"chirurgie", "Chirurgie"},
    {"dentiste", "Chirurgie dentaire"},
    {"dermatologie", "Dermatologie"},
    {"endocrinologie", "Endocrinologie"},
    {"gastro-enterologie", "Gastro-entérologie"},
    {"geriatrie", "Gériatrie"},
    {"gynecologie", "Gynécologie"},
    {"medecine-interne", "Médecine interne"},
    {"nephrologie", "Néphrologie"},
    {"neurologie", "Neurologie"},
    {"neuropsychiatrie", "Neuropsychiatrie"},
    {"oncologie", "Oncologie"},
    {"ophtalmologie", "Ophtalmologie"},
    {"orl", "ORL"},
    {"pediatrie", "Pédiatrie"},
    {"pneumologie", "Pneumologie"},
    {"psychiatrie", "Psychiatrie"},
    {"radiologie", "Radiologie"},
    {"rhumatologie", "Rhumatologie"},
    {"sage-femme", "Sage-femme"},
    {"stomatologie", "Stomatologie"},
    {"urologie", "Urologie"},
}};

}  // namespace

Result<std::vector<Call>> callsToPractice(const Journal& journal, std::string_view directoryId) {
    std::vector<Call> out;
    if (directoryId.empty()) return out;
    auto demarches = journal.demarches();
    if (!demarches) return demarches.error();
    for (const auto& s : *demarches) {
        auto calls = journal.calls(s.demarche.id);
        if (!calls) return calls.error();
        for (auto& c : *calls)
            if (c.practice.directoryId == directoryId) out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const Call& a, const Call& b) {
        return instantOr(a.at, INT64_MIN) < instantOr(b.at, INT64_MIN);
    });
    return out;
}

std::vector<Demarche> openDemarchesNewestFirst(std::span<const DemarcheSummary> demarches) {
    std::vector<Demarche> open;
    for (auto it = demarches.rbegin(); it != demarches.rend(); ++it)  // later created first
        if (it->demarche.status == DemarcheStatus::Open) open.push_back(it->demarche);
    std::stable_sort(open.begin(), open.end(), [](const Demarche& a, const Demarche& b) {
        return instantOr(a.openedAt, INT64_MIN) > instantOr(b.openedAt, INT64_MIN);
    });
    return open;
}

std::optional<Demarche> newestOpenDemarche(std::span<const DemarcheSummary> demarches) {
    auto open = openDemarchesNewestFirst(demarches);
    if (open.empty()) return std::nullopt;
    return open.front();
}

Result<void> reopenDemarche(Journal& journal, const RecordId& id) {
    auto demarche = journal.demarche(id);
    if (!demarche) return demarche.error();
    if (demarche->status == DemarcheStatus::Open) return {};
    demarche->status = DemarcheStatus::Open;
    demarche->closedAt.clear();
    return journal.updateDemarche(*demarche);
}

Result<DateTime> onDay(const DateTime& at, const Date& day) {
    if (!isValidDate(day))
        return usageError("day «" + day + "»: expected a date such as 2026-10-19 (YYYY-MM-DD)");
    if (!instantOf(at)) return usageError("call time «" + at + "»: not a date and time");
    return day + at.substr(10);  // instantOf read the day in the first ten characters
}

std::vector<SeekingChoice> seekingChoices() {
    return {
        {Seeking::MedecinTraitant, false},
        {Seeking::Specialist, true},
        {Seeking::SecondOpinion, false},
        {Seeking::Urgent, false},
    };
}

std::vector<SpecialtyChoice> specialtyChoices() {
    // Only the ids the rules know today: a table entry whose id the rules dropped is left
    // out rather than offered with no rule behind it.
    std::vector<SpecialtyChoice> out;
    for (const auto& s : kSpecialties)
        if (rules::isSpecialtyId(s.id)) out.push_back(s);
    return out;
}

Result<Demarche> newDemarche(Seeking seeking, std::string_view specialty, DateTime openedAt) {
    Demarche d;
    d.seeking = seeking;
    d.specialty = std::string(text::trim(specialty));
    if (seeking == Seeking::Specialist && d.specialty.empty())
        return usageError(
            "a specialist search needs its specialty (cardiologie, "
            "dermatologie, …)");
    if (!openedAt.empty() && !instantOf(openedAt))
        return usageError("opened at «" + openedAt + "»: not a date and time");
    d.openedAt = std::move(openedAt);
    return d;
}

}  // namespace parcours::journal
