// I/O faults during a call's save: the fault VFS fails the n-th write, sync or truncate of
// Journal::logCall / updateCall / deleteCall (and of the close that follows), swept over n.
// Each run: the operation returns an error or succeeds, never crashes or throws; after
// reopening without faults the file passes integrity_check, every earlier call is intact,
// and the call touched is wholly old or wholly new (its view row matches its versions). A
// call reported saved is there. With a transient fault the user saving again succeeds.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>

#include "parcours/journal/journal.hpp"
#include "support/fault_sweep.hpp"
#include "support/fault_vfs.hpp"
#include "support/journal_checks.hpp"
#include "support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace parcours::journal;
using parcours::test::FaultRun;
using parcours::test::FaultVfs;

// A fixed clock moving 1 ms per reading: the runs of a sweep do the same I/O.
JournalOptions testOptions() {
    auto millis = std::make_shared<std::int64_t>(1'795'000'000'000);  // 2026-11-19
    return {[millis] { return (*millis)++; }, "test"};
}

Call sampleCall(const RecordId& demarche, const std::string& name) {
    Call call;
    call.demarche = demarche;
    call.practice = {"", name, "04 78 00 00 00", "3 place Bellecour, 69002 Lyon", ""};
    call.at = "2026-11-20T09:30:00+01:00";
    call.outcome = Outcome::RefusedNoNewPatients;
    call.note = "Plus de nouveaux patients";
    return call;
}

struct Fixture {
    fs::path file;
    RecordId demarche, kept, touched;  // `touched` is the call updated or deleted
};

// A journal with one démarche and two calls, closed (so its WAL is checkpointed away).
Fixture makeFixture(const fs::path& file) {
    Fixture f{file, {}, {}, {}};
    auto j = Journal::open(file, testOptions());
    EXPECT_TRUE(j) << j.error().message;
    Demarche d;
    d.openedAt = "2026-11-19T10:00:00+01:00";
    f.demarche = j->openDemarche(d).value();
    f.kept = j->logCall(sampleCall(f.demarche, "Cabinet Kept")).value();
    f.touched = j->logCall(sampleCall(f.demarche, "Cabinet Touched")).value();
    return f;
}

void copyJournal(const fs::path& from, const fs::path& to) {
    for (const char* suffix : {"", "-wal"})
        if (fs::exists(from.string() + suffix))
            fs::copy_file(from.string() + suffix, to.string() + suffix,
                          fs::copy_options::overwrite_existing);
}

std::size_t versionsOf(const Journal& j, const RecordId& id) {
    std::size_t n = 0;
    const auto versions = j.versions().value();  // a copy: value() of a temporary would dangle
    for (const auto& v : versions)
        if (v.id == id) ++n;
    return n;
}

// What a run of one operation did, for its check.
struct Attempt {
    bool ok = false;       // the first attempt reported success
    bool retried = false;  // a transient fault, then a second attempt
    bool retryOk = false;
    std::optional<RecordId> id;  // the call logged (logCall only)
};

using Operation = std::function<Attempt(Journal&, const Fixture&, const FaultRun&)>;
using Check = std::function<void(const Journal&, const Fixture&, const Attempt&)>;

// Runs the operation with the fault armed (the close of the journal included: SQLite
// checkpoints then), then checks the file with no fault.
int runOnce(const Fixture& fixture, const fs::path& work, const FaultRun& fault,
            const Operation& operation, const Check& check, bool& failed) {
    copyJournal(fixture.file, work);
    Attempt outcome;
    int injected = 0;
    {
        FaultVfs vfs;
        {
            auto j = Journal::open(work, testOptions());
            EXPECT_TRUE(j) << j.error().message;
            if (!j) return 0;
            vfs.arm(fault.op, fault.n, fault.mode);
            outcome = operation(*j, fixture, fault);
        }  // closed here, with the fault still armed: the close checkpoints the WAL
        injected = vfs.faultsInjected();
        if (!outcome.ok) {
            EXPECT_GT(injected, 0) << "failed with no fault injected";
        }
    }
    failed = !outcome.ok;
    EXPECT_EQ(parcours::test::integrityCheck(work), "ok");
    auto j = Journal::open(work, testOptions());
    EXPECT_TRUE(j) << "cannot reopen after the fault: " << j.error().message;
    if (!j) return injected;
    EXPECT_EQ(parcours::test::viewMatchesVersions(*j), "");
    auto kept = j->call(fixture.kept);
    EXPECT_TRUE(kept && kept->practice.name == "Cabinet Kept") << "an earlier call was damaged";
    check(*j, fixture, outcome);
    return injected;
}

class JournalFault : public ::testing::Test {
  protected:
    void sweep(const Operation& operation, const Check& check) {
        const Fixture fixture = makeFixture(dir_ / "fixture.db");
        ASSERT_FALSE(HasFailure());
        for (auto op : parcours::test::kAllOps) {
            for (auto mode : parcours::test::kAllModes) {
                auto counts =
                    parcours::test::sweepFaults(op, mode, [&](const FaultRun& fault, bool& failed) {
                        parcours::test::TempDir work{parcours::test::memoryTempRoot()};
                        return runOnce(fixture, work / "journal.db", fault, operation, check,
                                       failed);
                    });
                std::printf("[ faults   ] %-8s %-9s %3d runs, %3d reported an error\n",
                            FaultVfs::opName(op).c_str(), FaultVfs::modeName(mode).c_str(),
                            counts.runs, counts.failed);
                // The writes and syncs of a durable commit must be reachable.
                if (op != FaultVfs::Op::Truncate) {
                    EXPECT_GE(counts.failed, 1);
                }
                if (HasFatalFailure()) return;
            }
        }
    }
    parcours::test::TempDir dir_{parcours::test::memoryTempRoot()};
};

// A transient fault (once mode) and the user saving again: the second attempt succeeds.
template <class F>
void retryIfTransient(Attempt& outcome, const FaultRun& fault, F attempt) {
    if (outcome.ok || fault.mode != FaultVfs::Mode::Once) return;
    outcome.retried = true;
    outcome.retryOk = attempt();
}

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

}  // namespace

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
