// Emergency units: the SAE URGENCES table and the FINESS activities mark FINESS
// structures, whichever was imported first, and a re-import without a site unmarks it.
#include <gtest/gtest.h>

#include <algorithm>

#include "datagen/finess_json_writer.hpp"
#include "directory/sae_reader.hpp"
#include "finess_json_fixture.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using parcours::test::importRequest;
using namespace parcours::directory;
using parcours::test::bourgSite;
using parcours::test::TempDir;

namespace {

constexpr geo::LatLon kBourg{46.2052, 5.2255};

// A hospital and a clinic with emergency units (in SAE 2020), a hospital without, an MSP.
std::string structuresJson() {
    datagen::FinessJsonEntity e{"010780054", "CH DE BOURG", {}};
    e.sites.push_back(
        bourgSite("010000024", "CENTRE HOSPITALIER FLEYRIAT", "355", {46.2222, 5.20879}));
    e.sites.push_back(
        bourgSite("010780195", "CLINIQUE DOCTEUR CONVERT", "365", {46.21153, 5.2536}));
    e.sites.push_back(
        bourgSite("010000032", "CENTRE HOSPITALIER DE BELLEY", "355", {45.76121, 5.68498}));
    e.sites.push_back(bourgSite("010000040", "MSP DE BOURG", "603", {46.2, 5.22}));
    return datagen::finessStructuresJson({e});
}

std::string saeCsv(bool withClinic) {
    std::string csv =
        "nofinesset,nofinessej,name,city,postcode,lat,lon,facility_type,public_private,autgen,"
        "autped,autsais\n"
        "010000024,010780054,CENTRE HOSPITALIER FLEYRIAT,VIRIAT,01440,46.2222,5.20879,"
        "Centre Hospitalier (C.H.),public,1,1,0\n";
    if (withClinic)
        csv +=
            "10780195,010000156,\"CLINIQUE DOCTEUR CONVERT, BOURG\",BOURG EN BRESSE,01000,"
            "46.21153,5.2536,Etablissement de Soins Pluridisciplinaire,,1,0,0\n";
    return csv;
}

std::string activitiesJson(bool withHospital) {
    std::vector<datagen::FinessJsonActivitySite> sites{
        {"010000156", "010780195", {{"14", "23"}}},
    };
    if (withHospital) sites.push_back({"010780054", "010000024", {{"14", "24"}}});
    return datagen::finessActivitiesJson(sites);
}

struct EmergencySitesTest : ::testing::Test {
    TempDir dir;
    Directory directory = std::move(Directory::open(dir / "directory.sqlite")).value();

    ImportOutcome import(const std::string& name, const std::string& content,
                         std::optional<SourceFormat> format = std::nullopt) {
        test::writeFile(dir / name, content);
        auto r = importFiles(directory, importRequest({dir / name}, format));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
        return r.ok() ? std::move(r).value() : ImportOutcome{};
    }
    std::optional<bool> emergency(const std::string& finess) {
        auto s = directory.get("finess:" + finess);
        EXPECT_TRUE(s.ok()) << finess;
        return s.ok() ? s->emergency : std::nullopt;
    }
    // `nearby --kind hospital-emergency`: hospitals and clinics with an emergency unit.
    std::vector<std::string> emergencyNearby() {
        NearbyQuery q;
        q.at = kBourg;
        q.filter.kinds = {Kind::Hospital, Kind::Clinic};
        q.filter.emergencyOnly = true;
        auto hits = directory.nearby(q);
        EXPECT_TRUE(hits.ok());
        std::vector<std::string> ids;
        if (hits.ok())
            for (const Hit& h : *hits) ids.push_back(h.structure.id());
        std::sort(ids.begin(), ids.end());
        return ids;
    }
};

}  // namespace

