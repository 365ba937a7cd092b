// The journal file: created with its pragmas, migrated step by step, and refused
// untouched when it is too new or not a journal at all.
#include "journal/journal_schema.hpp"

#include <gtest/gtest.h>

#include <array>

#include "parcours/journal/journal.hpp"
#include "sqlite/database.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

std::int64_t pragma(const std::filesystem::path& file, const std::string& name) {
    auto db = sqlite::Database::open(file);
    EXPECT_TRUE(db);
    auto value = db->queryInteger("PRAGMA " + name);
    EXPECT_TRUE(value);
    return *value;
}

void exec(const std::filesystem::path& file, const std::string& sql) {
    auto db = sqlite::Database::open(file);
    ASSERT_TRUE(db);
    auto r = db->exec(sql);
    ASSERT_TRUE(r) << r.error().message;
}

bool hasTable(const std::filesystem::path& file, const std::string& table) {
    auto db = sqlite::Database::open(file);
    auto n = db->queryInteger("SELECT count(*) FROM sqlite_schema WHERE name = '" + table + "'");
    return n && *n == 1;
}

class JournalSchemaTest : public ::testing::Test {
  protected:
    // A journal made by this version, with one call in it, closed.
    std::filesystem::path makeJournal() {
        auto file = dir / "journal.db";
        auto j = Journal::open(file, {wall.fn(), ""});
        EXPECT_TRUE(j) << j.error().message;
        auto demarche = j->openDemarche({});
        Call c;
        c.demarche = *demarche;
        c.practice.name = "Cabinet";
        c.at = "2026-10-12T09:30";
        EXPECT_TRUE(j->logCall(c));
        return file;
    }

    void expectRefusedUntouched(const std::filesystem::path& file, const std::string& mentions) {
        const std::string before = test::readFile(file);
        auto j = Journal::open(file, {wall.fn(), ""});
        ASSERT_FALSE(j);
        EXPECT_EQ(j.error().kind, ErrorKind::Storage);
        EXPECT_NE(j.error().message.find(mentions), std::string::npos) << j.error().message;
        EXPECT_NE(j.error().message.find("untouched"), std::string::npos) << j.error().message;
        EXPECT_EQ(test::readFile(file), before);
        EXPECT_FALSE(std::filesystem::exists(file.string() + "-wal"));
    }

    test::TempDir dir;
    test::FakeWallClock wall;
};

TEST_F(JournalSchemaTest, ANewJournalIsMarkedAndInWalMode) {
    auto file = makeJournal();
    EXPECT_EQ(pragma(file, "application_id"), kJournalApplicationId);
    EXPECT_EQ(pragma(file, "user_version"), static_cast<std::int64_t>(journalMigrations().size()));
    auto db = sqlite::Database::open(file);
    auto mode = db->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode->step().value());
    EXPECT_EQ(mode->text(0), "wal");
}

TEST_F(JournalSchemaTest, TheConnectionIsDurableAndErasesDeletedContent) {
    auto db = sqlite::Database::open(dir / "j.db");
    ASSERT_TRUE(prepareJournal(*db));
    EXPECT_EQ(db->queryInteger("PRAGMA synchronous").value(), 2);  // FULL
    EXPECT_EQ(db->queryInteger("PRAGMA foreign_keys").value(), 1);
    EXPECT_EQ(db->queryInteger("PRAGMA secure_delete").value(), 1);
    EXPECT_EQ(db->queryInteger("PRAGMA busy_timeout").value(), 5000);
}

TEST_F(JournalSchemaTest, AnEmptyFileIsUpgradedFromVersionZero) {
    auto file = dir / "empty.db";
    test::writeFile(file, "");
    auto j = Journal::open(file, {wall.fn(), ""});
    ASSERT_TRUE(j) << j.error().message;
    EXPECT_TRUE(j->defaultProfile());
    j = Error{};
    EXPECT_EQ(pragma(file, "user_version"), 1);
    EXPECT_EQ(pragma(file, "application_id"), kJournalApplicationId);
}

