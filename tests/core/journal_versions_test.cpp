// Versions, tombstones, conflicts and payloads from newer apps: what sync will rely on.
// Two journals stand for two devices; versions move between them through mergeVersions
// on a second connection, as the sync import will.
#include <gtest/gtest.h>

#include <algorithm>

#include "journal/codec.hpp"
#include "journal/version_store.hpp"
#include "parcours/journal/journal.hpp"
#include "sqlite/database.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

constexpr std::int64_t kHour = 3600 * 1000;

struct Device {
    Device(const test::TempDir& dir, const std::string& name, std::int64_t wallMillis)
        : file(dir / (name + ".db")), wall(wallMillis) {
        auto opened = Journal::open(file, {wall.fn(), name});
        EXPECT_TRUE(opened) << opened.error().message;
        journal.emplace(std::move(*opened));
    }

    MergeReport import(const std::vector<Version>& batch) {
        auto db = sqlite::Database::open(file);
        EXPECT_TRUE(db);
        auto report = mergeVersions(*db, wall.fn(), batch);
        EXPECT_TRUE(report) << report.error().message;
        return report ? *report : MergeReport{};
    }
    MergeReport importFrom(const Device& other) {
        return import(other.journal->versions().value());
    }

    std::vector<Version> versionsOf(const RecordId& id) const {
        auto all = journal->versions().value();
        std::erase_if(all, [&](const Version& v) { return v.id != id; });
        return all;
    }

    std::filesystem::path file;
    test::FakeWallClock wall;
    std::optional<Journal> journal;
};

class JournalVersions : public ::testing::Test {
  protected:
    RecordId logCall(Device& d, const RecordId& demarche, const std::string& note) {
        Call c;
        c.demarche = demarche;
        c.practice.name = "Cabinet du Parc";
        c.at = "2026-10-12T09:30";
        c.note = note;
        auto id = d.journal->logCall(c);
        EXPECT_TRUE(id) << id.error().message;
        return *id;
    }

    void editNote(Device& d, const RecordId& call, const std::string& note) {
        auto c = d.journal->call(call);
        ASSERT_TRUE(c) << c.error().message;
        c->note = note;
        auto r = d.journal->updateCall(*c);
        ASSERT_TRUE(r) << r.error().message;
    }

    test::TempDir dir;
    const std::int64_t t0 = 1'791'797'400'000;
};

TEST_F(JournalVersions, AnEditIsASecondVersionWhoseParentIsTheFirst) {
    Device a(dir, "a", t0);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "first");
    a.wall.advance(1000);
    editNote(a, id, "second");
    auto versions = a.versionsOf(id);
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions[0].parentHlc, Hlc{});
    EXPECT_EQ(versions[1].parentHlc, versions[0].hlc);
    EXPECT_EQ(versions[1].parentDevice, a.journal->deviceId());
    EXPECT_EQ(versions[1].device, a.journal->deviceId());
    EXPECT_GT(versions[1].hlc, versions[0].hlc);
    EXPECT_EQ(versions[0].type, RecordType::Call);
    EXPECT_EQ(decodeCall(id, versions[0].payload)->note, "first");
    EXPECT_EQ(decodeCall(id, versions[1].payload)->note, "second");
    EXPECT_FALSE(a.journal->hasConflict(id).value());
}

TEST_F(JournalVersions, ADeletedCallStaysAsATombstoneWithNoContent) {
    Device a(dir, "a", t0);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "rappeler lundi");
    editNote(a, id, "rappeler mardi");
    ASSERT_TRUE(a.journal->deleteCall(id));
    auto versions = a.versionsOf(id);
    ASSERT_EQ(versions.size(), 3u);
    EXPECT_TRUE(versions[2].deleted);
    EXPECT_TRUE(versions[2].payload.empty());
    EXPECT_EQ(versions[2].parentHlc, versions[1].hlc);
    // The history the tombstone was made over is emptied too: the user asked for it to go.
    EXPECT_TRUE(versions[0].payload.empty());
    EXPECT_TRUE(versions[1].payload.empty());
    EXPECT_FALSE(versions[0].deleted);
    EXPECT_EQ(test::readFile(a.file).find("rappeler"), std::string::npos);
    EXPECT_EQ(test::readFile(a.file.string() + "-wal").find("rappeler"), std::string::npos);
}

TEST_F(JournalVersions, ADeletionSurvivesAnOldCopyComingBack) {
    Device a(dir, "a", t0), b(dir, "b", t0 + 5000);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "quinze-heures-trente");
    b.importFrom(a);  // B holds the live call
    ASSERT_TRUE(b.journal->call(id));
    ASSERT_TRUE(a.journal->deleteCall(id));
    auto back = a.importFrom(b);  // B's old copy arrives at A: no resurrection
    EXPECT_EQ(back.added, 0u);
    EXPECT_FALSE(a.journal->call(id));
    b.importFrom(a);
    EXPECT_EQ(b.journal->call(id).error().kind, ErrorKind::NotFound);
    for (const auto& v : b.versionsOf(id)) EXPECT_TRUE(v.payload.empty());  // B erased it too
    const std::string wal = b.file.string() + "-wal";
    EXPECT_EQ(test::readFile(b.file).find("quinze-heures-trente"), std::string::npos);
    EXPECT_EQ(test::readFile(wal).find("quinze-heures-trente"), std::string::npos);
    EXPECT_EQ(a.journal->versions()->size(), b.journal->versions()->size());
}

