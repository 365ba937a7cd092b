// Commune lookup: names folded (accents, hyphens, "st" = "saint"), postcodes and their
// prefixes, the order of the answers, the structures' centre without La Poste's file,
// replacing the communes all or nothing, and upgrading a version 1 directory file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>

#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using namespace parcours::directory;
using parcours::test::TempDir;

namespace {

CommuneRow row(std::string insee, std::string name, std::string postcode,
               std::optional<geo::LatLon> at, std::string ligne5 = "") {
    return {std::move(insee), name, std::move(postcode), std::move(ligne5), name, at};
}

std::vector<CommuneRow> someCommunes() {
    const geo::LatLon stEtienne{45.4301, 4.3791};
    return {
        row("42218", "SAINT ETIENNE", "42000", stEtienne),
        row("42218", "SAINT ETIENNE", "42100", stEtienne),
        row("42218", "SAINT ETIENNE", "42100", stEtienne, "ROCHETAILLEE"),
        row("42218", "SAINT ETIENNE", "42230", stEtienne, "SAINT VICTOR SUR LOIRE"),
        row("62746", "SAINT ETIENNE AU MONT", "62360", geo::LatLon{50.6655, 1.6019}),
        row("06120", "SAINT ETIENNE DE TINEE", "06660", geo::LatLon{44.2492, 6.9245}),
        row("06120", "SAINT ETIENNE DE TINEE", "06660", geo::LatLon{44.2492, 6.9245}, "AURON"),
        row("69202", "SAINTE FOY LES LYON", "69110", geo::LatLon{45.7336, 4.7926}),
        row("42207", "SAINT CHAMOND", "42400", geo::LatLon{45.4698, 4.5019}),
        row("42999", "SANS POSITION", "42990", std::nullopt),
        row("43999", "NULLE PART", "43990", std::nullopt),
    };
}

Structure structure(std::string source, std::string id, std::string city, std::string postcode,
                    std::optional<geo::LatLon> at) {
    Structure s;
    s.source = std::move(source);
    s.sourceId = std::move(id);
    s.kind = Kind::Practice;
    s.name = "CABINET " + s.sourceId;
    s.city = std::move(city);
    s.postcode = std::move(postcode);
    s.position = at;
    return s;
}

std::vector<std::string> names(const std::vector<Commune>& communes) {
    std::vector<std::string> out;
    for (const auto& c : communes) out.push_back(c.name);
    return out;
}

struct CommunesTest : ::testing::Test {
    TempDir dir;
    Directory open() {
        auto d = Directory::open(dir / "directory.sqlite");
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
        return std::move(d).value();
    }
    static std::vector<Commune> find(const Directory& d, std::string_view text,
                                     std::size_t limit = 10) {
        auto found = d.findCommunes(text, limit);
        EXPECT_TRUE(found.ok()) << text << ": " << (found.ok() ? "" : found.error().message);
        return found.ok() ? *found : std::vector<Commune>{};
    }
};

}  // namespace

TEST(CommuneName, FoldsAccentsPunctuationCaseAndSaintAbbreviations) {
    EXPECT_EQ(foldCommuneName("Saint-Étienne"), "saint etienne");
    EXPECT_EQ(foldCommuneName("ST ETIENNE"), "saint etienne");
    EXPECT_EQ(foldCommuneName("  st   étienne "), "saint etienne");
    EXPECT_EQ(foldCommuneName("Sainte-Foy-lès-Lyon"), "sainte foy les lyon");
    EXPECT_EQ(foldCommuneName("STE FOY LES LYON"), "sainte foy les lyon");
    EXPECT_EQ(foldCommuneName("L'Haÿ-les-Roses"), "l hay les roses");
    EXPECT_EQ(foldCommuneName("ILE DES PINS (L')"), "ile des pins l");
    EXPECT_EQ(foldCommuneName("SAINT ETIENNE CEDEX 1"), "saint etienne");
    EXPECT_EQ(foldCommuneName("Lyon 03"), "lyon 03");
    // Only whole words: "Stains" and "Steenvoorde" are not saints.
    EXPECT_EQ(foldCommuneName("STAINS"), "stains");
    EXPECT_EQ(foldCommuneName("Steenvoorde"), "steenvoorde");
    EXPECT_EQ(foldCommuneName("- ' -"), "");
}

