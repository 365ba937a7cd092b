// Replacing a source while it is read: rows as they come, one transaction, all or nothing.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "parcours/directory/directory.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using namespace parcours::directory;
using parcours::test::TempDir;

namespace {

Structure practice(std::string id, std::optional<geo::LatLon> at) {
    Structure s;
    s.source = "rpps";
    s.sourceId = std::move(id);
    s.kind = Kind::Practice;
    s.name = "Dr " + s.sourceId;
    s.city = "LYON";
    s.postcode = "69007";
    s.specialty = "Médecine Générale";
    s.position = at;
    return s;
}

struct SourceWriterTest : ::testing::Test {
    TempDir dir;
    Directory open() {
        auto d = Directory::open(dir / "directory.sqlite");
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
        return std::move(d).value();
    }
    std::string rtreeCheck() {
        sqlite3* raw = nullptr;
        EXPECT_EQ(sqlite3_open((dir / "directory.sqlite").c_str(), &raw), SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(raw, "SELECT rtreecheck('structures_geo')", -1, &stmt, nullptr);
        std::string result;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
        return result;
    }
};

TEST_F(SourceWriterTest, WritesRowsAsTheyComeAndCommitsOnFinish) {
    auto d = open();
    auto writer = d.beginReplaceSource("rpps");
    ASSERT_TRUE(writer.ok());
    // Enough rows for a tree of several levels.
    for (int i = 0; i < 5000; ++i) {
        auto added = writer->add(practice(std::to_string(i), geo::LatLon{45.70 + i * 1e-5, 4.84}));
        ASSERT_TRUE(added.ok() && *added);
    }
    auto again = writer->add(practice("7", geo::LatLon{45.7, 4.8}));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again);                         // the same id twice: the first one stays
    EXPECT_FALSE(writer->add(Structure{}).ok());  // another source
    ASSERT_TRUE(writer->add(practice("nowhere", std::nullopt)).ok());
    EXPECT_EQ(writer->count(), 5001u);
    ASSERT_TRUE(writer->finish({"rpps", "ps.txt", "", 2}).ok());
    EXPECT_FALSE(writer->add(practice("late", std::nullopt)).ok());

    EXPECT_EQ(d.stats()->structures, 5001u);
    auto hits = d.nearby({{45.70, 4.84}, 2000.0, 3, {}});
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 3u);
    EXPECT_EQ(hits->front().structure.id(), "rpps:0");
    SearchQuery q;
    q.text = "Dr 4999";
    EXPECT_EQ(d.search(q)->size(), 1u);
    EXPECT_EQ(rtreeCheck(), "ok");
}

TEST_F(SourceWriterTest, AnUnfinishedWriterChangesNothing) {
    auto d = open();
    ASSERT_TRUE(
        d.replaceSource({"rpps", "old.txt", "", 0}, {practice("old", geo::LatLon{45.75, 4.84})})
            .ok());
    {
        auto writer = d.beginReplaceSource("rpps");
        ASSERT_TRUE(writer.ok());
        ASSERT_TRUE(writer->add(practice("new", geo::LatLon{45.75, 4.84})).ok());
    }  // destroyed unfinished: a fatal error half-way through a file
    EXPECT_TRUE(d.get("rpps:old").ok());
    EXPECT_FALSE(d.get("rpps:new").ok());
    // The directory is usable again, staging table included.
    auto writer = d.beginReplaceSource("rpps");
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer->add(practice("new", geo::LatLon{45.75, 4.84})).ok());
    ASSERT_TRUE(writer->finish({"rpps", "new.txt", "", 0}).ok());
    EXPECT_FALSE(d.get("rpps:old").ok());
    EXPECT_TRUE(d.get("rpps:new").ok());
    EXPECT_EQ(rtreeCheck(), "ok");
}

TEST_F(SourceWriterTest, RefusesManualEntriesAndAMislabelledRecord) {
    auto d = open();
    EXPECT_FALSE(d.beginReplaceSource("manual").ok());
    EXPECT_FALSE(d.beginReplaceSource("").ok());
    auto writer = d.beginReplaceSource("rpps");
    ASSERT_TRUE(writer.ok());
    EXPECT_FALSE(writer->finish({"finess", "", "", 0}).ok());
}

}  // namespace
