#include "journal_access.hpp"

#include <optional>

#include "common.hpp"
#include "parcours/directory/directory.hpp"
#include "structure_output.hpp"

namespace parcours::cli {
namespace {

Result<std::filesystem::path> fileFrom(const Args& args, const std::string& option,
                                       std::string_view defaultName) {
    if (auto given = args.value(option)) return std::filesystem::path(*given);
    return defaultDataFile(defaultName);
}

}  // namespace

Result<journal::Journal> openJournal(const Args& args) {
    const auto journalOption = args.value("--journal");
    if (journalOption && args.value("--db-journal"))
        return usageError("--journal and --db-journal name the same file: give one");
    auto file = journalOption ? Result<std::filesystem::path>(std::filesystem::path(*journalOption))
                              : fileFrom(args, "--db-journal", "journal.sqlite");
    if (!file) return file.error();
    return journal::Journal::open(*file);
}

Result<std::string> singlePositional(const Args& args, std::string_view command) {
    if (args.positionals().size() != 1)
        return usageError(std::string(command) + ": " +
                          (args.positionals().empty() ? "which id?" : "one id only"));
    return args.positionals()[0];
}

Result<journal::RecordId> resolveId(const journal::Journal& journal, const std::string& prefix,
                                    journal::RecordType type, std::string_view what) {
    auto id = journal.resolve(prefix, type);
    if (id) return id;
    // Exit 2 for a malformed or ambiguous id, 3 for one that names nothing.
    return Error{id.error().kind, std::string(what) + ": " + id.error().message};
}

Result<journal::PracticeRef> practiceFromDirectory(const Args& args, const std::string& id) {
    auto file = fileFrom(args, "--db", "directory.sqlite");
    if (!file) return file.error();
    auto dir = directory::Directory::open(*file);
    if (!dir) return dir.error();
    auto s = dir->get(id);
    if (!s) {
        if (s.error().kind != ErrorKind::NotFound) return s.error();
        return notFound("--practice: no structure «" + id + "» in the directory " + file->string() +
                        " (parcours directory search finds ids)");
    }
    journal::PracticeRef practice;
    practice.directoryId = s->id();
    practice.name = s->name;
    practice.phone = s->phone;
    practice.address = oneLineAddress(*s);
    practice.kind = std::string(directory::kindId(s->kind));
    return practice;
}

Result<DemarcheContext> loadDemarcheContext(const Args& args) {
    auto journal = openJournal(args);
    if (!journal) return journal.error();
    std::optional<journal::RecordId> demarche;
    if (auto prefix = args.value("--demarche")) {
        auto id = resolveId(*journal, *prefix, journal::RecordType::Demarche, "--demarche");
        if (!id) return id.error();
        demarche = *id;
    }
    return journal::loadDemarcheContext(*journal, demarche);
}

rules::Situation situationFromFlags(const Args& args) {
    rules::Situation s;
    s.urgency = args.flag("--urgent");
    s.awayFromHome = args.flag("--away-from-home");
    s.seesMtReplacement = args.flag("--mt-replacement");
    s.newGp = args.flag("--new-gp");
    s.pregnant6Months = args.flag("--pregnant");
    s.teleconsultation = args.flag("--teleconsultation");
    return s;
}

}  // namespace parcours::cli
