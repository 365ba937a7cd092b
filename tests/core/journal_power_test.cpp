// Power cuts, as SQLite's crash tests simulate them: the fault VFS cuts the power at the
// n-th write of a session that opens the journal and logs three calls (and closes it), for
// every n; then the files are rebuilt as a disk may hold them after the cut (their state at
// the last sync of each file, plus a random choice of the writes made since), several choices
// per n. Every call logCall reported saved before the cut is there, the file passes
// integrity_check, and nothing is half written. Unlike SIGKILL, this fails if a save
// returns before its sync.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "parcours/journal/journal.hpp"
#include "support/fault_sweep.hpp"
#include "support/fault_vfs.hpp"
#include "support/journal_checks.hpp"
#include "support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace parcours::journal;
using parcours::test::FaultRun;
using parcours::test::FaultVfs;

constexpr int kCallsPerSession = 3;
constexpr int kDisksPerCut = 8;  // random choices of surviving writes for each n

JournalOptions testOptions() {
    auto millis = std::make_shared<std::int64_t>(1'795'420'800'000);
    return {[millis] { return (*millis)++; }, "test"};
}

Call sampleCall(const RecordId& demarche, int i) {
    Call call;
    call.demarche = demarche;
    call.practice = {"", "Centre de santé " + std::to_string(i), "05 56 00 00 00", "Bordeaux", ""};
    call.at = "2026-11-23T11:00:00+01:00";
    call.outcome = Outcome::WaitingList;
    call.note = "Liste d'attente de six mois.";
    return call;
}

struct Fixture {
    fs::path file;
    RecordId demarche;
    std::vector<RecordId> calls;
};

Fixture makeFixture(const fs::path& file) {
    Fixture f{file, {}, {}};
    auto j = Journal::open(file, testOptions());
    EXPECT_TRUE(j);
    Demarche d;
    d.openedAt = "2026-11-23T10:00:00+01:00";
    f.demarche = j->openDemarche(d).value();
    for (int i = 0; i < 2; ++i) f.calls.push_back(j->logCall(sampleCall(f.demarche, i)).value());
    return f;
}

// One session cut at the n-th write, one disk rebuilt from `seed`; returns the faults.
int cutAndCheck(const Fixture& fixture, int n, std::uint64_t seed) {
    SCOPED_TRACE("disk seed " + std::to_string(seed));
    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
    const fs::path file = dir / "journal.db";
    fs::copy_file(fixture.file, file);
    std::vector<RecordId> acknowledged = fixture.calls;
    int injected = 0;
    {
        FaultVfs vfs;
        vfs.armPowerCut(n);
        {
            auto j = Journal::open(file, testOptions());
            for (int i = 0; j && i < kCallsPerSession; ++i) {
                auto id = j->logCall(sampleCall(fixture.demarche, 10 + i));
                if (!id) break;
                acknowledged.push_back(*id);
            }
        }  // closed, power still off: the close's checkpoint fails too
        injected = vfs.faultsInjected();
        vfs.restorePower(seed);
    }
    EXPECT_EQ(parcours::test::integrityCheck(file), "ok");
    auto j = Journal::open(file, testOptions());
    EXPECT_TRUE(j) << "cannot open after the power cut: " << j.error().message;
    if (!j) return injected;
    EXPECT_EQ(parcours::test::viewMatchesVersions(*j), "");
    auto calls = j->calls(fixture.demarche);
    EXPECT_TRUE(calls);
    if (!calls) return injected;
    for (const auto& id : acknowledged) EXPECT_TRUE(j->call(id)) << "saved call lost: " << id.hex();
    // Besides what was acknowledged, at most the call being saved when the power went.
    EXPECT_LE(calls->size(), acknowledged.size() + 1);
    return injected;
}

TEST(JournalPowerCut, EverySavedCallSurvivesAPowerCut) {
    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
    const Fixture fixture = makeFixture(dir / "fixture.db");
    int cuts = 0;
    auto counts = parcours::test::sweepFaults(
        FaultVfs::Op::Write, FaultVfs::Mode::FromNthOn, [&](const FaultRun& fault, bool& failed) {
            int injected = 0;
            for (int disk = 0; disk < kDisksPerCut; ++disk)
                injected = cutAndCheck(fixture, fault.n,
                                       static_cast<std::uint64_t>(fault.n * kDisksPerCut + disk));
            failed = injected > 0;
            if (failed) ++cuts;
            return injected;
        });
    std::printf("[ power    ] %d cut points x %d disks each\n", cuts, kDisksPerCut);
    EXPECT_GE(cuts, kCallsPerSession * 2) << "the cuts never reached the saves";
    EXPECT_EQ(counts.runs, cuts + 1);
}

}  // namespace
