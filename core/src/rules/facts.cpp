// computeFacts: the journal's values (profile, démarche, calls), the date, what the user
// states and the nearby counts, turned into the named facts the rules test.
#include "parcours/rules/facts.hpp"

#include <algorithm>
#include <set>

#include "common/text.hpp"
#include "journal/datetime.hpp"
#include "rules/specialty.hpp"

namespace parcours::rules {
namespace {

constexpr std::int64_t kMillisPerDay = 86'400'000;

// Days since 1970-01-01 of the date part of "YYYY-MM-DD…" (a date or an ISO date-time);
// nullopt when it does not start with a real date. The journal keeps local times as the
// user lived them: the calendar day they wrote is the one that counts, not UTC's.
std::optional<std::int64_t> dayNumber(std::string_view dateOrTime) {
    if (dateOrTime.size() < 10) return std::nullopt;
    const std::string day(dateOrTime.substr(0, 10));
    if (!journal::isValidDate(day)) return std::nullopt;
    auto instant = journal::instantOf(day + "T00:00Z");
    if (!instant) return std::nullopt;
    return *instant / kMillisPerDay;
}

std::string_view ageBand(std::int64_t age) {
    if (age <= 5) return "0-5";
    if (age <= 15) return "6-15";
    if (age <= 17) return "16-17";
    if (age <= 25) return "18-25";
    if (age <= 69) return "26-69";
    return "70+";
}

// The same practice called twice counts once: by its directory id, else its phone
// digits, else its folded name.
std::string practiceKey(const journal::PracticeRef& p) {
    if (!p.directoryId.empty()) return "id:" + p.directoryId;
    std::string digits;
    for (char c : p.phone)
        if (c >= '0' && c <= '9') digits += c;
    if (!digits.empty()) return "tel:" + digits;
    return "name:" + text::collapseSpaces(text::fold(p.name));
}

void addProfileFacts(const FactInput& in, std::int64_t today, int year, Facts& facts) {
    const journal::Profile& p = in.profile;
    // Only the birth year is known: the age is the difference of years, which is what the
    // user gave (it may be one more than the age in completed years until the birthday).
    if (p.birthYear > 0 && p.birthYear <= year) {
        const std::int64_t age = year - p.birthYear;
        facts.set("age", age);
        facts.set("age_band", std::string(ageBand(age)));
        facts.set("minor", age < 18);
    }
    facts.set("ald", p.ald);
    facts.set("c2s_or_ame", p.c2sOrAme);
    facts.set("has_medecin_traitant",
              !text::trim(p.medecinTraitant).empty() && !p.medecinTraitantLeft);
    facts.set("mt_left", p.medecinTraitantLeft);
    if (p.medecinTraitantLeft) {
        // Without the date it left, the year of grace (L162-5-3 5°) cannot be told.
        if (auto left = dayNumber(p.medecinTraitantLeftOn)) {
            const std::int64_t days = today - *left;
            facts.set("mt_left_days", days);
            facts.set("mt_left_within_year", days >= 0 && days <= 365);
        }
    } else {
        facts.set("mt_left_within_year", false);
    }
}

void addDemarcheFacts(const FactInput& in, Facts& facts) {
    const journal::Demarche& d = in.demarche;
    facts.set("seeking", std::string(journal::seekingId(d.seeking)));
    facts.set("demarche_status", std::string(journal::statusId(d.status)));
    std::string specialty;
    if (!text::trim(d.specialty).empty() && d.seeking != journal::Seeking::MedecinTraitant)
        specialty = normalizeSpecialty(d.specialty);
    else if (d.seeking == journal::Seeking::MedecinTraitant)
        specialty = "medecine-generale";
    if (!specialty.empty()) {
        std::optional<int> age;
        if (const auto* a = facts.find("age")) age = static_cast<int>(std::get<std::int64_t>(*a));
        if (auto direct = directAccess(specialty, age)) facts.set("direct_access", *direct);
        facts.set("specialty", std::move(specialty));
    }
}

void addCallFacts(const FactInput& in, std::int64_t today, Facts& facts) {
    using journal::Outcome;
    std::int64_t refusals = 0, noNew = 0, other = 0, discrimination = 0, noAnswers = 0, waiting = 0,
                 referred = 0, callBacks = 0;
    bool accepted = false, appointment = false;
    std::set<std::string> practices;
    std::optional<std::int64_t> first, last;
    for (const auto& call : in.calls) {
        switch (call.outcome) {
            case Outcome::Accepted:
                accepted = true;
                break;
            case Outcome::Appointment:
                appointment = true;
                break;
            case Outcome::RefusedNoNewPatients:
                ++noNew;
                break;
            case Outcome::RefusedOther:
                ++other;
                break;
            case Outcome::RefusedDiscrimination:
                ++discrimination;
                break;
            case Outcome::NoAnswer:
            case Outcome::Voicemail:
                ++noAnswers;
                break;
            case Outcome::WaitingList:
                ++waiting;
                break;
            case Outcome::Referred:
                ++referred;
                break;
            case Outcome::CallBack:
                ++callBacks;
                break;
        }
        if (journal::isRefusal(call.outcome)) ++refusals;
        practices.insert(practiceKey(call.practice));
        if (auto day = dayNumber(call.at)) {
            first = first ? std::min(*first, *day) : *day;
            last = last ? std::max(*last, *day) : *day;
        }
    }
    facts.set("calls", static_cast<std::int64_t>(in.calls.size()));
    facts.set("refusals", refusals);
    facts.set("refusals_no_new_patients", noNew);
    facts.set("refusals_other", other);
    facts.set("refusals_discrimination", discrimination);
    facts.set("no_answers", noAnswers);
    facts.set("waiting_lists", waiting);
    facts.set("referred", referred);
    facts.set("call_backs", callBacks);
    facts.set("accepted", accepted);
    facts.set("appointment", appointment);
    facts.set("distinct_practices", static_cast<std::int64_t>(practices.size()));
    facts.set("suspected_discrimination", discrimination > 0);
    if (first) facts.set("days_since_first_call", today - *first);
    if (last) facts.set("days_since_last_call", today - *last);
}

}  // namespace

Result<Facts> computeFacts(const FactInput& in) {
    if (in.today.size() != 10 || !journal::isValidDate(in.today))
        return usageError("not a date (YYYY-MM-DD): «" + text::printableExcerpt(in.today, 40) +
                          "»");
    const std::int64_t today = *dayNumber(in.today);
    const int year = std::stoi(in.today.substr(0, 4));
    Facts facts;
    addProfileFacts(in, today, year, facts);
    addDemarcheFacts(in, facts);
    addCallFacts(in, today, facts);
    const Situation& s = in.situation;
    facts.set("urgency", s.urgency || in.demarche.seeking == journal::Seeking::Urgent);
    facts.set("away_from_home", s.awayFromHome);
    facts.set("sees_mt_replacement", s.seesMtReplacement);
    facts.set("new_gp", s.newGp);
    facts.set("pregnant_6_months", s.pregnant6Months);
    facts.set("teleconsultation", s.teleconsultation);
    if (in.nearby) {
        facts.set("nearby_msp", in.nearby->msp);
        facts.set("nearby_centre_sante", in.nearby->centreSante);
        facts.set("nearby_cpts", in.nearby->cpts);
        facts.set("nearby_emergency", in.nearby->emergency);
    }
    return facts;
}

}  // namespace parcours::rules
