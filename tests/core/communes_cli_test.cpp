// `parcours directory communes` and `nearby --in` end to end: a real process, real files,
// its JSON, its exit codes and what it says on stderr.
#include <gtest/gtest.h>

#include "datagen/finess_writer.hpp"
#include "json/json_reader.hpp"
#include "parcours/geo/projection.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;

namespace {

constexpr std::string_view kLaPoste =
    "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;"
    "longitude\n"
    "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.4301235512;4.37913997076\n"
    "42218;SAINT ETIENNE;42100;;SAINT ETIENNE;45.4301235512;4.37913997076\n"
    "42218;SAINT ETIENNE;42100;ROCHETAILLEE;SAINT ETIENNE;45.4301235512;4.37913997076\n"
    "62746;SAINT ETIENNE AU MONT;62360;;SAINT ETIENNE AU MONT;50.6654827057;1.60186027547\n"
    "69381;LYON 01;69001;;LYON;45.7699284397;4.82922464978\n"
    "69382;LYON 02;69002;;LYON;45.7492560394;4.82617032549\n";

// Two structures in Saint-Étienne, one in Lyon, in a FINESS extraction.
std::string finessFixture() {
    struct Row {
        const char* finess;
        const char* name;
        const char* city;
        const char* postcode;
        geo::LatLon at;
    };
    const Row rows[] = {
        {"420000013", "CHU DE SAINT-ÉTIENNE", "SAINT ETIENNE", "42000", {45.4397, 4.3872}},
        {"420000021", "MAISON DE SANTE DU CRET", "SAINT ETIENNE", "42100", {45.4200, 4.4000}},
        {"690000029", "MAISON DE SANTE BELLECOUR", "LYON", "69002", {45.7578, 4.8320}},
    };
    std::string f = datagen::finessFirstLine("2026-05-12");
    for (const Row& r : rows) {
        datagen::FinessEstablishment e;
        e.nofinesset = e.nofinessej = r.finess;
        e.rs = e.rslongue = r.name;
        e.commune = "123";
        e.departement = std::string(r.finess).substr(0, 2);
        e.ligneacheminement = std::string(r.postcode) + " " + r.city;
        e.categetab = "603";
        e.dateouv = "2020-01-01";
        e.datemaj = "2026-01-01";
        f += datagen::structureetLine(e);
    }
    for (const Row& r : rows) {
        const auto xy = geo::fromWgs84(geo::lambert93(), r.at);
        char x[32], y[32];
        std::snprintf(x, sizeof x, "%.1f", xy.x);
        std::snprintf(y, sizeof y, "%.1f", xy.y);
        f += datagen::geolocalisationLine(
            {r.finess, x, y, "1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)",
             "2026-01-01"});
    }
    return f;
}

struct CommunesCliTest : test::CliFixture {
    void importStructures() {
        test::writeFile(dir / "finess.csv", finessFixture());
        auto r = run({"directory", "import", "--db", db, (dir / "finess.csv").string()});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    void importLaPoste() {
        test::writeFile(dir / "laposte.csv", std::string(kLaPoste));
        auto r = run({"directory", "import", "--db", db, "--json", (dir / "laposte.csv").string()});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        auto v = parseJson(r.out);
        EXPECT_EQ(v.find("source")->asString(), "laposte");
        EXPECT_EQ(v.find("imported")->asNumber(), 6);
    }
};

}  // namespace

TEST_F(CommunesCliTest, CommunesFindsByFoldedNameAndByPostcode) {
    importLaPoste();
    auto r = run({"directory", "communes", "--db", db, "st", "étienne", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    ASSERT_EQ(v.items().size(), 2u);
    const auto& first = v.items()[0];
    EXPECT_EQ(first.find("name")->asString(), "SAINT ETIENNE");
    EXPECT_EQ(first.find("insee")->asString(), "42218");
    ASSERT_EQ(first.find("postcodes")->items().size(), 2u);
    EXPECT_EQ(first.find("postcodes")->items()[0].asString(), "42000");
    EXPECT_NEAR(first.find("lat")->asNumber(), 45.4301235512, 1e-9);
    EXPECT_EQ(first.find("position")->asString(), "commune");
    EXPECT_EQ(v.items()[1].find("name")->asString(), "SAINT ETIENNE AU MONT");

    auto limited = run({"directory", "communes", "--db", db, "Saint-Étienne", "--limit", "1"});
    ASSERT_EQ(limited.exitCode, 0);
    EXPECT_EQ(limited.out,
              "SAINT ETIENNE (42000, 42100), INSEE 42218, 45.43012,4.37914, position de la "
              "commune\n");

    auto byPostcode = run({"directory", "communes", "--db", db, "69", "--json"});
    auto p = parseJson(byPostcode.out);
    ASSERT_EQ(p.items().size(), 2u);
    EXPECT_EQ(p.items()[0].find("name")->asString(), "LYON 01");

    auto none = run({"directory", "communes", "--db", db, "paris", "--json"});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_EQ(parseJson(none.out).items().size(), 0u);
    EXPECT_NE(none.err.find("no commune matches «paris»"), std::string::npos) << none.err;
}

TEST_F(CommunesCliTest, NearbyInACommuneOrAPostcodeSaysWhereItLooks) {
    importStructures();
    importLaPoste();
    for (const char* where : {"Saint-Étienne", "42000", "st etienne"}) {
        auto r = run({"directory", "nearby", "--db", db, "--in", where, "--json"});
        ASSERT_EQ(r.exitCode, 0) << where << ": " << r.err;
        EXPECT_NE(r.err.find("parcours: around SAINT ETIENNE (42000), position de la commune"),
                  std::string::npos)
            << r.err;
        auto v = parseJson(r.out);
        ASSERT_EQ(v.items().size(), 3u);
        // Distances from La Poste's position of the commune, not from a structure.
        EXPECT_EQ(v.items()[0].find("id")->asString(), "finess:420000013");
        EXPECT_EQ(v.items()[1].find("id")->asString(), "finess:420000021");
        EXPECT_GT(v.items()[0].find("distance_m")->asNumber(), 1000);
        EXPECT_EQ(v.items()[2].find("id")->asString(), "finess:690000029");
    }
    auto postcode = run({"directory", "nearby", "--db", db, "--in", "42100", "--radius-km", "5"});
    EXPECT_EQ(postcode.exitCode, 0);
    EXPECT_NE(postcode.err.find("around SAINT ETIENNE (42100)"), std::string::npos) << postcode.err;
    // A former commune (ligne 5) leads to the commune it is now part of.
    auto former = run({"directory", "nearby", "--db", db, "--in", "Rochetaillée"});
    EXPECT_EQ(former.exitCode, 0);
    EXPECT_NE(former.err.find("around SAINT ETIENNE (42100)"), std::string::npos) << former.err;
}

TEST_F(CommunesCliTest, WithoutLaPosteNearbyUsesTheCentreOfTheKnownStructures) {
    importStructures();
    auto r = run({"directory", "nearby", "--db", db, "--in", "saint etienne", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("centre des structures connues"), std::string::npos) << r.err;
    auto c = run({"directory", "communes", "--db", db, "42", "--json"});
    auto v = parseJson(c.out);
    ASSERT_EQ(v.items().size(), 2u);  // 42000 and 42100, one structure each
    EXPECT_EQ(v.items()[0].find("position")->asString(), "structures");
    EXPECT_EQ(v.items()[0].find("insee")->asString(), "");
    EXPECT_NEAR(v.items()[0].find("lat")->asNumber(), 45.4397, 1e-6);
}

TEST_F(CommunesCliTest, BadCommuneQueriesExitWithTheDocumentedCodes) {
    importLaPoste();
    auto none = run({"directory", "nearby", "--db", db, "--in", "Atlantis"});
    EXPECT_EQ(none.exitCode, 3);
    EXPECT_NE(none.err.find("no commune matches «Atlantis»"), std::string::npos) << none.err;
    EXPECT_TRUE(none.out.empty());

    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"directory", "nearby", "--db", db, "--in", "42000", "--at",
                                   "45,4"},
          {"directory", "nearby", "--db", db, "--in", "4"},
          {"directory", "nearby", "--db", db, "--in", "---"},
          {"directory", "communes", "--db", db},
          {"directory", "communes", "--db", db, "lyon", "--limit", "0"},
          {"directory", "import", "--db", db, "--source", "poste", "x.csv"}}) {
        auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << testing::PrintToString(args);
        EXPECT_FALSE(r.err.empty());
    }

    test::writeFile(dir / "finess.csv", finessFixture());
    auto wrong = run(
        {"directory", "import", "--db", db, "--source", "laposte", (dir / "finess.csv").string()});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_NE(wrong.err.find("finess.csv:1: not La Poste's"), std::string::npos) << wrong.err;
}
