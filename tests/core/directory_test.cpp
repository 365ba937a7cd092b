// The directory database: spatial queries against brute force, text search, atomic
// replacement of a source, refusing files that are not ours.
#include "parcours/directory/directory.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <random>

#include "support/temp_dir.hpp"

using namespace parcours;
using namespace parcours::directory;
using parcours::test::TempDir;

namespace {

Structure make(std::string source, std::string id, Kind kind, std::string name,
               std::optional<geo::LatLon> at, std::string city = "LYON") {
    Structure s;
    s.source = std::move(source);
    s.sourceId = std::move(id);
    s.kind = kind;
    s.name = std::move(name);
    s.city = std::move(city);
    s.address = "1 RUE DE LA REPUBLIQUE";
    s.postcode = "69001";
    s.position = at;
    return s;
}

// Random structures over metropolitan France, denser around a few cities, as real ones are.
std::vector<Structure> randomStructures(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    const std::vector<geo::LatLon> cities{{48.8566, 2.3522},
                                          {45.7578, 4.8320},
                                          {43.2965, 5.3698},
                                          {45.4397, 4.3872},
                                          {44.8378, -0.5792}};
    std::uniform_real_distribution<double> lat(42.5, 51.0), lon(-4.5, 7.5);
    std::normal_distribution<double> spread(0, 0.08);
    std::uniform_int_distribution<std::size_t> pickCity(0, cities.size() - 1);
    std::uniform_int_distribution<std::size_t> pickKind(0, allKinds().size() - 1);
    std::vector<Structure> out;
    for (std::size_t i = 0; i < n; ++i) {
        geo::LatLon p;
        if (i % 3 == 0) {
            p = {lat(rng), lon(rng)};
        } else {
            auto c = cities[pickCity(rng)];
            p = {c.lat + spread(rng), c.lon + spread(rng)};
        }
        out.push_back(make("finess", std::to_string(100000000 + i), allKinds()[pickKind(rng)],
                           "STRUCTURE " + std::to_string(i), p));
    }
    return out;
}

std::vector<std::string> ids(const std::vector<Hit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(h.structure.id());
    return out;
}

struct DirectoryTest : ::testing::Test {
    TempDir dir;
    Directory open() {
        auto d = Directory::open(dir / "directory.sqlite");
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
        return std::move(d).value();
    }
};

}  // namespace

TEST_F(DirectoryTest, NearestMatchesBruteForceEverywhere) {
    auto d = open();
    const auto all = randomStructures(5000, 7);
    ASSERT_TRUE(d.replaceSource({"finess", "random.csv", "2026-05-12", 0}, all).ok());

    std::mt19937 rng(99);
    std::uniform_real_distribution<double> lat(42.5, 51.0), lon(-4.5, 7.5);
    for (int q = 0; q < 200; ++q) {
        NearbyQuery query;
        query.at = q % 2 ? geo::LatLon{lat(rng), lon(rng)}
                         : geo::LatLon{45.7578 + (q % 7) * 0.01, 4.8320 - (q % 5) * 0.01};
        query.limit = 20;
        if (q % 4 == 1) query.radiusMetres = 10'000;
        if (q % 5 == 2) query.filter.kinds = {Kind::Msp, Kind::Hospital};

        std::vector<std::pair<double, std::string>> expected;
        for (const auto& s : all) {
            if (query.filter.kinds.empty()
                    ? !isCareKind(s.kind)
                    : std::find(query.filter.kinds.begin(), query.filter.kinds.end(), s.kind) ==
                          query.filter.kinds.end())
                continue;
            const double dist = geo::distanceMetres(query.at, *s.position);
            if (query.radiusMetres && dist > *query.radiusMetres) continue;
            expected.emplace_back(dist, s.id());
        }
        std::sort(expected.begin(), expected.end());
        expected.resize(std::min<std::size_t>(expected.size(), query.limit));

        auto hits = d.nearby(query);
        ASSERT_TRUE(hits.ok()) << hits.error().message;
        ASSERT_EQ(hits->size(), expected.size()) << "query " << q;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            EXPECT_EQ((*hits)[i].structure.id(), expected[i].second)
                << "query " << q << " rank " << i;
            EXPECT_NEAR(*(*hits)[i].distanceMetres, expected[i].first, 1e-6);
        }
    }
}