TEST_F(CommunesTest, FindsByFoldedNameExactFirstThenBiggerPrefixes) {
    auto d = open();
    ASSERT_TRUE(d.replaceCommunes({"laposte", "laposte.csv", "", 0}, someCommunes()).ok());
    for (std::string_view text : {"st etienne", "Saint-Étienne", "SAINT ETIENNE", "st-étienne"}) {
        auto found = find(d, text);
        ASSERT_EQ(names(found), (std::vector<std::string>{"SAINT ETIENNE", "SAINT ETIENNE DE TINEE",
                                                          "SAINT ETIENNE AU MONT"}))
            << text;  // exact, then the one with 2 rows before the one with 1
        const Commune& c = found.front();
        EXPECT_EQ(c.insee, "42218");
        EXPECT_EQ(c.postcodes, (std::vector<std::string>{"42000", "42100", "42230"}));
        ASSERT_TRUE(c.position.has_value());
        EXPECT_NEAR(c.position->lat, 45.4301, 1e-9);
        EXPECT_EQ(c.positionOrigin, CommunePosition::Commune);
    }
    EXPECT_EQ(names(find(d, "saint etienne au")),
              std::vector<std::string>{"SAINT ETIENNE AU MONT"});
    EXPECT_EQ(names(find(d, "Sainte-Foy-lès-Lyon")),
              std::vector<std::string>{"SAINTE FOY LES LYON"});
    EXPECT_EQ(names(find(d, "ste foy")), std::vector<std::string>{"SAINTE FOY LES LYON"});
    EXPECT_EQ(find(d, "saint", 2).size(), 2u);
    EXPECT_TRUE(find(d, "etienne").empty());  // a name is matched from its start
    EXPECT_TRUE(find(d, "paris").empty());
    EXPECT_FALSE(d.findCommunes("  -- ", 5).ok());
    EXPECT_FALSE(d.findCommunes("lyon", 0).ok());
}

TEST_F(CommunesTest, FindsACommuneByTheNameOfOneOfItsLocalities) {
    auto d = open();
    auto rows = someCommunes();
    rows.push_back(row("52431", "ROCHETAILLEE", "52210", geo::LatLon{47.8488, 5.1195}));
    ASSERT_TRUE(d.replaceCommunes({"laposte", "", "", 0}, rows).ok());
    // A ligne 5 (here a former commune) finds its commune, its postcode first; a commune
    // of that very name comes before.
    auto found = find(d, "Rochetaillée");
    ASSERT_EQ(names(found), (std::vector<std::string>{"ROCHETAILLEE", "SAINT ETIENNE"}));
    EXPECT_EQ(found[1].postcodes, (std::vector<std::string>{"42100", "42000", "42230"}));
    // A prefix of a ligne 5 comes after the names with that prefix.
    auto victor = find(d, "st victor");
    ASSERT_EQ(names(victor), std::vector<std::string>{"SAINT ETIENNE"});
    EXPECT_EQ(victor[0].postcodes.front(), "42230");
    // A commune matched by its name and a locality is listed once.
    auto saints = find(d, "saint");
    EXPECT_EQ(std::count_if(saints.begin(), saints.end(),
                            [](const Commune& c) { return c.insee == "42218"; }),
              1);
}

TEST_F(CommunesTest, FindsByPostcodeAndPrefix) {
    auto d = open();
    ASSERT_TRUE(d.replaceCommunes({"laposte", "laposte.csv", "", 0}, someCommunes()).ok());
    auto exact = find(d, "42100");
    ASSERT_EQ(names(exact), std::vector<std::string>{"SAINT ETIENNE"});
    // The postcode asked for first, then the commune's others.
    EXPECT_EQ(exact[0].postcodes, (std::vector<std::string>{"42100", "42000", "42230"}));

    // A prefix: bigger first (4 rows, then 1 each, by name).
    EXPECT_EQ(names(find(d, "42")),
              (std::vector<std::string>{"SAINT ETIENNE", "SAINT CHAMOND", "SANS POSITION"}));
    EXPECT_EQ(names(find(d, " 0666 ")), std::vector<std::string>{"SAINT ETIENNE DE TINEE"});
    EXPECT_TRUE(find(d, "75001").empty());
    for (std::string_view bad : {"4", "420000"}) {
        auto r = d.findCommunes(bad, 5);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().kind, ErrorKind::Usage);
    }
}

