#pragma once
// A fault-injecting SQLite VFS, as SQLite's own I/O-error tests use: a shim over the
// default unix VFS that counts every xWrite, xSync and xTruncate on every file it opens
// (database, WAL, rollback journal) and fails the n-th one of a kind. Tests sweep n = 1, 2, …
// until an operation completes without reaching the fault.
//
// While a FaultVfs object lives, the shim is SQLite's DEFAULT VFS, so code that opens its
// database with sqlite3_open_v2(…, nullptr) (core/src/sqlite/database.cpp) goes through it
// unchanged. The destructor makes the original VFS the default again. One at a time.

#include <sqlite3.h>

#include <string>

namespace parcours::test {

class FaultVfs {
  public:
    static constexpr const char* kName = "parcours-fault";

    enum class Op { Write, Sync, Truncate };
    enum class Mode {
        Once,       // only the n-th call fails (a transient error)
        FromNthOn,  // the n-th and every later call fail (a disk that went away)
    };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    // Counts restart from zero; the n-th (1-based) call of `op` from now on fails.
    void arm(Op op, int n, Mode mode);
    // No more faults; counting goes on.
    void disarm();
    void resetCounts();

    [[nodiscard]] int count(Op op) const;  // calls seen since the last arm/resetCounts
    [[nodiscard]] int faultsInjected() const;

    static std::string opName(Op op);
    static std::string modeName(Mode mode);
};

}  // namespace parcours::test