TEST_F(DirectoryTest, NearbyFindsFarAnswersWhenNothingIsClose) {
    auto d = open();
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0}, {make("osm", "node/1", Kind::Practice,
                                                          "CABINET ISOLE", geo::LatLon{48.0, 2.0})})
                    .ok());
    auto hits = d.nearby({{43.0, 6.0}, std::nullopt, 5, {}});
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_GT(*(*hits)[0].distanceMetres, 500'000);
    auto none = d.nearby({{43.0, 6.0}, 50'000.0, 5, {}});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}

TEST_F(DirectoryTest, BoxHoldsExactlyWhatIsInside) {
    auto d = open();
    const auto all = randomStructures(3000, 3);
    ASSERT_TRUE(d.replaceSource({"finess", "", "", 0}, all).ok());
    BoxQuery query;
    query.box = {45.6, 4.7, 45.9, 5.0};
    query.limit = 100000;
    query.filter.kinds = {allKinds().begin(), allKinds().end()};
    auto hits = d.inBox(query);
    ASSERT_TRUE(hits.ok());
    std::size_t inside = 0;
    for (const auto& s : all)
        if (s.position->lat >= 45.6 && s.position->lat <= 45.9 && s.position->lon >= 4.7 &&
            s.position->lon <= 5.0)
            ++inside;
    EXPECT_EQ(hits->size(), inside);
    EXPECT_GT(inside, 50u);
    for (std::size_t i = 1; i < hits->size(); ++i)
        EXPECT_LE(*(*hits)[i - 1].distanceMetres, *(*hits)[i].distanceMetres);
}

TEST_F(DirectoryTest, SearchFoldsAccentsAndMatchesPrefixes) {
    auto d = open();
    std::vector<Structure> list{
        make("finess", "420000001", Kind::Hospital, "CHU DE SAINT-ÉTIENNE",
             geo::LatLon{45.43, 4.39}, "SAINT-ÉTIENNE"),
        make("finess", "690000001", Kind::Msp, "Maison de santé des Pentes",
             geo::LatLon{45.77, 4.83}),
        make("finess", "690000002", Kind::Pharmacy, "PHARMACIE DU PARC", geo::LatLon{45.76, 4.85}),
        make("finess", "690000003", Kind::Other, "EHPAD LES LILAS", std::nullopt),
    };
    ASSERT_TRUE(d.replaceSource({"finess", "", "", 0}, list).ok());

    auto q = [&](std::string text) {
        SearchQuery query;
        query.text = std::move(text);
        auto hits = d.search(query);
        EXPECT_TRUE(hits.ok()) << hits.error().message;
        return ids(*hits);
    };
    EXPECT_EQ(q("saint etienne"), std::vector<std::string>{"finess:420000001"});
    EXPECT_EQ(q("St-Étienne chu"), std::vector<std::string>{});  // every word must match
    EXPECT_EQ(q("etien"), std::vector<std::string>{"finess:420000001"});
    EXPECT_EQ(q("MAISON SANTE"), std::vector<std::string>{"finess:690000001"});
    EXPECT_EQ(q("pharm"), std::vector<std::string>{"finess:690000002"});
    EXPECT_EQ(q("lilas"), std::vector<std::string>{"finess:690000003"});  // search sees Other
    // FTS5 syntax in the input is plain text, never an error.
    EXPECT_TRUE(q("\"parc* AND OR NOT (").empty());
    EXPECT_EQ(q("parc NEAR"), std::vector<std::string>{});
    SearchQuery empty;
    empty.text = " -*- ";
    EXPECT_FALSE(d.search(empty).ok());
}

TEST_F(DirectoryTest, SearchNearRanksByDistance) {
    auto d = open();
    std::vector<Structure> list{
        make("osm", "node/1", Kind::Pharmacy, "Pharmacie Nord", geo::LatLon{45.80, 4.83}),
        make("osm", "node/2", Kind::Pharmacy, "Pharmacie Centre", geo::LatLon{45.76, 4.83}),
        make("osm", "node/3", Kind::Pharmacy, "Pharmacie Sans Position", std::nullopt),
        make("osm", "node/4", Kind::Pharmacy, "Pharmacie Sud", geo::LatLon{45.70, 4.83}),
    };
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0}, list).ok());
    SearchQuery query;
    query.text = "pharmacie";
    query.near = geo::LatLon{45.71, 4.83};
    auto hits = d.search(query);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(ids(*hits),
              (std::vector<std::string>{"osm:node/4", "osm:node/2", "osm:node/1", "osm:node/3"}));
    EXPECT_FALSE((*hits)[3].distanceMetres.has_value());
}

