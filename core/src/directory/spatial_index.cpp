#include "directory/spatial_index.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "common/text.hpp"
#include "directory/directory_impl.hpp"
#include "geo/hilbert.hpp"

namespace parcours::directory {

const char* const kSpatialIndexSchema =
    "CREATE VIRTUAL TABLE structures_geo USING rtree("
    "id, min_lat, max_lat, min_lon, max_lon, +lat, +lon, +kind, +specialty, +emergency)";

namespace {

// A cell: an entry's rowid (leaves) or a child's node number (inner nodes), and its box
// in 32-bit floats rounded outwards, as the R*Tree module stores them.
struct Cell {
    std::int64_t id = 0;
    float minLat = 0, maxLat = 0, minLon = 0, maxLon = 0;
};

// SQLite's rtreeValueDown / rtreeValueUp: the nearest float at or below (above) d.
float floatDown(double d) {
    auto f = static_cast<float>(d);
    if (f > d)
        f = static_cast<float>(d * (d < 0 ? (1.0 + 1.0 / 8388608.0) : (1.0 - 1.0 / 8388608.0)));
    return f;
}
float floatUp(double d) {
    auto f = static_cast<float>(d);
    if (f < d)
        f = static_cast<float>(d * (d < 0 ? (1.0 - 1.0 / 8388608.0) : (1.0 + 1.0 / 8388608.0)));
    return f;
}

void putBigEndian(std::string& out, std::uint64_t v, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

void putFloat(std::string& out, float f) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    putBigEndian(out, bits, 4);
}

// The node blob: 2 bytes of tree depth (root only), 2 bytes of cell count, the cells,
// zero padding to the node size.
std::string nodeBlob(const std::vector<Cell>& cells, int depth, std::size_t nodeSize) {
    std::string blob;
    blob.reserve(nodeSize);
    putBigEndian(blob, static_cast<std::uint64_t>(depth), 2);
    putBigEndian(blob, cells.size(), 2);
    for (const Cell& c : cells) {
        putBigEndian(blob, static_cast<std::uint64_t>(c.id), 8);
        putFloat(blob, c.minLat);
        putFloat(blob, c.maxLat);
        putFloat(blob, c.minLon);
        putFloat(blob, c.maxLon);
    }
    blob.resize(nodeSize, '\0');
    return blob;
}

Cell boundsOf(const std::vector<Cell>& cells, std::int64_t id) {
    Cell b{id, cells[0].minLat, cells[0].maxLat, cells[0].minLon, cells[0].maxLon};
    for (const Cell& c : cells) {
        b.minLat = std::min(b.minLat, c.minLat);
        b.maxLat = std::max(b.maxLat, c.maxLat);
        b.minLon = std::min(b.minLon, c.minLon);
        b.maxLon = std::max(b.maxLon, c.maxLon);
    }
    return b;
}

struct Entry {
    std::uint64_t hilbert = 0;
    Cell cell;
    double lat = 0, lon = 0;
    std::string kind, specialty;
    std::optional<std::int64_t> emergency;
};

Result<std::vector<Entry>> readEntries(sqlite::Database& db) {
    auto stmt = db.prepare(
        "SELECT rowid, lat, lon, kind, specialty, emergency FROM structures "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL AND " +
        notAKnownDuplicate("structures"));
    if (!stmt) return stmt.error();
    std::vector<Entry> entries;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        Entry e;
        e.lat = stmt->real(1);
        e.lon = stmt->real(2);
        e.cell = {stmt->integer(0), floatDown(e.lat), floatUp(e.lat), floatDown(e.lon),
                  floatUp(e.lon)};
        e.hilbert = geo::hilbertIndex({e.lat, e.lon});
        e.kind = stmt->text(3);
        e.specialty = text::fold(stmt->text(4));
        if (!stmt->isNull(5)) e.emergency = stmt->integer(5);
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.hilbert < b.hilbert || (a.hilbert == b.hilbert && a.cell.id < b.cell.id);
    });
    return entries;
}

}  // namespace

