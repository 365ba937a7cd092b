#include "directory_commands.hpp"

#include <unistd.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <map>
#include <memory>

#include "args.hpp"
#include "common.hpp"
#include "commune_output.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "structure_output.hpp"

namespace parcours::cli {

const char* const kDirectoryUsage =
    "usage:\n"
    "  parcours directory import [--db FILE] [--source SOURCE] [--strict]\n"
    "                            [--addresses BAN.csv]... [--progress] [--json] FILE...\n"
    "    SOURCE: finess (etalab CSV), finess-json (finess-structures-1), finess-activites,\n"
    "            sae-urgences, osm, laposte, rpps; detected from the content when not given\n"
    "  parcours directory nearby [--db FILE] (--at LAT,LON | --in COMMUNE|POSTCODE)\n"
    "                            [--radius-km R] [--kind KIND]... [--specialty S] [--emergency]\n"
    "                            [--limit N] [--json]\n"
    "  parcours directory communes [--db FILE] TEXT [--limit N] [--json]\n"
    "  parcours directory search [--db FILE] TEXT [--near LAT,LON] [--kind KIND]... "
    "[--specialty S]\n"
    "                            [--limit N] [--json]\n"
    "  parcours directory stats  [--db FILE] [--json]\n"
    "  parcours directory show   [--db FILE] ID [--json]\n"
    "  parcours directory add    [--db FILE] --name NAME [--kind KIND] [--at LAT,LON] [--address "
    "A]\n"
    "                            [--postcode P] [--city C] [--phone P] [--specialty S] [--json]\n"
    "  parcours directory remove [--db FILE] ID\n"
    "KIND: msp, centre-sante, cpts, esp, soins-non-programmes, hospital, clinic, practice,\n"
    "      pharmacy, laboratory, other (nearby leaves out `other` unless asked);\n"
    "      hospital-emergency: hospitals and clinics with an emergency unit.\n"
    "Exit codes: 0 ok, 2 usage, 3 bad input, 4 storage.\n";

namespace {

using directory::Directory;

// Not a kind of its own: the structures with an emergency unit (SAE URGENCES, FINESS
// activities), which FINESS files as hospitals or clinics (centres hospitaliers,
// établissements de soins pluridisciplinaires).
constexpr std::string_view kHospitalEmergency = "hospital-emergency";

Result<Directory> openDirectory(const Args& args) {
    std::filesystem::path file;
    if (auto db = args.value("--db")) {
        file = *db;
    } else {
        auto path = defaultDataFile("directory.sqlite");
        if (!path) return path.error();
        file = *path;
    }
    return Directory::open(file);
}

Result<directory::Filter> parseFilter(const Args& args) {
    directory::Filter filter;
    for (const auto& k : args.values("--kind")) {
        if (k == kHospitalEmergency) {  // hospitals and clinics marked with an emergency unit
            filter.kinds.push_back(directory::Kind::Hospital);
            filter.kinds.push_back(directory::Kind::Clinic);
            filter.emergencyOnly = true;
            continue;
        }
        auto kind = directory::kindFromId(k);
        if (!kind) return usageError("unknown kind «" + k + "» (see parcours directory --help)");
        filter.kinds.push_back(*kind);
    }
    if (auto s = args.value("--specialty")) filter.specialty = *s;
    filter.emergencyOnly = filter.emergencyOnly || args.flag("--emergency");
    return filter;
}

Result<std::size_t> parseLimit(const Args& args) {
    if (auto limit = args.value("--limit")) return parseCount(*limit, "--limit");
    return std::size_t{20};
}

// --limit, --kind, --specialty and --emergency: what nearby and search share.
Result<void> parseSelection(const Args& args, std::size_t& limit, directory::Filter& filter) {
    auto l = parseLimit(args);
    if (!l) return l.error();
    auto f = parseFilter(args);
    if (!f) return f.error();
    limit = *l;
    filter = std::move(*f);
    return {};
}

void hintIfEmpty(const Directory& dir, bool empty) {
    if (!empty) return;
    if (auto stats = dir.stats(); stats && stats->structures == 0)
        std::cerr << "parcours: the directory is empty: import data first "
                     "(parcours directory import FILE)\n";
}

int printHitsOrJson(const Directory& dir, const Args& args,
                    const Result<std::vector<directory::Hit>>& hits) {
    if (!hits) return fail(hits.error());
    if (args.flag("--json"))
        std::cout << hitsJson(*hits) << '\n';
    else
        printHits(std::cout, *hits);
    hintIfEmpty(dir, hits->empty());
    return kOk;
}

// Prints "12% (40 MB of 330 MB)" on stderr at most once a second, on one line.
directory::ImportProgress progressPrinter() {
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [last](std::uint64_t done, std::uint64_t total) {
        const auto now = std::chrono::steady_clock::now();
        if (done < total && now - *last < std::chrono::seconds(1)) return;
        *last = now;
        constexpr double kMb = 1024.0 * 1024.0;
        std::cerr << "\rparcours: " << (total ? done * 100 / total : 0) << "% ("
                  << static_cast<std::uint64_t>(static_cast<double>(done) / kMb) << " MB of "
                  << static_cast<std::uint64_t>(static_cast<double>(total) / kMb) << " MB)";
        if (done >= total) std::cerr << '\n';
        std::cerr.flush();
    };
}

int importCommand(const Args& args) {
    directory::ImportRequest request;
    for (const auto& f : args.positionals()) request.files.emplace_back(f);
    if (request.files.empty()) return fail(usageError("import: which file?"));
    if (auto source = args.value("--source")) {
        if (*source == "finess")
            request.format = directory::SourceFormat::Finess;
        else if (*source == "osm")
            request.format = directory::SourceFormat::Osm;
        else if (*source == "laposte")
            request.format = directory::SourceFormat::LaPoste;
        else if (*source == "rpps")
            request.format = directory::SourceFormat::Rpps;
        else if (*source == "finess-json")
            request.format = directory::SourceFormat::FinessJson;
        else if (*source == "finess-activites")
            request.format = directory::SourceFormat::FinessActivities;
        else if (*source == "sae-urgences")
            request.format = directory::SourceFormat::SaeUrgences;
        else
            return fail(
                usageError("--source is finess, finess-json, finess-activites, "
                           "sae-urgences, osm, laposte or rpps, not «" +
                           *source + "»"));
    }
    request.strict = args.flag("--strict");
    for (const auto& f : args.values("--addresses")) request.addresses.emplace_back(f);
    if (args.flag("--progress") || isatty(STDERR_FILENO) != 0) request.progress = progressPrinter();
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    auto outcome = directory::importFiles(*dir, request);
    if (!outcome) return fail(outcome.error());
    if (args.flag("--json"))
        std::cout << importJson(*outcome) << '\n';
    else
        printImport(std::cout, std::cerr, *outcome);
    return kOk;
}

// The commune named by --in: the best match, said on stderr so that a surprising one shows.
Result<geo::LatLon> communePosition(const Directory& dir, const std::string& text) {
    auto found = dir.findCommunes(text, 1);
    if (!found) return found.error();
    if (found->empty())
        return notFound("no commune matches «" + text +
                        "» (a name, or a postcode; parcours directory communes TEXT lists them)");
    const directory::Commune& c = found->front();
    if (!c.position)
        return notFound("no position known for " + communeShortLabel(c) +
                        ": import La Poste's postcode file, or structures there");
    std::cerr << "parcours: around " << communeShortLabel(c) << ", "
              << directory::communePositionLabelFr(c.positionOrigin) << '\n';
    return *c.position;
}

int nearbyCommand(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("nearby: unexpected «" + args.positionals()[0] + "»"));
    auto at = args.value("--at");
    auto in = args.value("--in");
    if (at && in) return fail(usageError("nearby takes --at or --in, not both"));
    if (!at && !in) return fail(usageError("nearby needs --at LAT,LON or --in COMMUNE|POSTCODE"));
    directory::NearbyQuery query;
    if (at) {
        auto point = parseLatLon(*at, "--at");
        if (!point) return fail(point.error());
        query.at = *point;
    }
    if (auto r = args.value("--radius-km")) {
        auto km = parsePositive(*r, "--radius-km");
        if (!km) return fail(km.error());
        query.radiusMetres = *km * 1000;
    }
    if (auto r = parseSelection(args, query.limit, query.filter); !r) return fail(r.error());
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    if (in) {
        auto point = communePosition(*dir, *in);
        if (!point) return fail(point.error());
        query.at = *point;
    }
    return printHitsOrJson(*dir, args, dir->nearby(query));
}

int communesCommand(const Args& args) {
    if (args.positionals().empty()) return fail(usageError("communes: what name or postcode?"));
    std::string text;
    for (const auto& word : args.positionals()) text += (text.empty() ? "" : " ") + word;
    auto limit = parseLimit(args);
    if (!limit) return fail(limit.error());
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    auto found = dir->findCommunes(text, *limit);
    if (!found) return fail(found.error());
    if (args.flag("--json"))
        std::cout << communesJson(*found) << '\n';
    else
        printCommunes(std::cout, *found);
    if (found->empty()) std::cerr << "parcours: no commune matches «" << text << "»\n";
    return kOk;
}

int searchCommand(const Args& args) {
    if (args.positionals().empty()) return fail(usageError("search: what text?"));
    directory::SearchQuery query;
    for (const auto& word : args.positionals())
        query.text += (query.text.empty() ? "" : " ") + word;
    if (auto near = args.value("--near")) {
        auto point = parseLatLon(*near, "--near");
        if (!point) return fail(point.error());
        query.near = *point;
    }
    if (auto r = parseSelection(args, query.limit, query.filter); !r) return fail(r.error());
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    return printHitsOrJson(*dir, args, dir->search(query));
}

int statsCommand(const Args& args) {
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    auto stats = dir->stats();
    if (!stats) return fail(stats.error());
    if (args.flag("--json"))
        std::cout << statsJson(*stats) << '\n';
    else
        printStats(std::cout, *stats);
    return kOk;
}

int showCommand(const Args& args) {
    if (args.positionals().size() != 1) return fail(usageError("show: which id?"));
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    auto s = dir->get(args.positionals()[0]);
    if (!s) return fail(s.error());
    if (args.flag("--json")) {
        json::Writer out;
        writeStructureJson(out, *s, std::nullopt);
        std::cout << out.take() << '\n';
    } else {
        printStructure(std::cout, *s);
    }
    return kOk;
}

int addCommand(const Args& args) {
    directory::Structure s;
    auto name = args.value("--name");
    if (!name) return fail(usageError("add needs --name"));
    s.name = *name;
    s.kind = directory::Kind::Practice;
    if (auto k = args.value("--kind")) {
        auto kind = directory::kindFromId(*k);
        if (!kind) return fail(usageError("unknown kind «" + *k + "»"));
        s.kind = *kind;
    }
    if (auto at = args.value("--at")) {
        auto point = parseLatLon(*at, "--at");
        if (!point) return fail(point.error());
        s.position = *point;
    }
    s.address = args.value("--address").value_or("");
    s.postcode = args.value("--postcode").value_or("");
    s.city = args.value("--city").value_or("");
    s.phone = args.value("--phone").value_or("");
    s.specialty = args.value("--specialty").value_or("");
    s.category = "manual";
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    auto id = dir->addManual(s);
    if (!id) return fail(id.error());
    if (args.flag("--json")) {
        json::Writer out;
        out.beginObject();
        out.key("id");
        out.string(*id);
        out.endObject();
        std::cout << out.take() << '\n';
    } else {
        std::cout << *id << '\n';
    }
    return kOk;
}

int removeCommand(const Args& args) {
    if (args.positionals().size() != 1) return fail(usageError("remove: which id?"));
    auto dir = openDirectory(args);
    if (!dir) return fail(dir.error());
    if (auto r = dir->removeManual(args.positionals()[0]); !r) return fail(r.error());
    return kOk;
}

}  // namespace