TEST_F(DirectoryTest, FiltersBySpecialtyAndEmergency) {
    auto d = open();
    auto gp = make("osm", "node/1", Kind::Practice, "Dr A", geo::LatLon{45.76, 4.83});
    gp.specialty = "general;paediatrics";
    auto gyn = make("osm", "node/2", Kind::Practice, "Dr B", geo::LatLon{45.761, 4.83});
    gyn.specialty = "Gynécologie";
    auto er = make("osm", "node/3", Kind::Hospital, "Hôpital", geo::LatLon{45.762, 4.83});
    er.emergency = true;
    auto noEr = make("osm", "node/4", Kind::Hospital, "Clinique", geo::LatLon{45.763, 4.83});
    noEr.emergency = false;
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0}, {gp, gyn, er, noEr}).ok());

    NearbyQuery query{{45.76, 4.83}, std::nullopt, 10, {}};
    query.filter.specialty = "paediatrics";
    EXPECT_EQ(ids(*d.nearby(query)), std::vector<std::string>{"osm:node/1"});
    query.filter.specialty = "gynecologie";
    EXPECT_EQ(ids(*d.nearby(query)), std::vector<std::string>{"osm:node/2"});
    query.filter = {};
    query.filter.emergencyOnly = true;
    EXPECT_EQ(ids(*d.nearby(query)), std::vector<std::string>{"osm:node/3"});
    auto got = d.get("osm:node/4");
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->emergency, std::optional<bool>(false));
    EXPECT_FALSE(d.get("osm:node/99").ok());
    EXPECT_EQ(d.get("osm:node/99").error().kind, ErrorKind::NotFound);
}

// A GP is "Médecine Générale" in the Annuaire Santé, "general" in OpenStreetMap and
// "généraliste" when typed by hand: asking for any of them finds all three.
TEST_F(DirectoryTest, OneSpecialtyNamedThreeWaysIsFoundByAnyOfItsNames) {
    auto d = open();
    auto osm = make("osm", "node/1", Kind::Practice, "Dr A", geo::LatLon{45.76, 4.83});
    osm.specialty = "general;paediatrics";
    auto rpps = make("osm", "node/2", Kind::Practice, "Dr B", geo::LatLon{45.761, 4.83});
    rpps.specialty = "Médecine Générale";
    auto typed = make("osm", "node/3", Kind::Practice, "Dr C", geo::LatLon{45.762, 4.83});
    typed.specialty = "Médecin généraliste";
    auto other = make("osm", "node/4", Kind::Practice, "Dr D", geo::LatLon{45.763, 4.83});
    other.specialty = "Psychiatrie générale";
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0}, {osm, rpps, typed, other}).ok());

    const std::vector<std::string> gps{"osm:node/1", "osm:node/2", "osm:node/3"};
    for (const char* asked : {"Médecine Générale", "general", "generaliste", "GP"}) {
        NearbyQuery query{{45.76, 4.83}, std::nullopt, 10, {}};
        query.filter.specialty = asked;
        EXPECT_EQ(ids(*d.nearby(query)), gps) << asked;
    }
    // Free text that names no known specialty still matches as written, and only that.
    NearbyQuery query{{45.76, 4.83}, std::nullopt, 10, {}};
    query.filter.specialty = "paediatrics";
    EXPECT_EQ(ids(*d.nearby(query)), std::vector<std::string>{"osm:node/1"});
    query.filter.specialty = "psychiatre";
    EXPECT_EQ(ids(*d.nearby(query)), std::vector<std::string>{"osm:node/4"});
}

