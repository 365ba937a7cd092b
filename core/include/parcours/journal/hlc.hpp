#pragma once
// Hybrid logical clock (Kulkarni et al. 2014): 48-bit Unix milliseconds and a 16-bit
// counter in one 64-bit value. Orders every change causally (an edit made after an import
// wins, whatever the device's clock says) while staying close to wall time.

#include <cstdint>
#include <functional>

namespace parcours::journal {

struct Hlc {
    std::uint64_t value = 0;
    [[nodiscard]] std::int64_t millis() const { return static_cast<std::int64_t>(value >> 16); }
    [[nodiscard]] std::uint16_t counter() const {
        return static_cast<std::uint16_t>(value & 0xFFFF);
    }
    static Hlc of(std::int64_t millis, std::uint16_t counter) {
        return {(static_cast<std::uint64_t>(millis) << 16) | counter};
    }
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 flags the defaulted <=> itself
    friend auto operator<=>(const Hlc&, const Hlc&) = default;
};

// What observe() did with a remote clock value.
struct ClockObservation {
    bool capped = false;  // the remote clock was more than the drift cap ahead: not followed
};

class HybridClock {
  public:
    using WallClock = std::function<std::int64_t()>;  // Unix milliseconds
    static constexpr std::int64_t kMaxDriftMillis = std::int64_t{24} * 3600 * 1000;  // one day

    explicit HybridClock(WallClock wall, Hlc last = {});

    // A new value for a local change: greater than every value seen so far.
    Hlc now();
    // Moves past a value read from another device (an import), but never more than
    // kMaxDriftMillis ahead of this device's wall clock.
    ClockObservation observe(Hlc remote);
    [[nodiscard]] Hlc last() const { return last_; }

  private:
    WallClock wall_;
    Hlc last_;
};

HybridClock::WallClock systemWallClock();

}  // namespace parcours::journal
