// parcours: the command-line tool over core. Its commands, options, JSON and exit codes
// are a contract that scripts and tests rely on.
#include <iostream>
#include <string>
#include <vector>

#include "common.hpp"
#include "directory_commands.hpp"
#include "estimate_dossier.hpp"
#include "journal_commands.hpp"
#include "rules_commands.hpp"
#include "sync_commands.hpp"

namespace {

constexpr const char* kUsage =
    "parcours — find a doctor in France: directory, call journal, rights, sync\n"
    "usage: parcours directory import|nearby|search|communes|stats|show|add|remove …\n"
    "       parcours directory --help\n"
    "       parcours journal profile|demarche|call|show|followups|export-csv|export-ics …\n"
    "       parcours sync export|import|inspect …\n"
    "       parcours rules lint|facts …, parcours advise --demarche ID … (rules --help)\n"
    "       parcours estimate --act ACT [--demarche ID] [--date YYYY-MM-DD] [--json] …\n"
    "       parcours dossier cpam|ordre --demarche ID --out FILE [--format md|html|txt] …\n";

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty()) {
        std::cerr << kUsage;
        return parcours::cli::kUsage;
    }
    const std::string group = words[0];
    words.erase(words.begin());
    if (group == "directory") return parcours::cli::runDirectoryCommand(words);
    if (group == "journal") return parcours::cli::runJournalCommand(words);
    if (group == "sync") return parcours::cli::runSyncCommand(words);
    if (group == "rules" || group == "advise") return parcours::cli::runRulesCommand(group, words);
    if (group == "estimate") return parcours::cli::runEstimateCommand(words);
    if (group == "dossier") return parcours::cli::runDossierCommand(words);
    if (group == "--help" || group == "help") {
        std::cout << kUsage;
        return parcours::cli::kOk;
    }
    std::cerr << "parcours: unknown command «" << group << "»\n" << kUsage;
    return parcours::cli::kUsage;
}
