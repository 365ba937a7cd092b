// I/O faults while a journal holding the patient's calls is upgraded to a newer schema.
// The journal has one released step (v1), so the test adds a v2 of its own through
// prepareJournal's `steps` (the hook the journal keeps for this): a column added and filled
// on every call, and a copy of every version, so the step rewrites many pages. Swept over the
// n-th write, sync and truncate: afterwards the file is either still v1 exactly as before or
// v2 with the whole step applied, never between; no version is lost; the upgrade completes
// on the next, fault-free open.
#include <gtest/gtest.h>

#include <filesystem>
#include <string_view>
#include <vector>

#include "journal/journal_schema.hpp"
#include "parcours/journal/journal.hpp"
#include "sqlite/database.hpp"
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
using parcours::test::queryText;
using parcours::test::Schema;
using parcours::test::schemaOf;

constexpr std::string_view kTestV2 = R"sql(
ALTER TABLE calls ADD COLUMN upgraded INTEGER NOT NULL DEFAULT 0;
UPDATE calls SET upgraded = 1;
CREATE TABLE versions_copy AS SELECT * FROM versions;
)sql";

constexpr int kCalls = 60;

std::vector<std::string_view> stepsToV2() {
    auto steps = journalMigrations();
    std::vector<std::string_view> all(steps.begin(), steps.end());
    all.push_back(kTestV2);
    return all;
}

// Every version, as text: what must survive the upgrade byte for byte.
std::string versionsFingerprint(const fs::path& file) {
    return queryText(file,
                     "SELECT count(*) || ':' || sum(length(payload)) || ':' || "
                     "group_concat(hex(id) || hlc || hex(payload), ',') FROM "
                     "(SELECT * FROM versions ORDER BY id, hlc, device)");
}

fs::path makeV1Journal(const fs::path& file) {
    auto millis = std::make_shared<std::int64_t>(1'795'420'800'000);
    auto j = Journal::open(file, {[millis] { return (*millis)++; }, "test"});
    EXPECT_TRUE(j);
    Demarche d;
    d.openedAt = "2026-11-23T09:00:00+01:00";
    const RecordId demarche = j->openDemarche(d).value();
    for (int i = 0; i < kCalls; ++i) {
        Call call;
        call.demarche = demarche;
        call.practice = {"", "Cabinet " + std::to_string(i), "04 78 00 00 00", "Lyon", ""};
        call.at = "2026-11-23T10:00:00+01:00";
        call.note = "Répondeur, rappeler demain matin avant neuf heures.";
        EXPECT_TRUE(j->logCall(call));
    }
    return file;
}

// The upgrade on plain Database + prepareJournal, as Journal::open runs it.
bool upgrade(const fs::path& file, const std::vector<std::string_view>& steps) {
    auto db = parcours::sqlite::Database::open(file);
    return db && prepareJournal(*db, steps).ok();
}

TEST(JournalUpgradeFault, AnUpgradeWithDataIsAllOrNothing) {
    parcours::test::TempDir fixtureDir{parcours::test::memoryTempRoot()};
    const fs::path fixture = makeV1Journal(fixtureDir / "v1.db");
    const auto steps = stepsToV2();
    const Schema v1 = schemaOf(fixture);
    const std::string before = versionsFingerprint(fixture);
    ASSERT_EQ(v1.userVersion, 1);
    Schema v2;
    {
        parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
        fs::copy_file(fixture, dir / "v2.db");
        ASSERT_TRUE(upgrade(dir / "v2.db", steps));
        v2 = schemaOf(dir / "v2.db");
        ASSERT_EQ(v2.userVersion, 2);
    }
    for (auto op : parcours::test::kAllOps) {
        for (auto mode : parcours::test::kAllModes) {
            auto counts =
                parcours::test::sweepFaults(op, mode, [&](const FaultRun& fault, bool& failed) {
                    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
                    const fs::path file = dir / "journal.db";
                    fs::copy_file(fixture, file);
                    int injected = 0;
                    {
                        FaultVfs vfs;
                        vfs.arm(fault.op, fault.n, fault.mode);
                        failed = !upgrade(file, steps);
                        injected = vfs.faultsInjected();
                    }
                    EXPECT_EQ(parcours::test::integrityCheck(file), "ok");
                    const Schema after = schemaOf(file);
                    EXPECT_EQ(versionsFingerprint(file), before) << "versions changed or lost";
                    if (after == v1) {
                        EXPECT_TRUE(failed) << "reported upgraded, still v1";
                    } else {
                        EXPECT_EQ(after, v2) << "half upgraded";
                        EXPECT_EQ(queryText(file, "SELECT count(*) FROM calls WHERE upgraded = 1"),
                                  std::to_string(kCalls));
                        EXPECT_EQ(queryText(file, "SELECT count(*) FROM versions_copy"),
                                  queryText(file, "SELECT count(*) FROM versions"));
                    }
                    // The next open, without faults, finishes the job.
                    EXPECT_TRUE(upgrade(file, steps));
                    EXPECT_EQ(schemaOf(file), v2);
                    return injected;
                });
            std::printf("[ faults   ] upgrade: %-8s %-9s %3d runs, %3d reported an error\n",
                        FaultVfs::opName(op).c_str(), FaultVfs::modeName(mode).c_str(), counts.runs,
                        counts.failed);
            if (op != FaultVfs::Op::Truncate) {
                EXPECT_GE(counts.failed, 1) << "no fault ever reached the upgrade";
            }
        }
    }
}

// The same upgrade with the power cut at its n-th write, and the disk rebuilt with a random
// part of the unsynced writes (several disks per n): still v1 as it was, or v2 whole.
TEST(JournalUpgradeFault, AnUpgradeCutByAPowerFailureIsAllOrNothing) {
    parcours::test::TempDir fixtureDir{parcours::test::memoryTempRoot()};
    const fs::path fixture = makeV1Journal(fixtureDir / "v1.db");
    const auto steps = stepsToV2();
    const Schema v1 = schemaOf(fixture);
    const std::string before = versionsFingerprint(fixture);
    int cuts = 0;
    parcours::test::sweepFaults(
        FaultVfs::Op::Write, FaultVfs::Mode::FromNthOn, [&](const FaultRun& fault, bool& failed) {
            bool cut = false;
            for (std::uint64_t disk = 0; disk < 4; ++disk) {
                SCOPED_TRACE("disk seed " + std::to_string(fault.n * 4 + disk));
                parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
                const fs::path file = dir / "journal.db";
                fs::copy_file(fixture, file);
                {
                    FaultVfs vfs;
                    vfs.armPowerCut(fault.n);
                    failed = !upgrade(file, steps);
                    cut = vfs.powerIsCut();
                    vfs.restorePower(static_cast<std::uint64_t>(fault.n) * 4 + disk);
                }
                EXPECT_EQ(parcours::test::integrityCheck(file), "ok");
                EXPECT_EQ(versionsFingerprint(file), before) << "versions changed or lost";
                const Schema after = schemaOf(file);
                if (!(after == v1)) {
                    EXPECT_EQ(after.userVersion, 2) << "half upgraded: " << after;
                    EXPECT_EQ(queryText(file, "SELECT count(*) FROM calls WHERE upgraded = 1"),
                              std::to_string(kCalls))
                        << "half upgraded: " << after;
                }
                EXPECT_TRUE(upgrade(file, steps)) << "the next open cannot finish the upgrade";
            }
            if (cut) ++cuts;
            return cut ? 1 : 0;
        });
    std::printf("[ power    ] upgrade: %d cut points x 4 disks each\n", cuts);
    EXPECT_GE(cuts, 5);
}

}  // namespace