TEST_F(JournalVersions, AnEditAfterAnImportWinsOnADeviceWhoseClockIsSlow) {
    Device a(dir, "a", t0), b(dir, "b", t0 - kHour);  // B's clock is an hour behind
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "from A");
    b.importFrom(a);
    editNote(b, id, "edited on B");
    a.importFrom(b);
    EXPECT_EQ(a.journal->call(id)->note, "edited on B");
    EXPECT_FALSE(a.journal->hasConflict(id).value());
    // A remembers the latest clock value it saw from B.
    auto db = sqlite::Database::open(a.file);
    auto seen = db->prepare("SELECT last_seen_hlc, is_self FROM device WHERE id = ?1");
    const RecordId bDevice = b.journal->deviceId();  // bound as is: must outlive the step
    seen->bindBlob(1, blobOf(bDevice));
    ASSERT_TRUE(seen->step().value());
    EXPECT_EQ(static_cast<std::uint64_t>(seen->integer(0)), b.versionsOf(id).back().hlc.value);
    EXPECT_EQ(seen->integer(1), 0);
    EXPECT_FALSE(b.journal->hasConflict(id).value());
}

TEST_F(JournalVersions, ConcurrentEditsAreKeptAndFlaggedTheSameOnBothDevices) {
    Device a(dir, "a", t0), b(dir, "b", t0);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "original");
    b.importFrom(a);
    a.wall.advance(60'000);
    b.wall.advance(120'000);
    editNote(a, id, "A's version");
    editNote(b, id, "B's version");  // later on the wall: wins, A's stays in history
    auto toB = b.importFrom(a);
    auto toA = a.importFrom(b);
    ASSERT_EQ(toA.conflicted.size(), 1u);
    EXPECT_EQ(toA.conflicted[0], id);
    EXPECT_EQ(toB.conflicted.size(), 1u);
    EXPECT_TRUE(a.journal->hasConflict(id).value());
    EXPECT_TRUE(b.journal->hasConflict(id).value());
    EXPECT_EQ(a.journal->call(id)->note, "B's version");
    EXPECT_EQ(b.journal->call(id)->note, "B's version");
    auto kept = a.versionsOf(id);
    ASSERT_EQ(kept.size(), 3u);
    EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [&](const Version& v) {
        return decodeCall(id, v.payload)->note == "A's version";
    }));
    EXPECT_FALSE(a.journal->hasConflict(demarche).value());
    EXPECT_EQ(a.journal->hasConflict(RecordId::random()).error().kind, ErrorKind::NotFound);
}

TEST_F(JournalVersions, TheClockFollowsAnImportButNotYearsAhead) {
    Device a(dir, "a", t0), b(dir, "b", t0 + 4 * 365 * 24 * kHour);  // B thinks it is 2030
    auto demarche = b.journal->openDemarche({}).value();
    auto report = a.importFrom(b);
    EXPECT_TRUE(report.clockCapped);
    EXPECT_EQ(report.added, 2u);  // the default profile and the démarche: merged all the same
    EXPECT_TRUE(a.journal->demarche(demarche));
    logCall(a, demarche, "after");
    const auto versions = a.journal->versions().value();
    for (const auto& v : versions)
        if (v.device == a.journal->deviceId())
            EXPECT_LE(v.hlc.millis(), t0 + HybridClock::kMaxDriftMillis);

    Device c(dir, "c", t0 + kHour);  // an hour ahead: followed
    auto d2 = c.journal->openDemarche({}).value();
    auto followed = a.importFrom(c);
    EXPECT_FALSE(followed.clockCapped);
    auto mine = a.journal->openDemarche({}).value();
    EXPECT_GT(a.versionsOf(mine)[0].hlc, c.versionsOf(d2)[0].hlc);
}

TEST_F(JournalVersions, FieldsFromANewerAppSurviveAnEditHere) {
    Device a(dir, "a", t0);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "original");
    Version head = a.versionsOf(id).back();

    // A newer app added field 100 (varint 42) and field 101 (text) and edited the call.
    const std::string unknown = std::string("\xA0\x06\x2A", 3) + "\xAA\x06\x05" + "hello";
    Version newer = head;
    newer.device = RecordId::random();
    newer.parentHlc = head.hlc;
    newer.parentDevice = head.device;
    newer.hlc = Hlc::of(head.hlc.millis() + 1000, 0);
    newer.payload = head.payload + unknown;
    ASSERT_EQ(a.import({newer}).added, 1u);
    EXPECT_EQ(a.journal->call(id)->note, "original");  // still readable here

    a.wall.advance(5000);
    editNote(a, id, "edited by the older app");
    Version edited = a.versionsOf(id).back();
    EXPECT_EQ(edited.device, a.journal->deviceId());
    EXPECT_NE(edited.payload.find(unknown), std::string::npos);
    EXPECT_EQ(decodeCall(id, edited.payload)->note, "edited by the older app");
}