TEST_F(CommunesTest, ACommuneWithoutAPositionIsPlacedAtItsStructuresCentre) {
    auto d = open();
    ASSERT_TRUE(d.replaceCommunes({"laposte", "", "", 0}, someCommunes()).ok());
    ASSERT_TRUE(
        d.replaceSource({"finess", "", "", 0},
                        {structure("finess", "1", "SANS POSITION", "42990", geo::LatLon{45.0, 4.0}),
                         structure("finess", "2", "SANS POSITION", "42990", geo::LatLon{45.2, 4.2}),
                         structure("finess", "3", "SANS POSITION", "42990", std::nullopt)})
            .ok());
    auto placed = find(d, "sans position");
    ASSERT_EQ(placed.size(), 1u);
    ASSERT_TRUE(placed[0].position.has_value());
    EXPECT_NEAR(placed[0].position->lat, 45.1, 1e-9);
    EXPECT_NEAR(placed[0].position->lon, 4.1, 1e-9);
    EXPECT_EQ(placed[0].positionOrigin, CommunePosition::StructuresCentre);

    auto nowhere = find(d, "43990");
    ASSERT_EQ(nowhere.size(), 1u);
    EXPECT_FALSE(nowhere[0].position.has_value());
    EXPECT_EQ(nowhere[0].positionOrigin, CommunePosition::None);
}

TEST_F(CommunesTest, WithoutLaPosteCommunesAreTheStructuresPostcodeAndCity) {
    auto d = open();
    ASSERT_TRUE(
        d.replaceSource(
             {"finess", "", "", 0},
             {structure("finess", "1", "SAINT ETIENNE", "42000", geo::LatLon{45.40, 4.30}),
              structure("finess", "2", "ST ETIENNE", "42000", geo::LatLon{45.50, 4.40}),
              structure("finess", "3", "SAINT ETIENNE CEDEX 1", "42007", geo::LatLon{45.44, 4.39}),
              structure("finess", "4", "SAINT ETIENNE DE TINEE", "06660", geo::LatLon{44.25, 6.92}),
              structure("finess", "5", "LYON", "69001", std::nullopt)})
            .ok());
    // OSM's copy of FINESS structure 1 (it names its FINESS number) is counted once.
    Structure twin = structure("osm", "way/2", "SAINT ETIENNE", "42000", geo::LatLon{46.0, 5.0});
    twin.finessRef = "1";
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0}, {structure("osm", "node/1", "Saint-Étienne",
                                                               "42000", geo::LatLon{45.45, 4.35}),
                                                     twin})
                    .ok());

    auto found = find(d, "st etienne");
    // 42000 gathers three spellings of one city; 42007 is its CEDEX; then the prefix match.
    ASSERT_EQ(names(found), (std::vector<std::string>{"Saint-Étienne", "SAINT ETIENNE CEDEX 1",
                                                      "SAINT ETIENNE DE TINEE"}));
    const Commune& c = found[0];
    EXPECT_TRUE(c.insee.empty());
    EXPECT_EQ(c.postcodes, std::vector<std::string>{"42000"});
    EXPECT_EQ(c.positionOrigin, CommunePosition::StructuresCentre);
    ASSERT_TRUE(c.position.has_value());
    EXPECT_NEAR(c.position->lat, (45.40 + 45.50 + 45.45) / 3, 1e-9);
    EXPECT_NEAR(c.position->lon, (4.30 + 4.40 + 4.35) / 3, 1e-9);

    EXPECT_EQ(names(find(d, "42007")), std::vector<std::string>{"SAINT ETIENNE CEDEX 1"});
    EXPECT_TRUE(find(d, "lyon").empty());  // no positioned structure there: nothing to show
    EXPECT_EQ(std::string(communePositionLabelFr(c.positionOrigin)),
              "centre des structures connues");
}

