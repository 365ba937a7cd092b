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

// SQL parcours_hilbert(lat, lon): the packing's sort key, so that SQLite sorts the entries
// (on disk when they are many) and memory stays flat, where a vector would hold them all.
// Signed so that it sorts as the unsigned Hilbert index does.
void hilbertFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv) {
    const geo::LatLon p{sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1])};
    const std::uint64_t h = geo::hilbertIndex(p) ^ (std::uint64_t{1} << 63);
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(h));
}

Result<void> registerHilbert(sqlite::Database& db) {
    if (sqlite3_create_function_v2(db.handle(), "parcours_hilbert", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, hilbertFunction,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        return storageError("cannot register parcours_hilbert: " + db.lastError());
    return {};
}

std::string indexedRows() {
    return "FROM structures WHERE lat IS NOT NULL AND lon IS NOT NULL AND " +
           notAKnownDuplicate("structures");
}

}  // namespace

Result<void> rebuildSpatialIndex(sqlite::Database& db) {
    if (auto r = registerHilbert(db); !r) return r;
    auto count = db.queryInteger("SELECT count(*) " + indexedRows());
    if (!count) return count.error();

    if (auto r = db.exec("DROP TABLE IF EXISTS structures_geo"); !r) return r;
    if (auto r = db.exec(kSpatialIndexSchema); !r) return r;
    // The module sized its nodes from the page size when it made the empty root.
    auto nodeSize =
        db.queryInteger("SELECT length(data) FROM structures_geo_node WHERE nodeno = 1");
    if (!nodeSize) return nodeSize.error();
    const auto size = static_cast<std::size_t>(*nodeSize);
    const std::size_t capacity = (size - 4) / 24;
    const auto entries = static_cast<std::size_t>(*count);
    if (entries == 0) return {};  // the empty root is already right

    auto insertNode =
        db.prepare("INSERT OR REPLACE INTO structures_geo_node(nodeno, data) VALUES(?1, ?2)");
    auto insertParent =
        db.prepare("INSERT INTO structures_geo_parent(nodeno, parentnode) VALUES(?1, ?2)");
    auto insertRowid = db.prepare(
        "INSERT INTO structures_geo_rowid(rowid, nodeno, a0, a1, a2, a3, a4) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto read = db.prepare("SELECT rowid, lat, lon, kind, specialty, emergency " + indexedRows() +
                           " ORDER BY parcours_hilbert(lat, lon), rowid");
    for (auto* s : {&insertNode, &insertParent, &insertRowid, &read})
        if (!*s) return s->error();

    // The shape of the tree follows from the count alone: nodes per level, bottom-up. Node
    // numbers go top-down (the root must be node 1), level by level, so a leaf's number is
    // known before the levels above it are built, and leaves are written as they fill.
    std::vector<std::size_t> levelSizes{(entries + capacity - 1) / capacity};
    while (levelSizes.back() > 1)
        levelSizes.push_back((levelSizes.back() + capacity - 1) / capacity);
    std::vector<std::int64_t> firstNumber(levelSizes.size());
    std::int64_t next = 1;
    for (std::size_t l = levelSizes.size(); l-- > 0;) {
        firstNumber[l] = next;
        next += static_cast<std::int64_t>(levelSizes[l]);
    }
    const int depth = static_cast<int>(levelSizes.size()) - 1;

    auto writeNode = [&](const std::vector<Cell>& cells, std::int64_t nodeno,
                         bool root) -> Result<void> {
        const std::string blob = nodeBlob(cells, root ? depth : 0, size);
        insertNode->bind(1, nodeno).bindBlob(2, blob);
        return insertNode->run();
    };

    // Leaves, straight from the sorted rows; only their bounds are kept (one per ~160 rows).
    std::vector<Cell> below, leaf;
    for (;;) {
        auto row = read->step();
        if (!row) return row.error();
        if (*row) {
            const double lat = read->real(1), lon = read->real(2);
            const std::int64_t nodeno = firstNumber[0] + static_cast<std::int64_t>(below.size());
            leaf.push_back(
                {read->integer(0), floatDown(lat), floatUp(lat), floatDown(lon), floatUp(lon)});
            const std::string specialty = text::fold(read->text(4));
            insertRowid->bind(1, read->integer(0)).bind(2, nodeno).bind(3, lat).bind(4, lon);
            insertRowid->bindStable(5, read->text(3)).bindStable(6, specialty);
            if (!read->isNull(5)) insertRowid->bind(7, read->integer(5));
            if (auto r = insertRowid->run(); !r) return r;
        }
        if (leaf.size() == capacity || (!*row && !leaf.empty())) {
            const std::int64_t nodeno = firstNumber[0] + static_cast<std::int64_t>(below.size());
            if (auto r = writeNode(leaf, nodeno, depth == 0); !r) return r;
            below.push_back(boundsOf(leaf, nodeno));
            leaf.clear();
        }
        if (!*row) break;
    }

    // The levels above, from the bounds of the one below.
    for (std::size_t l = 1; l < levelSizes.size(); ++l) {
        std::vector<Cell> above;
        for (std::size_t i = 0; i < below.size(); i += capacity) {
            const std::vector<Cell> cells(
                below.begin() + static_cast<std::ptrdiff_t>(i),
                below.begin() + static_cast<std::ptrdiff_t>(std::min(i + capacity, below.size())));
            const std::int64_t nodeno = firstNumber[l] + static_cast<std::int64_t>(above.size());
            for (const Cell& c : cells)
                if (auto r = insertParent->bind(1, c.id).bind(2, nodeno).run(); !r) return r;
            if (auto r = writeNode(cells, nodeno, l == levelSizes.size() - 1); !r) return r;
            above.push_back(boundsOf(cells, nodeno));
        }
        below = std::move(above);
    }
    return {};
}

}  // namespace parcours::directory
