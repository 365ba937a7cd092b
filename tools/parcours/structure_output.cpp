#include "structure_output.hpp"

#include <cmath>
#include <ostream>

#include "common.hpp"

namespace parcours::cli {
namespace {

constexpr std::size_t kProblemsShown = 20;

// What a patient is told about a practitioner's position (the wording): the
// Annuaire Santé gives none, the import places them at their address or their commune.
std::string_view precisionLabelFr(const directory::Structure& s) {
    if (!s.position) return "position inconnue";
    return s.positionPrecision == directory::PositionPrecision::Address ? "position précise"
                                                                        : "position de la commune";
}

bool isPractitioner(const directory::Structure& s) {
    return !s.person.empty();
}

}  // namespace

std::string oneLineAddress(const directory::Structure& s) {
    std::string line = s.address;
    std::string town = s.postcode;
    if (!s.city.empty()) town += (town.empty() ? "" : " ") + s.city;
    if (!town.empty()) line += (line.empty() ? "" : ", ") + town;
    return line;
}

void writeStructureJson(json::Writer& out, const directory::Structure& s,
                        std::optional<double> distanceMetres) {
    out.beginObject();
    out.key("id");
    out.string(s.id());
    out.key("source");
    out.string(s.source);
    out.key("source_id");
    out.string(s.sourceId);
    out.key("kind");
    out.string(directory::kindId(s.kind));
    out.key("category");
    out.string(s.category);
    out.key("specialty");
    out.string(s.specialty);
    out.key("name");
    out.string(s.name);
    out.key("address");
    out.string(s.address);
    out.key("postcode");
    out.string(s.postcode);
    out.key("city");
    out.string(s.city);
    out.key("phone");
    out.string(s.phone);
    out.key("lat");
    if (s.position)
        out.number(s.position->lat);
    else
        out.null();
    out.key("lon");
    if (s.position)
        out.number(s.position->lon);
    else
        out.null();
    out.key("emergency");
    if (s.emergency)
        out.boolean(*s.emergency);
    else
        out.null();
    out.key("person");
    out.string(s.person);
    out.key("position_precision");
    out.string(directory::positionPrecisionId(s.positionPrecision));
    if (distanceMetres) {
        out.key("distance_m");
        out.number(std::round(*distanceMetres * 10) / 10);
    }
    out.endObject();
}

std::string hitsJson(const std::vector<directory::Hit>& hits) {
    json::Writer out;
    out.beginArray();
    for (const auto& hit : hits) writeStructureJson(out, hit.structure, hit.distanceMetres);
    out.endArray();
    return out.take();
}

void printHits(std::ostream& out, const std::vector<directory::Hit>& hits) {
    if (hits.empty()) {
        out << "Nothing found.\n";
        return;
    }
    std::size_t rank = 0;
    for (const auto& hit : hits) {
        const auto& s = hit.structure;
        out << ++rank << ". ";
        if (hit.distanceMetres) out << formatDistance(*hit.distanceMetres) << "  ";
        out << s.name << "  [" << directory::kindLabelFr(s.kind);
        if (!s.specialty.empty()) out << " · " << s.specialty;
        if (s.emergency && *s.emergency) out << " · urgences";
        out << "]\n   " << oneLineAddress(s);
        if (!s.phone.empty()) out << " · " << s.phone;
        if (isPractitioner(s)) out << " · " << precisionLabelFr(s);
        out << "  (" << s.id() << ")\n";
    }
}

void printStructure(std::ostream& out, const directory::Structure& s) {
    out << s.name << "\n  " << directory::kindLabelFr(s.kind);
    if (!s.specialty.empty()) out << " · " << s.specialty;
    out << "\n  " << oneLineAddress(s) << '\n';
    if (!s.phone.empty()) out << "  Tél. " << s.phone << '\n';
    if (s.position) {
        out << "  Position " << s.position->lat << ", " << s.position->lon;
        if (isPractitioner(s)) out << " (" << precisionLabelFr(s) << ")";
        out << '\n';
    } else
        out << "  Position inconnue\n";
    if (s.emergency) out << "  Urgences : " << (*s.emergency ? "oui" : "non") << '\n';
    out << "  Source " << s.source << " (" << s.category << "), id " << s.id() << '\n';
}

std::string importJson(const directory::ImportOutcome& outcome) {
    const auto& r = outcome.report;
    json::Writer out;
    out.beginObject();
    out.key("source");
    out.string(outcome.source);
    out.key("imported");
    out.integer(static_cast<std::int64_t>(outcome.imported));
    out.key("records");
    out.integer(static_cast<std::int64_t>(r.records));
    out.key("skipped");
    out.integer(static_cast<std::int64_t>(r.skipped));
    out.key("without_position");
    out.integer(static_cast<std::int64_t>(r.withoutPosition));
    out.key("encoding");
    out.string(r.encoding);
    out.key("extraction_date");
    out.string(r.extractionDate);
    out.key("emergency_marked");
    out.integer(static_cast<std::int64_t>(outcome.emergencyMarked));
    if (outcome.source == "rpps") {
        out.key("placed_at_address");
        out.integer(static_cast<std::int64_t>(outcome.placedAtAddress));
        out.key("placed_at_commune");
        out.integer(static_cast<std::int64_t>(outcome.placedAtCommune));
        out.key("addresses_loaded");
        out.integer(static_cast<std::int64_t>(outcome.addressesLoaded));
    }
    out.key("problems");
    out.beginArray();
    for (const auto& p : r.problems) {
        out.beginObject();
        out.key("file");
        out.string(p.file);
        out.key("line");
        out.integer(static_cast<std::int64_t>(p.line));
        out.key("reason");
        out.string(p.reason);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
}

void printImport(std::ostream& out, std::ostream& err, const directory::ImportOutcome& outcome) {
    const auto& r = outcome.report;
    std::size_t shown = 0;
    for (const auto& p : r.problems) {
        if (shown++ == kProblemsShown) {
            err << "parcours: … and " << (r.problems.size() - kProblemsShown)
                << " more problems (--json lists them all)\n";
            break;
        }
        err << p.file;
        if (p.line) err << ':' << p.line;
        err << ": skipped: " << p.reason << '\n';
    }
    // La Poste's file holds communes, the emergency sources sites, not structures.
    const bool sites = outcome.source == "finess-activites" || outcome.source == "sae-urgences";
    const char* what = outcome.source == "laposte" ? " commune rows"
                       : sites                     ? " emergency sites"
                                                   : " structures";
    out << "Imported " << outcome.imported << what << " into source " << outcome.source << " from "
        << r.records << " records";
    if (r.skipped) out << " (" << r.skipped << " skipped)";
    out << ".\n";
    if (sites || outcome.emergencyMarked)
        out << outcome.emergencyMarked
            << " structures marked as having an emergency unit (urgences).\n";
    if (outcome.source == "rpps")
        out << outcome.placedAtAddress << " placed at their address (" << outcome.addressesLoaded
            << " BAN addresses loaded), " << outcome.placedAtCommune
            << " at their commune's position.\n";
    if (r.withoutPosition)
        out << r.withoutPosition
            << (outcome.source == "laposte"
                    ? " have no position: placed at the centre of their known structures.\n"
                    : " have no position: found by search, not on the map.\n");
    if (!r.encoding.empty() || !r.extractionDate.empty()) {
        out << "Encoding " << (r.encoding.empty() ? "?" : r.encoding);
        if (!r.extractionDate.empty()) out << ", extraction of " << r.extractionDate;
        out << ".\n";
    }
}

std::string statsJson(const directory::Stats& stats) {
    json::Writer out;
    out.beginObject();
    out.key("structures");
    out.integer(static_cast<std::int64_t>(stats.structures));
    out.key("with_position");
    out.integer(static_cast<std::int64_t>(stats.withPosition));
    out.key("with_emergency");
    out.integer(static_cast<std::int64_t>(stats.withEmergency));
    out.key("sources");
    out.beginArray();
    for (const auto& s : stats.sources) {
        out.beginObject();
        out.key("source");
        out.string(s.source);
        out.key("structures");
        out.integer(static_cast<std::int64_t>(s.structures));
        out.key("skipped");
        out.integer(static_cast<std::int64_t>(s.skipped));
        out.key("files");
        out.string(s.files);
        out.key("extraction_date");
        out.string(s.extractionDate);
        out.key("imported_at");
        out.string(s.importedAt);
        out.endObject();
    }
    out.endArray();
    out.key("kinds");
    out.beginObject();
    for (const auto& k : stats.kinds) {
        out.key(directory::kindId(k.kind));
        out.integer(static_cast<std::int64_t>(k.count));
    }
    out.endObject();
    out.endObject();
    return out.take();
}

void printStats(std::ostream& out, const directory::Stats& stats) {
    out << stats.structures << " structures, " << stats.withPosition << " with a position, "
        << stats.withEmergency << " with an emergency unit.\n";
    for (const auto& s : stats.sources) {
        out << "  " << s.source << ": " << s.structures;
        if (s.source == "laposte") out << " commune rows";  // not structures
        if (s.source == "finess-activites" || s.source == "sae-urgences") out << " emergency sites";
        if (!s.extractionDate.empty()) out << ", extraction of " << s.extractionDate;
        if (!s.importedAt.empty()) out << ", imported " << s.importedAt;
        if (!s.files.empty()) out << " (" << s.files << ")";
        out << '\n';
    }
    for (const auto& k : stats.kinds)
        if (k.count) out << "  " << directory::kindLabelFr(k.kind) << ": " << k.count << '\n';
}

}  // namespace parcours::cli
