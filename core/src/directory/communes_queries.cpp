// Looking a commune up by name or postcode: in La Poste's file when it was imported, else
// among the (postcode, city) pairs of the directory's structures.
#include <algorithm>
#include <map>
#include <set>

#include "common/text.hpp"
#include "directory/directory_impl.hpp"

namespace parcours::directory {
namespace {

// What the user typed, read once.
struct Lookup {
    bool byPostcode = false;
    std::string key;  // the postcode (prefix), or the folded name
    // Every string that starts with `key` sorts in [key, upper): `key` with its last byte
    // incremented. The last byte is an ASCII letter or digit (folding trims the rest) or a
    // byte of a UTF-8 sequence, which is never 0xFF.
    [[nodiscard]] std::string upper() const {
        std::string u = key;
        u.back() = static_cast<char>(static_cast<unsigned char>(u.back()) + 1);
        return u;
    }
};

Result<Lookup> readLookup(std::string_view text) {
    const std::string_view t = text::trim(text);
    const bool digits =
        !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
        if (t.size() < 2 || t.size() > 5)
            return usageError("«" + std::string(t) +
                              "» is no postcode: give its 5 digits, or at least its first 2");
        return Lookup{true, std::string(t)};
    }
    std::string folded = foldCommuneName(t);
    if (folded.empty()) return usageError("no commune name in «" + std::string(text) + "»");
    return Lookup{false, std::move(folded)};
}

// How well a row matches, best first: the commune's own name (or postcode), then the name
// of one of its localities (ligne 5: often a former commune merged into a new one, the
// name people still use), each exactly, then as a prefix.
enum Tier : int { kExactName, kExactLocality, kNamePrefix, kLocalityPrefix, kNoMatch };

Tier tierOf(std::string_view folded, std::string_view key, Tier exact, Tier prefix) {
    if (folded == key) return exact;
    if (folded.substr(0, key.size()) == key) return prefix;
    return kNoMatch;
}

// One commune being gathered from its rows.
struct Gathered {
    Commune commune;
    std::set<std::string> matched, others;  // postcodes
    std::size_t weight = 0;                 // rows, or structures
    int tier = kNoMatch;                    // the best Tier of its rows
    double sumLat = 0, sumLon = 0;
    std::size_t positioned = 0;

