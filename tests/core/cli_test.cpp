// The `parcours` tool end to end, as scripts and people use it: a real process, real
// files, its JSON, its exit codes and its messages.
#include <gtest/gtest.h>

#include "datagen/finess_writer.hpp"
#include "json/json_reader.hpp"
#include "parcours/geo/projection.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;

namespace {

datagen::FinessEstablishment establishment(std::string finess, std::string categetab,
                                           std::string name, std::string city, std::string postcode,
                                           std::string dept) {
    datagen::FinessEstablishment e;
    e.nofinesset = finess;
    e.nofinessej = finess;
    e.rs = name;
    e.rslongue = name;
    e.numvoie = "12";
    e.typvoie = "RUE";
    e.voie = "DE LA REPUBLIQUE";
    e.commune = "123";
    e.departement = dept;
    e.ligneacheminement = postcode + " " + city;
    e.telephone = "0478000000";
    e.categetab = categetab;
    e.dateouv = "2020-01-01";
    e.datemaj = "2026-01-01";
    return e;
}

datagen::FinessGeolocation lambert93At(const std::string& finess, geo::LatLon p) {
    const auto xy = geo::fromWgs84(geo::lambert93(), p);
    char x[32], y[32];
    std::snprintf(x, sizeof x, "%.1f", xy.x);
    std::snprintf(y, sizeof y, "%.1f", xy.y);
    return {finess, x, y, "1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)",
            "2026-01-01"};
}

std::string finessFixture() {
    std::string f = datagen::finessFirstLine("2026-05-12");
    f += datagen::structureetLine(
        establishment("690000011", "603", "MAISON DE SANTÉ DES PENTES", "LYON", "69001", "69"));
    f += datagen::structureetLine(
        establishment("690000029", "620", "PHARMACIE BELLECOUR", "LYON", "69002", "69"));
    f += datagen::structureetLine(
        establishment("420000013", "101", "CHU DE SAINT-ÉTIENNE", "SAINT-ÉTIENNE", "42000", "42"));
    f += datagen::structureetLine(
        establishment("690000037", "500", "EHPAD LES LILAS", "LYON", "69003", "69"));
    f += datagen::geolocalisationLine(lambert93At("690000011", {45.7700, 4.8300}));
    f += datagen::geolocalisationLine(lambert93At("690000029", {45.7578, 4.8320}));
    f += datagen::geolocalisationLine(lambert93At("420000013", {45.4397, 4.3872}));
    f += datagen::geolocalisationLine(lambert93At("690000037", {45.7580, 4.8330}));
    return f;
}

constexpr std::string_view kOsmFixture = R"({"version":0.6,"elements":[
{"type":"node","id":1,"lat":45.7590,"lon":4.8325,"tags":{"amenity":"doctors","name":"Dr Rivière",
 "healthcare:speciality":"general","addr:city":"Lyon"}},
{"type":"way","id":2,"center":{"lat":45.7600,"lon":4.8400},"tags":{"amenity":"hospital",
 "name":"Hôpital Fictif","emergency":"yes"}},
{"type":"node","id":3,"lat":45.76,"lon":4.83,"tags":{"amenity":"bench"}}
]})";

struct CliTest : test::CliFixture {
    void importFixtures() {
        test::writeFile(dir / "finess.csv", finessFixture());
        test::writeFile(dir / "osm.json", std::string(kOsmFixture));
        ASSERT_EQ(run({"directory", "import", "--db", db, (dir / "finess.csv").string()}).exitCode,
                  0);
        ASSERT_EQ(run({"directory", "import", "--db", db, (dir / "osm.json").string()}).exitCode,
                  0);
    }
};

}  // namespace

