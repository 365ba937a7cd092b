// I/O faults while a démarche is opened or closed: the same sweep as the call saves
// (journal_fault_test.cpp). Each run returns an error or succeeds; after reopening the file
// is consistent, the calls already logged are intact, and the démarche is wholly there or
// not (opened), wholly open or wholly closed (closed), never a view without its version.
#include <gtest/gtest.h>

#include "support/journal_fault_fixture.hpp"

namespace {

using namespace parcours::journal;
using namespace parcours::test;
using namespace parcours::test::journal_faults;

TEST_F(JournalFault, OpenDemarcheIsWholeOrAbsent) {
    sweep(
        [](Journal& j, const Fixture&, const FaultRun& fault) {
            Attempt outcome;
            auto attempt = [&] {
                Demarche d;
                d.seeking = Seeking::Specialist;
                d.specialty = "dermatologie";
                d.openedAt = "2026-11-21T08:00:00+01:00";
                return j.openDemarche(d).ok();
            };
            outcome.ok = attempt();
            retryIfTransient(outcome, fault, attempt);
            return outcome;
        },
        [](const Journal& j, const Fixture& f, const Attempt& outcome) {
            auto all = j.demarches();
            ASSERT_TRUE(all);
            std::size_t fresh = 0;
            for (const auto& summary : *all) {
                if (summary.demarche.id == f.demarche) continue;
                ++fresh;
                EXPECT_EQ(summary.demarche.specialty, "dermatologie");
                EXPECT_EQ(summary.calls, 0u);
            }
            EXPECT_LE(fresh, outcome.retried ? 2u : 1u);
            if (outcome.ok) {
                EXPECT_EQ(fresh, 1u) << "a démarche reported saved is lost";
            }
            if (outcome.retried) {
                EXPECT_TRUE(outcome.retryOk) << "saving again failed";
                EXPECT_GE(fresh, 1u);
            }
        });
}

TEST_F(JournalFault, CloseDemarcheIsWholeOrAbsent) {
    sweep(
        [](Journal& j, const Fixture& f, const FaultRun& fault) {
            Attempt outcome;
            auto attempt = [&] {
                return j
                    .closeDemarche(f.demarche, DemarcheStatus::Found, "2026-11-22T18:00:00+01:00")
                    .ok();
            };
            outcome.ok = attempt();
            retryIfTransient(outcome, fault, attempt);
            return outcome;
        },
        [](const Journal& j, const Fixture& f, const Attempt& outcome) {
            auto d = j.demarche(f.demarche);
            ASSERT_TRUE(d) << d.error().message;
            const std::size_t versions = versionsOf(j, f.demarche);
            if (d->status == DemarcheStatus::Open) {
                EXPECT_FALSE(outcome.ok || outcome.retryOk) << "a saved closing is lost";
                EXPECT_TRUE(d->closedAt.empty());
                EXPECT_EQ(versions, 1u) << "a new version without its view row";
            } else {
                EXPECT_EQ(d->status, DemarcheStatus::Found);
                EXPECT_EQ(d->closedAt, "2026-11-22T18:00:00+01:00");
                EXPECT_GE(versions, 2u) << "a view row without its version";
            }
            EXPECT_TRUE(j.call(f.touched)) << "a call of the démarche was lost";
            if (outcome.retried) {
                EXPECT_TRUE(outcome.retryOk) << "saving again failed";
            }
        });
}

}  // namespace
