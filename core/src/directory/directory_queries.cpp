// Reading the directory: nearest, in a box, by text, by id, statistics.
#include <algorithm>
#include <cmath>

#include "common/text.hpp"
#include "directory/directory_impl.hpp"
#include "directory/filter_matcher.hpp"

namespace parcours::directory {
namespace {

constexpr double kHalfEarthCircumference = 20'037'508.0;
// The first search ring of a nearest-k query: a town centre has its first answers there,
// and each miss widens the ring fourfold, so the countryside costs a few more probes.
constexpr double kFirstRingMetres = 1'500.0;

struct Candidate {
    std::int64_t rowid = 0;
    double distance = 0;  // metres; infinity when unpositioned
};

bool closer(const Candidate& a, const Candidate& b) {
    return a.distance < b.distance || (a.distance == b.distance && a.rowid < b.rowid);
}

Result<void> collectInBox(const sqlite::Database& db, const geo::BoundingBox& box,
                          const FilterMatcher& matcher, geo::LatLon centre, double maxDistance,
                          std::vector<Candidate>& out) {
    auto stmt = db.prepare(
        "SELECT id, lat, lon, kind, specialty, emergency FROM structures_geo "
        "WHERE max_lat >= ?1 AND min_lat <= ?2 AND max_lon >= ?3 AND min_lon <= ?4");
    if (!stmt) return stmt.error();
    stmt->bind(1, box.minLat).bind(2, box.maxLat).bind(3, box.minLon).bind(4, box.maxLon);
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const int emergency = stmt->isNull(5) ? -1 : static_cast<int>(stmt->integer(5));
        if (!matcher.matches(stmt->text(3), stmt->text(4), emergency)) continue;
        const geo::LatLon p{stmt->real(1), stmt->real(2)};
        if (p.lat < box.minLat || p.lat > box.maxLat || p.lon < box.minLon || p.lon > box.maxLon)
            continue;  // the R*Tree stores 32-bit bounds, rounded outwards
        const double d = geo::distanceMetres(centre, p);
        if (d <= maxDistance) out.push_back({stmt->integer(0), d});
    }
    return {};
}

// Keeps the `limit` closest, closest first.
void keepClosest(std::vector<Candidate>& candidates, std::size_t limit) {
    const std::size_t n = std::min(limit, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n),
                      candidates.end(), closer);
    candidates.resize(n);
}

Result<std::vector<Hit>> fetch(const sqlite::Database& db, const std::vector<Candidate>& found) {
    auto stmt = db.prepare("SELECT " + std::string(kStructureColumns) +
                           " FROM structures WHERE rowid = ?1");
    if (!stmt) return stmt.error();
    std::vector<Hit> hits;
    hits.reserve(found.size());
    for (const Candidate& c : found) {
        stmt->bind(1, c.rowid);
        auto row = stmt->step();
        if (!row) return row.error();
        if (*row) {
            Hit hit{rowToStructure(*stmt), std::nullopt};
            if (std::isfinite(c.distance)) hit.distanceMetres = c.distance;
            hits.push_back(std::move(hit));
        }
        stmt->reset();
    }
    return hits;
}

// User words → an FTS5 query: each word a quoted prefix, all required. Quoting makes every
// FTS5 operator character in the input plain text.
std::string ftsQuery(std::string_view text) {
    const std::string folded = text::fold(text);
    std::string query, word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!query.empty()) query += ' ';
        query += '"' + word + "\"*";
        word.clear();
    };
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80)
            word += c;
        else
            flush();
    }
    flush();
    return query;
}

Result<void> checkLimit(std::size_t limit) {
    if (limit == 0) return usageError("the limit must be at least 1");
    return {};
}

}  // namespace

Result<std::vector<Hit>> Directory::nearby(const NearbyQuery& query) const {
    if (!geo::isValid(query.at)) return usageError("invalid position");
    if (auto r = checkLimit(query.limit); !r) return r.error();
    if (query.radiusMetres && !(*query.radiusMetres > 0))
        return usageError("the radius must be positive");
    const FilterMatcher matcher(query.filter, false);
    const double maxRadius = query.radiusMetres.value_or(kHalfEarthCircumference);

    std::vector<Candidate> found;
    double radius = std::min(kFirstRingMetres, maxRadius);
    for (;;) {
        found.clear();
        auto r = collectInBox(impl_->db, geo::boxAround(query.at, radius), matcher, query.at,
                              radius, found);
        if (!r) return r.error();
        if (found.size() >= query.limit || radius >= maxRadius) break;
        radius = std::min(radius * 4, maxRadius);
    }
    keepClosest(found, query.limit);
    return fetch(impl_->db, found);
}

