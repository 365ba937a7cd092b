// parcours journal call log|edit|delete
#include <iostream>
#include <optional>

#include "common.hpp"
#include "journal_access.hpp"
#include "journal_output.hpp"
#include "journal_subcommands.hpp"
#include "journal_time.hpp"

namespace parcours::cli {
namespace {

using journal::Call;

// The options of `call log` and `call edit`, checked: what is absent stays as it was.
struct CallOptions {
    std::optional<std::string> demarche, practiceId, practiceName, phone, address;
    std::optional<std::string> at, reason, note, followUp, appointmentAt, referredTo;
    std::optional<journal::Outcome> outcome;
    std::optional<journal::Channel> channel;
};

Result<CallOptions> parseCallOptions(const Args& args) {
    CallOptions o;
    o.demarche = args.value("--demarche");
    o.practiceId = args.value("--practice");
    o.practiceName = args.value("--practice-name");
    if (o.practiceId && o.practiceName)
        return usageError(
            "--practice (a directory id) and --practice-name (typed) exclude "
            "each other");
    if (o.practiceName && o.practiceName->empty())
        return usageError("--practice-name cannot be empty");
    o.phone = args.value("--phone");
    o.address = args.value("--address");
    if (auto text = args.value("--outcome")) {
        o.outcome = journal::outcomeFromId(*text);
        if (!o.outcome)
            return usageError("--outcome: unknown «" + *text +
                              "» (see parcours journal --help for the list)");
    }
    if (auto text = args.value("--channel")) {
        o.channel = journal::channelFromId(*text);
        if (!o.channel)
            return usageError(
                "--channel is phone, on-site, online-booking, email or letter, "
                "not «" +
                *text + "»");
    }
    if (auto text = args.value("--at")) {
        auto at = parseDateTime(*text, "--at");
        if (!at) return at.error();
        o.at = *at;
    }
    if (auto text = args.value("--appointment-at")) {
        // An appointment may be known by its day only ("le 3 décembre").
        auto at = text->size() == 10 ? parseDate(*text, "--appointment-at")
                                     : parseDateTime(*text, "--appointment-at");
        if (!at) return at.error();
        o.appointmentAt = *at;
    }
    if (auto text = args.value("--follow-up")) {
        auto date = parseDate(*text, "--follow-up");
        if (!date) return date.error();
        o.followUp = *date;
    }
    o.reason = args.value("--reason");
    o.note = args.value("--note");
    o.referredTo = args.value("--referred-to");
    return o;
}

// Applies the options that need the journal or the directory, then the plain ones.
Result<void> applyCallOptions(const Args& args, const journal::Journal& journal,
                              const CallOptions& o, Call& call) {
    if (o.demarche) {
        auto id = resolveId(journal, *o.demarche, journal::RecordType::Demarche, "démarche");
        if (!id) return id.error();
        call.demarche = *id;
    }
    if (o.practiceId) {
        auto practice = practiceFromDirectory(args, *o.practiceId);
        if (!practice) return practice.error();
        call.practice = *practice;
    } else if (o.practiceName) {
        call.practice = {};  // typed by hand: no directory link, no snapshot left over
        call.practice.name = *o.practiceName;
    }
    // Given with --practice, these correct the directory (the number actually dialled).
    if (o.phone) call.practice.phone = *o.phone;
    if (o.address) call.practice.address = *o.address;
    if (o.at) call.at = *o.at;
    if (o.outcome) call.outcome = *o.outcome;
    if (o.channel) call.channel = *o.channel;
    if (o.reason) call.reason = *o.reason;
    if (o.note) call.note = *o.note;
    if (o.followUp) call.followUp = *o.followUp;
    if (o.appointmentAt) call.appointmentAt = *o.appointmentAt;
    if (o.referredTo) call.referredTo = *o.referredTo;
    return {};
}

// Offered, never acted on: the same practice twice within two minutes is often one call
// logged twice, but may be two real calls (cut off, called back at once).
void hintDuplicates(const journal::Journal& journal, const journal::RecordId& id) {
    auto hints = journal.possibleDuplicates();
    if (!hints) return;  // only a hint: the call itself is saved
    for (const auto& h : *hints) {
        if (h.first != id && h.second != id) continue;
        const auto& other = h.first == id ? h.second : h.first;
        std::cerr << "parcours: this call may be the same as call " << other.hex().substr(0, 8)
                  << " (same practice within 2 minutes); if so: parcours journal call delete "
                  << id.hex().substr(0, 8) << '\n';
    }
}

}  // namespace

int journalCallLog(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("call log: unexpected «" + args.positionals()[0] + "»"));
    auto options = parseCallOptions(args);
    if (!options) return fail(options.error());
    if (!options->demarche) return fail(usageError("call log needs --demarche ID"));
    if (!options->practiceId && !options->practiceName)
        return fail(usageError("call log needs --practice DIRECTORY_ID or --practice-name TEXT"));
    if (!options->outcome) return fail(usageError("call log needs --outcome OUTCOME"));
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    Call call;
    call.at = nowLocalIso();
    if (auto r = applyCallOptions(args, *journal, *options, call); !r) return fail(r.error());
    auto id = journal->logCall(call);
    if (!id) return fail(id.error());
    hintDuplicates(*journal, *id);
    printCreatedId(std::cout, *id, args.flag("--json"));
    return kOk;
}

int journalCallEdit(const Args& args) {
    auto prefix = singlePositional(args, "call edit");
    if (!prefix) return fail(prefix.error());
    auto options = parseCallOptions(args);
    if (!options) return fail(options.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto id = resolveId(*journal, *prefix, journal::RecordType::Call, "call");
    if (!id) return fail(id.error());
    auto call = journal->call(*id);
    if (!call) return fail(call.error());
    if (auto r = applyCallOptions(args, *journal, *options, *call); !r) return fail(r.error());
    if (auto r = journal->updateCall(*call); !r) return fail(r.error());
    if (args.flag("--json")) printCreatedId(std::cout, *id, true);
    return kOk;
}

int journalCallDelete(const Args& args) {
    auto prefix = singlePositional(args, "call delete");
    if (!prefix) return fail(prefix.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto id = resolveId(*journal, *prefix, journal::RecordType::Call, "call");
    if (!id) return fail(id.error());
    if (auto r = journal->deleteCall(*id); !r) return fail(r.error());
    return kOk;
}

}  // namespace parcours::cli
