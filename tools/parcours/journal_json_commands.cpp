// parcours journal export-json|import-json: the whole journal as documented JSON
// (docs/journal-json.md), for people leaving the app and for moving data by hand.
#include <fstream>
#include <iostream>
#include <sstream>

#include "common.hpp"
#include "durable_file.hpp"
#include "journal_access.hpp"
#include "journal_subcommands.hpp"
#include "parcours/json/json_writer.hpp"
#include "parcours/sync/journal_json.hpp"

namespace parcours::cli {
namespace {

Result<std::string> readWholeFile(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return notFound(file + ": cannot open");
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) return storageError(file + ": cannot read");
    return content.str();
}

std::string reportJson(const journal::MergeReport& r) {
    json::Writer w;
    w.beginObject();
    w.key("received").integer(r.received);
    w.key("added").integer(r.added);
    w.key("records_added").integer(r.recordsAdded);
    w.key("records_updated").integer(r.recordsUpdated);
    w.key("records_unchanged").integer(r.recordsUnchanged);
    w.key("conflicts").beginArray();
    for (const auto& id : r.conflicted) w.string(id.hex());
    w.endArray();
    w.key("clock_capped").boolean(r.clockCapped);
    w.endObject();
    return w.take();
}

void printReport(std::ostream& out, const journal::MergeReport& r) {
    out << r.received << " version(s) read, " << r.added << " new to this journal\n"
        << "records: " << r.recordsAdded << " added, " << r.recordsUpdated << " updated, "
        << r.recordsUnchanged << " unchanged\n";
    if (!r.conflicted.empty()) {
        out << r.conflicted.size() << " record(s) in conflict (both versions kept):\n";
        for (const auto& id : r.conflicted) out << "  " << id.hex() << '\n';
    }
    if (r.clockCapped)
        out << "warning: the file's clock is more than a day ahead of this device's; "
               "this device's clock did not follow it\n";
}

}  // namespace

int journalExportJson(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("export-json: unexpected «" + args.positionals()[0] + "»"));
    auto out = args.value("--out");
    if (!out || out->empty()) return fail(usageError("export-json needs --out FILE"));
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto text = sync::exportJournalJson(*journal);
    if (!text) return fail(text.error());
    if (auto r = writeFileDurably(*out, *text); !r) return fail(r.error());
    auto versions = journal->versions();
    std::cerr << "parcours: " << (versions ? versions->size() : 0) << " version(s) written to "
              << *out << '\n';
    return kOk;
}

int journalImportJson(const Args& args) {
    if (args.positionals().size() != 1)
        return fail(usageError(std::string("import-json: ") +
                               (args.positionals().empty() ? "which file?" : "one file only")));
    auto text = readWholeFile(args.positionals()[0]);
    if (!text) return fail(text.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto report = sync::importJournalJson(*journal, *text);
    if (!report) {
        return fail(Error{report.error().kind, args.positionals()[0] + ": " +
                                                   report.error().message + " (nothing imported)"});
    }
    if (args.flag("--json"))
        std::cout << reportJson(*report) << '\n';
    else
        printReport(std::cout, *report);
    return kOk;
}

}  // namespace parcours::cli
