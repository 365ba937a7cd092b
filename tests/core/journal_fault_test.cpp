// I/O faults during a call's save: the fault VFS fails the n-th write, sync or truncate of
// Journal::logCall / updateCall / deleteCall (and of the close that follows), swept over n.
// Each run: the operation returns an error or succeeds, never crashes or throws; after
// reopening without faults the file passes integrity_check, every earlier call is intact,
// and the call touched is wholly old or wholly new (its view row matches its versions). A
// call reported saved is there. With a transient fault the user saving again succeeds.
#include <gtest/gtest.h>

#include <functional>
#include <utility>

#include "support/journal_fault_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using namespace parcours::journal;
using namespace parcours::test;
using namespace parcours::test::journal_faults;

TEST_F(JournalFault, LogCallIsWholeOrAbsent) {
    sweep(
        [](Journal& j, const Fixture& f, const FaultRun& fault) {
            Attempt outcome;
            auto attempt = [&] {
                auto id = j.logCall(sampleCall(f.demarche, "Cabinet New"));
                if (id) outcome.id = *id;
                return id.ok();
            };
            outcome.ok = attempt();
            retryIfTransient(outcome, fault, attempt);
            return outcome;
        },
        [](const Journal& j, const Fixture& f, const Attempt& outcome) {
            auto calls = j.calls(f.demarche);
            ASSERT_TRUE(calls);
            std::size_t fresh = 0;
            for (const auto& c : *calls) {
                if (c.id == f.kept || c.id == f.touched) continue;
                ++fresh;
                EXPECT_EQ(c.practice.name, "Cabinet New");
                EXPECT_EQ(c.note, "Plus de nouveaux patients");
            }
            if (outcome.ok || outcome.retryOk) {
                ASSERT_TRUE(outcome.id);
                EXPECT_TRUE(j.call(*outcome.id)) << "a call reported saved is lost";
            }
            if (outcome.retried) {
                EXPECT_TRUE(outcome.retryOk) << "saving again failed";
            }
            // At most the failed attempt (if its commit reached the disk) and the retry.
            EXPECT_LE(fresh, outcome.retried ? 2u : 1u);
            if (outcome.ok) {
                EXPECT_EQ(fresh, 1u);
            }
        });
}

TEST_F(JournalFault, UpdateCallIsWholeOrAbsent) {
    sweep(
        [](Journal& j, const Fixture& f, const FaultRun& fault) {
            Attempt outcome;
            auto attempt = [&] {
                Call changed = j.call(f.touched).value();
                changed.note = "Rappeler lundi";
                return j.updateCall(changed).ok();
            };
            outcome.ok = attempt();
            retryIfTransient(outcome, fault, attempt);
            return outcome;
        },
        [](const Journal& j, const Fixture& f, const Attempt& outcome) {
            auto call = j.call(f.touched);
            ASSERT_TRUE(call) << call.error().message;
            const std::size_t versions = versionsOf(j, f.touched);
            if (call->note == "Plus de nouveaux patients") {
                EXPECT_FALSE(outcome.ok || outcome.retryOk) << "a saved update is lost";
                EXPECT_EQ(versions, 1u) << "a new version without its view row";
            } else {
                EXPECT_EQ(call->note, "Rappeler lundi");
                EXPECT_GE(versions, 2u) << "a view row without its version";
            }
            if (outcome.retried) {
                EXPECT_TRUE(outcome.retryOk) << "saving again failed";
            }
        });
}

TEST_F(JournalFault, DeleteCallIsWholeOrAbsent) {
    sweep(
        [](Journal& j, const Fixture& f, const FaultRun& fault) {
            Attempt outcome;
            auto attempt = [&] { return j.deleteCall(f.touched).ok(); };
            outcome.ok = attempt();
            retryIfTransient(outcome, fault, attempt);
            return outcome;
        },
        [](const Journal& j, const Fixture& f, const Attempt& outcome) {
            auto call = j.call(f.touched);
            bool tombstone = false;
            const auto versions =
                j.versions().value();  // a copy: value() of a temporary would dangle
            for (const auto& v : versions)
                if (v.id == f.touched && v.deleted) tombstone = true;
            if (call) {
                EXPECT_FALSE(outcome.ok || outcome.retryOk)
                    << "a deletion reported saved is undone";
                EXPECT_FALSE(tombstone) << "a tombstone, and the call still in view";
                EXPECT_EQ(call->note, "Plus de nouveaux patients");
            } else {
                EXPECT_TRUE(tombstone) << "the call left the view without its tombstone";
            }
            if (outcome.retried) {
                EXPECT_TRUE(outcome.retryOk) << "deleting again failed";
            }
        });
}

// What a SIGKILL test cannot see: each save syncs before it returns (synchronous=FULL),
// else a "saved" call could be lost to a power cut. (That a save is one transaction, the
// sweeps above show: a fault between two commits would leave half a change.) deleteCall
// then checkpoints the WAL away (secure_delete), which syncs the database too.
TEST(JournalDurability, EachSaveSyncsBeforeReturning) {
    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
    const Fixture f = makeFixture(dir / "journal.db");
    FaultVfs vfs;  // counting only, never armed
    auto j = Journal::open(f.file, testOptions());
    ASSERT_TRUE(j);
    const std::pair<const char*, std::function<bool()>> saves[] = {
        {"logCall", [&] { return j->logCall(sampleCall(f.demarche, "Cabinet New")).ok(); }},
        {"updateCall",
         [&] {
             Call c = j->call(f.kept).value();
             c.note = "Rappeler lundi";
             return j->updateCall(c).ok();
         }},
        {"deleteCall", [&] { return j->deleteCall(f.touched).ok(); }},
    };
    // A first save puts the fresh WAL's header sync behind us: then a save with no sync of
    // its own (synchronous=NORMAL) shows as zero.
    ASSERT_TRUE(j->logCall(sampleCall(f.demarche, "Cabinet Warm-up")));
    for (const auto& [name, save] : saves) {
        vfs.resetCounts();
        ASSERT_TRUE(save()) << name;
        EXPECT_GE(vfs.count(FaultVfs::Op::Sync), 1) << name << ": not durable";
        EXPECT_GE(vfs.count(FaultVfs::Op::Write), 2) << name << ": WAL frames";
        std::printf("[ syncs    ] %-10s %d writes, %d syncs\n", name,
                    vfs.count(FaultVfs::Op::Write), vfs.count(FaultVfs::Op::Sync));
    }
}

}  // namespace
