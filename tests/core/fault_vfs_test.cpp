// The fault VFS itself: if it silently stopped injecting (not the default VFS, a counter
// never reached), every journal fault sweep would pass without testing anything. Checked
// here on plain SQLite, the same way the journal is: WAL, synchronous=FULL.
#include "support/fault_vfs.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstring>
#include <string>

#include "sqlite/database.hpp"
#include "support/temp_dir.hpp"

namespace {

using parcours::test::FaultVfs;
using parcours::test::TempDir;

struct Db {
    sqlite3* handle = nullptr;
    explicit Db(const std::string& file) {
        sqlite3_open_v2(file.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~Db() { sqlite3_close_v2(handle); }
    int exec(const std::string& sql) const {
        return sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, nullptr);
    }
    std::string text(const std::string& sql) const {
        sqlite3_stmt* stmt = nullptr;
        std::string out = "<error>";
        if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        return out;
    }
};

void makeFixture(const std::string& file) {
    Db db(file);
    ASSERT_EQ(db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                      "CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB);"
                      "INSERT INTO t(v) VALUES (randomblob(3000));"),
              SQLITE_OK);
}

// One transaction touching several pages, as a call log does (version + view + index).
int insertTwoRows(const std::string& file) {
    Db db(file);
    int rc = db.exec("PRAGMA synchronous=FULL");
    if (rc == SQLITE_OK)
        rc = db.exec(
            "BEGIN IMMEDIATE; INSERT INTO t(v) VALUES (randomblob(3000));"
            "INSERT INTO t(v) VALUES (randomblob(3000)); COMMIT;");
    return rc;
}

TEST(FaultVfs, IsTheDefaultOnlyWhileItLives) {
    const std::string before = sqlite3_vfs_find(nullptr)->zName;
    {
        FaultVfs vfs;
        EXPECT_STREQ(sqlite3_vfs_find(nullptr)->zName, FaultVfs::kName);
    }
    EXPECT_EQ(sqlite3_vfs_find(nullptr)->zName, before);
    EXPECT_EQ(sqlite3_vfs_find(FaultVfs::kName), nullptr);
}

TEST(FaultVfs, CountsTheWritesAndSyncsOfADurableCommit) {
    TempDir dir{parcours::test::memoryTempRoot()};
    const std::string file = (dir / "t.db").string();
    makeFixture(file);
    FaultVfs vfs;
    ASSERT_EQ(insertTwoRows(file), SQLITE_OK);
    EXPECT_GE(vfs.count(FaultVfs::Op::Write), 2);  // WAL frames
    EXPECT_GE(vfs.count(FaultVfs::Op::Sync), 1);   // FULL: the WAL is synced at commit
    EXPECT_EQ(vfs.faultsInjected(), 0);
}

// The journal opens its file through core's Database, with the default VFS: the shim must
// see those writes, and a failed commit must come back as an error Result.
TEST(FaultVfs, ReachesCoreDatabaseWithoutChangingIt) {
    TempDir dir{parcours::test::memoryTempRoot()};
    const std::string file = (dir / "t.db").string();
    makeFixture(file);
    FaultVfs vfs;
    auto db = parcours::sqlite::Database::open(file);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("PRAGMA synchronous=FULL"));
    vfs.arm(FaultVfs::Op::Sync, 1, FaultVfs::Mode::Once);
    auto rc = db->exec("INSERT INTO t(v) VALUES (randomblob(100))");
    EXPECT_FALSE(rc);
    EXPECT_EQ(vfs.faultsInjected(), 1);
    EXPECT_TRUE(db->exec("INSERT INTO t(v) VALUES (randomblob(100))")) << "once means once";
    EXPECT_GE(vfs.count(FaultVfs::Op::Write), 2);
}

// The sweep every journal fault test runs, on plain SQLite: each failing run reports an
// error, and the file afterwards is consistent and holds both new rows or neither.
TEST(FaultVfs, SweepFailsEachWriteAndSyncOfATransaction) {
    for (auto op : {FaultVfs::Op::Write, FaultVfs::Op::Sync}) {
        for (auto mode : {FaultVfs::Mode::Once, FaultVfs::Mode::FromNthOn}) {
            int failures = 0;
            for (int n = 1;; ++n) {
                SCOPED_TRACE(FaultVfs::opName(op) + " " + FaultVfs::modeName(mode) +
                             " n=" + std::to_string(n));
                ASSERT_LT(n, 200) << "the sweep never ends";
                TempDir dir{parcours::test::memoryTempRoot()};
                const std::string file = (dir / "t.db").string();
                makeFixture(file);
                int rc = SQLITE_OK;
                int injected = 0;
                {
                    FaultVfs vfs;
                    vfs.arm(op, n, mode);
                    rc = insertTwoRows(file);
                    injected = vfs.faultsInjected();
                }
                Db db(file);
                EXPECT_EQ(db.text("PRAGMA integrity_check"), "ok");
                const std::string rows = db.text("SELECT count(*) FROM t");
                EXPECT_TRUE(rows == "1" || rows == "3") << rows;
                if (rc != SQLITE_OK) {
                    ++failures;
                    EXPECT_GT(injected, 0) << "failed with no fault: " << rc;
                }
                if (injected == 0) {
                    EXPECT_EQ(rc, SQLITE_OK);
                    EXPECT_EQ(rows, "3");
                    break;
                }
            }
            EXPECT_GE(failures, 1) << "no injected fault ever failed the transaction";
        }
    }
}

// The power-cut simulation must really lose what was not synced, else the journal's
// power-cut test could not fail: with synchronous=OFF nothing is synced, so some disk
// rebuilt after the cut lacks the rows (or is damaged).
TEST(FaultVfs, APowerCutLosesUnsyncedWrites) {
    int lost = 0, dropped = 0;
    for (std::uint64_t seed = 1; seed <= 16; ++seed) {
        TempDir dir{parcours::test::memoryTempRoot()};
        const std::string file = (dir / "t.db").string();
        makeFixture(file);
        {
            FaultVfs vfs;
            vfs.armPowerCut(1'000'000);  // never reached: the cut comes after the close
            {
                Db db(file);
                ASSERT_EQ(
                    db.exec("PRAGMA synchronous=OFF; INSERT INTO t(v) VALUES (zeroblob(9000))"),
                    SQLITE_OK);
            }
            EXPECT_FALSE(vfs.powerIsCut());
            dropped += vfs.restorePower(seed);
        }
        Db db(file);
        if (db.text("PRAGMA integrity_check") != "ok" || db.text("SELECT count(*) FROM t") != "2")
            ++lost;
    }
    EXPECT_GT(dropped, 0);
    EXPECT_GT(lost, 0);
}

}  // namespace