TEST_F(CommunesTest, ReplacingTheCommunesIsAllOrNothing) {
    auto d = open();
    ASSERT_TRUE(d.replaceCommunes({"laposte", "old.csv", "", 0}, someCommunes()).ok());
    std::vector<CommuneRow> broken{row("75056", "PARIS", "75001", geo::LatLon{48.86, 2.35}),
                                   row("75056", "PARIS", "75002", geo::LatLon{148.0, 2.35})};
    EXPECT_FALSE(d.replaceCommunes({"laposte", "bad.csv", "", 0}, broken).ok());
    EXPECT_EQ(find(d, "42000").size(), 1u);
    EXPECT_TRUE(find(d, "paris").empty());

    broken.pop_back();
    ASSERT_TRUE(d.replaceCommunes({"laposte", "new.csv", "", 0}, broken).ok());
    EXPECT_EQ(names(find(d, "paris")), std::vector<std::string>{"PARIS"});
    EXPECT_TRUE(find(d, "42000").empty());
    auto stats = d.stats();
    ASSERT_TRUE(stats.ok());
    ASSERT_EQ(stats->sources.size(), 1u);
    EXPECT_EQ(stats->sources[0].source, "laposte");
    EXPECT_EQ(stats->sources[0].files, "new.csv");
    EXPECT_EQ(stats->structures, 0u);  // communes are no structures
}

TEST_F(CommunesTest, ImportDetectsLaPosteAndKeepsTheOldCommunesWhenStrictFails) {
    auto d = open();
    test::writeFile(dir / "communes.csv",
                    "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;"
                    "coordonnees_gps\n"
                    "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.43,4.38\n"
                    "42218;SAINT ETIENNE;42100;;SAINT ETIENNE;45.43,4.38\n");
    auto outcome = importFiles(d, test::importRequest({dir / "communes.csv"}));
    ASSERT_TRUE(outcome.ok()) << outcome.error().message;
    EXPECT_EQ(outcome->source, "laposte");
    EXPECT_EQ(outcome->imported, 2u);

    test::writeFile(dir / "bad.csv",
                    "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;"
                    "coordonnees_gps\n"
                    "75056;PARIS;75001;;PARIS;48.86,2.35\n"
                    "75056;PARIS;7500;;PARIS;48.86,2.35\n");
    auto strict =
        importFiles(d, test::importRequest({dir / "bad.csv"}, SourceFormat::LaPoste, true));
    ASSERT_FALSE(strict.ok());
    EXPECT_NE(strict.error().message.find("bad.csv:3:"), std::string::npos);
    EXPECT_EQ(find(d, "42000").size(), 1u);
    EXPECT_TRUE(find(d, "paris").empty());

    // Mixing sources in one import is refused.
    test::writeFile(dir / "finess.csv", "finess;etalab;0;2026-05-12\n");
    EXPECT_FALSE(
        importFiles(d, test::importRequest({dir / "communes.csv", dir / "finess.csv"})).ok());
}

namespace {

// The version 1 schema, as version 1 of the app wrote it: a file to upgrade.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE structures(
    rowid INTEGER PRIMARY KEY, source TEXT NOT NULL, source_id TEXT NOT NULL, kind TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '', specialty TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', lat REAL, lon REAL, emergency INTEGER,
    finess_ref TEXT NOT NULL DEFAULT '', UNIQUE(source, source_id));