TEST_F(JournalSchemaTest, AVersionZeroSqliteFileWithNoTablesIsUpgraded) {
    auto file = dir / "v0.db";
    exec(file, "CREATE TABLE scratch(x); DROP TABLE scratch;");  // a real SQLite file, no tables
    ASSERT_GT(std::filesystem::file_size(file), 0u);
    ASSERT_EQ(pragma(file, "user_version"), 0);
    auto j = Journal::open(file, {wall.fn(), ""});
    ASSERT_TRUE(j) << j.error().message;
    ASSERT_TRUE(j->openDemarche({}));
    EXPECT_EQ(pragma(file, "user_version"), 1);
    EXPECT_TRUE(hasTable(file, "versions"));
}

TEST_F(JournalSchemaTest, AJournalFromANewerAppIsRefusedUntouched) {
    auto file = makeJournal();
    exec(file, "PRAGMA user_version = 99");
    expectRefusedUntouched(file, "newer version of Parcours");
}

TEST_F(JournalSchemaTest, FilesThatAreNotJournalsAreRefusedUntouched) {
    auto other = dir / "other.db";
    exec(other, "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('x');");
    expectRefusedUntouched(other, "not a Parcours journal");

    auto directory = dir / "directory.db";
    exec(directory, "PRAGMA application_id = 1347568452; CREATE TABLE structures(x);");  // PRCD
    expectRefusedUntouched(directory, "not a Parcours journal");

    // Marked but empty (another app's fresh file): still not ours.
    auto marked = dir / "marked.db";
    exec(marked, "PRAGMA application_id = 42;");
    expectRefusedUntouched(marked, "not a Parcours journal");

    auto text = dir / "notes.txt";
    test::writeFile(text, "Appeler le cabinet lundi.\n");
    const std::string before = test::readFile(text);
    auto j = Journal::open(text, {wall.fn(), ""});
    ASSERT_FALSE(j);
    EXPECT_NE(j.error().message.find("not a Parcours journal"), std::string::npos)
        << j.error().message;
    EXPECT_EQ(test::readFile(text), before);
}

// The framework with a second step, as the next schema change will add one.
TEST_F(JournalSchemaTest, AnOlderJournalIsMigratedOneStepAtATime) {
    auto file = makeJournal();
    const auto v1 = journalMigrations();
    const std::array<std::string_view, 2> steps = {
        v1[0], "CREATE TABLE reminders(id BLOB PRIMARY KEY, due TEXT NOT NULL);"};
    {
        auto db = sqlite::Database::open(file);
        auto r = prepareJournal(*db, steps);
        ASSERT_TRUE(r) << r.error().message;
        EXPECT_EQ(db->queryInteger("PRAGMA user_version").value(), 2);
        EXPECT_EQ(db->queryInteger("SELECT count(*) FROM calls").value(), 1);  // data kept
    }
    EXPECT_TRUE(hasTable(file, "reminders"));
    // …and this app, which knows only v1, now refuses the file.
    expectRefusedUntouched(file, "newer version of Parcours");
}

TEST_F(JournalSchemaTest, AFailedStepChangesNothing) {
    auto file = makeJournal();
    const std::array<std::string_view, 2> steps = {
        journalMigrations()[0], "CREATE TABLE reminders(id BLOB); INSERT INTO nowhere VALUES (1);"};
    {
        auto db = sqlite::Database::open(file);
        auto r = prepareJournal(*db, steps);
        ASSERT_FALSE(r);
        EXPECT_NE(r.error().message.find("migration to version 2"), std::string::npos)
            << r.error().message;
        EXPECT_EQ(db->queryInteger("PRAGMA user_version").value(), 1);
        EXPECT_EQ(db->queryInteger("PRAGMA integrity_check").ok(), true);
    }
    EXPECT_FALSE(hasTable(file, "reminders"));
    auto j = Journal::open(file, {wall.fn(), ""});
    ASSERT_TRUE(j) << j.error().message;
    EXPECT_EQ(j->demarches()->size(), 1u);
}

}  // namespace
}  // namespace parcours::journal
