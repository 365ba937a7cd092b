// The hybrid logical clock under the wall clocks phones really have: set back, slow, or
// years in the future.
#include <gtest/gtest.h>

#include "parcours/journal/hlc.hpp"
#include "support/fake_wall_clock.hpp"

namespace parcours::journal {
namespace {

constexpr std::int64_t kHour = 3600 * 1000;

TEST(JournalHlc, FollowsTheWallClockAndCountsWithinAMillisecond) {
    test::FakeWallClock wall(1000);
    HybridClock clock(wall.fn());
    EXPECT_EQ(clock.now(), Hlc::of(1000, 0));
    EXPECT_EQ(clock.now(), Hlc::of(1000, 1));
    wall.advance(5);
    EXPECT_EQ(clock.now(), Hlc::of(1005, 0));  // the wall moved on: the counter restarts
}

TEST(JournalHlc, StaysMonotonicWhenTheWallClockGoesBack) {
    test::FakeWallClock wall(10 * kHour);
    HybridClock clock(wall.fn());
    Hlc before = clock.now();
    wall.advance(-kHour);  // NTP correction, or the user set the time by hand
    for (int i = 0; i < 100; ++i) {
        Hlc next = clock.now();
        EXPECT_GT(next, before);
        EXPECT_EQ(next.millis(), 10 * kHour);  // stays at the highest time seen, counts on
        before = next;
    }
    wall.advance(kHour + 1);
    EXPECT_EQ(clock.now(), Hlc::of(10 * kHour + 1, 0));
}

TEST(JournalHlc, CounterOverflowMovesTheMillisecond) {
    test::FakeWallClock wall(500);
    HybridClock clock(wall.fn(), Hlc::of(500, 0xFFFE));
    EXPECT_EQ(clock.now(), Hlc::of(500, 0xFFFF));
    EXPECT_EQ(clock.now(), Hlc::of(501, 0));
    EXPECT_EQ(clock.now(), Hlc::of(501, 1));
}

TEST(JournalHlc, AnEditAfterAnImportWinsOnADeviceOneHourSlow) {
    test::FakeWallClock aWall(20 * kHour), bWall(20 * kHour - kHour);
    HybridClock a(aWall.fn()), b(bWall.fn());
    Hlc written = a.now();
    auto seen = b.observe(written);
    EXPECT_FALSE(seen.capped);
    Hlc edit = b.now();  // B's wall clock is an hour behind A's: still after A's version
    EXPECT_GT(edit, written);
    EXPECT_EQ(edit.millis(), written.millis());
}

TEST(JournalHlc, ObserveDominatesBothInputs) {
    test::FakeWallClock wall(1000);
    HybridClock clock(wall.fn(), Hlc::of(2000, 7));
    (void)clock.observe(Hlc::of(2000, 3));
    EXPECT_EQ(clock.last(), Hlc::of(2000, 8));
    (void)clock.observe(Hlc::of(2000, 40));
    EXPECT_EQ(clock.last(), Hlc::of(2000, 41));
    (void)clock.observe(Hlc::of(3000, 2));
    EXPECT_EQ(clock.last(), Hlc::of(3000, 3));
    wall.set(5000);
    (void)clock.observe(Hlc::of(100, 0));
    EXPECT_EQ(clock.last(), Hlc::of(5000, 0));  // the wall is ahead of both
}

TEST(JournalHlc, AClockYearsAheadIsNotFollowedBeyondOneDay) {
    test::FakeWallClock wall(100 * kHour);
    HybridClock clock(wall.fn());
    const Hlc future = Hlc::of(100 * kHour + 4 * 365 * 24 * kHour, 0);  // a phone set to 2030
    auto seen = clock.observe(future);
    EXPECT_TRUE(seen.capped);
    EXPECT_LE(clock.last().millis(), wall.now() + HybridClock::kMaxDriftMillis);
    EXPECT_GE(clock.last().millis(), wall.now() + HybridClock::kMaxDriftMillis - 1);
    const Hlc capped = clock.last();
    Hlc next = clock.now();
    EXPECT_GT(next, capped);  // still monotonic
    EXPECT_LT(next, future);

    // Just under the cap is followed as is.
    HybridClock other(wall.fn());
    const Hlc nearCap = Hlc::of(wall.now() + HybridClock::kMaxDriftMillis - 10, 5);
    EXPECT_FALSE(other.observe(nearCap).capped);
    EXPECT_EQ(other.last(), Hlc::of(nearCap.millis(), 6));
}

TEST(JournalHlc, RestartsFromThePersistedValue) {
    test::FakeWallClock wall(1000);
    HybridClock clock(wall.fn(), Hlc::of(9000, 3));  // a value read back from the journal
    EXPECT_EQ(clock.now(), Hlc::of(9000, 4));
}

}  // namespace
}  // namespace parcours::journal
