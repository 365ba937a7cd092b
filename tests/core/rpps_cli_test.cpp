// The done-when, end to end: practitioners imported with their BAN addresses, then
// `nearby --in 69007 --kind practice --specialty "Médecine Générale"` lists the GPs with
// their phones and how precisely each is placed.
#include <gtest/gtest.h>

#include "json/json_reader.hpp"
#include "rpps_fixture.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;

namespace {

struct RppsCliTest : test::CliFixture {
    void importAll() {
        test::writeFile(dir / "laposte.csv", std::string(test::kLyonCommunes));
        test::writeFile(dir / "adresses-69.csv", test::banFixture());
        test::writeFile(dir / "ps.txt", test::rppsFixture());
        ASSERT_EQ(run({"directory", "import", "--db", db, (dir / "laposte.csv").string()}).exitCode,
                  0);
        auto r = run({"directory", "import", "--db", db, "--source", "rpps", "--addresses",
                      (dir / "adresses-69.csv").string(), "--json", (dir / "ps.txt").string()});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        auto v = parseJson(r.out);
        EXPECT_EQ(v.find("source")->asString(), "rpps");
        EXPECT_EQ(v.find("imported")->asNumber(), 5);
        EXPECT_EQ(v.find("placed_at_address")->asNumber(), 3);
        EXPECT_EQ(v.find("placed_at_commune")->asNumber(), 1);
        EXPECT_EQ(v.find("without_position")->asNumber(), 1);
    }
};

}  // namespace

TEST_F(RppsCliTest, NearbyInAPostcodeListsGeneralPractitionersWithPhonesAndPrecision) {
    importAll();
    auto r = run({"directory", "nearby", "--db", db, "--in", "69007", "--kind", "practice",
                  "--specialty", "Médecine Générale", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    ASSERT_EQ(v.items().size(), 3u);
    int address = 0, commune = 0;
    for (const auto& hit : v.items()) {
        EXPECT_EQ(hit.find("specialty")->asString(), "Médecine Générale");
        EXPECT_EQ(hit.find("phone")->asString().size(), 10u);
        EXPECT_EQ(hit.find("kind")->asString(), "practice");
        const std::string_view precision = hit.find("position_precision")->asString();
        address += precision == "address";
        commune += precision == "commune";
        EXPECT_FALSE(hit.find("person")->asString().empty());
    }
    EXPECT_EQ(address, 2);
    EXPECT_EQ(commune, 1);

    auto text = run({"directory", "nearby", "--db", db, "--in", "69007", "--kind", "practice",
                     "--specialty", "Médecine Générale"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Dr Claire MOREAU  [Cabinet · Médecine Générale]"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("0478000001 · position précise"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("0478000002 · position de la commune"), std::string::npos) << text.out;

    auto show = run({"directory", "show", "--db", db, "rpps:10000000001-S1002"});
    EXPECT_NE(show.out.find("(position de la commune)"), std::string::npos) << show.out;
}

TEST_F(RppsCliTest, SearchFiltersBySpecialty) {
    importAll();
    auto r =
        run({"directory", "search", "--db", db, "petit", "--specialty", "psychiatrie", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    ASSERT_EQ(v.items().size(), 1u);
    EXPECT_EQ(v.items()[0].find("name")->asString(), "Dr Anne PETIT");
    EXPECT_EQ(v.items()[0].find("position_precision")->asString(), "address");
}

TEST_F(RppsCliTest, AMalformedLineIsNamedAndFatalWithStrict) {
    test::writeFile(dir / "ps.txt", test::rppsFixture("8|1234|short|\n"));
    auto lenient = run({"directory", "import", "--db", db, (dir / "ps.txt").string()});
    ASSERT_EQ(lenient.exitCode, 0) << lenient.err;
    EXPECT_NE(lenient.err.find("ps.txt:9: skipped: 3 columns, not 52"), std::string::npos)
        << lenient.err;
    auto strict = run({"directory", "import", "--db", db, "--strict", "--source", "rpps",
                       (dir / "ps.txt").string()});
    EXPECT_EQ(strict.exitCode, 3);
    EXPECT_NE(strict.err.find("ps.txt:9: 3 columns, not 52"), std::string::npos) << strict.err;

    auto progress =
        run({"directory", "import", "--db", db, "--progress", (dir / "ps.txt").string()});
    ASSERT_EQ(progress.exitCode, 0);
    EXPECT_NE(progress.err.find("100% ("), std::string::npos) << progress.err;
}
