#pragma once
// A fault-injecting SQLite VFS, as SQLite's own I/O-error tests use: a shim over the
// default unix VFS that counts every xWrite, xSync and xTruncate on every file it opens
// (database, WAL, rollback journal) and fails the n-th one of a kind. Tests sweep n = 1, 2, …
// until an operation completes without reaching the fault.
//
// While a FaultVfs object lives, the shim is SQLite's DEFAULT VFS, so code that opens its
// database with sqlite3_open_v2(…, nullptr) (core/src/sqlite/database.cpp) goes through it
// unchanged. The destructor makes the original VFS the default again. One at a time.
//
// It can also simulate a power cut, as SQLite's crash tests do: writes not yet synced may
// or may not be on the disk afterwards.

#include <sqlite3.h>

#include <cstdint>
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

    // A power cut at the n-th write from now: that write and every later write, sync,
    // truncate and delete fail (the machine is off). Until then every write and truncate
    // not yet followed by a sync of its file is logged.
    void armPowerCut(int n);
    [[nodiscard]] bool powerIsCut() const;
    // Once the connections are closed: rewrites the files as the disk may hold them after
    // the cut (their state at the last sync, plus each later write kept, lost or torn at a
    // sector boundary, chosen by `seed`), and powers on. Returns how many unsynced changes
    // were lost or torn.
    int restorePower(std::uint64_t seed);

    [[nodiscard]] int count(Op op) const;  // calls seen since the last arm/resetCounts
    [[nodiscard]] int faultsInjected() const;

    static std::string opName(Op op);
    static std::string modeName(Mode mode);
};

}  // namespace parcours::test