TEST_F(EmergencySitesTest, SaeMarksStructuresImportedBeforeAndAfter) {
    import("structures.json", structuresJson());
    auto sae = import("urgences.csv", saeCsv(true));
    EXPECT_EQ(sae.source, "sae-urgences");  // detected from its header
    EXPECT_EQ(sae.imported, 2u);
    EXPECT_EQ(sae.emergencyMarked, 2u);
    EXPECT_EQ(emergency("010000024"), true);
    EXPECT_EQ(emergency("010780195"), true);  // its number lost its leading zero: padded
    EXPECT_EQ(emergency("010000032"), std::nullopt);
    EXPECT_EQ(emergencyNearby(),
              (std::vector<std::string>{"finess:010000024", "finess:010780195"}));

    // Structures re-imported after the sites: still marked.
    auto again = import("structures.json", structuresJson());
    EXPECT_EQ(again.emergencyMarked, 2u);
    EXPECT_EQ(emergency("010780195"), true);
    EXPECT_EQ(emergencyNearby().size(), 2u);
    auto stats = directory.stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->withEmergency, 2u);
}

TEST_F(EmergencySitesTest, SitesImportedFirstMarkTheStructuresWhenTheyCome) {
    import("activites.json", activitiesJson(true));
    import("structures.json", structuresJson());
    EXPECT_EQ(emergency("010000024"), true);
    EXPECT_EQ(emergency("010780195"), true);
    EXPECT_EQ(emergencyNearby().size(), 2u);
}

TEST_F(EmergencySitesTest, ReimportWithoutASiteUnmarksItUnlessAnotherSourceHasIt) {
    import("structures.json", structuresJson());
    import("urgences.csv", saeCsv(true));
    import("activites.json", activitiesJson(false));  // the clinic only
    EXPECT_EQ(emergency("010780195"), true);

    // SAE without the clinic: the activities still have it.
    import("urgences.csv", saeCsv(false));
    EXPECT_EQ(emergency("010780195"), true);
    // Activities without it either: unmarked, in the table and the spatial index.
    auto outcome =
        import("activites.json", datagen::finessActivitiesJson({}), SourceFormat::FinessActivities);
    EXPECT_EQ(outcome.emergencyMarked, 1u);
    EXPECT_EQ(emergency("010780195"), std::nullopt);
    EXPECT_EQ(emergency("010000024"), true);
    EXPECT_EQ(emergencyNearby(), (std::vector<std::string>{"finess:010000024"}));
}

TEST_F(EmergencySitesTest, ABadFileChangesNothing) {
    import("structures.json", structuresJson());
    import("urgences.csv", saeCsv(true));
    test::writeFile(dir / "bad.csv", saeCsv(false) + "0100,,X,,,,,,,1,0,0\n");
    auto r =
        importFiles(directory, importRequest({dir / "bad.csv"}, SourceFormat::SaeUrgences, true));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "bad.csv:3: malformed FINESS number \"0100\"");
    EXPECT_EQ(emergency("010780195"), true);
}

TEST(SaeReader, RefusesLegalEntityOnlyRowsAndKeepsAuthorisedSites) {
    const std::string csv =
        "FI;FI_EJ;RS;AUTGEN;AUTPED;AUTSAIS\n"
        "010000024;010780054;CH;1;0;0\n"
        ";010780054;CH SANS SITE;1;0;0\n"
        "010000032;010780062;PLUS AUTORISE;0;0;0\n"
        "690000029;;SAISON;0;0;1\n"
        "2A0000012;;PEDIATRIE;0;1;0\n";
    EXPECT_TRUE(looksLikeSaeUrgences(csv));
    ReadReport report;
    auto sites = readSaeUrgences(csv, ReadOptions{false, "sae.csv"}, report);
    ASSERT_TRUE(sites.ok()) << sites.error().message;
    ASSERT_EQ(sites->size(), 3u);
    EXPECT_EQ((*sites)[0].finess, "010000024");
    EXPECT_EQ((*sites)[0].label, "Urgences générales");
    EXPECT_EQ((*sites)[1].finess, "2A0000012");
    EXPECT_EQ((*sites)[1].label, "Urgences pédiatriques");
    EXPECT_EQ((*sites)[2].label, "Urgences saisonnières");
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 3u);
    EXPECT_EQ(report.problems[0].reason,
              "only the legal entity's FINESS number (nofinessej 010780054): a unit is placed "
              "by its site's number, nofinesset");
    EXPECT_EQ(report.records, 5u);

    ReadReport none;
    auto notSae = readSaeUrgences("name,city\nX,Y\n", ReadOptions{false, "x.csv"}, none);
    ASSERT_FALSE(notSae.ok());
    EXPECT_FALSE(looksLikeSaeUrgences("name,city\nX,Y\n"));
}
