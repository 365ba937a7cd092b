// parcours journal demarche open|list|close
#include <iostream>

#include "common.hpp"
#include "journal_access.hpp"
#include "journal_output.hpp"
#include "journal_subcommands.hpp"
#include "journal_time.hpp"

namespace parcours::cli {

int journalDemarcheOpen(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("demarche open: unexpected «" + args.positionals()[0] + "»"));
    auto seekingText = args.value("--seeking");
    if (!seekingText)
        return fail(usageError(
            "demarche open needs --seeking medecin-traitant|specialist|second-opinion|urgent"));
    auto seeking = journal::seekingFromId(*seekingText);
    if (!seeking)
        return fail(
            usageError("--seeking is medecin-traitant, specialist, second-opinion or "
                       "urgent, not «" +
                       *seekingText + "»"));
    journal::Demarche demarche;
    demarche.seeking = *seeking;
    demarche.specialty = args.value("--specialty").value_or("");
    demarche.openedAt = nowLocalIso();
    if (auto at = args.value("--at")) {
        auto when = parseDateTime(*at, "--at");
        if (!when) return fail(when.error());
        demarche.openedAt = *when;
    }
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    // Without --profile the démarche is for the default profile (the journal makes "Moi").
    if (auto profile = args.value("--profile")) {
        auto id = resolveId(*journal, *profile, journal::RecordType::Profile, "profile");
        if (!id) return fail(id.error());
        demarche.profile = *id;
    }
    auto id = journal->openDemarche(demarche);
    if (!id) return fail(id.error());
    printCreatedId(std::cout, *id, args.flag("--json"));
    return kOk;
}

int journalDemarcheList(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("demarche list: unexpected «" + args.positionals()[0] + "»"));
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto demarches = journal->demarches();
    if (!demarches) return fail(demarches.error());
    if (args.flag("--json"))
        std::cout << demarchesJson(*demarches) << '\n';
    else
        printDemarches(std::cout, *demarches);
    return kOk;
}

int journalDemarcheClose(const Args& args) {
    auto prefix = singlePositional(args, "demarche close");
    if (!prefix) return fail(prefix.error());
    auto status = journal::DemarcheStatus::Found;
    if (auto text = args.value("--status")) {
        auto parsed = journal::statusFromId(*text);
        if (!parsed || *parsed == journal::DemarcheStatus::Open)
            return fail(usageError("--status is found or abandoned, not «" + *text + "»"));
        status = *parsed;
    }
    std::string at = nowLocalIso();
    if (auto text = args.value("--at")) {
        auto when = parseDateTime(*text, "--at");
        if (!when) return fail(when.error());
        at = *when;
    }
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto id = resolveId(*journal, *prefix, journal::RecordType::Demarche, "démarche");
    if (!id) return fail(id.error());
    if (auto r = journal->closeDemarche(*id, status, at); !r) return fail(r.error());
    return kOk;
}

}  // namespace parcours::cli
