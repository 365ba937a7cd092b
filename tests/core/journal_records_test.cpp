// Record ids, the stable enum ids, and the date and time checks.
#include <gtest/gtest.h>

#include <set>

#include "journal/datetime.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::journal {
namespace {

TEST(JournalRecords, IdsAreRandomAndRoundTripAsHex) {
    std::set<RecordId> seen;
    for (int i = 0; i < 1000; ++i) {
        RecordId id = RecordId::random();
        EXPECT_TRUE(seen.insert(id).second);
        EXPECT_EQ(id.hex().size(), 32u);
        EXPECT_EQ(RecordId::fromHex(id.hex()), id);
    }
    RecordId id;
    id.bytes[0] = 0xAB;
    id.bytes[15] = 0x01;
    EXPECT_EQ(id.hex(), "ab000000000000000000000000000001");
    EXPECT_EQ(RecordId::fromHex("AB000000000000000000000000000001"), id);
    EXPECT_FALSE(RecordId::fromHex("ab00"));
    EXPECT_FALSE(RecordId::fromHex("zz000000000000000000000000000001"));
}

TEST(JournalRecords, OutcomeIdsAreTheDocumentedOnes) {
    const std::vector<std::pair<Outcome, std::string>> expected = {
        {Outcome::Accepted, "accepted"},
        {Outcome::Appointment, "appointment"},
        {Outcome::RefusedNoNewPatients, "refused-no-new-patients"},
        {Outcome::RefusedOther, "refused-other"},
        {Outcome::RefusedDiscrimination, "refused-discrimination"},
        {Outcome::NoAnswer, "no-answer"},
        {Outcome::Voicemail, "voicemail"},
        {Outcome::WaitingList, "waiting-list"},
        {Outcome::Referred, "referred"},
        {Outcome::CallBack, "call-back"},
    };
    for (const auto& [outcome, id] : expected) {
        EXPECT_EQ(outcomeId(outcome), id);
        EXPECT_EQ(outcomeFromId(id), outcome);
    }
    EXPECT_FALSE(outcomeFromId("refused"));
    EXPECT_TRUE(isRefusal(Outcome::RefusedDiscrimination));
    EXPECT_FALSE(isRefusal(Outcome::NoAnswer));
}

TEST(JournalRecords, OtherEnumIdsRoundTrip) {
    for (auto s :
         {Seeking::MedecinTraitant, Seeking::Specialist, Seeking::SecondOpinion, Seeking::Urgent})
        EXPECT_EQ(seekingFromId(seekingId(s)), s);
    for (auto c :
         {Channel::Phone, Channel::OnSite, Channel::OnlineBooking, Channel::Email, Channel::Letter})
        EXPECT_EQ(channelFromId(channelId(c)), c);
    for (auto s : {DemarcheStatus::Open, DemarcheStatus::Found, DemarcheStatus::Abandoned})
        EXPECT_EQ(statusFromId(statusId(s)), s);
    EXPECT_EQ(seekingId(Seeking::SecondOpinion), "second-opinion");
    EXPECT_EQ(channelId(Channel::OnlineBooking), "online-booking");
    EXPECT_EQ(statusId(DemarcheStatus::Abandoned), "abandoned");
}

TEST(JournalDateTime, AcceptsTheIso8601FormsPeopleAndAppsWrite) {
    const std::int64_t base = 1'791'797'400'000;  // 2026-10-12T09:30:00Z
    EXPECT_EQ(instantOf("2026-10-12T09:30"), base);
    EXPECT_EQ(instantOf("2026-10-12T09:30:00"), base);
    EXPECT_EQ(instantOf("2026-10-12T09:30:00Z"), base);
    EXPECT_EQ(instantOf("2026-10-12T09:30:15.250Z"), base + 15'250);
    EXPECT_EQ(instantOf("2026-10-12T11:30+02:00"), base);
    EXPECT_EQ(instantOf("2026-10-12T11:30:00+02:00"), base);
    EXPECT_EQ(instantOf("2026-10-12T05:30:00-04:00"), base);
    EXPECT_EQ(instantOf("2024-02-29T00:00Z"), 1'709'164'800'000);
}

TEST(JournalDateTime, RefusesWhatIsNotADateTime) {
    for (const char* bad :
         {"", "2026-10-12", "2026-10-12 09:30", "2026-13-01T09:30", "2026-02-29T09:30",
          "2026-10-32T09:30", "2026-10-12T24:00", "2026-10-12T09:60", "2026-10-12T09:30+2",
          "2026-10-12T09:30Zjunk", "12/10/2026 09:30", "2026-10-12T9:30", "2026-10-12T09:30:00."})
        EXPECT_FALSE(instantOf(bad)) << bad;
}

TEST(JournalDateTime, DatesAreRealCalendarDays) {
    EXPECT_TRUE(isValidDate("2026-10-19"));
    EXPECT_TRUE(isValidDate("2028-02-29"));
    EXPECT_FALSE(isValidDate("2026-02-29"));
    EXPECT_FALSE(isValidDate("2100-02-29"));
    EXPECT_TRUE(isValidDate("2000-02-29"));
    EXPECT_FALSE(isValidDate("2026-10-19T09:30"));
    EXPECT_FALSE(isValidDate("19/10/2026"));
    EXPECT_FALSE(isValidDate("2026-4-1"));
}

TEST(JournalDateTime, FormatsUtc) {
    EXPECT_EQ(formatUtc(1'791'797'400'000), "2026-10-12T09:30:00Z");
    EXPECT_EQ(formatUtc(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(instantOf(formatUtc(1'709'164'812'000)), 1'709'164'812'000);
}

}  // namespace
}  // namespace parcours::journal
