// Crash test: a child process (tests/core_support/journal_writer.cpp) logs calls in a loop,
// editing every fourth, and is killed with SIGKILL at random moments, 200 times over the same
// journal. After each kill: the file passes integrity_check, every call and edit the child
// acknowledged (in this run and all earlier ones) is there, at most one unacknowledged call
// per run has slipped in (killed between commit and acknowledgement), and nothing is half
// written (every call in the view has its version, and the other way round).
//
// PARCOURS_CRASH_SEED=N replays a run; the seed is printed with every failure.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "parcours/journal/journal.hpp"
#include "support/child_process.hpp"
#include "support/journal_checks.hpp"
#include "support/temp_dir.hpp"

namespace {

using namespace std::chrono_literals;
using parcours::journal::Journal;
using parcours::journal::Outcome;
using parcours::journal::RecordId;
using parcours::test::ChildProcess;

constexpr int kKills = 200;

std::uint64_t seedForRun() {
    if (const char* s = std::getenv("PARCOURS_CRASH_SEED")) return std::strtoull(s, nullptr, 10);
    return std::random_device{}();
}

// What journal_writer writes as the note of the calls it edits.
constexpr const char* kEditedNote = "Rendez-vous obtenu pour le 1er décembre.";

struct Acknowledged {
    std::map<RecordId, std::set<RecordId>> callsByDemarche;
    std::set<RecordId> edited;  // calls whose edit was acknowledged
    RecordId lastDemarche;      // the latest run's, if it acknowledged one
    std::size_t calls = 0;
};

// Reads "D <id>" / "C <id>" / "U <id>" lines; a line cut by the kill (no newline) was never
// complete.
std::size_t parse(const std::string& out, Acknowledged& acked) {
    std::istringstream in(out);
    std::string line;
    std::optional<RecordId> demarche;
    std::size_t calls = 0;
    while (std::getline(in, line)) {
        if (in.eof()) break;  // no newline: unfinished
        auto id = RecordId::fromHex(line.size() > 2 ? line.substr(2) : "");
        if (!id) continue;
        if (line[0] == 'D') {
            demarche = *id;
            acked.lastDemarche = *id;
            acked.callsByDemarche[*id];
        } else if (line[0] == 'C' && demarche) {
            acked.callsByDemarche[*demarche].insert(*id);
            ++acked.calls;
            ++calls;
        } else if (line[0] == 'U') {
            acked.edited.insert(*id);
        }
    }
    return calls;
}

// Kills at a random moment: mostly while calls are being logged (after the child said it
// is ready, plus 0–30 ms), one time in eight anywhere from exec on, so kills also land
// while the journal is being created or opened.
int runAndKill(ChildProcess& child, std::mt19937_64& rng) {
    if (rng() % 8 == 0) {
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 15000));
    } else {
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (child.out().find('\n') == std::string::npos &&
               std::chrono::steady_clock::now() < deadline)
            if (!child.readSome(100ms)) break;
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 30000));
    }
    return child.killAndCollect();
}

TEST(JournalCrash, EveryAcknowledgedCallSurvivesSigkill) {
    const std::uint64_t seed = seedForRun();
    SCOPED_TRACE("PARCOURS_CRASH_SEED=" + std::to_string(seed));
    std::mt19937_64 rng(seed);
    parcours::test::TempDir dir{parcours::test::memoryTempRoot()};
    const auto file = dir / "journal.db";
    const auto errFile = (dir / "writer.err").string();

    Acknowledged acked;
    int killedWhileLogging = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int kill = 0; kill < kKills; ++kill) {
        SCOPED_TRACE("kill " + std::to_string(kill));
        ChildProcess child(PARCOURS_JOURNAL_WRITER_PATH, {file.string()}, errFile);
        ASSERT_TRUE(child.started());
        const int status = runAndKill(child, rng);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the writer ended on its own: " << parcours::test::readFile(errFile);
        if (parse(child.out(), acked) > 0) ++killedWhileLogging;

        // On a loaded machine the first writer may die before it made the file: then it
        // acknowledged nothing, and there is nothing to check yet.
        if (!std::filesystem::exists(file)) {
            ASSERT_TRUE(acked.callsByDemarche.empty()) << "calls acknowledged, no journal file";
            continue;
        }
        ASSERT_EQ(parcours::test::integrityCheck(file), "ok");
        auto journal = Journal::open(file);
        ASSERT_TRUE(journal) << journal.error().message;
        // This run's démarche after every kill; everything (all earlier runs, the view
        // against the versions) every 25th kill and after the last: the full check grows
        // with the journal, and 200 full checks would dominate the test's time.
        const bool full = kill % 25 == 24 || kill == kKills - 1;
        std::string problems = full ? parcours::test::viewMatchesVersions(*journal) : "";
        ASSERT_EQ(problems, "");
        for (const auto& [demarche, calls] : acked.callsByDemarche) {
            if (!full && demarche != acked.lastDemarche) continue;
            auto stored = journal->calls(demarche);
            ASSERT_TRUE(stored) << "acknowledged démarche lost: " << stored.error().message;
            std::set<RecordId> ids;
            for (const auto& c : *stored) ids.insert(c.id);
            for (const auto& call : calls)
                ASSERT_TRUE(ids.count(call)) << "acknowledged call lost: " << call.hex();
            // One run writes one démarche; only its last commit can be unacknowledged.
            ASSERT_LE(ids.size(), calls.size() + 1);
            for (const auto& c : *stored) {
                if (acked.edited.count(c.id)) {
                    ASSERT_EQ(c.note, kEditedNote) << "acknowledged edit lost: " << c.id.hex();
                    ASSERT_EQ(c.outcome, Outcome::Appointment);
                }
            }
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "[ crash    ] %d kills, %zu acknowledged calls, %zu edits, %d kills mid-logging, %.1f s\n",
        kKills, acked.calls, acked.edited.size(), killedWhileLogging, seconds);
    // Guards against a test that passes by never killing anything interesting.
    EXPECT_GE(killedWhileLogging, kKills / 4);
    EXPECT_GE(acked.calls, static_cast<std::size_t>(kKills));
}

}  // namespace
