// Importing the Annuaire Santé into the directory: placed at the address (BAN) or the
// commune, replaced all or nothing, found by specialty.
#include <gtest/gtest.h>

#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "rpps_fixture.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using namespace parcours::directory;
using parcours::test::TempDir;

namespace {

struct RppsImportTest : ::testing::Test {
    TempDir dir;
    Directory d = [this] {
        auto opened = Directory::open(dir / "directory.sqlite");
        EXPECT_TRUE(opened.ok());
        return std::move(opened).value();
    }();

    void SetUp() override {
        test::writeFile(dir / "laposte.csv", std::string(test::kLyonCommunes));
        test::writeFile(dir / "adresses-69.csv", test::banFixture());
        test::writeFile(dir / "PS_LibreAcces_Personne_activite_202611230800.txt",
                        test::rppsFixture());
        ASSERT_TRUE(
            importFiles(d, test::importRequest({dir / "laposte.csv"}, SourceFormat::LaPoste)).ok());
    }
    ImportRequest rpps(bool withAddresses = true) {
        ImportRequest r;
        r.files = {dir / "PS_LibreAcces_Personne_activite_202611230800.txt"};
        if (withAddresses) r.addresses = {dir / "adresses-69.csv"};
        return r;
    }
};

}  // namespace

TEST_F(RppsImportTest, PlacesAtTheAddressElseAtTheCommune) {
    std::uint64_t lastDone = 0, lastTotal = 1;
    auto request = rpps();
    request.progress = [&](std::uint64_t done, std::uint64_t total) {
        lastDone = done;
        lastTotal = total;
    };
    auto outcome = importFiles(d, request);  // the format told by the header
    ASSERT_TRUE(outcome.ok()) << outcome.error().message;
    EXPECT_EQ(outcome->source, "rpps");
    EXPECT_EQ(outcome->imported, 5u);
    EXPECT_EQ(outcome->placedAtAddress, 3u);
    EXPECT_EQ(outcome->placedAtCommune, 1u);
    EXPECT_EQ(outcome->report.withoutPosition, 1u);
    EXPECT_EQ(outcome->addressesLoaded, 5u);
    EXPECT_EQ(outcome->report.extractionDate, "2026-11-23");
    EXPECT_EQ(lastDone, lastTotal);

    auto address = d.get("rpps:10000000001-S1001");
    ASSERT_TRUE(address.ok());
    EXPECT_EQ(address->positionPrecision, PositionPrecision::Address);
    ASSERT_TRUE(address->position);
    EXPECT_NEAR(address->position->lat, 45.75210, 1e-5);
    EXPECT_EQ(address->person, "10000000001");

    auto commune = d.get("rpps:10000000001-S1002");
    ASSERT_TRUE(commune.ok());
    EXPECT_EQ(commune->positionPrecision, PositionPrecision::Commune);
    ASSERT_TRUE(commune->position);
    EXPECT_NEAR(commune->position->lat, 45.7457, 1e-6);  // LYON 07 in La Poste's file
    EXPECT_EQ(commune->person, "10000000001");

    auto cut = d.get("rpps:10000000003-S1003");
    ASSERT_TRUE(cut.ok());
    EXPECT_EQ(cut->positionPrecision, PositionPrecision::Address);

    EXPECT_FALSE(d.get("rpps:10000000006-S1006")->position);

    // Without the BAN, every practice is at its commune.
    auto noBan = importFiles(d, rpps(false));
    ASSERT_TRUE(noBan.ok());
    EXPECT_EQ(noBan->placedAtAddress, 0u);
    EXPECT_EQ(noBan->placedAtCommune, 4u);
    EXPECT_EQ(d.get("rpps:10000000001-S1001")->positionPrecision, PositionPrecision::Commune);
}

TEST_F(RppsImportTest, NearbyFindsGeneralPractitionersBySpecialty) {
    ASSERT_TRUE(importFiles(d, rpps()).ok());
    NearbyQuery q;
    q.at = {45.7457, 4.8422};
    q.limit = 10;
    q.filter.kinds = {Kind::Practice};
    q.filter.specialty = "Médecine Générale";
    auto hits = d.nearby(q);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 3u);  // Claire MOREAU twice, Paul DURAND; not the psychiatrist
    for (const auto& h : *hits) {
        EXPECT_FALSE(h.structure.phone.empty());
        EXPECT_NE(h.structure.person, "");
    }
    q.filter.specialty = "medecine generale";
    EXPECT_EQ(d.nearby(q)->size(), 3u);

    SearchQuery s;
    s.text = "moreau";
    s.filter.specialty = "Médecine Générale";
    EXPECT_EQ(d.search(s)->size(), 2u);
    s.filter.specialty = "Psychiatrie";
    EXPECT_EQ(d.search(s)->size(), 0u);
}

TEST_F(RppsImportTest, AFailedReimportLeavesThePreviousOne) {
    ASSERT_TRUE(importFiles(d, rpps()).ok());
    test::writeFile(dir / "bad.txt", test::rppsFixture("8|10000000099|short|\n"));
    ImportRequest strict;
    strict.files = {dir / "bad.txt"};
    strict.format = SourceFormat::Rpps;
    strict.strict = true;
    auto failed = importFiles(d, strict);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(failed.error().message, "bad.txt:9: 3 columns, not 52");
    EXPECT_EQ(d.stats()->structures, 5u);
    EXPECT_EQ(d.get("rpps:10000000001-S1001")->positionPrecision, PositionPrecision::Address);

    // Lenient, the line is skipped and the rest replaces the old import.
    strict.strict = false;
    auto lenient = importFiles(d, strict);
    ASSERT_TRUE(lenient.ok());
    EXPECT_EQ(lenient->report.skipped, 1u);
    EXPECT_EQ(d.stats()->structures, 5u);
    EXPECT_EQ(d.get("rpps:10000000001-S1001")->positionPrecision, PositionPrecision::Commune);

    // A BAN file that is no BAN file: nothing changes either.
    auto wrongBan = rpps();
    wrongBan.addresses = {dir / "laposte.csv"};
    EXPECT_FALSE(importFiles(d, wrongBan).ok());
    EXPECT_EQ(d.stats()->structures, 5u);
    // Addresses place practitioners only.
    ImportRequest finess;
    finess.files = {dir / "laposte.csv"};
    finess.addresses = {dir / "adresses-69.csv"};
    EXPECT_EQ(importFiles(d, finess).error().kind, ErrorKind::Usage);
}
