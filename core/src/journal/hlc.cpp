// The hybrid logical clock (Kulkarni et al. 2014, "Logical Physical Clocks"), as the
// journal stamps its versions. See research/sync-security.md §1.6.
#include "parcours/journal/hlc.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

namespace parcours::journal {
namespace {

constexpr std::uint16_t kMaxCounter = 0xFFFF;

// The smallest value after `h`: the counter moves on, and when it is exhausted the
// logical millisecond does (the clock runs ahead of wall time by 1 ms rather than repeat).
Hlc successor(Hlc h) {
    if (h.counter() == kMaxCounter) return Hlc::of(h.millis() + 1, 0);
    return Hlc::of(h.millis(), static_cast<std::uint16_t>(h.counter() + 1));
}

}  // namespace

HybridClock::HybridClock(WallClock wall, Hlc last) : wall_(std::move(wall)), last_(last) {
    if (!wall_) wall_ = systemWallClock();
}

Hlc HybridClock::now() {
    const std::int64_t pt = wall_();
    // l = max(l, pt): a wall clock ahead of every value seen restarts the counter; one
    // that is behind (slow, or set back) leaves l where it is and counts on.
    last_ = pt > last_.millis() ? Hlc::of(pt, 0) : successor(last_);
    return last_;
}

ClockObservation HybridClock::observe(Hlc remote) {
    const std::int64_t pt = wall_();
    ClockObservation result;
    // A device whose clock says 2030 must not drag ours there: follow at most one day
    // ahead of our wall time (the versions are still merged; the caller warns).
    const Hlc cap = Hlc::of(pt + kMaxDriftMillis, 0);
    if (remote > cap) {
        result.capped = true;
        remote = cap;
    }
    // l = max(l, l_msg, pt), the counter chosen so the result dominates both inputs.
    const std::int64_t l = std::max({last_.millis(), remote.millis(), pt});
    if (l == last_.millis() && l == remote.millis())
        last_ = successor(std::max(last_, remote));
    else if (l == last_.millis())
        last_ = successor(last_);
    else if (l == remote.millis())
        last_ = successor(remote);
    else
        last_ = Hlc::of(l, 0);
    return result;
}

HybridClock::WallClock systemWallClock() {
    return [] {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    };
}

}  // namespace parcours::journal
