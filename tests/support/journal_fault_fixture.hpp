#pragma once
// What the journal's fault sweeps share: a small journal to copy (one démarche, two calls),
// one run of an operation with a fault armed (through the close that follows) and the
// checks after it, and the sweep over every write, sync and truncate in both modes.

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "parcours/journal/journal.hpp"
#include "support/fault_sweep.hpp"
#include "support/fault_vfs.hpp"
#include "support/journal_checks.hpp"
#include "support/temp_dir.hpp"

// Its own namespace: the generic names (Fixture, sampleCall) are only for the sweeps.
namespace parcours::test::journal_faults {

namespace fs = std::filesystem;
using journal::Call;
using journal::Demarche;
using journal::Journal;
using journal::JournalOptions;
using journal::Outcome;
using journal::RecordId;

// A fixed clock moving 1 ms per reading: the runs of a sweep do the same I/O.
inline JournalOptions testOptions() {
    auto millis = std::make_shared<std::int64_t>(1'795'000'000'000);  // 2026-11-19
    return {[millis] { return (*millis)++; }, "test"};
}

inline Call sampleCall(const RecordId& demarche, const std::string& name) {
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
inline Fixture makeFixture(const fs::path& file) {
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

inline void copyJournal(const fs::path& from, const fs::path& to) {
    for (const char* suffix : {"", "-wal"})
        if (fs::exists(from.string() + suffix))
            fs::copy_file(from.string() + suffix, to.string() + suffix,
                          fs::copy_options::overwrite_existing);
}

inline std::size_t versionsOf(const Journal& j, const RecordId& id) {
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
inline int runOnce(const Fixture& fixture, const fs::path& work, const FaultRun& fault,
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
    EXPECT_EQ(integrityCheck(work), "ok");
    auto j = Journal::open(work, testOptions());
    EXPECT_TRUE(j) << "cannot reopen after the fault: " << j.error().message;
    if (!j) return injected;
    EXPECT_EQ(viewMatchesVersions(*j), "");
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
        for (auto op : kAllOps) {
            for (auto mode : kAllModes) {
                auto counts = sweepFaults(op, mode, [&](const FaultRun& fault, bool& failed) {
                    TempDir work{memoryTempRoot()};
                    return runOnce(fixture, work / "journal.db", fault, operation, check, failed);
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
    TempDir dir_{memoryTempRoot()};
};

// A transient fault (once mode) and the user saving again: the second attempt succeeds.
template <class F>
void retryIfTransient(Attempt& outcome, const FaultRun& fault, F attempt) {
    if (outcome.ok || fault.mode != FaultVfs::Mode::Once) return;
    outcome.retried = true;
    outcome.retryOk = attempt();
}

}  // namespace parcours::test::journal_faults
