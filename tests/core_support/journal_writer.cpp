// The child of the journal crash test (tests/core/journal_crash_test.cpp): opens the journal,
// opens a démarche, then logs calls (and edits some) until it is killed. Every change the
// Journal reported saved is acknowledged on stdout at once, one line per write(2) ("D <id>"
// for the démarche, "C <id>" for a call, "U <id>" for an edit whose note is now
// kEditedNote), so the parent knows exactly what it was promised before SIGKILL.
//
//   journal_writer JOURNAL [MAX_CALLS]
//
// MAX_CALLS (default 100000) only bounds a writer whose parent forgot it.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "parcours/journal/journal.hpp"

using namespace parcours::journal;

namespace {

constexpr const char* kEditedNote = "Rendez-vous obtenu pour le 1er décembre.";

// Unbuffered on purpose: a line still in a stdio buffer at SIGKILL would be a promise the
// parent never hears of, and the test would be weaker, not wrong. One write keeps the line
// whole on the pipe (shorter than PIPE_BUF).
void acknowledge(char kind, const RecordId& id) {
    const std::string line = std::string(1, kind) + ' ' + id.hex() + '\n';
    if (write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
        std::_Exit(4);
}

Call callNumber(const RecordId& demarche, long i) {
    Call call;
    call.demarche = demarche;
    call.practice.name = "Cabinet médical n°" + std::to_string(i);
    call.practice.phone = "01 45 " + std::to_string(10 + i % 90) + " 00 00";
    call.practice.address = std::to_string(1 + i % 200) + " rue de la République, 69002 Lyon";
    char at[32];
    std::snprintf(at, sizeof at, "2026-11-23T%02ld:%02ld:%02ld+01:00", 8 + (i / 3600) % 12,
                  (i / 60) % 60, i % 60);
    call.at = at;
    constexpr Outcome kOutcomes[] = {Outcome::NoAnswer, Outcome::RefusedNoNewPatients,
                                     Outcome::Voicemail, Outcome::WaitingList};
    call.outcome = kOutcomes[i % 4];
    call.note = "Secrétariat : ne prend plus de nouveaux patients, rappeler en janvier.";
    return call;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: journal_writer JOURNAL [MAX_CALLS]\n");
        return 2;
    }
    const long maxCalls = argc > 2 ? std::atol(argv[2]) : 100000;
    auto journal = Journal::open(argv[1]);
    if (!journal) {
        std::fprintf(stderr, "%s\n", journal.error().message.c_str());
        return 3;
    }
    Demarche demarche;
    demarche.seeking = Seeking::MedecinTraitant;
    demarche.openedAt = "2026-11-23T08:00:00+01:00";
    auto demarcheId = journal->openDemarche(demarche);
    if (!demarcheId) {
        std::fprintf(stderr, "%s\n", demarcheId.error().message.c_str());
        return 3;
    }
    acknowledge('D', *demarcheId);
    std::vector<RecordId> logged;
    for (long i = 0; i < maxCalls; ++i) {
        auto id = journal->logCall(callNumber(*demarcheId, i));
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.c_str());
            return 3;
        }
        acknowledge('C', *id);
        logged.push_back(*id);
        // Every fourth call, an edit of the call before last (each call edited at most once),
        // so kills also land in the middle of an update.
        if (i % 4 == 3) {
            auto call = journal->call(logged[logged.size() - 2]);
            if (!call) {
                std::fprintf(stderr, "%s\n", call.error().message.c_str());
                return 3;
            }
            call->outcome = Outcome::Appointment;
            call->appointmentAt = "2026-12-01T10:00:00+01:00";
            call->note = kEditedNote;
            if (auto r = journal->updateCall(*call); !r) {
                std::fprintf(stderr, "%s\n", r.error().message.c_str());
                return 3;
            }
            acknowledge('U', call->id);
        }
    }
    return 0;
}