TEST_F(CliTest, ImportReportsWhatItRead) {
    test::writeFile(dir / "finess.csv", finessFixture());
    auto r = run({"directory", "import", "--db", db, "--json", (dir / "finess.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    EXPECT_EQ(v.find("source")->asString(), "finess");
    EXPECT_EQ(v.find("imported")->asNumber(), 4);
    EXPECT_EQ(v.find("skipped")->asNumber(), 0);
    EXPECT_EQ(v.find("extraction_date")->asString(), "2026-05-12");
    EXPECT_EQ(v.find("encoding")->asString(), "UTF-8");
}

TEST_F(CliTest, NearbyAnswersNearestFirstWithTheDocumentedFields) {
    importFixtures();
    auto r = run({"directory", "nearby", "--db", db, "--at", "45.7578,4.8320", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    ASSERT_TRUE(v.isArray());
    ASSERT_EQ(v.items().size(), 5u);  // the EHPAD (other) and the bench are left out
    const auto& first = v.items()[0];
    EXPECT_EQ(first.find("id")->asString(), "finess:690000029");
    EXPECT_LT(first.find("distance_m")->asNumber(), 1.0);  // projected and back, to the metre
    for (const char* key : {"id", "source", "source_id", "kind", "name", "address", "postcode",
                            "city", "phone", "lat", "lon", "distance_m"})
        EXPECT_NE(first.find(key), nullptr) << key;
    double previous = 0;
    for (const auto& item : v.items()) {
        EXPECT_GE(item.find("distance_m")->asNumber(), previous);
        previous = item.find("distance_m")->asNumber();
    }

    auto within = run({"directory", "nearby", "--db", db, "--at", "45.7578,4.8320", "--radius-km",
                       "5", "--kind", "hospital", "--json"});
    auto w = parseJson(within.out);
    ASSERT_EQ(w.items().size(), 1u);
    EXPECT_EQ(w.items()[0].find("id")->asString(), "osm:way/2");
    EXPECT_TRUE(w.items()[0].find("emergency")->asBool());

    auto other = run({"directory", "nearby", "--db", db, "--at", "45.7578,4.8320", "--kind",
                      "other", "--limit", "1", "--json"});
    EXPECT_EQ(parseJson(other.out).items()[0].find("name")->asString(), "EHPAD LES LILAS");
}

TEST_F(CliTest, SearchFoldsAccentsAndRanksByDistance) {
    importFixtures();
    auto r = run({"directory", "search", "--db", db, "saint", "etienne", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    ASSERT_EQ(v.items().size(), 1u);
    EXPECT_EQ(v.items()[0].find("name")->asString(), "CHU DE SAINT-ÉTIENNE");

    auto near = run({"directory", "search", "--db", db, "lyon", "--near", "45.76,4.84", "--json"});
    auto n = parseJson(near.out);
    ASSERT_GE(n.items().size(), 2u);
    EXPECT_LE(n.items()[0].find("distance_m")->asNumber(),
              n.items()[1].find("distance_m")->asNumber());

    auto text = run({"directory", "search", "--db", db, "riviere"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Dr Rivière"), std::string::npos);
}

TEST_F(CliTest, StatsCountsBySourceAndKind) {
    importFixtures();
    auto r = run({"directory", "stats", "--db", db, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    EXPECT_EQ(v.find("structures")->asNumber(), 6);
    EXPECT_EQ(v.find("sources")->items().size(), 2u);
    EXPECT_EQ(v.find("kinds")->find("msp")->asNumber(), 1);
    EXPECT_EQ(v.find("kinds")->find("hospital")->asNumber(), 2);
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{},
          {"directory"},
          {"directory", "nearby", "--db", db},
          {"directory", "nearby", "--db", db, "--at", "91,4"},
          {"directory", "nearby", "--db", db, "--at", "45.7,x"},
          {"directory", "nearby", "--db", db, "--at", "45,4", "--limit", "0"},
          {"directory", "nearby", "--db", db, "--at", "45,4", "--kind", "doctor"},
          {"directory", "nearby", "--db", db, "--at", "45,4", "--frobnicate"},
          {"directory", "import", "--db", db},
          {"directory", "search", "--db", db},
          {"directory", "fly"},
          {"fly"}}) {
        auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << testing::PrintToString(args);
        EXPECT_FALSE(r.err.empty());
    }
}

TEST_F(CliTest, AStrictImportOfABadFileSaysWhereAndChangesNothing) {
    importFixtures();
    const auto before = run({"directory", "stats", "--db", db, "--json"});
    std::string bad = finessFixture();
    bad.replace(bad.find("structureet;690000029"), 11, "structurezz");
    test::writeFile(dir / "bad.csv", bad);

    auto strict = run({"directory", "import", "--db", db, "--strict", (dir / "bad.csv").string()});
    EXPECT_EQ(strict.exitCode, 3);
    EXPECT_NE(strict.err.find("bad.csv:3"), std::string::npos) << strict.err;
    const auto after = run({"directory", "stats", "--db", db, "--json"});
    // Same structures and sources (import times included): nothing was written.
    EXPECT_EQ(after.out, before.out);

    auto lenient = run({"directory", "import", "--db", db, (dir / "bad.csv").string()});
    EXPECT_EQ(lenient.exitCode, 0);
    EXPECT_NE(lenient.err.find("bad.csv:3: skipped"), std::string::npos) << lenient.err;
    EXPECT_NE(lenient.out.find("Imported 3 structures"), std::string::npos) << lenient.out;

    test::writeFile(dir / "neither.txt", "hello");
    EXPECT_EQ(run({"directory", "import", "--db", db, (dir / "neither.txt").string()}).exitCode, 3);
    EXPECT_EQ(run({"directory", "import", "--db", db, (dir / "missing.csv").string()}).exitCode, 3);
    test::writeFile(dir / "broken.json", "{\"elements\": [");
    auto broken = run({"directory", "import", "--db", db, (dir / "broken.json").string()});
    EXPECT_EQ(broken.exitCode, 3);
    EXPECT_NE(broken.err.find("line 1"), std::string::npos) << broken.err;
}

TEST_F(CliTest, StorageFailuresExitWithFour) {
    auto r = run({"directory", "stats", "--db", (dir / "no" / "such" / "dir.sqlite").string()});
    EXPECT_EQ(r.exitCode, 4);
    test::writeFile(dir / "garbage.sqlite", std::string(8192, '\x42'));
    auto g = run({"directory", "stats", "--db", (dir / "garbage.sqlite").string()});
    EXPECT_EQ(g.exitCode, 4);
    EXPECT_FALSE(g.err.empty());
}

TEST_F(CliTest, ManualEntriesRoundTrip) {
    auto add = run({"directory", "add", "--db", db, "--name", "Dr Martin", "--kind", "practice",
                    "--at", "45.76,4.83", "--phone", "0478112233", "--json"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    const std::string id(parseJson(add.out).find("id")->asString());
    auto show = run({"directory", "show", "--db", db, id, "--json"});
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_EQ(parseJson(show.out).find("phone")->asString(), "0478112233");
    EXPECT_EQ(run({"directory", "remove", "--db", db, id}).exitCode, 0);
    EXPECT_EQ(run({"directory", "show", "--db", db, id}).exitCode, 3);
}
