// The French pack, end to end: for a person, a démarche, its calls, a date, what the
// user states and what is nearby, the advice a patient sees, rule ids in order. Each
// scenario is one row of the table; a failure names the scenario and prints the
// expected and actual id lists. The pack is the data/rules/fr folder of this source tree,
// loaded as the app and `parcours rules lint` load it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "parcours/journal/records.hpp"
#include "parcours/rules/advice.hpp"
#include "parcours/rules/facts.hpp"
#include "parcours/rules/pack.hpp"

namespace parcours::rules {
namespace {

using journal::Call;
using journal::Demarche;
using journal::DemarcheStatus;
using journal::Outcome;
using journal::Profile;
using journal::Seeking;

constexpr const char* kToday = "2026-11-23";

// --- Builders: small, so each row of the table reads as the situation it describes ---

Profile person(int birthYear) {
    Profile p;
    p.displayName = "Moi";
    p.birthYear = birthYear;
    p.homeCommune = "69123";
    return p;
}
Profile withMt(int birthYear) {
    Profile p = person(birthYear);
    p.medecinTraitant = "Dr Martin";
    p.medecinTraitantSince = "2019-03-01";
    return p;
}
// The médecin traitant retired or moved on `leftOn` (empty: date unknown).
Profile mtLeft(int birthYear, const char* leftOn) {
    Profile p = withMt(birthYear);
    p.medecinTraitantLeft = true;
    p.medecinTraitantLeftOn = leftOn;
    return p;
}
Profile ald(Profile p) {
    p.ald = true;
    return p;
}
Profile c2s(Profile p) {
    p.c2sOrAme = true;
    return p;
}

Demarche seeking(Seeking what, const char* specialty = "",
                 DemarcheStatus status = DemarcheStatus::Open) {
    Demarche d;
    d.seeking = what;
    d.specialty = specialty;
    d.openedAt = "2026-10-01T09:00:00+02:00";
    d.status = status;
    if (status != DemarcheStatus::Open) d.closedAt = "2026-11-20T18:00:00+01:00";
    return d;
}
Demarche seekMt(DemarcheStatus status = DemarcheStatus::Open) {
    return seeking(Seeking::MedecinTraitant, "", status);
}

// A call to practice number `practice` (same number: same practice, by its phone).
Call call(int practice, Outcome outcome, const char* at = "2026-11-02T10:00:00+01:00") {
    Call c;
    c.practice.name = "Cabinet " + std::to_string(practice);
    c.practice.phone = "04 78 00 00 " + std::to_string(10 + practice);
    c.at = at;
    c.outcome = outcome;
    return c;
}

Situation urgent() {
    return Situation{.urgency = true};
}
NearbyCounts someNearby() {
    return NearbyCounts{.radiusKm = 10, .msp = 2, .centreSante = 1, .cpts = 1};
}
NearbyCounts noneNearby() {
    return NearbyCounts{.radiusKm = 10};
}

struct Scenario {
    std::string name;
    Profile profile;
    Demarche demarche;
    std::vector<Call> calls;
    Situation situation;
    std::optional<NearbyCounts> nearby;
    std::vector<std::string> expected;
    std::string today = kToday;
};

const Outcome kFull = Outcome::RefusedNoNewPatients;

// clang-format off
const std::vector<Scenario>& scenarios() {
    static const std::vector<Scenario> table = {
    // --- Looking for a médecin traitant: no calls yet, then refusals and escalation ---
    {"mt, adult without MT, no calls yet", person(1990), seekMt(), {}, {}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, one refusal (full list), no place known", person(1990), seekMt(), {call(1, kFull)}, {},
     std::nullopt, {"J-01", "R-NOMT-03-LIEU", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, one refusal, structures nearby", person(1990), seekMt(), {call(1, kFull)}, {},
     someNearby(), {"J-01", "R-NOMT-03", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, one refusal, nothing nearby", person(1990), seekMt(), {call(1, kFull)}, {},
     noneNearby(), {"J-01", "R-NOMT-03-AUCUNE", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, one refusal, only a CPTS nearby", person(1990), seekMt(),
     {call(1, Outcome::RefusedOther)}, {}, NearbyCounts{.radiusKm = 10, .cpts = 1},
     {"J-01", "R-NOMT-03", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, nearby known but no refusal yet: no escalation", person(1990), seekMt(),
     {call(1, Outcome::NoAnswer)}, {}, someNearby(), {"R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, refusal and no answer at two practices: below the dossier mark", person(1990), seekMt(),
     {call(1, kFull), call(2, Outcome::NoAnswer)}, {}, std::nullopt,
     {"J-01", "R-NOMT-03-LIEU", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, three practices refused: CPAM dossier", person(1990), seekMt(),
     {call(1, kFull), call(2, kFull), call(3, Outcome::RefusedOther)}, {}, someNearby(),
     {"J-01", "J-04", "R-NOMT-03", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, one practice called three times counts once", person(1990), seekMt(),
     {call(1, Outcome::NoAnswer), call(1, Outcome::Voicemail), call(1, kFull)}, {}, std::nullopt,
     {"J-01", "R-NOMT-03-LIEU", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, three practices never answered: dossier, no refusal advice", person(1990), seekMt(),
     {call(1, Outcome::NoAnswer), call(2, Outcome::Voicemail), call(3, Outcome::NoAnswer)}, {},
     someNearby(), {"J-04", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, first call 30 days ago, one practice: CPAM dossier", person(1990), seekMt(),
     {call(1, Outcome::NoAnswer, "2026-10-24T09:00:00+02:00"), call(1, kFull)}, {}, someNearby(),
     {"J-01", "J-04", "R-NOMT-03", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, first call 29 days ago: not yet", person(1990), seekMt(),
     {call(1, Outcome::NoAnswer, "2026-10-25T09:00:00+02:00"), call(1, kFull)}, {}, someNearby(),
     {"J-01", "R-NOMT-03", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, referred to a colleague and asked to call back: no refusal yet", person(1990), seekMt(),
     {call(1, Outcome::Referred), call(2, Outcome::CallBack)}, {}, someNearby(),
     {"R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, waiting list", person(1990), seekMt(), {call(1, Outcome::WaitingList)}, {}, std::nullopt,
     {"J-05", "R-NOMT-03-LIEU", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt, ALD without MT after a refusal", ald(person(1970)), seekMt(), {call(1, kFull)}, {},
     someNearby(), {"J-01", "R-NOMT-03", "R-NOMT-07", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},

    // --- Discrimination ---
    {"discrimination, refused for a discriminatory reason", person(1990), seekMt(),
     {call(1, Outcome::RefusedDiscrimination)}, {}, std::nullopt,
     {"J-02", "R-NOMT-03-LIEU", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"discrimination, C2S beneficiary: also the CPAM mediator", c2s(person(1990)), seekMt(),
     {call(1, Outcome::RefusedDiscrimination)}, {}, std::nullopt,
     {"J-02", "R-NOMT-06", "R-NOMT-03-LIEU", "R-PARC-04", "R-PARC-07-EXO", "R-PARC-01"}},
    {"discrimination, with an ordinary refusal too", person(1990), seekMt(),
     {call(1, kFull), call(2, Outcome::RefusedDiscrimination)}, {}, someNearby(),
     {"J-02", "J-01", "R-NOMT-03", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},

    // --- Urgency: first, and whatever the démarche's status ---
    {"urgency, refused while urgent", person(1990), seekMt(), {call(1, kFull)}, urgent(),
     std::nullopt,
     {"J-03", "R-URG-01", "R-URG-02", "R-URG-03", "R-NOMT-03-LIEU", "R-EXC-04", "R-PARC-07",
      "R-PARC-01"}},
    {"urgency, an urgent démarche", person(1990), seeking(Seeking::Urgent), {}, {}, std::nullopt,
     {"R-URG-01", "R-URG-02", "R-URG-03", "R-EXC-04", "R-PARC-07"}},
    {"urgency, an urgent specialist with an MT", withMt(1990), seeking(Seeking::Specialist,
     "cardiologue"), {}, urgent(), std::nullopt,
     {"R-URG-01", "R-URG-02", "R-URG-03", "R-URG-04", "R-EXC-04", "R-PARC-07"}},
    {"urgency overrides a found démarche", person(1990), seekMt(DemarcheStatus::Found),
     {call(1, Outcome::Accepted)}, urgent(), std::nullopt,
     {"R-URG-01", "R-URG-02", "R-URG-03", "J-06"}},
    {"urgency overrides an abandoned démarche", person(1990), seekMt(DemarcheStatus::Abandoned),
     {call(1, kFull)}, urgent(), std::nullopt, {"J-03", "R-URG-01", "R-URG-02", "R-URG-03"}},

    // --- Found, abandoned, accepted ---
    {"found: the advice stops but declare the MT", person(1990), seekMt(DemarcheStatus::Found),
     {call(1, kFull), call(2, Outcome::Accepted)}, {}, someNearby(), {"J-06"}},
    {"abandoned: no advice", person(1990), seekMt(DemarcheStatus::Abandoned),
     {call(1, kFull), call(2, kFull), call(3, kFull)}, {}, someNearby(), {}},
    {"accepted while still open: declare and transfer the file", person(1990), seekMt(),
     {call(1, kFull), call(2, Outcome::Accepted)}, {}, someNearby(),
     {"J-06", "R-PARC-04", "R-PARC-07"}},

    // --- The médecin traitant retired or moved (L162-5-3 5°): the 365-day boundary ---
    {"mt left 200 days ago: no penalty", mtLeft(1980, "2026-05-07"), seekMt(), {}, {},
     std::nullopt, {"J-07", "R-STRUCT-04", "R-PARC-07", "R-PARC-01"}},
    {"mt left 334 days ago: no warning yet", mtLeft(1980, "2025-12-24"), seekMt(), {}, {},
     std::nullopt, {"J-07", "R-STRUCT-04", "R-PARC-07", "R-PARC-01"}},
    {"mt left 335 days ago: warned a month before", mtLeft(1980, "2025-12-23"), seekMt(), {}, {},
     std::nullopt, {"J-07-RAPPEL", "J-07", "R-STRUCT-04", "R-PARC-07", "R-PARC-01"}},
    {"mt left 365 days ago: last day of the year", mtLeft(1980, "2025-11-23"), seekMt(), {}, {},
     std::nullopt, {"J-07-RAPPEL", "J-07", "R-STRUCT-04", "R-PARC-07", "R-PARC-01"}},
    {"mt left 366 days ago: the year is over", mtLeft(1980, "2025-11-22"), seekMt(), {}, {},
     std::nullopt, {"R-STRUCT-04", "R-NOMT-02", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"mt left, date unknown: no grace can be told", mtLeft(1980, ""), seekMt(), {}, {},
     std::nullopt, {"R-STRUCT-04", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},

    // --- Ages: 15/16 (majoration), 17/18 (minor), 18/19 (participation forfaitaire) ---
    {"age 15 without MT: no majoration, parents choose", person(2011), seekMt(), {}, {},
     std::nullopt,
     {"R-STRUCT-04", "R-EXC-01", "R-PARC-07-EXO", "R-LAW-06", "R-LAW-08", "R-PARC-01"}},
    {"age 16 without MT: majoration, chooses with a parent", person(2010), seekMt(), {}, {},
     std::nullopt,
     {"R-STRUCT-04", "R-PARC-04", "R-PARC-07-EXO", "R-LAW-06", "R-LAW-08", "R-LAW-08-16-17",
      "R-PARC-01"}},
    {"age 17 without MT: still a minor", person(2009), seekMt(), {}, {}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-04", "R-PARC-07-EXO", "R-LAW-06", "R-LAW-08", "R-LAW-08-16-17",
      "R-PARC-01"}},
    {"age 18 without MT: adult, under 18 on 1 January", person(2008), seekMt(), {}, {},
     std::nullopt, {"R-STRUCT-04", "R-PARC-04", "R-PARC-07-EXO", "R-PARC-01"}},
    {"age 19 without MT: participation forfaitaire due", person(2007), seekMt(), {}, {},
     std::nullopt, {"R-STRUCT-04", "R-PARC-04", "R-PARC-07", "R-PARC-01"}},
    {"a child of 5: a parent looks for the MT", person(2021), seekMt(), {}, {}, std::nullopt,
     {"R-STRUCT-04", "R-EXC-01", "R-PARC-07-EXO", "R-LAW-06", "R-LAW-08", "R-PARC-01"}},
    {"no birth year: no age-based advice", person(0), seekMt(), {}, {}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-01"}},

    // --- Accès direct: psychiatry 16-25, gynaecology, ophthalmology, stomatology ---
    {"psychiatrist at 15: the under-16 rule", person(2011),
     seeking(Seeking::Specialist, "psychiatre"), {}, {}, std::nullopt,
     {"R-EXC-01", "R-PARC-07-EXO", "R-LAW-06", "R-LAW-08"}},
    {"psychiatrist at 16 with MT: direct access", withMt(2010),
     seeking(Seeking::Specialist, "psychiatre"), {}, {}, std::nullopt,
     {"R-EXC-02", "R-PARC-03", "R-PARC-07-EXO", "R-LAW-06", "R-LAW-08"}},
    {"psychiatrist at 25 with MT: direct access", withMt(2001),
     seeking(Seeking::Specialist, "psychiatrie"), {}, {}, std::nullopt,
     {"R-EXC-02", "R-PARC-03", "R-PARC-07"}},
    {"psychiatrist at 26 with MT: referral letter", withMt(2000),
     seeking(Seeking::Specialist, "psychiatre"), {}, {}, std::nullopt,
     {"R-EXC-02-PSY", "R-PARC-06", "R-PARC-03", "R-PARC-07"}},
    {"neuropsychiatrist at 26 without MT: hors parcours", person(2000),
     seeking(Seeking::Specialist, "neuropsychiatrie"), {}, {}, std::nullopt,
     {"R-EXC-02-PSY", "R-PARC-04", "R-PARC-07"}},
    {"gynaecologist with MT: direct access", withMt(1990),
     seeking(Seeking::Specialist, "gynécologue"), {}, {}, std::nullopt,
     {"R-EXC-02", "R-PARC-03", "R-PARC-07"}},
    {"ophthalmologist without MT: direct access, caveat", person(1990),
     seeking(Seeking::Specialist, "ophtalmologie"), {}, {}, std::nullopt,
     {"R-EXC-02", "R-EXC-02-SANS-MT", "R-PARC-07"}},
    {"stomatologist with MT: direct access", withMt(1990),
     seeking(Seeking::Specialist, "stomatologie"), {}, {}, std::nullopt,
     {"R-EXC-02", "R-PARC-03", "R-PARC-07"}},
    {"cardiologist with MT: referral letter", withMt(1990),
     seeking(Seeking::Specialist, "cardiologie"), {}, {}, std::nullopt,
     {"R-PARC-06", "R-PARC-03", "R-PARC-07"}},
    {"cardiologist without MT: hors parcours", person(1990),
     seeking(Seeking::Specialist, "cardiologie"), {}, {}, std::nullopt,
     {"R-PARC-04", "R-PARC-07"}},

    // --- Second opinion ---
    {"second opinion with MT", withMt(1960), seeking(Seeking::SecondOpinion, "cardiologie"), {},
     {}, std::nullopt,
     {"R-AVIS-01", "R-PARC-06", "R-AVIS-02", "R-PARC-03", "R-PARC-07", "R-LAW-05", "R-LAW-06",
      "R-LAW-07"}},
    {"second opinion without MT", person(1960), seeking(Seeking::SecondOpinion, "cardiologie"),
     {}, {}, std::nullopt,
     {"R-AVIS-01", "R-AVIS-02", "R-PARC-04", "R-PARC-07", "R-LAW-05", "R-LAW-06", "R-LAW-07"}},

    // --- Téléconsultation ---
    {"teleconsultation without MT: through a local structure", person(1990), seekMt(), {},
     Situation{.teleconsultation = true}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-04", "R-TC-02", "R-PARC-07", "R-PARC-01", "R-TC-04"}},
    {"teleconsultation with MT: the ordinary conditions", withMt(1990), seekMt(), {},
     Situation{.teleconsultation = true}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-03", "R-PARC-07", "R-TC-01", "R-PARC-01", "R-TC-04"}},

    // --- The other exceptions to the majoration ---
    {"away from home without MT", person(1990), seekMt(), {}, Situation{.awayFromHome = true},
     std::nullopt, {"R-STRUCT-04", "R-EXC-04", "R-PARC-07", "R-PARC-01"}},
    {"the MT's replacement", withMt(1990), seekMt(), {}, Situation{.seesMtReplacement = true},
     std::nullopt, {"R-STRUCT-04", "R-EXC-05", "R-PARC-03", "R-PARC-07", "R-PARC-01"}},
    {"a newly installed GP without MT", person(1990), seekMt(), {}, Situation{.newGp = true},
     std::nullopt, {"R-STRUCT-04", "R-EXC-06", "R-PARC-07", "R-PARC-01"}},
    {"pregnant from the 6th month: no participation forfaitaire", person(1990), seekMt(), {},
     Situation{.pregnant6Months = true}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-04", "R-PARC-07-EXO", "R-PARC-01"}},

    // --- Dates in force ---
    {"before the 2 € participation (2024-03-01)", person(1990), seekMt(), {}, {}, std::nullopt,
     {"R-STRUCT-04", "R-PARC-04", "R-PARC-01"}, "2024-03-01"},
    {"before the MT-left exception (2023-12-01)", mtLeft(1980, "2023-06-01"), seekMt(), {}, {},
     std::nullopt, {"R-STRUCT-04", "R-PARC-01"}, "2023-12-01"},
    };
    return table;
}
// clang-format on

std::string joined(const std::vector<std::string>& ids) {
    std::string out = "[";
    for (const auto& id : ids) out += (out.size() > 1 ? ", " : "") + id;
    return out + "]";
}

const RulePack& frenchFolder() {
    static const RulePack pack = [] {
        auto loaded =
            RulePack::load(std::filesystem::path(PARCOURS_SOURCE_DIR) / "data" / "rules" / "fr");
        if (!loaded) {
            ADD_FAILURE() << "data/rules/fr does not load: " << loaded.error().message;
            std::abort();
        }
        return std::move(*loaded);
    }();
    return pack;
}

const Scenario& named(const std::string& name) {
    for (const auto& s : scenarios())
        if (s.name == name) return s;
    ADD_FAILURE() << "no scenario named «" << name << "»";
    std::abort();
}

std::vector<Advice> adviceFor(const Scenario& s, Language language = Language::French) {
    FactInput input{s.profile, s.demarche, s.calls, s.today, s.situation, s.nearby};
    auto facts = computeFacts(input);
    EXPECT_TRUE(facts) << s.name;
    if (!facts) return {};
    return advise(frenchFolder(), *facts, s.today, language);
}

std::vector<std::string> adviceIds(const Scenario& s, Language language = Language::French) {
    std::vector<std::string> ids;
    for (const auto& advice : adviceFor(s, language)) ids.push_back(advice.ruleId);
    return ids;
}

TEST(RulesScenarios, TableHasEnoughScenarios) {
    EXPECT_GE(scenarios().size(), 40u);
}

TEST(RulesScenarios, EachScenarioGetsItsAdviceInOrder) {
    for (const auto& s : scenarios()) {
        const auto actual = adviceIds(s);
        EXPECT_EQ(actual, s.expected) << "scenario «" << s.name << "»\n  expected "
                                      << joined(s.expected) << "\n  actual   " << joined(actual);
    }
}

// The app uses the pack embedded at build time: it must be this folder, rule for rule.
TEST(RulesScenarios, EmbeddedPackAdvisesLikeTheFolder) {
    auto embedded = RulePack::frenchPack();
    ASSERT_TRUE(embedded) << embedded.error().message;
    EXPECT_EQ((*embedded)->ruleCount(), frenchFolder().ruleCount());
    for (const auto& s : scenarios()) {
        FactInput input{s.profile, s.demarche, s.calls, s.today, s.situation, s.nearby};
        auto facts = computeFacts(input);
        ASSERT_TRUE(facts) << s.name;
        std::vector<std::string> ids;
        for (const auto& a : advise(**embedded, *facts, s.today)) ids.push_back(a.ruleId);
        EXPECT_EQ(ids, s.expected) << "scenario «" << s.name << "» with the embedded pack";
    }
}

TEST(RulesScenarios, EnglishGivesTheSameRulesInEnglish) {
    for (const auto& s : scenarios()) {
        EXPECT_EQ(adviceIds(s, Language::English), s.expected) << "scenario «" << s.name << "»";
        const auto french = adviceFor(s);
        const auto english = adviceFor(s, Language::English);
        ASSERT_EQ(french.size(), english.size()) << s.name;
        for (std::size_t i = 0; i < french.size(); ++i)
            EXPECT_NE(french[i].text, english[i].text)
                << s.name << ": " << french[i].ruleId << " has no English text";
    }
}

// What a patient reads must be complete: text with every placeholder filled, a reason,
// and the legal references or sources behind it.
TEST(RulesScenarios, EveryAdviceExplainsItself) {
    for (const auto& s : scenarios()) {
        for (const auto& a : adviceFor(s)) {
            EXPECT_FALSE(a.title.empty()) << s.name << ": " << a.ruleId;
            EXPECT_FALSE(a.text.empty()) << s.name << ": " << a.ruleId;
            EXPECT_EQ(a.text.find('{'), std::string::npos)
                << s.name << ": " << a.ruleId << " leaves a placeholder: " << a.text;
            EXPECT_FALSE(a.why.empty()) << s.name << ": " << a.ruleId;
        }
    }
}

TEST(RulesScenarios, UrgencyComesFirstWithTheNumbersToCall) {
    const auto advice = adviceFor(named("urgency, refused while urgent"));
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice.front().priority, 100);
    std::vector<std::string> numbers;
    for (const auto& a : advice)
        for (const auto& action : a.actions)
            if (action.type == "call") numbers.push_back(action.target);
    for (const char* n : {"15", "116117", "112", "114"})
        EXPECT_NE(std::find(numbers.begin(), numbers.end(), n), numbers.end()) << n;
}

TEST(RulesScenarios, DiscriminationOffersTheComplaintAndCitesL1110_3) {
    const auto advice = adviceFor(named("discrimination, refused for a discriminatory reason"));
    ASSERT_FALSE(advice.empty());
    const Advice& first = advice.front();
    EXPECT_EQ(first.ruleId, "J-02");
    bool complaint = false, l1110_3 = false;
    for (const auto& action : first.actions)
        complaint |= action.type == "document" && action.target == "ordre";
    for (const auto& ref : first.legal) l1110_3 |= ref.code == "CSP" && ref.article == "L1110-3";
    EXPECT_TRUE(complaint);
    EXPECT_TRUE(l1110_3);
}

TEST(RulesScenarios, UncertainConfidenceIsKept) {
    // 116 117: where it runs is uncertain (research R-URG-02, M).
    for (const auto& a : adviceFor(named("urgency, an urgent démarche"))) {
        if (a.ruleId == "R-URG-02") {
            EXPECT_EQ(a.confidence, Confidence::Medium);
        }
        if (a.ruleId == "R-URG-01") {
            EXPECT_EQ(a.confidence, Confidence::High);
        }
    }
}

// Every rule of the pack is exercised by at least one scenario: a new rule comes with its
// situations.
TEST(RulesScenarios, EveryRuleOfThePackFiresSomewhere) {
    std::set<std::string> fired;
    for (const auto& s : scenarios())
        for (const auto& id : adviceIds(s)) fired.insert(id);
    EXPECT_EQ(fired.size(), frenchFolder().ruleCount())
        << "rules fired by the scenarios: " << joined({fired.begin(), fired.end()});
}

// What the patient is shown rests on the law, in both languages; the Code de la sécurité
// sociale is cited as in force in the LEGI snapshot of 2026-03-14, on Légifrance.
TEST(RulesScenarios, EveryAdviceCitesItsGroundsInBothLanguages) {
    for (const auto& s : scenarios()) {
        for (Language language : {Language::French, Language::English}) {
            for (const auto& a : adviceFor(s, language)) {
                SCOPED_TRACE(s.name + ": " + a.ruleId);
                EXPECT_FALSE(a.topic.empty());
                for (const auto& action : a.actions) EXPECT_FALSE(action.label.empty());
                for (const auto& ref : a.legal) {
                    EXPECT_FALSE(ref.article.empty());
                    EXPECT_EQ(ref.version.size(), 10u) << ref.article;
                    EXPECT_EQ(ref.url.rfind("https://", 0), 0u) << ref.article;
                    EXPECT_FALSE(ref.summary.empty()) << ref.article;
                    if (ref.code == "CSS") {
                        EXPECT_EQ(ref.version, "2026-03-14") << ref.article;
                        EXPECT_EQ(ref.url.rfind("https://www.legifrance.gouv.fr/", 0), 0u)
                            << ref.article;
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace parcours::rules
