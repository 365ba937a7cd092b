// Opening the directory file: pragmas, schema, and refusing files that are not ours.
#include <string>

#include "directory/directory_impl.hpp"
#include "directory/spatial_index.hpp"

namespace parcours::directory {
namespace {

// "PRCD": tells our directory files apart from any other SQLite file.
constexpr std::int64_t kApplicationId = 0x50524344;
// 1: structures, sources. 2: communes (La Poste's postcode file). 3: practitioners (person,
// position_precision) and the emergency sites (SAE, FINESS activities).
constexpr std::int64_t kSchemaVersion = 3;

// The R*Tree (spatial_index.cpp) has auxiliary columns that hold what the spatial queries
// filter and measure on, so a nearest-k query never touches the main table until it has
// its k answers. FTS5 has no prefix indexes: prefix queries scan a term range, fast
// enough at the national scale, and the import is 0.5 s faster without them.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE structures(
    rowid INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    specialty TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    lat REAL,
    lon REAL,
    emergency INTEGER,
    finess_ref TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    position_precision TEXT NOT NULL DEFAULT 'exact',
    UNIQUE(source, source_id)
);
CREATE INDEX structures_by_person ON structures(person) WHERE person <> '';
CREATE VIRTUAL TABLE structures_text USING fts5(
    name, address, city, content='structures', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', detail=column);
CREATE TABLE sources(
    source TEXT PRIMARY KEY,
    files TEXT NOT NULL DEFAULT '',
    extraction_date TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    structures INTEGER NOT NULL,
    skipped INTEGER NOT NULL
);
)sql";

// Version 2. One row per commune, postcode and ligne 5, as La Poste publishes them.
// `name_folded` and `ligne5_folded` (foldCommuneName) are what a lookup compares: an exact
// or prefix match is a range on their index. 40,000 rows: no FTS needed, and a postcode prefix is a
// range too.
constexpr std::string_view kCommunesSchema = R"sql(
CREATE TABLE communes(
    rowid INTEGER PRIMARY KEY,
    insee TEXT NOT NULL,
    name TEXT NOT NULL,
    postcode TEXT NOT NULL,
    ligne5 TEXT NOT NULL DEFAULT '',
    acheminement TEXT NOT NULL DEFAULT '',
    lat REAL,
    lon REAL,
    name_folded TEXT NOT NULL,
    ligne5_folded TEXT NOT NULL DEFAULT ''
);
CREATE INDEX communes_by_name ON communes(name_folded);
CREATE INDEX communes_by_ligne5 ON communes(ligne5_folded) WHERE ligne5_folded <> '';
CREATE INDEX communes_by_postcode ON communes(postcode);
CREATE INDEX communes_by_insee ON communes(insee);
)sql";

// Version 3. The FINESS numbers of the sites authorised for emergency medicine, from the
// DREES SAE "URGENCES" table or the FINESS activities dataset: kept apart from the
// structures so that each source can be re-imported on its own; a FINESS structure whose
// number is here is a hospital with an emergency unit.
constexpr std::string_view kEmergencySitesSchema = R"sql(
CREATE TABLE emergency_sites(
    finess TEXT NOT NULL,
    source TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(finess, source)
) WITHOUT ROWID;
)sql";

constexpr std::string_view kPractitionerColumns = R"sql(
ALTER TABLE structures ADD COLUMN person TEXT NOT NULL DEFAULT '';
ALTER TABLE structures ADD COLUMN position_precision TEXT NOT NULL DEFAULT 'exact';
CREATE INDEX structures_by_person ON structures(person) WHERE person <> '';
)sql";

Result<void> setVersion(sqlite::Database& db) {
    return db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
}

Result<void> createSchema(sqlite::Database& db) {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto r = db.exec(kSchema); !r) return r;
    if (auto r = db.exec(kSpatialIndexSchema); !r) return r;
    if (auto r = db.exec(kCommunesSchema); !r) return r;
    if (auto r = db.exec(kEmergencySitesSchema); !r) return r;
    if (auto r = db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)); !r) return r;
    if (auto r = setVersion(db); !r) return r;
    return tx->commit();
}

