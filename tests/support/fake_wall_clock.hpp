#pragma once
// A wall clock a test sets by hand (JournalOptions.wallClock, HybridClock), so clock
// values and the times the journal fills in are deterministic.

#include <cstdint>
#include <functional>
#include <memory>

namespace parcours::test {

class FakeWallClock {
  public:
    // 2026-10-12T09:30:00Z
    explicit FakeWallClock(std::int64_t millis = 1'791'797'400'000)
        : millis_(std::make_shared<std::int64_t>(millis)) {}
    [[nodiscard]] std::function<std::int64_t()> fn() const {
        return [m = millis_] { return *m; };
    }
    void set(std::int64_t millis) { *millis_ = millis; }
    void advance(std::int64_t millis) { *millis_ += millis; }
    [[nodiscard]] std::int64_t now() const { return *millis_; }

  private:
    std::shared_ptr<std::int64_t> millis_;
};

}  // namespace parcours::test
