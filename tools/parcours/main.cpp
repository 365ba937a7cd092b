// parcours: the command-line tool over core. Its commands, options, JSON and exit codes
// are a contract that scripts and tests rely on.
#include <iostream>
#include <string>
#include <vector>

#include "common.hpp"
#include "directory_commands.hpp"
#include "journal_commands.hpp"
#include "rules_commands.hpp"

namespace {

constexpr const char* kUsage =
    "parcours — find a doctor in France: directory of health structures\n"
    "usage: parcours directory import|nearby|search|communes|stats|show|add|remove …\n"
    "       parcours directory --help\n"
    "       parcours rules lint|facts …, parcours advise --demarche ID … (rules --help)\n";

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
    if (group == "rules" || group == "advise") return parcours::cli::runRulesCommand(group, words);
    if (group == "--help" || group == "help") {
        std::cout << kUsage;
        return parcours::cli::kOk;
    }
    std::cerr << "parcours: unknown command «" << group << "»\n" << kUsage;
    return parcours::cli::kUsage;
}