// 1 → 2 adds the communes, 2 → 3 the practitioners' columns and the emergency sites;
// structures, sources and manual entries are kept. One transaction for all the steps: a
// failure leaves the file as it was, opened again next time.
Result<void> migrate(sqlite::Database& db, std::int64_t from) {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    if (from < 2)
        if (auto r = db.exec(kCommunesSchema); !r) return r;
    if (from < 3) {
        if (auto r = db.exec(kPractitionerColumns); !r) return r;
        if (auto r = db.exec(kEmergencySitesSchema); !r) return r;
    }
    if (auto r = setVersion(db); !r) return r;
    return tx->commit();
}

}  // namespace

Result<Directory> Directory::open(const std::filesystem::path& file) {
    auto db = sqlite::Database::open(file);
    if (!db) return db.error();
    const std::string where = file.string() + ": ";

    auto appId = db->queryInteger("PRAGMA application_id");
    if (!appId) return storageError(where + "not a database: " + appId.error().message);
    auto version = db->queryInteger("PRAGMA user_version");
    if (!version) return version.error();
    auto tables = db->queryInteger("SELECT count(*) FROM sqlite_schema");
    if (!tables) return tables.error();

    if (*tables > 0 && *appId != kApplicationId)
        return storageError(where + "not a Parcours directory file (application_id " +
                            std::to_string(*appId) + "); left untouched");
    if (*version > kSchemaVersion)
        return storageError(where + "made by a newer version of Parcours (directory schema " +
                            std::to_string(*version) + ", this one knows " +
                            std::to_string(kSchemaVersion) + "); left untouched");

    // WAL: the app keeps reading the old data while an import writes the new. The
    // directory is rebuilt from public data, so NORMAL sync (consistent, maybe not the
    // last commit after a power cut) is the right trade.
    if (auto r = db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"); !r)
        return r.error();
    if (*tables == 0) {
        if (auto r = createSchema(*db); !r) return r.error();
    } else if (*version < kSchemaVersion) {
        if (auto r = migrate(*db, *version); !r)
            return storageError(where + "cannot upgrade the directory to schema " +
                                std::to_string(kSchemaVersion) + ": " + r.error().message);
    }

    auto impl = std::make_unique<Impl>(Impl{std::move(*db)});
    return Directory(std::move(impl));
}

Directory::Directory(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Directory::Directory(Directory&&) noexcept = default;
Directory& Directory::operator=(Directory&&) noexcept = default;
Directory::~Directory() = default;

Structure rowToStructure(const sqlite::Statement& row, int first) {
    const int c = first;
    Structure s;
    s.source = row.text(c + 0);
    s.sourceId = row.text(c + 1);
    s.kind = kindFromId(row.text(c + 2)).value_or(Kind::Other);
    s.category = row.text(c + 3);
    s.specialty = row.text(c + 4);
    s.name = row.text(c + 5);
    s.address = row.text(c + 6);
    s.postcode = row.text(c + 7);
    s.city = row.text(c + 8);
    s.phone = row.text(c + 9);
    if (!row.isNull(c + 10) && !row.isNull(c + 11))
        s.position = geo::LatLon{row.real(c + 10), row.real(c + 11)};
    if (!row.isNull(c + 12)) s.emergency = row.integer(c + 12) != 0;
    s.finessRef = row.text(c + 13);
    s.person = row.text(c + 14);
    s.positionPrecision =
        positionPrecisionFromId(row.text(c + 15)).value_or(PositionPrecision::Exact);
    return s;
}

std::string notAKnownDuplicate(std::string_view alias) {
    const std::string a(alias);
    return "NOT (" + a + ".source = 'osm' AND " + a + ".finess_ref <> '' AND EXISTS (" +
           "SELECT 1 FROM structures twin WHERE twin.source = 'finess' AND twin.source_id = " + a +
           ".finess_ref AND twin.lat IS NOT NULL))";
}

bool splitId(std::string_view id, std::string_view& source, std::string_view& sourceId) {
    auto colon = id.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == id.size()) return false;
    source = id.substr(0, colon);
    sourceId = id.substr(colon + 1);
    return true;
}

}  // namespace parcours::directory
