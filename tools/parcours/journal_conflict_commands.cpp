// parcours journal conflicts [--json] | conflicts settle ID --version N: the records two
// devices edited before exchanging (journal/conflicts.hpp), and settling one by picking a
// version.
#include <ctime>
#include <iostream>

#include "common.hpp"
#include "journal_access.hpp"
#include "journal_subcommands.hpp"
#include "parcours/journal/conflicts.hpp"
#include "parcours/json/json_writer.hpp"

namespace parcours::cli {
namespace {

// "2026-10-12T09:31:00Z": a version's clock as UTC (the device's clock, not an exact time).
std::string utcOf(journal::Hlc hlc) {
    const std::time_t seconds = static_cast<std::time_t>(hlc.millis() / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string typeId(journal::RecordType type) {
    switch (type) {
        case journal::RecordType::Profile:
            return "profile";
        case journal::RecordType::Demarche:
            return "demarche";
        case journal::RecordType::Call:
            return "call";
    }
    return "call";
}

std::string conflictsJson(const std::vector<journal::Conflict>& conflicts) {
    json::Writer w;
    w.beginArray();
    for (const auto& c : conflicts) {
        w.beginObject();
        w.key("id").string(c.id.hex());
        w.key("type").string(typeId(c.type));
        w.key("title").string(c.title);
        w.key("differing").beginArray();
        for (const auto& label : c.differing) w.string(label);
        w.endArray();
        w.key("versions").beginArray();
        for (const auto& v : c.versions) {
            w.beginObject();
            w.key("number").integer(v.number);
            w.key("at").string(utcOf(v.hlc));
            w.key("device").string(v.device.hex());
            w.key("this_device").boolean(v.thisDevice);
            w.key("current").boolean(v.current);
            w.key("fields").beginObject();
            for (const auto& f : v.fields) w.key(f.label).string(f.value);
            w.endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    return w.take();
}

// Each version with the fields the versions disagree on.
void printConflicts(std::ostream& out, const std::vector<journal::Conflict>& conflicts) {
    if (conflicts.empty()) {
        out << "no record in conflict\n";
        return;
    }
    for (const auto& c : conflicts) {
        out << c.id.hex() << "  " << c.title << '\n';
        for (const auto& v : c.versions) {
            out << "  version " << v.number << ": " << utcOf(v.hlc) << ", device "
                << v.device.hex().substr(0, 8) << (v.thisDevice ? " (this one)" : "")
                << (v.current ? ", shown now" : "") << '\n';
            for (const auto& f : v.fields)
                for (const auto& label : c.differing)
                    if (f.label == label)
                        out << "    " << f.label << ": " << (f.value.empty() ? "—" : f.value)
                            << '\n';
        }
    }
    out << "settle one with: parcours journal conflicts settle ID --version N\n";
}

// The record whose id starts with `prefix`, whatever its type.
Result<journal::RecordId> resolveAny(const journal::Journal& journal, const std::string& prefix) {
    Result<journal::RecordId> last = notFound("no record «" + prefix + "»");
    for (auto type :
         {journal::RecordType::Call, journal::RecordType::Demarche, journal::RecordType::Profile}) {
        auto id = journal.resolve(prefix, type);
        if (id || id.error().kind != ErrorKind::NotFound) return id;
    }
    return last;
}

int settle(const Args& args) {
    if (args.positionals().size() != 2)
        return fail(
            usageError("conflicts settle: which record? (conflicts settle ID --version N)"));
    auto number = args.value("--version");
    if (!number) return fail(usageError("conflicts settle needs --version N"));
    auto n = parseCount(*number, "--version");
    if (!n) return fail(n.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto id = resolveAny(*journal, args.positionals()[1]);
    if (!id) return fail(id.error());
    if (auto r = journal::settleConflict(*journal, *id, *n); !r)
        return fail(Error{r.error().kind, r.error().message + " (nothing changed)"});
    std::cout << "settled " << id->hex() << " with version " << *n << '\n';
    return kOk;
}

}  // namespace

int journalConflicts(const Args& args) {
    if (!args.positionals().empty() && args.positionals()[0] == "settle") return settle(args);
    if (!args.positionals().empty())
        return fail(usageError("conflicts: unexpected «" + args.positionals()[0] + "»"));
    if (args.value("--version")) return fail(usageError("--version goes with conflicts settle"));
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto list = journal::listConflicts(*journal);
    if (!list) return fail(list.error());
    if (args.flag("--json"))
        std::cout << conflictsJson(*list) << '\n';
    else
        printConflicts(std::cout, *list);
    return kOk;
}

}  // namespace parcours::cli
