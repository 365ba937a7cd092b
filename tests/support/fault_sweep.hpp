#pragma once
// The loop of SQLite's I/O-error tests: run an operation with the n-th write (or sync, or
// truncate) failing, for n = 1, 2, … until a run completes without reaching the fault, in
// both modes (the fault once, the fault from then on). The caller checks each run.

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "support/fault_vfs.hpp"

namespace parcours::test {

struct FaultRun {
    FaultVfs::Op op;
    FaultVfs::Mode mode;
    int n;
};

struct SweepCounts {
    int runs = 0;
    int failed = 0;  // runs where the operation reported an error
};

// `run` does one run (it arms the FaultVfs it is given) and returns how many faults were
// injected; the sweep stops at the first run with none. Gives up (test failure) at `limit`.
inline SweepCounts sweepFaults(FaultVfs::Op op, FaultVfs::Mode mode,
                               const std::function<int(const FaultRun&, bool& failed)>& run,
                               int limit = 500) {
    SweepCounts counts;
    for (int n = 1; n <= limit; ++n) {
        const FaultRun fault{op, mode, n};
        SCOPED_TRACE("fault: " + FaultVfs::opName(op) + " #" + std::to_string(n) + " " +
                     FaultVfs::modeName(mode));
        bool failed = false;
        const int injected = run(fault, failed);
        ++counts.runs;
        if (failed) ++counts.failed;
        if (::testing::Test::HasFatalFailure() || injected == 0) return counts;
    }
    ADD_FAILURE() << "the sweep did not reach a fault-free run in " << limit << " runs";
    return counts;
}

inline const FaultVfs::Op kAllOps[] = {FaultVfs::Op::Write, FaultVfs::Op::Sync,
                                       FaultVfs::Op::Truncate};
inline const FaultVfs::Mode kAllModes[] = {FaultVfs::Mode::Once, FaultVfs::Mode::FromNthOn};

}  // namespace parcours::test