Result<void> rebuildSpatialIndex(sqlite::Database& db) {
    auto entries = readEntries(db);
    if (!entries) return entries.error();

    if (auto r = db.exec("DROP TABLE IF EXISTS structures_geo"); !r) return r;
    if (auto r = db.exec(kSpatialIndexSchema); !r) return r;
    // The module sized its nodes from the page size when it made the empty root.
    auto nodeSize =
        db.queryInteger("SELECT length(data) FROM structures_geo_node WHERE nodeno = 1");
    if (!nodeSize) return nodeSize.error();
    const auto size = static_cast<std::size_t>(*nodeSize);
    const std::size_t capacity = (size - 4) / 24;
    if (entries->empty()) return {};  // the empty root is already right

    auto insertNode =
        db.prepare("INSERT OR REPLACE INTO structures_geo_node(nodeno, data) VALUES(?1, ?2)");
    auto insertParent =
        db.prepare("INSERT INTO structures_geo_parent(nodeno, parentnode) VALUES(?1, ?2)");
    auto insertRowid = db.prepare(
        "INSERT INTO structures_geo_rowid(rowid, nodeno, a0, a1, a2, a3, a4) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (auto* s : {&insertNode, &insertParent, &insertRowid})
        if (!*s) return s->error();

    // Levels bottom-up: each a list of nodes, each node a list of cells. Node numbers are
    // given top-down afterwards, because the root must be node 1.
    std::vector<std::vector<std::vector<Cell>>> levels(1);
    for (std::size_t i = 0; i < entries->size(); i += capacity) {
        std::vector<Cell> node;
        for (std::size_t j = i; j < std::min(i + capacity, entries->size()); ++j)
            node.push_back((*entries)[j].cell);
        levels[0].push_back(std::move(node));
    }
    while (levels.back().size() > 1) {
        const auto& below = levels.back();
        std::vector<std::vector<Cell>> above;
        for (std::size_t i = 0; i < below.size(); i += capacity) {
            std::vector<Cell> node;
            for (std::size_t j = i; j < std::min(i + capacity, below.size()); ++j)
                node.push_back(boundsOf(below[j], static_cast<std::int64_t>(j)));  // index for now
            above.push_back(std::move(node));
        }
        levels.push_back(std::move(above));
    }

    // Number the nodes: root 1, then level by level downwards.
    std::vector<std::vector<std::int64_t>> numbers(levels.size());
    std::int64_t next = 1;
    for (std::size_t l = levels.size(); l-- > 0;)
        for (std::size_t n = 0; n < levels[l].size(); ++n) numbers[l].push_back(next++);

    const int depth = static_cast<int>(levels.size()) - 1;
    for (std::size_t l = levels.size(); l-- > 0;) {
        for (std::size_t n = 0; n < levels[l].size(); ++n) {
            auto cells = levels[l][n];
            const std::int64_t nodeno = numbers[l][n];
            if (l > 0)  // inner cells point at the children's node numbers
                for (Cell& c : cells) {
                    const auto child = static_cast<std::size_t>(c.id);
                    c.id = numbers[l - 1][child];
                    if (auto r = insertParent->bind(1, c.id).bind(2, nodeno).run(); !r) return r;
                }
            const std::string blob = nodeBlob(cells, l + 1 == levels.size() ? depth : 0, size);
            insertNode->bind(1, nodeno).bindBlob(2, blob);
            if (auto r = insertNode->run(); !r) return r;
        }
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const Entry& e = (*entries)[i];
        insertRowid->bind(1, e.cell.id).bind(2, numbers[0][i / capacity]);
        insertRowid->bind(3, e.lat).bind(4, e.lon).bindStable(5, e.kind).bindStable(6, e.specialty);
        if (e.emergency) insertRowid->bind(7, *e.emergency);
        if (auto r = insertRowid->run(); !r) return r;
    }
    return {};
}

}  // namespace parcours::directory