TEST_F(DirectoryTest, ReplacingASourceIsAllOrNothing) {
    auto d = open();
    ASSERT_TRUE(
        d.replaceSource({"finess", "old.csv", "2025-01-01", 0}, randomStructures(100, 1)).ok());
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0},
                                {make("osm", "node/1", Kind::Practice, "Dr A", geo::LatLon{45, 4})})
                    .ok());

    // A batch that fails half-way (the same id twice) must leave the old data in place.
    auto bad = randomStructures(50, 2);
    bad.push_back(bad.front());
    auto r = d.replaceSource({"finess", "bad.csv", "2026-01-01", 0}, bad);
    ASSERT_FALSE(r.ok());
    auto stats = d.stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->structures, 101u);
    EXPECT_EQ(stats->sources[0].files, "old.csv");
    SearchQuery old;
    old.text = "structure 99";
    EXPECT_EQ(d.search(old)->size(), 1u);

    // A good one replaces that source only.
    ASSERT_TRUE(
        d.replaceSource({"finess", "new.csv", "2026-05-12", 3}, randomStructures(30, 4)).ok());
    stats = d.stats();
    EXPECT_EQ(stats->structures, 31u);
    EXPECT_EQ(stats->sources[0].files, "new.csv");
    EXPECT_EQ(stats->sources[0].skipped, 3u);
    EXPECT_EQ(d.search(old)->size(), 0u);  // the text index forgot the old rows too
    EXPECT_TRUE(d.get("osm:node/1").ok());
}

TEST_F(DirectoryTest, ReadersSeeOldDataUntilTheImportCommits) {
    auto writer = open();
    ASSERT_TRUE(writer.replaceSource({"finess", "", "", 0}, randomStructures(10, 1)).ok());
    auto reader = Directory::open(dir / "directory.sqlite");
    ASSERT_TRUE(reader.ok());

    // Hold a write transaction open on a third connection, as an import in progress does.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "directory.sqlite").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(raw, "BEGIN IMMEDIATE; DELETE FROM structures;", nullptr, nullptr, nullptr),
        SQLITE_OK);
    EXPECT_EQ(reader->stats()->structures, 10u);
    ASSERT_EQ(sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
}

TEST_F(DirectoryTest, ManualEntriesAreAddedFoundAndRemoved) {
    auto d = open();
    Structure s;
    s.name = "Dr Martin, médecin généraliste";
    s.kind = Kind::Practice;
    s.position = geo::LatLon{45.76, 4.83};
    auto id = d.addManual(s);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id->rfind("manual:", 0), 0u);
    EXPECT_EQ(ids(*d.nearby({{45.76, 4.83}, 100.0, 5, {}})), std::vector<std::string>{*id});
    // Re-importing another source keeps them.
    ASSERT_TRUE(d.replaceSource({"finess", "", "", 0}, {}).ok());
    EXPECT_TRUE(d.get(*id).ok());
    ASSERT_TRUE(d.removeManual(*id).ok());
    EXPECT_FALSE(d.get(*id).ok());
    EXPECT_FALSE(d.removeManual(*id).ok());
    EXPECT_FALSE(d.removeManual("finess:010000024").ok());
    Structure nameless;
    EXPECT_FALSE(d.addManual(nameless).ok());
}

