// The journal's cross-démarche questions the app shows: a practice's calls in every
// démarche, which démarche a new call goes to, closing and reopening, the chart's calls
// and refusals per week or month, and what a new démarche may look for.
#include <gtest/gtest.h>

#include <set>

#include "parcours/journal/stats.hpp"
#include "parcours/rules/facts.hpp"
#include "rules/specialty.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

Call callAt(std::string at, Outcome outcome = Outcome::NoAnswer) {
    Call c;
    c.at = std::move(at);
    c.outcome = outcome;
    return c;
}

class JournalStatsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Journal::open(dir / "journal.db", {wall.fn(), "test"});
        ASSERT_TRUE(opened) << opened.error().message;
        journal.emplace(std::move(*opened));
    }

    RecordId openDemarche(std::string openedAt, Seeking seeking = Seeking::MedecinTraitant) {
        Demarche d;
        d.seeking = seeking;
        d.openedAt = std::move(openedAt);
        auto id = journal->openDemarche(d);
        EXPECT_TRUE(id) << id.error().message;
        return id ? *id : RecordId{};
    }

    RecordId log(const RecordId& demarche, std::string directoryId, std::string at,
                 Outcome outcome = Outcome::NoAnswer) {
        Call c = callAt(std::move(at), outcome);
        c.demarche = demarche;
        c.practice.directoryId = std::move(directoryId);
        c.practice.name = "Cabinet";
        auto id = journal->logCall(c);
        EXPECT_TRUE(id) << id.error().message;
        return id ? *id : RecordId{};
    }

    std::vector<DemarcheSummary> summaries() const {
        auto s = journal->demarches();
        EXPECT_TRUE(s) << s.error().message;
        return s ? *s : std::vector<DemarcheSummary>{};
    }

    test::TempDir dir;
    test::FakeWallClock wall;
    std::optional<Journal> journal;
};

TEST_F(JournalStatsTest, APracticesCallsComeFromEveryDemarcheInTimeOrder) {
    const auto gp = openDemarche("2026-10-01T09:00:00+02:00");
    const auto cardio = openDemarche("2026-10-02T09:00:00+02:00", Seeking::Specialist);
    const auto third = log(cardio, "finess:690000001", "2026-10-20T10:00:00+02:00");
    const auto first = log(gp, "finess:690000001", "2026-10-05T10:00:00+02:00");
    log(gp, "finess:690000002", "2026-10-06T10:00:00+02:00");  // another practice
    // 08:30Z is 09:30 in Paris: before 10:00+02:00 on the 12th, whatever the text says.
    const auto second = log(gp, "finess:690000001", "2026-10-12T07:30:00Z");
    const auto second2 = log(cardio, "finess:690000001", "2026-10-12T10:00:00+02:00");

    auto calls = callsToPractice(*journal, "finess:690000001");
    ASSERT_TRUE(calls) << calls.error().message;
    ASSERT_EQ(calls->size(), 4u);
    EXPECT_EQ((*calls)[0].id, first);
    EXPECT_EQ((*calls)[1].id, second);
    EXPECT_EQ((*calls)[2].id, second2);
    EXPECT_EQ((*calls)[3].id, third);
    EXPECT_TRUE(callsToPractice(*journal, "finess:000000000")->empty());
}

TEST_F(JournalStatsTest, PracticesTypedByHandHaveNoHistoryByDirectoryId) {
    const auto d = openDemarche("2026-10-01T09:00:00+02:00");
    log(d, "", "2026-10-05T10:00:00+02:00");
    auto calls = callsToPractice(*journal, "");
    ASSERT_TRUE(calls);
    EXPECT_TRUE(calls->empty());
}

TEST_F(JournalStatsTest, TheNewestOpenDemarcheIsTheLastOpenedStillOpen) {
    EXPECT_FALSE(newestOpenDemarche(summaries()));
    const auto older = openDemarche("2026-09-01T09:00:00+02:00");
    const auto newer = openDemarche("2026-10-01T09:00:00+02:00");
    // Created last but opened earlier (typed afterwards): opening time decides.
    const auto backdated = openDemarche("2026-08-01T09:00:00+02:00");
    auto open = openDemarchesNewestFirst(summaries());
    ASSERT_EQ(open.size(), 3u);
    EXPECT_EQ(open[0].id, newer);
    EXPECT_EQ(open[1].id, older);
    EXPECT_EQ(open[2].id, backdated);
    EXPECT_EQ(newestOpenDemarche(summaries())->id, newer);

    ASSERT_TRUE(journal->closeDemarche(newer, DemarcheStatus::Found, "2026-10-10T09:00:00Z"));
    EXPECT_EQ(newestOpenDemarche(summaries())->id, older);
    ASSERT_TRUE(journal->closeDemarche(older, DemarcheStatus::Abandoned, ""));
    ASSERT_TRUE(journal->closeDemarche(backdated, DemarcheStatus::Abandoned, ""));
    EXPECT_FALSE(newestOpenDemarche(summaries()));
}

