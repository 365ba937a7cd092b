// `parcours directory import --source finess-json|finess-activites|sae-urgences` and
// `nearby --kind hospital-emergency` end to end: a real process, real files, its JSON.
#include <gtest/gtest.h>

#include "datagen/finess_json_writer.hpp"
#include "finess_json_fixture.hpp"
#include "json/json_reader.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;

namespace {

struct FinessJsonCliTest : test::CliFixture {};

std::string structures() {
    datagen::FinessJsonEntity e{"010780054", "CH DE BOURG", {}};
    e.sites.push_back(
        test::bourgSite("010000024", "CENTRE HOSPITALIER FLEYRIAT", "355", {46.2222, 5.20879}));
    e.sites.push_back(
        test::bourgSite("010000032", "CENTRE HOSPITALIER DE BELLEY", "355", {45.76121, 5.68498}));
    return datagen::finessStructuresJson({e});
}

}  // namespace

TEST_F(FinessJsonCliTest, ImportsTheJsonSourcesAndFindsTheEmergencyUnits) {
    auto r = run({"directory", "import", "--db", db, "--source", "finess-json", "--json",
                  file("structures.json", structures())});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    EXPECT_EQ(v.find("source")->asString(), "finess");
    EXPECT_EQ(v.find("imported")->asNumber(), 2);
    EXPECT_EQ(v.find("extraction_date")->asString(), "2026-06-01");
    EXPECT_EQ(v.find("emergency_marked")->asNumber(), 0);

    r = run({"directory", "import", "--db", db, "--source", "finess-activites",
             file("activites.json",
                  datagen::finessActivitiesJson({{"010780054", "010000024", {{"14", "23"}}}}))});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Imported 1 emergency sites into source finess-activites"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("1 structures marked as having an emergency unit"), std::string::npos);

    r = run({"directory", "nearby", "--db", db, "--at", "46.2,5.22", "--kind", "hospital-emergency",
             "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto hits = parseJson(r.out);
    ASSERT_EQ(hits.items().size(), 1u);
    EXPECT_EQ(hits.items()[0].find("id")->asString(), "finess:010000024");
    EXPECT_TRUE(hits.items()[0].find("emergency")->asBool());

    r = run({"directory", "stats", "--db", db, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(parseJson(r.out).find("with_emergency")->asNumber(), 1);
    r = run({"directory", "stats", "--db", db});
    EXPECT_NE(r.out.find("1 with an emergency unit"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("finess-activites: 1 emergency sites"), std::string::npos) << r.out;
}

TEST_F(FinessJsonCliTest, SaeUrgencesAndItsErrors) {
    ASSERT_EQ(run({"directory", "import", "--db", db, file("s.json", structures())}).exitCode, 0);
    const std::string sae = file("sae.csv",
                                 "nofinesset,nofinessej,autgen,autped,autsais\n"
                                 "010000032,010780062,1,0,0\n"
                                 ",010780054,1,0,0\n");
    auto r = run({"directory", "import", "--db", db, "--source", "sae-urgences", "--strict", sae});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("sae.csv:3: only the legal entity's FINESS number"), std::string::npos)
        << r.err;
    r = run({"directory", "import", "--db", db, "--json", sae});  // detected
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = parseJson(r.out);
    EXPECT_EQ(v.find("source")->asString(), "sae-urgences");
    EXPECT_EQ(v.find("skipped")->asNumber(), 1);
    EXPECT_EQ(v.find("emergency_marked")->asNumber(), 1);

    r = run({"directory", "import", "--db", db, "--source", "finess-xml", sae});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--source is finess, finess-json"), std::string::npos) << r.err;
}