Result<std::vector<Hit>> Directory::inBox(const BoxQuery& query) const {
    if (auto r = checkLimit(query.limit); !r) return r.error();
    const auto& box = query.box;
    if (!(box.minLat <= box.maxLat && box.minLon <= box.maxLon)) return usageError("invalid box");
    const FilterMatcher matcher(query.filter, false);
    const geo::LatLon centre{(box.minLat + box.maxLat) / 2, (box.minLon + box.maxLon) / 2};
    std::vector<Candidate> found;
    auto r = collectInBox(impl_->db, box, matcher, centre, kHalfEarthCircumference * 2, found);
    if (!r) return r.error();
    keepClosest(found, query.limit);
    return fetch(impl_->db, found);
}

Result<std::vector<Hit>> Directory::search(const SearchQuery& query) const {
    if (auto r = checkLimit(query.limit); !r) return r.error();
    if (query.near && !geo::isValid(*query.near)) return usageError("invalid position");
    const std::string match = ftsQuery(query.text);
    if (match.empty()) return usageError("nothing to search for in «" + query.text + "»");
    const FilterMatcher matcher(query.filter, true);

    // By relevance, name matches weighing most, then the city, then the street; when a
    // point is given every match is measured and sorted by distance instead.
    auto stmt = impl_->db.prepare(
        "SELECT s.rowid, s.lat, s.lon, s.kind, s.specialty, s.emergency "
        "FROM structures_text JOIN structures s ON s.rowid = structures_text.rowid "
        "WHERE structures_text MATCH ?1 AND " +
        notAKnownDuplicate("s") +
        (query.near ? std::string(" ORDER BY s.rowid")
                    : std::string(" ORDER BY bm25(structures_text, 10.0, 1.0, 4.0), s.rowid")));
    if (!stmt) return stmt.error();
    stmt->bind(1, match);
    std::vector<Candidate> found;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const int emergency = stmt->isNull(5) ? -1 : static_cast<int>(stmt->integer(5));
        if (!matcher.matches(stmt->text(3), stmt->text(4), emergency)) continue;
        Candidate c{stmt->integer(0), std::numeric_limits<double>::infinity()};
        if (query.near && !stmt->isNull(1) && !stmt->isNull(2))
            c.distance = geo::distanceMetres(*query.near, {stmt->real(1), stmt->real(2)});
        found.push_back(c);
        if (!query.near && found.size() == query.limit) break;  // already in relevance order
    }
    if (query.near) {
        std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
            return a.distance < b.distance;
        });
        if (found.size() > query.limit) found.resize(query.limit);
    }
    return fetch(impl_->db, found);
}

Result<Structure> Directory::get(std::string_view id) const {
    std::string_view source, sourceId;
    if (!splitId(id, source, sourceId))
        return usageError("«" + std::string(id) + "» is not a structure id (source:id)");
    auto stmt = impl_->db.prepare("SELECT " + std::string(kStructureColumns) +
                                  " FROM structures WHERE source = ?1 AND source_id = ?2");
    if (!stmt) return stmt.error();
    stmt->bind(1, source).bind(2, sourceId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return notFound("no structure " + std::string(id));
    return rowToStructure(*stmt);
}

Result<Stats> Directory::stats() const {
    Stats stats;
    const auto& db = impl_->db;
    auto total = db.queryInteger("SELECT count(*) FROM structures");
    if (!total) return total.error();
    auto positioned = db.queryInteger("SELECT count(*) FROM structures_geo");
    if (!positioned) return positioned.error();
    stats.structures = static_cast<std::size_t>(*total);
    stats.withPosition = static_cast<std::size_t>(*positioned);
    auto emergency = db.queryInteger("SELECT count(*) FROM structures WHERE emergency = 1");
    if (!emergency) return emergency.error();
    stats.withEmergency = static_cast<std::size_t>(*emergency);

    auto sources = db.prepare(
        "SELECT source, imported_at, extraction_date, files, structures, skipped FROM sources "
        "UNION ALL SELECT 'manual', '', '', '', count(*), 0 FROM structures "
        "WHERE source = 'manual' HAVING count(*) > 0 ORDER BY 1");
    if (!sources) return sources.error();
    for (;;) {
        auto row = sources->step();
        if (!row) return row.error();
        if (!*row) break;
        stats.sources.push_back({std::string(sources->text(0)), std::string(sources->text(1)),
                                 std::string(sources->text(2)), std::string(sources->text(3)),
                                 static_cast<std::size_t>(sources->integer(4)),
                                 static_cast<std::size_t>(sources->integer(5))});
    }
    auto kinds = db.prepare("SELECT kind, count(*) FROM structures GROUP BY kind");
    if (!kinds) return kinds.error();
    for (Kind k : allKinds()) stats.kinds.push_back({k, 0});
    for (;;) {
        auto row = kinds->step();
        if (!row) return row.error();
        if (!*row) break;
        if (auto k = kindFromId(kinds->text(0)))
            for (auto& kc : stats.kinds)
                if (kc.kind == *k) kc.count = static_cast<std::size_t>(kinds->integer(1));
    }
    return stats;
}

}  // namespace parcours::directory