TEST_F(DirectoryTest, RefusesANewerSchemaAndLeavesItUntouched) {
    { auto d = open(); }
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "directory.sqlite").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    const std::string before = parcours::test::readFile(dir / "directory.sqlite");
    auto again = Directory::open(dir / "directory.sqlite");
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().message.find("newer version"), std::string::npos);
    EXPECT_EQ(parcours::test::readFile(dir / "directory.sqlite"), before);
}

TEST_F(DirectoryTest, RefusesFilesThatAreNotADirectory) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "other.sqlite").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    auto other = Directory::open(dir / "other.sqlite");
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().message.find("not a Parcours directory"), std::string::npos);

    parcours::test::writeFile(dir / "garbage.sqlite", std::string(4096, 'x'));
    auto garbage = Directory::open(dir / "garbage.sqlite");
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().kind, ErrorKind::Storage);
}

TEST_F(DirectoryTest, TheBulkBuiltSpatialIndexPassesSqlitesOwnCheck) {
    auto d = open();
    // Sizes around node capacity (51 cells) and tree heights 1, 2 and 3.
    for (std::size_t n : {0u, 1u, 51u, 52u, 2601u, 2602u, 20000u}) {
        ASSERT_TRUE(d.replaceSource({"finess", "", "", 0}, randomStructures(n, 5)).ok());
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open((dir / "directory.sqlite").c_str(), &raw), SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(raw,
                                     "SELECT rtreecheck('structures_geo'), "
                                     "(SELECT count(*) FROM structures_geo)",
                                     -1, &stmt, nullptr),
                  SQLITE_OK);
        ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
        EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok") << n;
        EXPECT_EQ(sqlite3_column_int64(stmt, 1), static_cast<std::int64_t>(n));
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }
    // The R*Tree module goes on updating the packed tree: add and remove by hand.
    Structure s;
    s.name = "Dr Après";
    s.kind = Kind::Practice;
    s.position = geo::LatLon{45.0, 4.0};
    auto id = d.addManual(s);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(ids(*d.nearby({{45.0, 4.0}, 10.0, 5, {}})), std::vector<std::string>{*id});
    ASSERT_TRUE(d.removeManual(*id).ok());
    EXPECT_TRUE(d.nearby({{45.0, 4.0}, 10.0, 5, {}})->empty());
}

TEST_F(DirectoryTest, AnOsmTwinOfAFinessStructureIsShownOnce) {
    auto d = open();
    auto twin = make("osm", "way/7", Kind::Hospital, "Hôpital (OSM)", geo::LatLon{45.7601, 4.8301});
    twin.finessRef = "690000001";
    auto orphan =
        make("osm", "way/8", Kind::Hospital, "Hôpital Fantôme", geo::LatLon{45.7602, 4.8302});
    orphan.finessRef = "690099999";  // not in FINESS: kept
    ASSERT_TRUE(d.replaceSource({"osm", "", "", 0}, {twin, orphan}).ok());
    NearbyQuery query{{45.76, 4.83}, 1000.0, 10, {}};
    EXPECT_EQ(ids(*d.nearby(query)), (std::vector<std::string>{"osm:way/7", "osm:way/8"}));

    ASSERT_TRUE(
        d.replaceSource({"finess", "", "", 0}, {make("finess", "690000001", Kind::Hospital,
                                                     "HOPITAL", geo::LatLon{45.7600, 4.8300})})
            .ok());
    EXPECT_EQ(ids(*d.nearby(query)), (std::vector<std::string>{"finess:690000001", "osm:way/8"}));
    SearchQuery search;
    search.text = "hopital";
    EXPECT_EQ(ids(*d.search(search)).size(), 2u);
    EXPECT_TRUE(d.get("osm:way/7").ok());  // still there, by its own id
}
