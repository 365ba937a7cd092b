#include "rules_commands.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

#include "args.hpp"
#include "common.hpp"
#include "commune_output.hpp"
#include "journal_access.hpp"
#include "journal_time.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/json/json_writer.hpp"
#include "parcours/rules/advice.hpp"
#include "parcours/rules/facts.hpp"
#include "parcours/rules/pack.hpp"

namespace parcours::cli {

const char* const kRulesUsage =
    "usage:\n"
    "  parcours rules lint PACK...          a .textpb file or a pack folder; exit 3 on errors\n"
    "  parcours rules facts [--json]        the facts rules may test\n"
    "  parcours advise --demarche ID [--date YYYY-MM-DD] [--json] [--journal FILE]\n"
    "                  [--urgent] [--away-from-home] [--mt-replacement] [--new-gp] [--pregnant]\n"
    "                  [--teleconsultation] [--english] [--pack PACK]\n"
    "                  [--db DIRECTORY_FILE] [--at LAT,LON | --in COMMUNE|POSTCODE]\n"
    "Advice comes from the French pack built in (--pack: another pack, for its authors).\n"
    "Nearby counts (MSP, centres de santé, CPTS, emergency units) use --at, --in, or else\n"
    "the profile's home commune, in the directory; without a place they are unknown.\n"
    "Exit codes: 0 ok, 2 usage, 3 bad input, 4 storage.\n";

namespace {

using rules::RulePack;

int lintCommand(const Args& args) {
    if (args.positionals().empty()) return fail(usageError("rules lint: which pack?"));
    int worst = kOk;
    for (const auto& path : args.positionals()) {
        auto pack = RulePack::load(path);
        if (pack) {
            std::cout << "ok: " << pack->id() << ' ' << pack->version() << ", " << pack->ruleCount()
                      << " rules\n";
            continue;
        }
        // One error a line, as the loader gives them, for editors that jump to file:line.
        std::cerr << pack.error().message << '\n';
        std::cerr << "parcours: " << path << ": the pack is refused\n";
        worst = std::max(worst, exitCodeFor(pack.error()));
    }
    return worst;
}

std::string_view typeId(rules::FactType t) {
    switch (t) {
        case rules::FactType::Bool:
            return "bool";
        case rules::FactType::Int:
            return "int";
        case rules::FactType::Text:
            return "text";
    }
    return "text";
}

int factsCommand(const Args& args) {
    if (!args.positionals().empty()) return fail(usageError("rules facts takes no argument"));
    const auto& catalogue = rules::factCatalogue();
    if (args.flag("--json")) {
        json::Writer w;
        w.beginArray();
        for (const auto& f : catalogue) {
            w.beginObject().key("name").string(f.name).key("type").string(typeId(f.type));
            w.key("values").beginArray();
            for (auto v : f.values) w.string(v);
            w.endArray().key("description").string(f.description).endObject();
        }
        std::cout << w.endArray().take() << '\n';
        return kOk;
    }
    for (const auto& f : catalogue) {
        std::cout << f.name << " (" << typeId(f.type) << ")";
        if (!f.values.empty()) {
            std::cout << ": ";
            for (std::size_t i = 0; i < f.values.size(); ++i)
                std::cout << (i ? ", " : "") << f.values[i];
        }
        std::cout << " — " << f.description << '\n';
    }
    return kOk;
}

Result<std::filesystem::path> directoryFile(const Args& args) {
    if (auto db = args.value("--db")) return std::filesystem::path(*db);
    return defaultDataFile("directory.sqlite");
}

// The commune's position, said on stderr so that a surprising match shows.
Result<std::optional<geo::LatLon>> communePlace(const directory::Directory& dir,
                                                const std::string& text) {
    auto found = dir.findCommunes(text, 1);
    if (!found) return found.error();
    if (found->empty() || !found->front().position) return std::optional<geo::LatLon>{};
    std::cerr << "parcours: nearby counts around " << communeShortLabel(found->front()) << '\n';
    return std::optional<geo::LatLon>(*found->front().position);
}

// Where the nearby facts are counted from: --at, --in, else the profile's home commune;
// no place, or no directory, leaves them unknown (rules on them do not fire).
Result<std::optional<rules::NearbyCounts>> nearbyCounts(const Args& args,
                                                        const journal::Profile& profile,
                                                        int radiusKm) {
    using None = std::optional<rules::NearbyCounts>;
    const auto at = args.value("--at");
    const auto in = args.value("--in");
    if (at && in) return usageError("advise takes --at or --in, not both");
    std::optional<geo::LatLon> point;
    if (at) {
        auto p = parseLatLon(*at, "--at");
        if (!p) return p.error();
        point = *p;
    }
    auto file = directoryFile(args);
    if (!file) return file.error();
    std::error_code ec;
    // Opening would create an empty directory: a missing one just means no counts.
    if (!std::filesystem::exists(*file, ec)) {
        if (in) return notFound("--in needs a directory; none at " + file->string());
        if (at || args.value("--db"))
            std::cerr << "parcours: no directory at " << file->string()
                      << ": nearby counts unknown\n";
        return None{};
    }
    auto dir = directory::Directory::open(*file);
    if (!dir) return dir.error();
    if (in) {
        auto place = communePlace(*dir, *in);
        if (!place) return place.error();
        if (!*place)
            return notFound("no commune with a known position matches «" + *in +
                            "» (parcours directory communes TEXT lists them)");
        point = **place;
    } else if (!point && !profile.homeCommune.empty()) {
        auto place = communePlace(*dir, profile.homeCommune);
        if (!place) return place.error();
        if (!*place) {
            std::cerr << "parcours: home commune «" << profile.homeCommune
                      << "» not found in the directory: nearby counts unknown\n";
            return None{};
        }
        point = **place;
    }
    if (!point) return None{};
    auto counts = rules::countNearby(*dir, *point, radiusKm);
    if (!counts) return counts.error();
    return None(*counts);
}

// The facts' input: the démarche, its profile and calls, the date (--date, else today)
// and what the user states about now.
Result<rules::FactInput> factInput(const Args& args) {
    auto context = loadDemarcheContext(args);
    if (!context) return context.error();
    rules::FactInput in;
    in.profile = std::move(context->profile);
    in.demarche = std::move(context->demarche);
    in.calls = std::move(context->calls);
    if (auto date = args.value("--date")) {
        auto checked = parseDate(*date, "--date");
        if (!checked) return checked.error();
        in.today = *checked;
    } else {
        in.today = todayLocal();
    }
    in.situation = situationFromFlags(args);
    return in;
}

std::string adviceJson(const std::vector<rules::Advice>& advice) {
    json::Writer w;
    w.beginArray();
    for (const auto& a : advice) {
        w.beginObject().key("id").string(a.ruleId).key("priority").integer(a.priority);
        w.key("topic").string(a.topic).key("title").string(a.title).key("text").string(a.text);
        w.key("why").beginArray();
        for (const auto& why : a.why) w.string(why);
        w.endArray().key("actions").beginArray();
        for (const auto& action : a.actions) {
            w.beginObject().key("type").string(action.type).key("label").string(action.label);
            w.key("target").string(action.target);
            if (action.type == "show-nearby") w.key("radius_km").integer(action.radiusKm);
            w.endObject();
        }
        w.endArray().key("legal_refs").beginArray();
        for (const auto& ref : a.legal) {
            w.beginObject().key("code").string(ref.code).key("article").string(ref.article);
            w.key("version").string(ref.version).key("url").string(ref.url);
            w.key("summary").string(ref.summary).endObject();
        }
        w.endArray().key("confidence").string(rules::confidenceId(a.confidence)).endObject();
    }
    return w.endArray().take();
}

void printAdvice(const std::vector<rules::Advice>& advice, bool english) {
    if (advice.empty()) {
        std::cout << (english ? "No advice for this démarche on this date.\n"
                              : "Aucun conseil pour cette démarche à cette date.\n");
        return;
    }
    for (std::size_t i = 0; i < advice.size(); ++i) {
        const auto& a = advice[i];
        if (i > 0) std::cout << '\n';
        std::cout << a.title << "  [" << a.ruleId << "]";
        if (a.confidence == rules::Confidence::Low)
            std::cout << (english ? "  (to check)" : "  (à vérifier)");
        std::cout << '\n' << a.text << '\n';
        if (!a.why.empty()) {
            std::cout << (english ? "Why: " : "Pourquoi : ");
            for (std::size_t k = 0; k < a.why.size(); ++k) std::cout << (k ? "; " : "") << a.why[k];
            std::cout << '\n';
        }
        for (const auto& action : a.actions) {
            std::cout << "  → " << action.label << " (" << action.type;
            if (!action.target.empty()) std::cout << ": " << action.target;
            if (action.type == "show-nearby") std::cout << ", " << action.radiusKm << " km";
            std::cout << ")\n";
        }
        for (const auto& ref : a.legal) {
            std::cout << "  § " << ref.code << ' ' << ref.article;
            if (!ref.version.empty())
                std::cout << (english ? " (version of " : " (version du ") << ref.version << ')';
            if (!ref.url.empty()) std::cout << ' ' << ref.url;
            if (!ref.summary.empty()) std::cout << " — " << ref.summary;
            std::cout << '\n';
        }
    }
}

int adviseCommand(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("advise takes no argument «" + args.positionals()[0] + "»"));
    if (!args.value("--demarche")) return fail(usageError("advise needs --demarche ID"));
    std::optional<RulePack> loaded;
    const RulePack* pack = nullptr;
    if (auto path = args.value("--pack")) {
        auto p = RulePack::load(*path);
        if (!p) return fail(p.error());
        loaded.emplace(std::move(p).value());
        pack = &*loaded;
    } else {
        auto p = RulePack::frenchPack();
        if (!p)
            return fail(storageError("the built-in French pack is broken:\n" + p.error().message));
        pack = *p;
    }
    auto in = factInput(args);
    if (!in) return fail(in.error());
    auto nearby = nearbyCounts(args, in->profile, pack->nearbyRadiusKm());
    if (!nearby) return fail(nearby.error());
    in->nearby = *nearby;
    auto facts = rules::computeFacts(*in);
    if (!facts) return fail(facts.error());
    const bool english = args.flag("--english");
    const auto advice = rules::advise(*pack, *facts, in->today,
                                      english ? rules::Language::English : rules::Language::French);
    if (args.flag("--json"))
        std::cout << adviceJson(advice) << '\n';
    else
        printAdvice(advice, english);
    return kOk;
}

int usage(const std::vector<std::string>& words) {
    if (!words.empty() && (words[0] == "--help" || words[0] == "help")) {
        std::cout << kRulesUsage;
        return kOk;
    }
    std::cerr << kRulesUsage;
    return kUsage;
}

}  // namespace

int runRulesCommand(const std::string& group, const std::vector<std::string>& words) {
    if (group == "advise") {
        if (!words.empty() && (words[0] == "--help" || words[0] == "help")) return usage(words);
        const OptionSpec spec{
            {"--demarche", "--date", "--journal", "--db-journal", "--db", "--at", "--in", "--pack"},
            {"--json", "--urgent", "--away-from-home", "--mt-replacement", "--new-gp", "--pregnant",
             "--teleconsultation", "--english"}};
        auto args = Args::parse(words, spec);
        if (!args) return fail(usageError(args.error().message + "\n" + kRulesUsage));
        return adviseCommand(*args);
    }
    if (words.empty() || words[0] == "--help" || words[0] == "help") return usage(words);
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "lint") {
        auto args = Args::parse(rest, {});
        if (!args) return fail(usageError(args.error().message + "\n" + kRulesUsage));
        return lintCommand(*args);
    }
    if (words[0] == "facts") {
        auto args = Args::parse(rest, {{}, {"--json"}});
        if (!args) return fail(usageError(args.error().message + "\n" + kRulesUsage));
        return factsCommand(*args);
    }
    return fail(usageError("unknown command «rules " + words[0] + "»\n" + kRulesUsage));
}

}  // namespace parcours::cli