int runDirectoryCommand(const std::vector<std::string>& words) {
    if (words.empty()) {
        std::cerr << kDirectoryUsage;
        return kUsage;
    }
    if (words[0] == "--help" || words[0] == "help") {
        std::cout << kDirectoryUsage;
        return kOk;
    }
    using Command = std::function<int(const Args&)>;
    static const std::map<std::string, std::pair<OptionSpec, Command>> commands{
        {"import",
         {{{"--db", "--source", "--addresses"}, {"--strict", "--json", "--progress"}},
          importCommand}},
        {"nearby",
         {{{"--db", "--at", "--in", "--radius-km", "--kind", "--specialty", "--limit"},
           {"--emergency", "--json"}},
          nearbyCommand}},
        {"search",
         {{{"--db", "--near", "--kind", "--specialty", "--limit"}, {"--emergency", "--json"}},
          searchCommand}},
        {"communes", {{{"--db", "--limit"}, {"--json"}}, communesCommand}},
        {"stats", {{{"--db"}, {"--json"}}, statsCommand}},
        {"show", {{{"--db"}, {"--json"}}, showCommand}},
        {"add",
         {{{"--db", "--name", "--kind", "--at", "--address", "--postcode", "--city", "--phone",
            "--specialty"},
           {"--json"}},
          addCommand}},
        {"remove", {{{"--db"}, {}}, removeCommand}},
    };
    auto it = commands.find(words[0]);
    if (it == commands.end())
        return fail(usageError("unknown command «directory " + words[0] + "»\n" + kDirectoryUsage));
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    auto args = Args::parse(rest, it->second.first);
    if (!args) return fail(usageError(args.error().message + "\n" + kDirectoryUsage));
    return it->second.second(*args);
}

}  // namespace parcours::cli