CREATE VIRTUAL TABLE structures_text USING fts5(
    name, address, city, content='structures', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', detail=column);
CREATE TABLE sources(
    source TEXT PRIMARY KEY, files TEXT NOT NULL DEFAULT '',
    extraction_date TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL,
    structures INTEGER NOT NULL, skipped INTEGER NOT NULL);
CREATE VIRTUAL TABLE structures_geo USING rtree(
    id, min_lat, max_lat, min_lon, max_lon, +lat, +lon, +kind, +specialty, +emergency);
PRAGMA application_id = 1347568452;
PRAGMA user_version = 1;
INSERT INTO structures(rowid, source, source_id, kind, name, postcode, city, lat, lon)
    VALUES(1, 'finess', '420000013', 'hospital', 'CHU DE SAINT-ÉTIENNE', '42000',
           'SAINT ETIENNE', 45.4397, 4.3872),
          (2, 'manual', 'abc123', 'practice', 'Dr Martin', '42000', 'SAINT ETIENNE',
           45.4300, 4.3900);
INSERT INTO structures_text(rowid, name, address, city)
    SELECT rowid, name, address, city FROM structures;
INSERT INTO structures_geo(id, min_lat, max_lat, min_lon, max_lon, lat, lon, kind, specialty)
    SELECT rowid, lat, lat, lon, lon, lat, lon, kind, '' FROM structures;
INSERT INTO sources VALUES('finess', 'finess.csv', '2026-05-12', '2026-05-13T08:00:00Z', 1, 0);
)sql";

std::int64_t userVersion(const std::filesystem::path& file) {
    sqlite3* raw = nullptr;
    if (sqlite3_open(file.c_str(), &raw) != SQLITE_OK) return -1;
    sqlite3_stmt* stmt = nullptr;
    std::int64_t version = -1;
    if (sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return version;
}

}  // namespace

TEST_F(CommunesTest, UpgradesAVersion1FileToTheLatestKeepingItsStructuresAndManualEntries) {
    const auto file = dir / "directory.sqlite";
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
        char* error = nullptr;
        ASSERT_EQ(sqlite3_exec(raw, kVersion1, nullptr, nullptr, &error), SQLITE_OK) << error;
        sqlite3_close(raw);
    }
    ASSERT_EQ(userVersion(file), 1);
    {
        auto d = open();
        EXPECT_EQ(userVersion(file), 3);
        EXPECT_TRUE(d.get("finess:420000013").ok());
        auto manual = d.get("manual:abc123");
        ASSERT_TRUE(manual.ok());
        EXPECT_EQ(manual->name, "Dr Martin");
        // Columns added by version 3 read as an establishment placed exactly.
        EXPECT_EQ(manual->person, "");
        EXPECT_EQ(manual->positionPrecision, PositionPrecision::Exact);
        auto near = d.nearby({{45.43, 4.39}, std::nullopt, 5, {}});
        ASSERT_TRUE(near.ok());
        EXPECT_EQ(near->size(), 2u);
        auto text = d.search({"martin", std::nullopt, 5, {}});
        ASSERT_TRUE(text.ok());
        EXPECT_EQ(text->size(), 1u);
        auto stats = d.stats();
        ASSERT_TRUE(stats.ok());
        EXPECT_EQ(stats->sources.front().importedAt, "2026-05-13T08:00:00Z");
        // The new table is there and works, empty: the structures' centre answers.
        auto found = find(d, "st etienne");
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0].positionOrigin, CommunePosition::StructuresCentre);
        ASSERT_TRUE(d.replaceCommunes({"laposte", "", "", 0}, someCommunes()).ok());
        EXPECT_EQ(find(d, "st etienne")[0].insee, "42218");
        ASSERT_TRUE(d.removeManual("manual:abc123").ok());
    }
    // Opened again: already version 3, nothing to do, nothing lost.
    auto again = open();
    EXPECT_EQ(userVersion(file), 3);
    EXPECT_EQ(find(again, "42000")[0].insee, "42218");
    EXPECT_TRUE(again.get("finess:420000013").ok());
}

TEST_F(CommunesTest, RefusesAFileOfANewerSchemaAndLeavesItUntouched) {
    { auto d = open(); }
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "directory.sqlite").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version = 4", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    const std::string before = test::readFile(dir / "directory.sqlite");
    auto newer = Directory::open(dir / "directory.sqlite");
    ASSERT_FALSE(newer.ok());
    EXPECT_NE(newer.error().message.find("newer version"), std::string::npos);
    EXPECT_EQ(test::readFile(dir / "directory.sqlite"), before);
    EXPECT_EQ(userVersion(dir / "directory.sqlite"), 4);
}
