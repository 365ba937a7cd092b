#pragma once
// How a fuzz target says an invariant is broken: which one on stderr, then abort, so that
// libFuzzer keeps the input that broke it.

#include <cstdio>
#include <cstdlib>

namespace parcours::fuzz {

inline void check(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

}  // namespace parcours::fuzz

// An invariant that its own text names well enough.
#define CHECK(condition) ::parcours::fuzz::check((condition), #condition)
