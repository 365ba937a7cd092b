#include "support/fault_vfs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace parcours::test {
namespace {

// The shim's state is global because SQLite calls plain C function pointers; FaultVfs is
// only the handle tests hold. Atomics: SQLite may sync from any thread that uses a connection.
struct State {
    sqlite3_vfs* root = nullptr;  // the VFS we wrap (unix)
    std::array<std::atomic<int>, 3> counts{};
    std::atomic<bool> armed{false};
    std::atomic<int> target{0};
    std::atomic<int> targetOp{0};
    std::atomic<bool> persistent{false};
    std::atomic<int> injected{0};
    bool live = false;  // a FaultVfs object exists

    // Power cut. Every write and truncate not yet covered by a sync of its file is logged
    // with the bytes it replaced, so that restorePower can rebuild the disk as a power cut
    // may leave it: the state at the last sync plus some of the later writes, in order.
    std::mutex mutex;  // guards what follows
    bool recording = false;
    std::atomic<bool> cut{false};
    std::map<sqlite3_file*, std::string> names;  // open files
    struct Change {
        sqlite3_int64 offset = 0;      // a write's offset, or the size truncated to
        std::string before, after;     // the bytes replaced and written (a write)
        sqlite3_int64 sizeBefore = 0;  // the file's size before the change
        bool truncate = false;
    };
    std::map<std::string, std::vector<Change>> unsynced;  // by file name
};
State state;

// Counts one call of `op` and says whether it must fail.
bool shouldFail(FaultVfs::Op op) {
    const int i = static_cast<int>(op);
    const int n = ++state.counts[i];
    if (state.cut) {  // the power is off: nothing reaches the disk any more
        ++state.injected;
        return true;
    }
    if (!state.armed || state.targetOp != i) return false;
    const bool fail = state.persistent ? n >= state.target : n == state.target;
    if (fail) {
        ++state.injected;
        if (state.recording) state.cut = true;  // a power cut: this write and all after
    }
    return fail;
}

// Our file object: SQLite allocates szOsFile bytes; the real (unix) file lives right after.
struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* f) {
    return reinterpret_cast<FaultFile*>(f)->real;
}

sqlite3_int64 sizeOf(sqlite3_file* real) {
    sqlite3_int64 size = 0;
    real->pMethods->xFileSize(real, &size);
    return size;
}

// Logs a change about to be made to `f` (a write replaces [offset, offset + amount)).
void logChange(sqlite3_file* f, State::Change change, int amount) {
    std::lock_guard lock(state.mutex);
    if (!state.recording) return;
    auto name = state.names.find(f);
    if (name == state.names.end()) return;  // a temporary file: not on disk after a cut
    sqlite3_file* real = realOf(f);
    change.sizeBefore = sizeOf(real);
    const sqlite3_int64 end = change.truncate ? change.sizeBefore : change.offset + amount;
    const sqlite3_int64 from = change.offset;
    if (end > from && from < change.sizeBefore) {
        change.before.resize(static_cast<std::size_t>(std::min(end, change.sizeBefore) - from));
        real->pMethods->xRead(real, change.before.data(), static_cast<int>(change.before.size()),
                              from);
    }
    state.unsynced[name->second].push_back(std::move(change));
}

