// Facts as the rules read them, from what a patient keeps in the journal: ages and bands,
// the médecin traitant, what is sought and whether it is in direct access, the calls and
// their outcomes, the days since, and the structures around.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "parcours/directory/directory.hpp"
#include "parcours/rules/facts.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using namespace parcours::rules;

namespace {

journal::Call call(std::string at, journal::Outcome outcome, std::string name,
                   std::string phone = "", std::string directoryId = "") {
    journal::Call c;
    c.at = std::move(at);
    c.outcome = outcome;
    c.practice.name = std::move(name);
    c.practice.phone = std::move(phone);
    c.practice.directoryId = std::move(directoryId);
    return c;
}

FactInput input(int birthYear, journal::Seeking seeking = journal::Seeking::MedecinTraitant,
                std::string specialty = "") {
    FactInput in;
    in.today = "2026-11-23";
    in.profile.birthYear = birthYear;
    in.demarche.seeking = seeking;
    in.demarche.specialty = std::move(specialty);
    return in;
}

Facts facts(const FactInput& in) {
    auto f = computeFacts(in);
    EXPECT_TRUE(f.ok()) << f.error().message;
    return f.ok() ? std::move(f).value() : Facts{};
}

std::string text(const Facts& f, std::string_view name) {
    const FactValue* v = f.find(name);
    return v == nullptr ? "<unknown>" : formatFact(*v);
}

TEST(RulesFacts, TheCatalogueHasUniqueNamesAndTypedValues) {
    std::set<std::string_view> names;
    for (const auto& spec : factCatalogue()) {
        EXPECT_TRUE(names.insert(spec.name).second) << spec.name;
        EXPECT_FALSE(spec.description.empty()) << spec.name;
        if (!spec.values.empty()) EXPECT_EQ(spec.type, FactType::Text) << spec.name;
        EXPECT_EQ(findFact(spec.name), &spec);
    }
    EXPECT_EQ(findFact("refusal"), nullptr);
    ASSERT_NE(findFact("nearby_cpts"), nullptr);
    EXPECT_EQ(findFact("nearby_cpts")->type, FactType::Int);
}

TEST(RulesFacts, EveryComputedFactIsInTheCatalogueWithItsType) {
    FactInput in = input(1990);
    in.calls.push_back(call("2026-11-01T09:00:00+01:00", journal::Outcome::NoAnswer, "A"));
    in.nearby = NearbyCounts{};
    in.profile.medecinTraitantLeft = true;
    in.profile.medecinTraitantLeftOn = "2026-01-01";
    const Facts f = facts(in);
    for (const auto& [name, value] : f.all()) {
        const FactSpec* spec = findFact(name);
        ASSERT_NE(spec, nullptr) << name;
        const FactType type = std::holds_alternative<bool>(value)           ? FactType::Bool
                              : std::holds_alternative<std::int64_t>(value) ? FactType::Int
                                                                            : FactType::Text;
        EXPECT_EQ(type, spec->type) << name;
        if (!spec->values.empty())
            EXPECT_NE(std::find(spec->values.begin(), spec->values.end(), formatFact(value)),
                      spec->values.end())
                << name;
    }
    EXPECT_EQ(f.all().size(), factCatalogue().size());  // everything known here
}

TEST(RulesFacts, AgeIsTheYearDifferenceWithItsBand) {
    struct Case {
        int birthYear;
        std::string age, band, minor;
    };
    for (const auto& c : {Case{2026, "0", "0-5", "true"}, Case{2021, "5", "0-5", "true"},
                          Case{2011, "15", "6-15", "true"}, Case{2010, "16", "16-17", "true"},
                          Case{2008, "18", "18-25", "false"}, Case{2001, "25", "18-25", "false"},
                          Case{2000, "26", "26-69", "false"}, Case{1957, "69", "26-69", "false"},
                          Case{1956, "70", "70+", "false"}}) {
        const Facts f = facts(input(c.birthYear));
        EXPECT_EQ(text(f, "age"), c.age) << c.birthYear;
        EXPECT_EQ(text(f, "age_band"), c.band) << c.birthYear;
        EXPECT_EQ(text(f, "minor"), c.minor) << c.birthYear;
    }
}

TEST(RulesFacts, NoBirthYearLeavesTheAgeUnknown) {
    const Facts f = facts(input(0));
    EXPECT_EQ(f.find("age"), nullptr);
    EXPECT_EQ(f.find("age_band"), nullptr);
    EXPECT_EQ(f.find("minor"), nullptr);
    EXPECT_EQ(facts(input(2030)).find("age"), nullptr);  // a birth year in the future
}

TEST(RulesFacts, MedecinTraitantAndTheYearAfterItLeft) {
    FactInput in = input(1980);
    in.profile.medecinTraitant = "Dr Martin";
    EXPECT_EQ(text(facts(in), "has_medecin_traitant"), "true");
    EXPECT_EQ(text(facts(in), "mt_left_within_year"), "false");

    in.profile.medecinTraitantLeft = true;
    in.profile.medecinTraitantLeftOn = "2025-11-23";  // 365 days before
    Facts f = facts(in);
    EXPECT_EQ(text(f, "has_medecin_traitant"), "false");
    EXPECT_EQ(text(f, "mt_left"), "true");
    EXPECT_EQ(text(f, "mt_left_days"), "365");
    EXPECT_EQ(text(f, "mt_left_within_year"), "true");

    in.profile.medecinTraitantLeftOn = "2025-11-22";
    EXPECT_EQ(text(facts(in), "mt_left_within_year"), "false");
    in.profile.medecinTraitantLeftOn = "";  // left, date unknown: cannot tell
    EXPECT_EQ(facts(in).find("mt_left_within_year"), nullptr);
}

TEST(RulesFacts, ProfileFlags) {
    FactInput in = input(1980);
    in.profile.ald = true;
    in.profile.c2sOrAme = true;
    const Facts f = facts(in);
    EXPECT_EQ(text(f, "ald"), "true");
    EXPECT_EQ(text(f, "c2s_or_ame"), "true");
    EXPECT_EQ(text(f, "has_medecin_traitant"), "false");
}

TEST(RulesFacts, SpecialtiesAreNormalised) {
    EXPECT_EQ(normalizeSpecialty("gynécologue"), "gynecologie");
    EXPECT_EQ(normalizeSpecialty("Gynécologie médicale"), "gynecologie");
    EXPECT_EQ(normalizeSpecialty("gynecology"), "gynecologie");
    EXPECT_EQ(normalizeSpecialty("Gynécologie obstétrique"), "gynecologie");
    EXPECT_EQ(normalizeSpecialty("ophtalmo"), "ophtalmologie");
    EXPECT_EQ(normalizeSpecialty("Ophthalmology"), "ophtalmologie");
    EXPECT_EQ(normalizeSpecialty("psychiatre"), "psychiatrie");
    EXPECT_EQ(normalizeSpecialty("Psychiatry"), "psychiatrie");
    EXPECT_EQ(normalizeSpecialty("Neuropsychiatre"), "neuropsychiatrie");
    EXPECT_EQ(normalizeSpecialty("neuro-psychiatrie"), "neuropsychiatrie");
    EXPECT_EQ(normalizeSpecialty("Stomatologue"), "stomatologie");
    EXPECT_EQ(normalizeSpecialty("dentiste"), "dentiste");
    EXPECT_EQ(normalizeSpecialty("Chirurgien-dentiste"), "dentiste");
    EXPECT_EQ(normalizeSpecialty("sage-femme"), "sage-femme");
    EXPECT_EQ(normalizeSpecialty("Sages-femmes"), "sage-femme");
    EXPECT_EQ(normalizeSpecialty("pédiatre"), "pediatrie");
    EXPECT_EQ(normalizeSpecialty("Médecin généraliste"), "medecine-generale");
    EXPECT_EQ(normalizeSpecialty("general"), "medecine-generale");
    EXPECT_EQ(normalizeSpecialty("ORL"), "orl");
    EXPECT_EQ(normalizeSpecialty("Dermatologue"), "dermatologie");
    EXPECT_EQ(normalizeSpecialty("  Cardiologue "), "cardiologie");
    EXPECT_EQ(normalizeSpecialty("Ostéopathe"), "osteopathe");  // unknown: its fold
}

TEST(RulesFacts, DirectAccessDependsOnTheSpecialtyAndTheAge) {
    using journal::Seeking;
    struct Case {
        int birthYear;
        std::string specialty, expected;
    };
    for (const auto& c : {Case{1950, "gynécologue", "true"}, Case{2015, "ophtalmologiste", "true"},
                          Case{1980, "stomatologue", "true"}, Case{2010, "psychiatre", "true"},
                          Case{2001, "psychiatre", "true"}, Case{2000, "psychiatre", "false"},
                          Case{2011, "psychiatre", "false"}, Case{2005, "neuropsychiatre", "true"},
                          Case{1980, "dermatologue", "false"}, Case{0, "gynécologue", "true"},
                          Case{0, "psychiatre", "<unknown>"}}) {
        const Facts f = facts(input(c.birthYear, Seeking::Specialist, c.specialty));
        EXPECT_EQ(text(f, "direct_access"), c.expected) << c.specialty << " " << c.birthYear;
    }
    const Facts mt = facts(input(1980));
    EXPECT_EQ(text(mt, "specialty"), "medecine-generale");
    EXPECT_EQ(text(mt, "direct_access"), "false");
    EXPECT_EQ(text(mt, "seeking"), "medecin-traitant");
    const Facts opinion = facts(input(1980, Seeking::SecondOpinion));
    EXPECT_EQ(opinion.find("specialty"), nullptr);  // nothing said: unknown
}

TEST(RulesFacts, CallsAreCountedByOutcome) {
    using journal::Outcome;
    FactInput in = input(1980);
    in.calls = {
        call("2026-10-01T09:00:00+02:00", Outcome::RefusedNoNewPatients, "Cabinet A",
             "04 78 00 00 01"),
        call("2026-10-02T09:00", Outcome::RefusedNoNewPatients, "Cabinet B", "", "finess:1"),
        call("2026-10-03T09:00Z", Outcome::RefusedOther, "cabinet  a", "0478000001"),
        call("2026-10-04T09:00Z", Outcome::RefusedDiscrimination, "Cabinet C"),
        call("2026-10-05T09:00Z", Outcome::NoAnswer, "Cabinet D"),
        call("2026-10-06T09:00Z", Outcome::Voicemail, "cabinet d"),
        call("2026-10-07T09:00Z", Outcome::WaitingList, "Cabinet E"),
        call("2026-10-08T09:00Z", Outcome::Referred, "Cabinet F"),
        call("2026-11-20T23:30:00-05:00", Outcome::CallBack, "Cabinet B", "", "finess:1"),
    };
    const Facts f = facts(in);
    EXPECT_EQ(text(f, "calls"), "9");
    EXPECT_EQ(text(f, "refusals"), "4");
    EXPECT_EQ(text(f, "refusals_no_new_patients"), "2");
    EXPECT_EQ(text(f, "refusals_other"), "1");
    EXPECT_EQ(text(f, "refusals_discrimination"), "1");
    EXPECT_EQ(text(f, "suspected_discrimination"), "true");
    EXPECT_EQ(text(f, "no_answers"), "2");
    EXPECT_EQ(text(f, "waiting_lists"), "1");
    EXPECT_EQ(text(f, "referred"), "1");
    EXPECT_EQ(text(f, "call_backs"), "1");
    EXPECT_EQ(text(f, "accepted"), "false");
    EXPECT_EQ(text(f, "appointment"), "false");
    // A by phone, B by directory id, C, D by name, E, F.
    EXPECT_EQ(text(f, "distinct_practices"), "6");
    EXPECT_EQ(text(f, "days_since_first_call"), "53");
    // The day the user wrote (the 20th, local), not UTC's 21st.
    EXPECT_EQ(text(f, "days_since_last_call"), "3");
}

TEST(RulesFacts, NoCallsLeavesTheDaysUnknown) {
    const Facts f = facts(input(1980));
    EXPECT_EQ(text(f, "calls"), "0");
    EXPECT_EQ(text(f, "suspected_discrimination"), "false");
    EXPECT_EQ(f.find("days_since_first_call"), nullptr);
    EXPECT_EQ(f.find("days_since_last_call"), nullptr);
}

TEST(RulesFacts, AcceptedAndAppointment) {
    FactInput in = input(1980);
    in.calls = {call("2026-11-01T10:00Z", journal::Outcome::Appointment, "A"),
                call("2026-11-02T10:00Z", journal::Outcome::Accepted, "B")};
    const Facts f = facts(in);
    EXPECT_EQ(text(f, "accepted"), "true");
    EXPECT_EQ(text(f, "appointment"), "true");
}

TEST(RulesFacts, TheStatedSituationAndUrgency) {
    FactInput in = input(1980);
    EXPECT_EQ(text(facts(in), "urgency"), "false");
    in.situation = {true, true, true, true, true, true};
    Facts f = facts(in);
    for (auto name : {"urgency", "away_from_home", "sees_mt_replacement", "new_gp",
                      "pregnant_6_months", "teleconsultation"})
        EXPECT_EQ(text(f, name), "true") << name;
    EXPECT_EQ(text(facts(input(1980, journal::Seeking::Urgent)), "urgency"), "true");
}

TEST(RulesFacts, DemarcheStatus) {
    FactInput in = input(1980);
    in.demarche.status = journal::DemarcheStatus::Found;
    EXPECT_EQ(text(facts(in), "demarche_status"), "found");
}

TEST(RulesFacts, NearbyCountsAreFactsOnlyWithAPlace) {
    FactInput in = input(1980);
    EXPECT_EQ(facts(in).find("nearby_msp"), nullptr);
    in.nearby = NearbyCounts{10, 2, 1, 1, 0};
    const Facts f = facts(in);
    EXPECT_EQ(text(f, "nearby_msp"), "2");
    EXPECT_EQ(text(f, "nearby_centre_sante"), "1");
    EXPECT_EQ(text(f, "nearby_cpts"), "1");
    EXPECT_EQ(text(f, "nearby_emergency"), "0");
}

TEST(RulesFacts, ABadDateIsAUsageError) {
    FactInput in = input(1980);
    in.today = "2026-02-30";
    auto f = computeFacts(in);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, ErrorKind::Usage);
    in.today = "2026-11-23T10:00";
    EXPECT_FALSE(computeFacts(in).ok());
}

