// Clocks that lie: the device's wall clock going backwards (NTP, the user fixing the time),
// running an hour slow after a version from the future was seen, or another device's clock
// far in the future. The hybrid logical clock must keep every new edit ordered after
// everything already seen, and must not follow a remote clock more than a day ahead.
#include <gtest/gtest.h>

#include "journal/codec.hpp"
#include "journal/version_store.hpp"
#include "parcours/journal/hlc.hpp"
#include "parcours/journal/journal.hpp"
#include "sqlite/database.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace {

using namespace parcours::journal;
using parcours::test::FakeWallClock;

constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kNow = 1'795'420'800'000;     // 2026-11-23T08:00:00Z
constexpr std::int64_t kIn2030 = 1'893'456'000'000;  // 2030-01-01T00:00:00Z

Call sampleCall(const RecordId& demarche) {
    Call call;
    call.demarche = demarche;
    call.practice = {"", "Maison de santé du Parc", "03 80 00 00 00", "", ""};
    call.at = "2026-11-23T09:00:00+01:00";
    call.outcome = Outcome::NoAnswer;
    return call;
}

Version latestVersion(const Journal& j, const RecordId& id) {
    Version latest;
    const auto versions = j.versions().value();  // a copy: value() of a temporary would dangle
    for (const auto& v : versions)
        if (v.id == id && latest.hlc < v.hlc) latest = v;
    return latest;
}

struct JournalClock : ::testing::Test {
    parcours::test::TempDir dir;
    FakeWallClock clock{kNow};
    Journal open() {
        auto j = Journal::open(dir / "journal.db", {clock.fn(), "test"});
        EXPECT_TRUE(j) << j.error().message;
        return std::move(j).value();
    }
};

TEST_F(JournalClock, WallClockGoingBackwardsStillOrdersEdits) {
    Journal j = open();
    Demarche d;
    d.openedAt = "2026-11-23T08:55:00+01:00";
    const RecordId demarche = j.openDemarche(d).value();
    const RecordId first = j.logCall(sampleCall(demarche)).value();
    clock.set(kNow - kHour);  // the clock jumps an hour back
    const RecordId second = j.logCall(sampleCall(demarche)).value();
    clock.set(kNow - 24 * kHour);  // and a day back
    const RecordId third = j.logCall(sampleCall(demarche)).value();

    const Hlc a = latestVersion(j, first).hlc, b = latestVersion(j, second).hlc,
              c = latestVersion(j, third).hlc;
    EXPECT_GE(a.millis(), kNow);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
}

// The journal remembers the highest clock value it stored: reopened on a device whose clock
// is now an hour slow, an edit still wins over the versions written "in the future".
TEST_F(JournalClock, EditsAfterReopeningWithASlowClockStillWin) {
    RecordId call;
    Hlc before;
    {
        Journal j = open();
        Demarche d;
        d.openedAt = "2026-11-23T08:55:00+01:00";
        call = j.logCall(sampleCall(j.openDemarche(d).value())).value();
        before = latestVersion(j, call).hlc;
    }
    clock.set(kNow - kHour);
    Journal j = open();
    Call changed = j.call(call).value();
    changed.outcome = Outcome::Appointment;
    changed.appointmentAt = "2026-12-01T10:00:00+01:00";
    ASSERT_TRUE(j.updateCall(changed));

    const Version after = latestVersion(j, call);
    EXPECT_LT(before, after.hlc);
    EXPECT_EQ(after.parentHlc, before);
    EXPECT_EQ(j.call(call).value().outcome, Outcome::Appointment);
    EXPECT_FALSE(j.hasConflict(call).value());
}

// Another device's edit of `base`, stamped `hlc`, as a sync import brings it.
Version remoteEdit(const Version& base, Hlc hlc, const std::string& note) {
    Call call = decodeCall(base.id, base.payload).value();
    call.note = note;
    Version v;
    v.type = RecordType::Call;
    v.id = base.id;
    v.hlc = hlc;
    v.device = RecordId::random();
    v.parentHlc = base.hlc;
    v.parentDevice = base.device;
    v.payload = encode(call, base.payload).value();
    return v;
}

// The import runs on its own connection (as the sync module's would) while the Journal
// stays open: the Journal must take the clock from the file, not from memory.
MergeReport importVersion(const std::filesystem::path& file, const FakeWallClock& clock,
                          const Version& v) {
    auto db = parcours::sqlite::Database::open(file);
    EXPECT_TRUE(db);
    auto report = mergeVersions(*db, clock.fn(), std::span<const Version>(&v, 1));
    EXPECT_TRUE(report) << report.error().message;
    return report.value();
}