TEST_F(JournalStatsTest, EqualOpeningTimesPreferTheOneCreatedLast) {
    openDemarche("2026-10-01T09:00:00+02:00");
    const auto second = openDemarche("2026-10-01T07:00:00Z");  // the same instant
    EXPECT_EQ(newestOpenDemarche(summaries())->id, second);
}

TEST_F(JournalStatsTest, ReopeningClearsTheClosingAndKeepsTheRest) {
    Demarche d;
    d.seeking = Seeking::Specialist;
    d.specialty = "Cardiologie";
    d.openedAt = "2026-10-01T09:00:00+02:00";
    auto id = journal->openDemarche(d);
    ASSERT_TRUE(id);
    ASSERT_TRUE(journal->closeDemarche(*id, DemarcheStatus::Found, "2026-10-10T09:00:00Z"));
    ASSERT_TRUE(reopenDemarche(*journal, *id));
    auto back = journal->demarche(*id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->status, DemarcheStatus::Open);
    EXPECT_EQ(back->closedAt, "");
    EXPECT_EQ(back->specialty, "Cardiologie");
    EXPECT_EQ(back->openedAt, "2026-10-01T09:00:00+02:00");
    ASSERT_TRUE(reopenDemarche(*journal, *id));  // already open: nothing to do
    EXPECT_FALSE(reopenDemarche(*journal, RecordId::random()));
}

TEST(JournalStats, MovingACallToAnotherDayKeepsItsTimeAndOffset) {
    auto moved = onDay("2026-11-23T15:04:05+01:00", "2026-11-20");
    ASSERT_TRUE(moved) << moved.error().message;
    EXPECT_EQ(*moved, "2026-11-20T15:04:05+01:00");
    auto badDay = onDay("2026-11-23T15:04:05+01:00", "2026-02-30");
    ASSERT_FALSE(badDay);
    EXPECT_NE(badDay.error().message.find("2026-02-30"), std::string::npos);
    EXPECT_FALSE(onDay("2026-11-23T15:04:05+01:00", "20/11/2026"));
    EXPECT_FALSE(onDay("hier", "2026-11-20"));
}

TEST(JournalStats, CallsPerWeekFillTheEmptyWeeksAndCountRefusals) {
    const std::vector<Call> calls{
        callAt("2026-11-02T09:00:00+01:00", Outcome::RefusedNoNewPatients),  // Monday, W45
        callAt("2026-11-08T23:30:00+01:00", Outcome::NoAnswer),      // Sunday, W45 (user's day)
        callAt("2026-11-23T10:00:00+01:00", Outcome::RefusedOther),  // W48
        callAt("2026-11-24T10:00:00+01:00", Outcome::Appointment),   // W48
    };
    const auto weeks = callsPerPeriod(calls, Period::IsoWeek);
    ASSERT_EQ(weeks.size(), 4u);
    EXPECT_EQ(weeks[0].key, "2026-W45");
    EXPECT_EQ(weeks[0].start, "2026-11-02");
    EXPECT_EQ(weeks[0].calls, 2u);
    EXPECT_EQ(weeks[0].refusals, 1u);
    EXPECT_EQ(weeks[1].key, "2026-W46");
    EXPECT_EQ(weeks[1].start, "2026-11-09");
    EXPECT_EQ(weeks[1].calls, 0u);
    EXPECT_EQ(weeks[2].key, "2026-W47");
    EXPECT_EQ(weeks[2].calls, 0u);
    EXPECT_EQ(weeks[3].key, "2026-W48");
    EXPECT_EQ(weeks[3].start, "2026-11-23");
    EXPECT_EQ(weeks[3].calls, 2u);
    EXPECT_EQ(weeks[3].refusals, 1u);
}

