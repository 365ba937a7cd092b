// parcours journal show|followups|export-csv|export-ics: reading the journal back.
#include <iostream>
#include <map>

#include "common.hpp"
#include "durable_file.hpp"
#include "journal_access.hpp"
#include "journal_output.hpp"
#include "journal_subcommands.hpp"
#include "journal_time.hpp"

namespace parcours::cli {
namespace {

using journal::CallRow;
using journal::DemarcheSummary;
using journal::RecordId;

constexpr std::string_view kProductId = "-//Parcours//Journal//FR";
// No follow-up is later than this: "every follow-up still to do".
constexpr std::string_view kEndOfTime = "9999-12-31";

Result<void> noPositionals(const Args& args, std::string_view command) {
    if (args.positionals().empty()) return {};
    return usageError(std::string(command) + ": unexpected «" + args.positionals()[0] + "»");
}

CallRow rowFor(const DemarcheSummary& summary, journal::Call call) {
    CallRow row;
    row.profileName = summary.profileName;
    row.seeking = summary.demarche.seeking;
    row.specialty = summary.demarche.specialty;
    row.call = std::move(call);
    return row;
}

// Calls joined to their démarche, so that each row reads on its own.
Result<std::vector<CallRow>> rowsFor(const journal::Journal& journal,
                                     const std::vector<journal::Call>& calls) {
    auto summaries = journal.demarches();
    if (!summaries) return summaries.error();
    std::map<RecordId, const DemarcheSummary*> byId;
    for (const auto& s : *summaries) byId[s.demarche.id] = &s;
    std::vector<CallRow> rows;
    for (const auto& call : calls) {
        auto it = byId.find(call.demarche);
        if (it != byId.end()) {
            rows.push_back(rowFor(*it->second, call));
        } else {
            CallRow orphan;  // cannot happen with a consistent journal; shown all the same
            orphan.call = call;
            rows.push_back(std::move(orphan));
        }
    }
    return rows;
}

Result<std::vector<CallRow>> everyCall(const journal::Journal& journal) {
    auto summaries = journal.demarches();
    if (!summaries) return summaries.error();
    std::vector<CallRow> rows;
    for (const auto& s : *summaries) {
        auto calls = journal.calls(s.demarche.id);
        if (!calls) return calls.error();
        for (auto& call : *calls) rows.push_back(rowFor(s, std::move(call)));
    }
    return rows;
}

Result<std::string> outFile(const Args& args, std::string_view command) {
    if (auto r = noPositionals(args, command); !r) return r.error();
    auto out = args.value("--out");
    if (!out || out->empty()) return usageError(std::string(command) + " needs --out FILE");
    return *out;
}

int writeExport(const std::string& file, const std::string& content, std::size_t count,
                std::string_view what) {
    if (auto r = writeFileDurably(file, content); !r) return fail(r.error());
    std::cerr << "parcours: " << count << ' ' << what << " written to " << file << '\n';
    return kOk;
}

}  // namespace

int journalShow(const Args& args) {
    if (auto r = noPositionals(args, "show"); !r) return fail(r.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    std::optional<RecordId> only;
    if (auto prefix = args.value("--demarche")) {
        auto id = resolveId(*journal, *prefix, journal::RecordType::Demarche, "démarche");
        if (!id) return fail(id.error());
        only = *id;
    }
    auto summaries = journal->demarches();
    if (!summaries) return fail(summaries.error());
    std::vector<DemarcheTimeline> timelines;
    for (auto& s : *summaries) {
        if (only && s.demarche.id != *only) continue;
        auto calls = journal->calls(s.demarche.id);
        if (!calls) return fail(calls.error());
        timelines.push_back({std::move(s), std::move(*calls)});
    }
    if (args.flag("--json"))
        std::cout << timelinesJson(timelines) << '\n';
    else
        printTimelines(std::cout, timelines);
    return kOk;
}

int journalFollowUps(const Args& args) {
    if (auto r = noPositionals(args, "followups"); !r) return fail(r.error());
    std::string until = todayLocal();
    if (auto text = args.value("--until")) {
        auto date = parseDate(*text, "--until");
        if (!date) return fail(date.error());
        until = *date;
    }
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto due = journal->followUpsDue(until);
    if (!due) return fail(due.error());
    auto rows = rowsFor(*journal, *due);
    if (!rows) return fail(rows.error());
    if (args.flag("--json"))
        std::cout << followUpsJson(*rows) << '\n';
    else
        printFollowUps(std::cout, *rows);
    return kOk;
}

int journalExportCsv(const Args& args) {
    auto file = outFile(args, "export-csv");
    if (!file) return fail(file.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto rows = everyCall(*journal);
    if (!rows) return fail(rows.error());
    return writeExport(*file, journal::callsCsv(*rows, args.flag("--bom")), rows->size(),
                       "call(s)");
}

int journalExportIcs(const Args& args) {
    auto file = outFile(args, "export-ics");
    if (!file) return fail(file.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    // The follow-ups still to do, as `followups` lists them, whatever their date.
    auto due = journal->followUpsDue(std::string(kEndOfTime));
    if (!due) return fail(due.error());
    auto rows = rowsFor(*journal, *due);
    if (!rows) return fail(rows.error());
    return writeExport(*file, journal::followUpsIcs(*rows, kProductId, nowUtcBasic()), rows->size(),
                       "follow-up(s)");
}

}  // namespace parcours::cli