    void add(std::string_view postcode, bool matches, const sqlite::Statement& row, int latColumn,
             std::size_t count) {
        (matches ? matched : others).insert(std::string(postcode));
        weight += count;
        if (!row.isNull(latColumn) && !row.isNull(latColumn + 1)) {
            sumLat += row.real(latColumn) * static_cast<double>(count);
            sumLon += row.real(latColumn + 1) * static_cast<double>(count);
            positioned += count;
        }
    }
};

// Best tier first, then bigger, then by name: the order the header documents.
std::vector<Gathered> ranked(std::map<std::string, Gathered>&& byKey, std::size_t limit) {
    std::vector<Gathered> out;
    out.reserve(byKey.size());
    for (auto& [key, g] : byKey) out.push_back(std::move(g));
    std::stable_sort(out.begin(), out.end(), [](const Gathered& a, const Gathered& b) {
        if (a.tier != b.tier) return a.tier < b.tier;
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.commune.name < b.commune.name;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

Commune finish(Gathered&& g, CommunePosition origin) {
    Commune c = std::move(g.commune);
    c.postcodes.assign(g.matched.begin(), g.matched.end());
    for (const auto& p : g.others)
        if (!g.matched.count(p)) c.postcodes.push_back(p);
    if (g.positioned > 0) {
        const auto n = static_cast<double>(g.positioned);
        c.position = geo::LatLon{g.sumLat / n, g.sumLon / n};
        c.positionOrigin = origin;
    }
    return c;
}

// The centre of the structures at any of `postcodes`: the position of a La Poste commune
// that has none in the file.
Result<void> placeByStructures(const sqlite::Database& db, Commune& c) {
    auto stmt = db.prepare(
        "SELECT avg(lat), avg(lon) FROM structures WHERE postcode = ?1 AND lat IS NOT NULL");
    if (!stmt) return stmt.error();
    double sumLat = 0, sumLon = 0;
    int n = 0;
    for (const auto& p : c.postcodes) {
        stmt->bind(1, p);
        auto row = stmt->step();
        if (!row) return row.error();
        if (*row && !stmt->isNull(0)) {
            sumLat += stmt->real(0);
            sumLon += stmt->real(1);
            ++n;
        }
        stmt->reset();
    }
    if (n > 0) {
        c.position = geo::LatLon{sumLat / n, sumLon / n};
        c.positionOrigin = CommunePosition::StructuresCentre;
    }
    return {};
}

Result<std::vector<Commune>> findInLaPoste(const sqlite::Database& db, const Lookup& lookup,
                                           std::size_t limit) {
    // Every row of every matching commune, so that each comes with all its postcodes.
    const std::string sql =
        "SELECT insee, name, postcode, lat, lon, name_folded, ligne5_folded FROM communes "
        "WHERE insee IN (" +
        std::string(
            lookup.byPostcode
                ? "SELECT insee FROM communes WHERE postcode >= ?1 AND postcode < ?2"
                : "SELECT insee FROM communes "
                  "WHERE name_folded >= ?1 AND name_folded < ?2 UNION "
                  // `<> ''` lets SQLite use the partial index on lignes 5.
                  "SELECT insee FROM communes "
                  "WHERE ligne5_folded <> '' AND ligne5_folded >= ?1 AND ligne5_folded < ?2") +
        ") ORDER BY rowid";
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    const std::string upper = lookup.upper();
    stmt->bind(1, lookup.key).bind(2, upper);
    std::map<std::string, Gathered> byInsee;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        Gathered& g = byInsee[std::string(stmt->text(0))];
        if (g.commune.insee.empty()) {
            g.commune.insee = stmt->text(0);
            g.commune.name = stmt->text(1);
        }
        const std::string_view postcode = stmt->text(2);
        Tier tier = kNoMatch;
        if (lookup.byPostcode) {
            tier = tierOf(postcode, lookup.key, kExactName, kNamePrefix);
        } else {
            tier = std::min(tierOf(stmt->text(5), lookup.key, kExactName, kNamePrefix),
                            tierOf(stmt->text(6), lookup.key, kExactLocality, kLocalityPrefix));
        }
        g.tier = std::min<int>(g.tier, tier);
        // By postcode, or by a locality: the postcodes that matched come first.
        const bool matches = lookup.byPostcode ? tier != kNoMatch
                                               : tier == kExactLocality || tier == kLocalityPrefix;
        g.add(postcode, matches, *stmt, 3, 1);
    }
    std::vector<Commune> out;
    for (Gathered& g : ranked(std::move(byInsee), limit)) {
        out.push_back(finish(std::move(g), CommunePosition::Commune));
        if (!out.back().position)
            if (auto r = placeByStructures(db, out.back()); !r) return r.error();
    }
    return out;
}

// A spelling with lower-case letters ("Saint-Étienne") reads better than La Poste's or
// FINESS's capitals ("SAINT ETIENNE").
bool nicerName(std::string_view candidate, std::string_view current) {
    auto hasLower = [](std::string_view s) {
        return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    return hasLower(candidate) && !hasLower(current);
}

Result<std::vector<Commune>> findInStructures(const sqlite::Database& db, const Lookup& lookup,
                                              std::size_t limit) {
    // A few tens of thousands of (postcode, city) pairs nationally: folding each city in
    // C++ is simpler than a folding SQL function, and fast enough for a fallback.
    // A place that OSM and FINESS both list counts once, as on the map.
    auto stmt = db.prepare(
        "SELECT postcode, city, avg(lat), avg(lon), count(*) FROM structures s "
        "WHERE lat IS NOT NULL AND postcode <> '' AND city <> '' AND " +
        notAKnownDuplicate("s") +
        (lookup.byPostcode ? " AND postcode >= ?1 AND postcode < ?2" : "") +
        " GROUP BY postcode, city");
    if (!stmt) return stmt.error();
    const std::string upper = lookup.upper();
    if (lookup.byPostcode) stmt->bind(1, lookup.key).bind(2, upper);
    std::map<std::string, Gathered> byPlace;  // "postcode folded-city"
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const std::string_view postcode = stmt->text(0), city = stmt->text(1);
        const std::string folded = foldCommuneName(city);
        if (folded.empty()) continue;
        const Tier tier = tierOf(lookup.byPostcode ? postcode : std::string_view(folded),
                                 lookup.key, kExactName, kNamePrefix);
        if (tier == kNoMatch) continue;
        Gathered& g = byPlace[std::string(postcode) + ' ' + folded];
        if (g.commune.name.empty() || nicerName(city, g.commune.name))
            g.commune.name = text::collapseSpaces(city);
        g.tier = tier;
        g.add(postcode, true, *stmt, 2, static_cast<std::size_t>(stmt->integer(4)));
    }
    std::vector<Commune> out;
    for (Gathered& g : ranked(std::move(byPlace), limit))
        out.push_back(finish(std::move(g), CommunePosition::StructuresCentre));
    return out;
}

}  // namespace

Result<std::vector<Commune>> Directory::findCommunes(std::string_view text,
                                                     std::size_t limit) const {
    if (limit == 0) return usageError("the limit must be at least 1");
    auto lookup = readLookup(text);
    if (!lookup) return lookup.error();
    const auto& db = impl_->db;
    auto haveLaPoste = db.queryInteger("SELECT EXISTS(SELECT 1 FROM communes)");
    if (!haveLaPoste) return haveLaPoste.error();
    return *haveLaPoste ? findInLaPoste(db, *lookup, limit) : findInStructures(db, *lookup, limit);
}

}  // namespace parcours::directory
