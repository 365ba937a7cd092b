// I/O faults while Journal::open creates or upgrades the schema (the migrations from
// user_version 0): the n-th write, sync or truncate fails, swept over n. The open either
// reports an error or succeeds; the file is then either fully at the current schema or has
// no schema at all (never half migrated), passes integrity_check, and opens cleanly later.
#include <gtest/gtest.h>

#include <filesystem>

#include "parcours/journal/journal.hpp"
#include "support/fault_sweep.hpp"
#include "support/fault_vfs.hpp"
#include "support/journal_checks.hpp"
#include "support/sqlite_peek.hpp"
#include "support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace parcours::journal;
using parcours::test::FaultRun;
using parcours::test::FaultVfs;
using parcours::test::Schema;
using parcours::test::schemaOf;

JournalOptions testOptions() {
    return {[] { return std::int64_t{1'795'420'800'000}; }, "test"};
}

// The schema a journal has once created without faults.
Schema currentSchema() {
    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
    { auto j = Journal::open(dir / "journal.db", testOptions()); }
    return schemaOf(dir / "journal.db");
}

enum class Start { NoFile, EmptyFile };

void sweepOpen(Start start) {
    const Schema current = currentSchema();
    ASSERT_GT(current.userVersion, 0);
    const Schema none{0, ""};
    for (auto op : parcours::test::kAllOps) {
        for (auto mode : parcours::test::kAllModes) {
            auto counts =
                parcours::test::sweepFaults(op, mode, [&](const FaultRun& fault, bool& failed) {
                    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
                    const fs::path file = dir / "journal.db";
                    if (start == Start::EmptyFile) parcours::test::writeFile(file, "");
                    int injected = 0;
                    {
                        FaultVfs vfs;
                        vfs.arm(fault.op, fault.n, fault.mode);
                        auto j = Journal::open(file, testOptions());
                        failed = !j.ok();
                        if (j) {
                            // What the migration wrote must be readable through the Journal.
                            EXPECT_TRUE(j->demarches()) << "opened but unusable";
                        }
                        injected = vfs.faultsInjected();
                    }
                    if (failed) {
                        EXPECT_GT(injected, 0) << "failed with no fault injected";
                    }
                    // A creation that failed before the first byte may leave no file: as before.
                    const Schema after = fs::exists(file) ? schemaOf(file) : none;
                    if (fs::exists(file)) {
                        EXPECT_EQ(parcours::test::integrityCheck(file), "ok");
                    }
                    if (failed) {
                        EXPECT_TRUE(after == current || after == none)
                            << "half migrated: " << after;
                    } else {
                        EXPECT_EQ(after, current);
                    }
                    // And the user's next try works.
                    auto j = Journal::open(file, testOptions());
                    EXPECT_TRUE(j) << j.error().message;
                    if (j) {
                        Demarche d;
                        d.openedAt = "2026-11-23T09:00:00+01:00";
                        EXPECT_TRUE(j->openDemarche(d));
                    }
                    return injected;
                });
            std::printf("[ faults   ] open: %-8s %-9s %3d runs, %3d reported an error\n",
                        FaultVfs::opName(op).c_str(), FaultVfs::modeName(mode).c_str(), counts.runs,
                        counts.failed);
            if (op != FaultVfs::Op::Truncate) {
                EXPECT_GE(counts.failed, 1) << "no fault ever reached the migration";
            }
        }
    }
}

TEST(JournalMigrationFault, CreatingANewJournalIsAllOrNothing) {
    sweepOpen(Start::NoFile);
}

TEST(JournalMigrationFault, MigratingAnEmptyFileIsAllOrNothing) {
    sweepOpen(Start::EmptyFile);
}

}  // namespace