// A phone whose clock is an hour ahead edited the call; this device, an hour "behind",
// edits it next: its edit must win (be the head), not lose to a clock that lies.
TEST_F(JournalClock, AnEditAfterImportingAVersionFromTheFutureWins) {
    Journal j = open();
    Demarche d;
    d.openedAt = "2026-11-23T08:55:00+01:00";
    const RecordId call = j.logCall(sampleCall(j.openDemarche(d).value())).value();
    const Version remote = remoteEdit(latestVersion(j, call), Hlc::of(kNow + kHour, 0), "remote");
    EXPECT_FALSE(importVersion(dir / "journal.db", clock, remote).clockCapped);
    ASSERT_EQ(j.call(call).value().note, "remote");

    clock.set(kNow + 1);  // this device's clock: still an hour behind the remote one
    Call local = j.call(call).value();
    local.note = "local";
    ASSERT_TRUE(j.updateCall(local));
    const Version head = latestVersion(j, call);
    EXPECT_LT(remote.hlc, head.hlc);
    EXPECT_EQ(head.parentHlc, remote.hlc);
    EXPECT_EQ(j.call(call).value().note, "local");
    EXPECT_FALSE(j.hasConflict(call).value());
}

// A device whose clock says 2030: its version is kept, but this journal's clock follows it
// no further than a day ahead of the wall clock, and the import says so (the warning).
TEST_F(JournalClock, ARemoteVersionFrom2030CapsTheClockAtADayAhead) {
    Journal j = open();
    Demarche d;
    d.openedAt = "2026-11-23T08:55:00+01:00";
    const RecordId demarche = j.openDemarche(d).value();
    const RecordId call = j.logCall(sampleCall(demarche)).value();
    const Version remote = remoteEdit(latestVersion(j, call), Hlc::of(kIn2030, 0), "from 2030");
    const MergeReport report = importVersion(dir / "journal.db", clock, remote);
    EXPECT_TRUE(report.clockCapped);
    EXPECT_EQ(report.added, 1u);

    auto db = parcours::sqlite::Database::open(dir / "journal.db");
    ASSERT_TRUE(db);
    EXPECT_LE(loadClock(*db).value().millis(), kNow + HybridClock::kMaxDriftMillis);
    const RecordId next = j.logCall(sampleCall(demarche)).value();
    const Hlc nextHlc = latestVersion(j, next).hlc;
    EXPECT_LT(latestVersion(j, demarche).hlc, nextHlc);
    EXPECT_LE(nextHlc.millis(), kNow + HybridClock::kMaxDriftMillis);
}

TEST(HybridClockDrift, FollowsAVersionFromTheFutureThenKeepsWinningWhenSlow) {
    FakeWallClock clock{kNow};
    HybridClock hlc(clock.fn());
    const Hlc local = hlc.now();
    const Hlc remote = Hlc::of(kNow + kHour, 3);  // another device, an hour ahead
    EXPECT_FALSE(hlc.observe(remote).capped);
    Hlc previous = remote;
    for (int i = 0; i < 5; ++i) {  // this device's clock stays an hour behind
        clock.set(kNow + i);
        const Hlc next = hlc.now();
        EXPECT_LT(previous, next);
        EXPECT_LT(local, next);
        previous = next;
    }
}

TEST(HybridClockDrift, ARemoteClockIn2030IsCappedAtADayAhead) {
    FakeWallClock clock{kNow};
    HybridClock hlc(clock.fn());
    const Hlc local = hlc.now();
    const ClockObservation seen = hlc.observe(Hlc::of(kIn2030, 0));
    EXPECT_TRUE(seen.capped) << "the warning for a far-future clock";
    EXPECT_LE(hlc.last().millis(), kNow + HybridClock::kMaxDriftMillis);
    const Hlc next = hlc.now();
    EXPECT_LT(local, next);
    EXPECT_LT(next, Hlc::of(kIn2030, 0));
    EXPECT_LE(next.millis(), kNow + HybridClock::kMaxDriftMillis);
}

TEST(HybridClockDrift, ARemoteClockWithinTheCapIsFollowed) {
    FakeWallClock clock{kNow};
    HybridClock hlc(clock.fn());
    const Hlc remote = Hlc::of(kNow + HybridClock::kMaxDriftMillis - kHour, 0);
    EXPECT_FALSE(hlc.observe(remote).capped);
    EXPECT_LT(remote, hlc.now());
}

}  // namespace
