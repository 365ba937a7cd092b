// The démarche context the CLI and the app read advice, estimates and dossiers from: the
// démarche, its own profile and its calls in time order; the default profile when no démarche
// is asked for. (A démarche whose profile is gone only arrives by sync; the journal refuses
// to open one for an unknown profile.)
#include <gtest/gtest.h>

#include "parcours/journal/demarche_context.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

class DemarcheContextTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Journal::open(dir / "journal.db", {wall.fn(), "test"});
        ASSERT_TRUE(opened) << opened.error().message;
        journal.emplace(std::move(*opened));
    }

    RecordId log(const RecordId& demarche, const std::string& name, const std::string& at) {
        Call c;
        c.demarche = demarche;
        c.practice.name = name;
        c.at = at;
        c.outcome = Outcome::RefusedNoNewPatients;
        auto id = journal->logCall(c);
        EXPECT_TRUE(id) << id.error().message;
        return *id;
    }

    test::FakeWallClock wall;
    test::TempDir dir;
    std::optional<Journal> journal;
};

TEST_F(DemarcheContextTest, ADemarcheComesWithItsProfileAndItsCallsInTimeOrder) {
    Profile lea;
    lea.displayName = "Léa";
    lea.birthYear = 2015;
    auto leaId = journal->addProfile(lea);
    ASSERT_TRUE(leaId);
    Demarche d;
    d.profile = *leaId;
    d.seeking = Seeking::Specialist;
    d.specialty = "pédiatrie";
    auto id = journal->openDemarche(d);
    ASSERT_TRUE(id);
    log(*id, "Second", "2026-10-03T10:00:00+02:00");
    log(*id, "First", "2026-10-02T09:00:00+02:00");

    auto context = loadDemarcheContext(*journal, *id);
    ASSERT_TRUE(context) << context.error().message;
    EXPECT_EQ(context->profile.id, *leaId);
    EXPECT_EQ(context->profile.displayName, "Léa");
    EXPECT_EQ(context->demarche.id, *id);
    EXPECT_EQ(context->demarche.specialty, "pédiatrie");
    ASSERT_EQ(context->calls.size(), 2U);
    EXPECT_EQ(context->calls[0].practice.name, "First");
    EXPECT_EQ(context->calls[1].practice.name, "Second");
}

TEST_F(DemarcheContextTest, NoDemarcheGivesTheDefaultProfileAndAnEmptyDemarche) {
    auto context = loadDemarcheContext(*journal, std::nullopt);
    ASSERT_TRUE(context) << context.error().message;
    auto defaultProfile = journal->defaultProfile();
    ASSERT_TRUE(defaultProfile);
    EXPECT_EQ(context->profile.id, defaultProfile->id);
    EXPECT_EQ(context->demarche.profile, defaultProfile->id);
    EXPECT_TRUE(context->calls.empty());
}

TEST_F(DemarcheContextTest, AnUnknownDemarcheIsNotFound) {
    auto context = loadDemarcheContext(*journal, RecordId::random());
    ASSERT_FALSE(context);
    EXPECT_EQ(context.error().kind, ErrorKind::NotFound);
}

}  // namespace
}  // namespace parcours::journal