TEST(JournalStats, IsoWeeksCrossTheYearAsTheStandardSays) {
    // 2026-12-31 is a Thursday: week 53 of 2026. 2027-01-04 starts 2027-W01. 2024-12-30
    // (a Monday) is already 2025-W01.
    const std::vector<Call> calls{callAt("2026-12-31T10:00Z"), callAt("2027-01-04T10:00Z")};
    const auto weeks = callsPerPeriod(calls, Period::IsoWeek);
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].key, "2026-W53");
    EXPECT_EQ(weeks[0].start, "2026-12-28");
    EXPECT_EQ(weeks[1].key, "2027-W01");
    EXPECT_EQ(callsPerPeriod(std::vector{callAt("2024-12-30T10:00Z")}, Period::IsoWeek)[0].key,
              "2025-W01");
    EXPECT_EQ(callsPerPeriod(std::vector{callAt("2027-01-03T10:00Z")}, Period::IsoWeek)[0].key,
              "2026-W53");
}

TEST(JournalStats, CallsPerMonthFillTheEmptyMonthsAcrossTheYear) {
    const std::vector<Call> calls{
        callAt("2026-11-30T10:00Z", Outcome::RefusedDiscrimination),
        callAt("2027-02-01T10:00Z"),
    };
    const auto months = callsPerPeriod(calls, Period::Month);
    ASSERT_EQ(months.size(), 4u);
    EXPECT_EQ(months[0].key, "2026-11");
    EXPECT_EQ(months[0].start, "2026-11-01");
    EXPECT_EQ(months[0].refusals, 1u);
    EXPECT_EQ(months[1].key, "2026-12");
    EXPECT_EQ(months[1].calls, 0u);
    EXPECT_EQ(months[2].key, "2027-01");
    EXPECT_EQ(months[3].key, "2027-02");
    EXPECT_EQ(months[3].start, "2027-02-01");
    EXPECT_EQ(months[3].calls, 1u);
}

TEST(JournalStats, NoCallsOrUnreadableDatesGiveNoBuckets) {
    EXPECT_TRUE(callsPerPeriod(std::vector<Call>{}, Period::Month).empty());
    const std::vector<Call> calls{callAt("yesterday"), callAt("2026-11-23T10:00Z")};
    const auto weeks = callsPerPeriod(calls, Period::IsoWeek);
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_EQ(weeks[0].calls, 1u);
}

TEST(JournalStats, TheChartUsesWeeksForAFewWeeksAndMonthsBeyond) {
    std::vector<Call> calls{callAt("2026-09-01T10:00Z"), callAt("2026-11-20T10:00Z")};  // 12 weeks
    EXPECT_EQ(callsPerPeriod(calls, Period::IsoWeek).size(), 12u);
    EXPECT_EQ(chartPeriod(calls), Period::IsoWeek);
    calls.push_back(callAt("2026-11-23T10:00Z"));  // a 13th week
    EXPECT_EQ(chartPeriod(calls), Period::Month);
}

TEST(JournalStats, EverySpecialtyOfTheRulesIsOfferedWithAFrenchNameThatFoldsBack) {
    const auto choices = specialtyChoices();
    std::set<std::string_view> offered;
    for (const auto& c : choices) {
        offered.insert(c.id);
        EXPECT_EQ(rules::normalizeSpecialty(c.labelFr), c.id) << c.labelFr;
    }
    for (const auto id : rules::specialtyIds()) {
        if (id != "medecine-generale") {
            EXPECT_TRUE(offered.count(id)) << id;
        }
    }
    EXPECT_FALSE(offered.count("medecine-generale"));  // that is a médecin traitant search
    EXPECT_EQ(choices.front().labelFr, "Allergologie");
}

TEST(JournalStats, OnlyASpecialistSearchNeedsItsSpecialty) {
    for (const auto& choice : seekingChoices())
        EXPECT_EQ(choice.needsSpecialty, choice.seeking == Seeking::Specialist);
    EXPECT_EQ(seekingChoices().size(), 4u);

    auto missing = newDemarche(Seeking::Specialist, "  ", "");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("specialty"), std::string::npos);
    auto cardio = newDemarche(Seeking::Specialist, " Cardiologie ", "2026-11-23T10:00:00+01:00");
    ASSERT_TRUE(cardio);
    EXPECT_EQ(cardio->specialty, "Cardiologie");
    EXPECT_EQ(cardio->status, DemarcheStatus::Open);
    EXPECT_TRUE(newDemarche(Seeking::MedecinTraitant, "", ""));
    auto badTime = newDemarche(Seeking::MedecinTraitant, "", "lundi");
    ASSERT_FALSE(badTime);
    EXPECT_NE(badTime.error().message.find("lundi"), std::string::npos);
}

}  // namespace
}  // namespace parcours::journal
