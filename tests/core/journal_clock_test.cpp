// Clocks that lie: the device's wall clock going backwards (NTP, the user fixing the time),
// running an hour slow after a version from the future was seen, or another device's clock
// far in the future. The hybrid logical clock must keep every new edit ordered after
// everything already seen, and must not follow a remote clock more than a day ahead.
#include <gtest/gtest.h>

#include <memory>

#include "parcours/journal/hlc.hpp"
#include "parcours/journal/journal.hpp"
#include "support/temp_dir.hpp"

namespace {

using namespace parcours::journal;

constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kNow = 1'795'420'800'000;     // 2026-11-23T08:00:00Z
constexpr std::int64_t kIn2030 = 1'893'456'000'000;  // 2030-01-01T00:00:00Z

// A wall clock the test sets by hand.
struct ManualClock {
    std::shared_ptr<std::int64_t> millis = std::make_shared<std::int64_t>(kNow);
    HybridClock::WallClock function() const {
        return [m = millis] { return *m; };
    }
    void set(std::int64_t value) const { *millis = value; }
};

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
    for (const auto& v : j.versions().value())
        if (v.id == id && latest.hlc < v.hlc) latest = v;
    return latest;
}

struct JournalClock : ::testing::Test {
    parcours::test::TempDir dir;
    ManualClock clock;
    Journal open() {
        auto j = Journal::open(dir / "journal.db", {clock.function(), "test"});
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

TEST(HybridClockDrift, FollowsAVersionFromTheFutureThenKeepsWinningWhenSlow) {
    ManualClock clock;
    HybridClock hlc(clock.function());
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
    ManualClock clock;
    HybridClock hlc(clock.function());
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
    ManualClock clock;
    HybridClock hlc(clock.function());
    const Hlc remote = Hlc::of(kNow + HybridClock::kMaxDriftMillis - kHour, 0);
    EXPECT_FALSE(hlc.observe(remote).capped);
    EXPECT_LT(remote, hlc.now());
}

}  // namespace
