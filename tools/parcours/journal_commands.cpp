#include "journal_commands.hpp"

#include <functional>
#include <iostream>
#include <map>

#include "common.hpp"
#include "journal_subcommands.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::cli {
namespace {

constexpr const char* kSynopsis =
    "usage (every command also takes --db-journal FILE, or --journal FILE):\n"
    "  parcours journal profile add --name NAME --birth-year YYYY [--ald] [--c2s] [--mt NAME]\n"
    "                               [--mt-since DATE] [--home COMMUNE] [--json]\n"
    "  parcours journal profile list [--json]\n"
    "  parcours journal profile edit ID|me [--name N] [--birth-year Y] [--ald|--no-ald] "
    "[--c2s|--no-c2s]\n"
    "                               [--mt NAME] [--mt-since DATE] [--mt-left DATE] [--home C] "
    "[--json]\n"
    "  parcours journal demarche open --seeking medecin-traitant|specialist|second-opinion|urgent\n"
    "                               [--specialty S] [--profile ID] [--at ISO8601] [--json]\n"
    "  parcours journal demarche list [--json]\n"
    "  parcours journal demarche close ID [--status found|abandoned] [--at ISO8601]\n"
    "  parcours journal call log --demarche ID (--practice DIRECTORY_ID [--db FILE] |\n"
    "                            --practice-name TEXT) [--phone P] [--address A]\n"
    "                            --outcome OUTCOME [--at ISO8601] [--channel C] [--reason TEXT]\n"
    "                            [--note TEXT] [--follow-up DATE] [--appointment-at ISO8601|DATE]\n"
    "                            [--referred-to NAME] [--json]\n"
    "  parcours journal call edit ID [the options of call log]\n"
    "  parcours journal call delete ID\n"
    "  parcours journal show [--demarche ID] [--json]\n"
    "  parcours journal followups [--until DATE] [--json]\n"
    "  parcours journal export-csv --out FILE [--bom]\n"
    "  parcours journal export-ics --out FILE\n"
    "  parcours journal export-json --out FILE [--journal FILE]\n"
    "  parcours journal import-json FILE [--json] [--journal FILE]\n"
    "  parcours journal conflicts [--json] | conflicts settle ID --version N\n"
    "ID: the hex id a command printed, or a unique prefix of it (6 digits or more).\n"
    "DATE: YYYY-MM-DD. ISO8601: YYYY-MM-DDTHH:MM[:SS][+HH:MM] (local time when no offset).\n"
    "C: phone, on-site, online-booking, email, letter.\n";

// Listed from the enum, so that the help never drifts from what the parser accepts.
std::string outcomeList() {
    using journal::Outcome;
    std::string list = "OUTCOME: ";
    std::size_t lineStart = 0;
    bool first = true;
    for (Outcome o :
         {Outcome::Accepted, Outcome::Appointment, Outcome::RefusedNoNewPatients,
          Outcome::RefusedOther, Outcome::RefusedDiscrimination, Outcome::NoAnswer,
          Outcome::Voicemail, Outcome::WaitingList, Outcome::Referred, Outcome::CallBack}) {
        const std::string id(journal::outcomeId(o));
        if (!first) list += ',';
        if (list.size() - lineStart + id.size() + 1 > 88) {
            list += "\n         ";
            lineStart = list.size() - 9;
        } else if (!first) {
            list += ' ';
        }
        list += id;
        first = false;
    }
    return list + ".\n";
}

struct Command {
    OptionSpec options;
    std::function<int(const Args&)> run;
};

const std::map<std::string, Command>& commands() {
    const std::set<std::string> profile{"--db-journal", "--journal",  "--name",    "--birth-year",
                                        "--mt",         "--mt-since", "--mt-left", "--home"};
    const std::set<std::string> call{
        "--db-journal",    "--journal", "--db",      "--demarche",  "--practice",
        "--practice-name", "--phone",   "--address", "--outcome",   "--at",
        "--channel",       "--reason",  "--note",    "--follow-up", "--appointment-at",
        "--referred-to"};
    static const std::map<std::string, Command> table{
        {"profile add", {{profile, {"--ald", "--c2s", "--json"}}, journalProfileAdd}},
        {"profile list", {{{"--db-journal", "--journal"}, {"--json"}}, journalProfileList}},
        {"profile edit",
         {{profile, {"--ald", "--no-ald", "--c2s", "--no-c2s", "--json"}}, journalProfileEdit}},
        {"demarche open",
         {{{"--db-journal", "--journal", "--seeking", "--specialty", "--profile", "--at"},
           {"--json"}},
          journalDemarcheOpen}},
        {"demarche list", {{{"--db-journal", "--journal"}, {"--json"}}, journalDemarcheList}},
        {"demarche close",
         {{{"--db-journal", "--journal", "--status", "--at"}, {}}, journalDemarcheClose}},
        {"call log", {{call, {"--json"}}, journalCallLog}},
        {"call edit", {{call, {"--json"}}, journalCallEdit}},
        {"call delete", {{{"--db-journal", "--journal"}, {}}, journalCallDelete}},
        {"show", {{{"--db-journal", "--journal", "--demarche"}, {"--json"}}, journalShow}},
        {"followups", {{{"--db-journal", "--journal", "--until"}, {"--json"}}, journalFollowUps}},
        {"export-csv", {{{"--db-journal", "--journal", "--out"}, {"--bom"}}, journalExportCsv}},
        {"export-ics", {{{"--db-journal", "--journal", "--out"}, {}}, journalExportIcs}},
        {"export-json", {{{"--db-journal", "--journal", "--out"}, {}}, journalExportJson}},
        {"import-json", {{{"--db-journal", "--journal"}, {"--json"}}, journalImportJson}},
        {"conflicts", {{{"--db-journal", "--journal", "--version"}, {"--json"}}, journalConflicts}},
    };
    return table;
}

}  // namespace

std::string journalUsage() {
    return std::string(kSynopsis) + outcomeList() +
           "Exit codes: 0 ok, 2 usage, 3 bad input or unknown id, 4 storage.\n";
}

int runJournalCommand(const std::vector<std::string>& words) {
    if (words.empty()) {
        std::cerr << journalUsage();
        return kUsage;
    }
    if (words[0] == "--help" || words[0] == "help") {
        std::cout << journalUsage();
        return kOk;
    }
    // "profile add" and the like are two words; "show" and the exports are one.
    auto it = commands().find(words[0]);
    std::size_t used = 1;
    if (it == commands().end() && words.size() > 1) {
        it = commands().find(words[0] + " " + words[1]);
        used = 2;
    }
    if (it == commands().end()) {
        std::string name =
            words[0] +
            (words.size() > 1 && words[1].rfind("--", 0) != 0 ? " " + words[1] : std::string());
        return fail(usageError("unknown command «journal " + name + "»\n" + journalUsage()));
    }
    const std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(used),
                                        words.end());
    auto args = Args::parse(rest, it->second.options);
    if (!args) return fail(usageError(args.error().message + "\n" + journalUsage()));
    return it->second.run(*args);
}

}  // namespace parcours::cli