TEST_F(JournalVersions, AnOutcomeFromANewerAppSurvivesAnUnrelatedEdit) {
    Device a(dir, "a", t0);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "original");
    Version head = a.versionsOf(id).back();
    Version newer = head;
    newer.device = RecordId::random();
    newer.parentHlc = head.hlc;
    newer.parentDevice = head.device;
    newer.hlc = Hlc::of(head.hlc.millis() + 1000, 0);
    newer.payload = head.payload + std::string("\x28\x0B", 2);  // outcome = 11: not known here
    ASSERT_EQ(a.import({newer}).added, 1u);
    EXPECT_EQ(a.journal->call(id)->outcome, Outcome::NoAnswer);  // read as the fallback

    a.wall.advance(5000);
    editNote(a, id, "only the note changed");
    const std::string stored = a.versionsOf(id).back().payload;
    EXPECT_NE(stored.find(std::string("\x28\x0B", 2)), std::string::npos);

    // An outcome the user does choose replaces it.
    auto c = a.journal->call(id).value();
    c.outcome = Outcome::Accepted;
    ASSERT_TRUE(a.journal->updateCall(c));
    EXPECT_EQ(a.journal->call(id)->outcome, Outcome::Accepted);
    EXPECT_EQ(a.versionsOf(id).back().payload.find(std::string("\x28\x0B", 2)), std::string::npos);
}

TEST_F(JournalVersions, AMalformedBatchIsRefusedWhole) {
    Device a(dir, "a", t0);
    auto demarche = a.journal->openDemarche({}).value();
    Version good = a.versionsOf(demarche).back();
    good.id = RecordId::random();
    Version bad = good;
    bad.id = RecordId::random();
    bad.payload = "\xFF\xFF\xFF";  // not a protobuf message
    auto db = sqlite::Database::open(a.file);
    auto r = mergeVersions(*db, a.wall.fn(), std::vector<Version>{good, bad});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::BadInput);
    EXPECT_NE(r.error().message.find(bad.id.hex()), std::string::npos);
    EXPECT_FALSE(a.journal->demarche(good.id));
    Version noClock = good;
    noClock.hlc = Hlc{};
    EXPECT_FALSE(mergeVersions(*db, a.wall.fn(), std::vector<Version>{noClock}));
}

TEST_F(JournalVersions, ResolveSaysWhenAPrefixIsAmbiguous) {
    Device a(dir, "a", t0);
    auto demarche = a.journal->openDemarche({}).value();
    auto id = logCall(a, demarche, "x");
    Version twin = a.versionsOf(id).back();
    twin.id = id;
    twin.id.bytes[15] ^= 0xFF;  // same first 30 hex digits
    a.import({twin});
    auto r = a.journal->resolve(id.hex().substr(0, 8), RecordType::Call);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Usage);
    EXPECT_NE(r.error().message.find("ambiguous"), std::string::npos) << r.error().message;
    EXPECT_EQ(a.journal->resolve(id.hex(), RecordType::Call).value(), id);
}

}  // namespace
}  // namespace parcours::journal

namespace parcours::journal {
namespace {

// The app and the CLI may hold the same file open: the clock is the stored one, so
// versions from both connections still come in order, and each sees the other's writes.
TEST(JournalConnections, TwoConnectionsShareTheClockAndTheData) {
    test::TempDir dir;
    test::FakeWallClock appWall(1'791'797'400'000), cliWall(1'791'797'400'000 - 60'000);
    auto app = Journal::open(dir / "j.db", {appWall.fn(), "app"});
    auto cli = Journal::open(dir / "j.db", {cliWall.fn(), "cli"});
    ASSERT_TRUE(app && cli);
    EXPECT_EQ(app->deviceId(), cli->deviceId());  // one file, one device
    auto demarche = app->openDemarche({}).value();
    Call c;
    c.demarche = demarche;
    c.practice.name = "Cabinet";
    c.at = "2026-10-12T09:30";
    auto id = cli->logCall(c).value();  // the CLI's wall clock is a minute behind
    EXPECT_EQ(app->call(id)->practice.name, "Cabinet");
    ASSERT_TRUE(app->deleteCall(id));
    c.id = id;
    EXPECT_EQ(cli->updateCall(c).error().kind, ErrorKind::NotFound);
    auto versions = app->versions().value();
    std::sort(versions.begin(), versions.end(),
              [](const Version& x, const Version& y) { return x.hlc < y.hlc; });
    ASSERT_EQ(versions.size(), 4u);
    EXPECT_EQ(versions[3].id, id);  // the deletion, last of all
    EXPECT_TRUE(versions[3].deleted);
    EXPECT_EQ(versions[2].id, id);
}

}  // namespace
}  // namespace parcours::journal