TEST(RulesFacts, CountNearbyCountsEachKindWithinTheRadius) {
    test::TempDir dir;
    auto d = directory::Directory::open(dir / "directory.sqlite");
    ASSERT_TRUE(d.ok()) << d.error().message;
    const geo::LatLon lyon{45.7640, 4.8357};
    std::vector<directory::Structure> structures;
    auto add = [&](directory::Kind kind, double dLat, std::optional<bool> emergency = {}) {
        directory::Structure s;
        s.source = "osm";
        s.sourceId = "node/" + std::to_string(structures.size() + 1);
        s.kind = kind;
        s.name = "S" + s.sourceId;
        s.position = geo::LatLon{lyon.lat + dLat, lyon.lon};
        s.emergency = emergency;
        structures.push_back(s);
    };
    add(directory::Kind::Msp, 0.01);  // ~1 km
    add(directory::Kind::Msp, 0.05);  // ~5.6 km
    add(directory::Kind::Msp, 0.2);   // ~22 km: outside
    add(directory::Kind::CentreSante, 0.02);
    add(directory::Kind::Cpts, 0.03);
    add(directory::Kind::Hospital, 0.04, true);
    add(directory::Kind::Hospital, 0.04, false);
    add(directory::Kind::Practice, 0.001);
    ASSERT_TRUE(d->replaceSource({"osm", "test", "", 0}, structures).ok());
    auto counts = countNearby(*d, lyon, 10);
    ASSERT_TRUE(counts.ok()) << counts.error().message;
    EXPECT_EQ(counts->radiusKm, 10);
    EXPECT_EQ(counts->msp, 2);
    EXPECT_EQ(counts->centreSante, 1);
    EXPECT_EQ(counts->cpts, 1);
    EXPECT_EQ(counts->emergency, 1);
    auto wide = countNearby(*d, lyon, 30);
    ASSERT_TRUE(wide.ok());
    EXPECT_EQ(wide->msp, 3);
    EXPECT_FALSE(countNearby(*d, lyon, 0).ok());
}

}  // namespace
