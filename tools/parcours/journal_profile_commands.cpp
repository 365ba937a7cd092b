// parcours journal profile add|list|edit
#include <charconv>
#include <iostream>

#include "common.hpp"
#include "journal_access.hpp"
#include "journal_output.hpp"
#include "journal_subcommands.hpp"
#include "journal_time.hpp"

namespace parcours::cli {
namespace {

Result<int> parseBirthYear(std::string_view text) {
    int year = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, year);
    const int thisYear = std::stoi(todayLocal().substr(0, 4));
    if (ec != std::errc() || ptr != end || year < 1900 || year > thisYear)
        return usageError("--birth-year: «" + std::string(text) + "» is not a year from 1900 to " +
                          std::to_string(thisYear));
    return year;
}

// --x / --no-x: unchanged when neither is given; both at once is a mistake.
Result<void> applySwitch(const Args& args, const std::string& name, bool& target) {
    const bool on = args.flag("--" + name), off = args.flag("--no-" + name);
    if (on && off) return usageError("--" + name + " and --no-" + name + " contradict each other");
    if (on) target = true;
    if (off) target = false;
    return {};
}

// Every option profile add and edit share, applied over `p`.
Result<void> applyProfileOptions(const Args& args, journal::Profile& p) {
    if (auto name = args.value("--name")) {
        if (name->empty()) return usageError("--name cannot be empty");
        p.displayName = *name;
    }
    if (auto year = args.value("--birth-year")) {
        auto y = parseBirthYear(*year);
        if (!y) return y.error();
        p.birthYear = *y;
    }
    if (auto r = applySwitch(args, "ald", p.ald); !r) return r;
    if (auto r = applySwitch(args, "c2s", p.c2sOrAme); !r) return r;
    if (auto mt = args.value("--mt")) {
        if (*mt != p.medecinTraitant) {  // a new doctor: the old one's departure no longer applies
            p.medecinTraitantLeft = false;
            p.medecinTraitantLeftOn.clear();
        }
        p.medecinTraitant = *mt;
    }
    if (auto since = args.value("--mt-since")) {
        auto date = parseDate(*since, "--mt-since");
        if (!date) return date.error();
        p.medecinTraitantSince = *date;
    }
    if (auto left = args.value("--mt-left")) {
        auto date = parseDate(*left, "--mt-left");
        if (!date) return date.error();
        p.medecinTraitantLeft = true;
        p.medecinTraitantLeftOn = *date;
    }
    if (auto home = args.value("--home")) p.homeCommune = *home;
    return {};
}

}  // namespace

int journalProfileAdd(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("profile add: unexpected «" + args.positionals()[0] + "»"));
    if (!args.value("--name")) return fail(usageError("profile add needs --name NAME"));
    if (!args.value("--birth-year")) return fail(usageError("profile add needs --birth-year YYYY"));
    journal::Profile profile;
    if (auto r = applyProfileOptions(args, profile); !r) return fail(r.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto id = journal->addProfile(profile);
    if (!id) return fail(id.error());
    printCreatedId(std::cout, *id, args.flag("--json"));
    return kOk;
}

int journalProfileList(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("profile list: unexpected «" + args.positionals()[0] + "»"));
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto profiles = journal->profiles();
    if (!profiles) return fail(profiles.error());
    if (args.flag("--json"))
        std::cout << profilesJson(*profiles) << '\n';
    else
        printProfiles(std::cout, *profiles);
    return kOk;
}

int journalProfileEdit(const Args& args) {
    auto prefix = singlePositional(args, "profile edit");
    if (!prefix) return fail(prefix.error());
    journal::Profile scratch;  // the options are checked before the journal is opened
    if (auto r = applyProfileOptions(args, scratch); !r) return fail(r.error());
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    // "me": the user's own profile (the default of démarches), made if it is not there yet.
    Result<journal::RecordId> id = journal::RecordId{};
    if (*prefix == "me") {
        auto me = journal->defaultProfile();
        if (!me) return fail(me.error());
        id = me->id;
    } else {
        id = resolveId(*journal, *prefix, journal::RecordType::Profile, "profile");
    }
    if (!id) return fail(id.error());
    auto profiles = journal->profiles();
    if (!profiles) return fail(profiles.error());
    for (auto profile : *profiles) {
        if (profile.id != *id) continue;
        if (auto r = applyProfileOptions(args, profile); !r) return fail(r.error());
        if (auto r = journal->updateProfile(profile); !r) return fail(r.error());
        if (args.flag("--json"))
            std::cout << profilesJson({profile}) << '\n';
        else
            printProfiles(std::cout, {profile});
        return kOk;
    }
    return fail(notFound("no profile «" + *prefix + "»"));
}

}  // namespace parcours::cli
