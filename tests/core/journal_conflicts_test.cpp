// Conflicts as the person sees and settles them (journal/conflicts.hpp): two devices edit
// one call before exchanging; the listing shows both versions, who made each and what
// differs; picking one makes it current and clears the flag on both devices once they
// exchange again, while an edit made meanwhile elsewhere is a new conflict.
#include <gtest/gtest.h>

#include <algorithm>

#include "parcours/journal/conflicts.hpp"
#include "parcours/journal/journal.hpp"
#include "support/cli_fixture.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

struct Device {
    Device(const test::TempDir& dir, const std::string& name, std::int64_t wallMillis)
        : file(dir / (name + ".db")), wall(wallMillis) {
        auto opened = Journal::open(file, {wall.fn(), name});
        EXPECT_TRUE(opened) << opened.error().message;
        journal.emplace(std::move(*opened));
    }
    MergeReport importFrom(const Device& other) {
        auto r = journal->importVersions(other.journal->versions().value());
        EXPECT_TRUE(r) << r.error().message;
        return r ? *r : MergeReport{};
    }
    void editCall(const RecordId& id, const std::string& note, Outcome outcome) {
        wall.advance(60'000);
        auto c = journal->call(id).value();
        c.note = note;
        c.outcome = outcome;
        ASSERT_TRUE(journal->updateCall(c));
    }
    std::filesystem::path file;
    test::FakeWallClock wall;
    std::optional<Journal> journal;
};

std::string field(const CompetingVersion& v, const std::string& label) {
    for (const auto& f : v.fields)
        if (f.label == label) return f.value;
    return "<none>";
}

class JournalConflicts : public ::testing::Test {
  protected:
    // A call logged on A, copied to B, then edited on both before they exchange.
    void makeConflict() {
        demarche = a.journal->openDemarche({}).value();
        Call c;
        c.demarche = demarche;
        c.practice.name = "Cabinet du Parc";
        c.at = "2026-10-12T09:30";
        c.note = "original";
        call = a.journal->logCall(c).value();
        b.importFrom(a);
        a.editCall(call, "Rappeler lundi", Outcome::CallBack);
        b.wall.advance(60'000);
        b.editCall(call, "Plus de nouveaux patients", Outcome::RefusedNoNewPatients);
        b.importFrom(a);
        a.importFrom(b);
    }

    test::TempDir dir;
    Device a{dir, "phone", 1'791'797'400'000};
    Device b{dir, "tablet", 1'791'797'400'000};
    RecordId demarche, call;
};

TEST_F(JournalConflicts, NoConflictInAJournalEditedOnOneDevice) {
    demarche = a.journal->openDemarche({}).value();
    EXPECT_TRUE(listConflicts(*a.journal).value().empty());
    EXPECT_EQ(conflictOf(*a.journal, demarche).error().kind, ErrorKind::NotFound);
}

TEST_F(JournalConflicts, ListsBothVersionsWithWhatTheySayWhoAndWhen) {
    makeConflict();
    for (Device* d : {&a, &b}) {
        auto list = listConflicts(*d->journal);
        ASSERT_TRUE(list) << list.error().message;
        ASSERT_EQ(list->size(), 1U);
        const Conflict& c = list->front();
        EXPECT_EQ(c.id, call);
        EXPECT_EQ(c.type, RecordType::Call);
        EXPECT_EQ(c.title, "Appel : Cabinet du Parc, 2026-10-12T09:30");
        EXPECT_EQ(c.differing, (std::vector<std::string>{"Résultat", "Note"}));
        ASSERT_EQ(c.versions.size(), 2U);
        // Oldest first: A's edit, then B's (two minutes later), which the journal shows.
        EXPECT_EQ(c.versions[0].number, 1U);
        EXPECT_EQ(c.versions[0].device, a.journal->deviceId());
        EXPECT_EQ(field(c.versions[0], "Note"), "Rappeler lundi");
        EXPECT_EQ(field(c.versions[0], "Résultat"), "À rappeler");
        EXPECT_FALSE(c.versions[0].current);
        EXPECT_EQ(c.versions[1].device, b.journal->deviceId());
        EXPECT_EQ(field(c.versions[1], "Note"), "Plus de nouveaux patients");
        EXPECT_TRUE(c.versions[1].current);
        EXPECT_LT(c.versions[0].hlc, c.versions[1].hlc);
        EXPECT_EQ(c.versions[0].hlc.millis(), 1'791'797'400'000 + 60'000);
        EXPECT_EQ(c.versions[0].thisDevice, d == &a);
        EXPECT_EQ(c.versions[1].thisDevice, d == &b);
    }
}

TEST_F(JournalConflicts, SettlingMakesThePickCurrentAndBothDevicesAgreeAfterExchange) {
    makeConflict();
    ASSERT_EQ(a.journal->call(call)->note, "Plus de nouveaux patients");
    a.wall.advance(60'000);
    auto settled = settleConflict(*a.journal, call, 1);  // A's own, the older one
    ASSERT_TRUE(settled) << settled.error().message;
    EXPECT_EQ(a.journal->call(call)->note, "Rappeler lundi");
    EXPECT_EQ(a.journal->call(call)->outcome, Outcome::CallBack);
    EXPECT_FALSE(a.journal->hasConflict(call).value());
    EXPECT_TRUE(listConflicts(*a.journal)->empty());

    auto toB = b.importFrom(a);
    EXPECT_TRUE(toB.conflicted.empty());
    EXPECT_FALSE(b.journal->hasConflict(call).value());
    EXPECT_EQ(b.journal->call(call)->note, "Rappeler lundi");
    a.importFrom(b);
    EXPECT_EQ(a.journal->versions().value().size(), b.journal->versions().value().size());
    EXPECT_FALSE(a.journal->hasConflict(call).value());

    // Nothing is lost: both competing versions stay in history.
    const auto all = a.journal->versions().value();
    EXPECT_EQ(std::ranges::count_if(all, [&](const Version& v) { return v.id == call; }), 5);
}

TEST_F(JournalConflicts, AnEditUnseenByTheSettlementIsANewConflict) {
    makeConflict();
    ASSERT_TRUE(settleConflict(*a.journal, call, 2));
    b.editCall(call, "Troisième avis", Outcome::NoAnswer);  // B has not seen the settlement
    auto toA = a.importFrom(b);
    ASSERT_EQ(toA.conflicted, std::vector<RecordId>{call});
    b.importFrom(a);
    auto list = listConflicts(*b.journal).value();
    ASSERT_EQ(list.size(), 1U);
    ASSERT_EQ(list[0].versions.size(), 2U);
    EXPECT_EQ(field(list[0].versions[0], "Note"), "Plus de nouveaux patients");  // A's pick
    EXPECT_EQ(field(list[0].versions[1], "Note"), "Troisième avis");
}

TEST_F(JournalConflicts, BothDevicesSettlingTheSameWayAgree) {
    makeConflict();
    ASSERT_TRUE(settleConflict(*a.journal, call, 2));
    ASSERT_TRUE(settleConflict(*b.journal, call, 2));
    a.importFrom(b);
    b.importFrom(a);
    // The same content on every leaf: no conflict, though the settlements were concurrent.
    EXPECT_FALSE(a.journal->hasConflict(call).value());
    EXPECT_FALSE(b.journal->hasConflict(call).value());
    EXPECT_EQ(a.journal->call(call)->note, b.journal->call(call)->note);
}

TEST_F(JournalConflicts, ABadVersionNumberOrARecordNotInConflictChangesNothing) {
    makeConflict();
    const auto before = a.journal->versions().value().size();
    EXPECT_EQ(settleConflict(*a.journal, call, 0).error().kind, ErrorKind::Usage);
    auto three = settleConflict(*a.journal, call, 3);
    ASSERT_FALSE(three);
    EXPECT_EQ(three.error().kind, ErrorKind::Usage);
    EXPECT_NE(three.error().message.find("between 1 and 2"), std::string::npos);
    EXPECT_EQ(settleConflict(*a.journal, demarche, 1).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(a.journal->settle(call, Hlc{1}, a.journal->deviceId()).error().kind,
              ErrorKind::NotFound);
    EXPECT_EQ(a.journal->versions().value().size(), before);
    EXPECT_TRUE(a.journal->hasConflict(call).value());
}

TEST_F(JournalConflicts, ConcurrentProfileEditsAreListedWithTheirFields) {
    auto self = a.journal->defaultProfile().value();
    b.importFrom(a);
    self.birthYear = 1980;
    a.wall.advance(1000);
    ASSERT_TRUE(a.journal->updateProfile(self));
    auto other = b.journal->defaultProfile().value();
    other.homeCommune = "69123";
    b.wall.advance(2000);
    ASSERT_TRUE(b.journal->updateProfile(other));
    a.importFrom(b);
    auto list = listConflicts(*a.journal).value();
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0].type, RecordType::Profile);
    EXPECT_EQ(list[0].differing, (std::vector<std::string>{"Année de naissance", "Commune"}));
    ASSERT_TRUE(settleConflict(*a.journal, list[0].id, 1));
    EXPECT_EQ(a.journal->defaultProfile()->birthYear, 1980);
}

// The CLI over the same journal file: the listing as JSON and as text, settling by a
// prefix of the id, and the usage errors (exit 2) and unknown ids (exit 3).
TEST_F(JournalConflicts, TheCliListsAndSettles) {
    makeConflict();
    const std::string journalFile = a.file.string();
    test::JsonTexts texts;
    auto listed = test::runCli({"journal", "conflicts", "--json", "--journal", journalFile});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    auto json = texts.parse(listed.out);
    ASSERT_EQ(json.items().size(), 1U);
    const auto& c = json.items()[0];
    EXPECT_EQ(c.find("id")->asString(), call.hex());
    EXPECT_EQ(c.find("type")->asString(), "call");
    ASSERT_EQ(c.find("versions")->items().size(), 2U);
    const auto& first = c.find("versions")->items()[0];
    EXPECT_EQ(first.find("fields")->find("Note")->asString(), "Rappeler lundi");
    EXPECT_EQ(first.find("at")->asString(), "2026-10-12T09:31:00Z");

    auto text = test::runCli({"journal", "conflicts", "--journal", journalFile});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("version 1: 2026-10-12T09:31:00Z"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Note: Plus de nouveaux patients"), std::string::npos) << text.out;

    const std::string prefix = call.hex().substr(0, 8);
    auto outOfRange = test::runCli(
        {"journal", "conflicts", "settle", prefix, "--version", "3", "--journal", journalFile});
    EXPECT_EQ(outOfRange.exitCode, 2);
    EXPECT_NE(outOfRange.err.find("between 1 and 2"), std::string::npos) << outOfRange.err;
    auto noVersion =
        test::runCli({"journal", "conflicts", "settle", prefix, "--journal", journalFile});
    EXPECT_EQ(noVersion.exitCode, 2);
    auto unknown = test::runCli(
        {"journal", "conflicts", "settle", "abcdef01", "--version", "1", "--journal", journalFile});
    EXPECT_EQ(unknown.exitCode, 3) << unknown.err;

    auto settled = test::runCli(
        {"journal", "conflicts", "settle", prefix, "--version", "1", "--journal", journalFile});
    ASSERT_EQ(settled.exitCode, 0) << settled.err;
    EXPECT_EQ(a.journal->call(call)->note, "Rappeler lundi");
    auto none = test::runCli({"journal", "conflicts", "--journal", journalFile});
    EXPECT_EQ(none.out, "no record in conflict\n");
}

}  // namespace
}  // namespace parcours::journal