int xClose(sqlite3_file* f) {
    {
        std::lock_guard lock(state.mutex);
        state.names.erase(f);
    }
    sqlite3_file* real = realOf(f);
    int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
    return realOf(f)->pMethods->xRead(realOf(f), buf, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
    if (shouldFail(FaultVfs::Op::Write)) return SQLITE_IOERR_WRITE;
    State::Change change;
    change.offset = offset;
    change.after.assign(static_cast<const char*>(buf), static_cast<std::size_t>(amount));
    logChange(f, std::move(change), amount);
    return realOf(f)->pMethods->xWrite(realOf(f), buf, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (shouldFail(FaultVfs::Op::Truncate)) return SQLITE_IOERR_TRUNCATE;
    State::Change change;
    change.offset = size;
    change.truncate = true;
    logChange(f, std::move(change), 0);
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file* f, int flags) {
    if (shouldFail(FaultVfs::Op::Sync)) return SQLITE_IOERR_FSYNC;
    const int rc = realOf(f)->pMethods->xSync(realOf(f), flags);
    if (rc == SQLITE_OK) {  // what this file holds now survives a power cut
        std::lock_guard lock(state.mutex);
        auto name = state.names.find(f);
        if (name != state.names.end()) state.unsynced.erase(name->second);
    }
    return rc;
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int xUnlock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
// Shared memory (the WAL index) is not a file write: SQLite's crash tests leave it alone too.
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) {
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag) {
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) {
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

const sqlite3_io_methods kMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* file = reinterpret_cast<FaultFile*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    std::memset(file->real, 0, static_cast<std::size_t>(state.root->szOsFile));
    int rc = state.root->xOpen(state.root, name, file->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: set it exactly when the real file is open.
    f->pMethods = file->real->pMethods ? &kMethods : nullptr;
    if (f->pMethods && name) {
        std::lock_guard lock(state.mutex);
        state.names[f] = name;
    }
    return rc;
}
int xDelete(sqlite3_vfs*, const char* name, int syncDir) {
    if (state.cut) return SQLITE_IOERR_DELETE;  // the power is off
    {
        std::lock_guard lock(state.mutex);
        state.unsynced.erase(name);
    }
    return state.root->xDelete(state.root, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return state.root->xAccess(state.root, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return state.root->xFullPathname(state.root, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name) {
    return state.root->xDlOpen(state.root, name);
}
void xDlError(sqlite3_vfs*, int size, char* out) {
    state.root->xDlError(state.root, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return state.root->xDlSym(state.root, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle) {
    state.root->xDlClose(state.root, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out) {
    return state.root->xRandomness(state.root, size, out);
}
int xSleep(sqlite3_vfs*, int micros) {
    return state.root->xSleep(state.root, micros);
}
int xCurrentTime(sqlite3_vfs*, double* out) {
    return state.root->xCurrentTime(state.root, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out) {
    return state.root->xGetLastError(state.root, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return state.root->xCurrentTimeInt64(state.root, out);
}

// Built once, never freed: files opened through it may outlive a FaultVfs object.
sqlite3_vfs* shim() {
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs v{};
        v.iVersion = 2;  // the system-call hooks (version 3) are unix-specific: not forwarded
        v.szOsFile = static_cast<int>(sizeof(FaultFile)) + state.root->szOsFile;
        v.mxPathname = state.root->mxPathname;
        v.zName = FaultVfs::kName;
        v.xOpen = xOpen;
        v.xDelete = xDelete;
        v.xAccess = xAccess;
        v.xFullPathname = xFullPathname;
        v.xDlOpen = xDlOpen;
        v.xDlError = xDlError;
        v.xDlSym = xDlSym;
        v.xDlClose = xDlClose;
        v.xRandomness = xRandomness;
        v.xSleep = xSleep;
        v.xCurrentTime = xCurrentTime;
        v.xGetLastError = xGetLastError;
        v.xCurrentTimeInt64 = xCurrentTimeInt64;
        return v;
    }();
    return &vfs;
}

}  // namespace

FaultVfs::FaultVfs() {
    if (state.live) std::abort();  // one shim at a time: they would share counters
    if (sqlite3_initialize() != SQLITE_OK) std::abort();
    if (!state.root) state.root = sqlite3_vfs_find(nullptr);
    if (!state.root || std::strcmp(state.root->zName, kName) == 0) std::abort();
    state.live = true;
    disarm();
    resetCounts();
    sqlite3_vfs_register(shim(), 1);
}

FaultVfs::~FaultVfs() {
    disarm();
    {
        std::lock_guard lock(state.mutex);
        state.recording = false;
        state.unsynced.clear();
        state.cut = false;
    }
    sqlite3_vfs_unregister(shim());
    sqlite3_vfs_register(state.root, 1);  // the original is the default again
    state.live = false;
}

void FaultVfs::arm(Op op, int n, Mode mode) {
    state.armed = false;
    resetCounts();
    state.targetOp = static_cast<int>(op);
    state.target = n;
    state.persistent = mode == Mode::FromNthOn;
    state.armed = true;
}

void FaultVfs::disarm() {
    state.armed = false;
}

void FaultVfs::armPowerCut(int n) {
    arm(Op::Write, n, Mode::Once);
    std::lock_guard lock(state.mutex);
    state.unsynced.clear();
    state.recording = true;
}

bool FaultVfs::powerIsCut() const {
    return state.cut;
}

namespace {

// Plain POSIX I/O: the connections are closed, and this is the disk, not SQLite's view.
// `keep`: how many of a write's bytes reach the disk (all of it unless torn).
void rewrite(const std::string& file, const State::Change& change, bool undo,
             std::size_t keep = SIZE_MAX) {
    const int fd = ::open(file.c_str(), O_RDWR);
    if (fd < 0) return;
    if (undo) {
        if (!change.before.empty())
            (void)!::pwrite(fd, change.before.data(), change.before.size(), change.offset);
        (void)!::ftruncate(fd, change.sizeBefore);
    } else if (change.truncate) {
        (void)!::ftruncate(fd, change.offset);
    } else {
        (void)!::pwrite(fd, change.after.data(), std::min(keep, change.after.size()),
                        change.offset);
    }
    ::close(fd);
}

constexpr std::size_t kSector = 512;  // what a disk writes atomically

}  // namespace

int FaultVfs::restorePower(std::uint64_t seed) {
    std::lock_guard lock(state.mutex);
    std::mt19937_64 rng(seed);
    int dropped = 0;
    for (auto& [file, changes] : state.unsynced) {
        // Back to the last sync (newest change first), then forward again with each
        // unsynced change kept, lost or torn (its first sectors only) at random: the disk may
        // have written any of them, in part.
        for (auto it = changes.rbegin(); it != changes.rend(); ++it) rewrite(file, *it, true);
        for (const auto& change : changes) {
            const std::size_t sectors = (change.after.size() + kSector - 1) / kSector;
            switch (rng() % 3) {
                case 0:
                    ++dropped;
                    break;
                case 1:
                    if (sectors > 1) {
                        rewrite(file, change, false, kSector * (1 + rng() % (sectors - 1)));
                        ++dropped;
                        break;
                    }
                    [[fallthrough]];
                default:
                    rewrite(file, change, false);
            }
        }
    }
    state.unsynced.clear();
    state.recording = false;
    state.cut = false;
    state.armed = false;
    return dropped;
}

void FaultVfs::resetCounts() {
    for (auto& c : state.counts) c = 0;
    state.injected = 0;
}

int FaultVfs::count(Op op) const {
    return state.counts[static_cast<int>(op)];
}

int FaultVfs::faultsInjected() const {
    return state.injected;
}

std::string FaultVfs::opName(Op op) {
    switch (op) {
        case Op::Write:
            return "write";
        case Op::Sync:
            return "sync";
        case Op::Truncate:
            return "truncate";
    }
    return "?";
}

std::string FaultVfs::modeName(Mode mode) {
    return mode == Mode::Once ? "once" : "from-n-on";
}

}  // namespace parcours::test
