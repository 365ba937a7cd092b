// Reading the Annuaire Santé extraction: header check, filtering, one site per person and
// site, malformed lines reported with their line and skipped (or fatal with strict).
#include "directory/rpps_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

#include "directory/rpps_fields.hpp"
#include "rpps_fixture.hpp"

using namespace parcours;
using namespace parcours::directory;

namespace {

struct Read {
    Result<void> result;
    ReadReport report;
    std::vector<PractitionerSite> sites;
};

Read read(const std::string& content, bool strict = false) {
    std::istringstream in(content);
    Read r{{}, {}, {}};
    r.result = readRpps(in, {strict, "ps.txt"}, r.report, [&](PractitionerSite& s) -> Result<void> {
        r.sites.push_back(s);
        return {};
    });
    return r;
}

const PractitionerSite* find(const Read& r, std::string_view sourceId) {
    for (const auto& s : r.sites)
        if (s.structure.sourceId == sourceId) return &s;
    return nullptr;
}

}  // namespace

TEST(RppsReader, GeneratorWritesTheDocumentedHeader) {
    const std::string header = datagen::rppsHeaderLine();
    std::string expected;
    for (auto name : rpps::kColumnNames) expected += std::string(name) + "|";
    EXPECT_EQ(header, expected + "\n");
    EXPECT_TRUE(looksLikeRpps(header));
    EXPECT_FALSE(looksLikeRpps("finess;etalab;111;2026-05-12"));
}

TEST(RppsReader, KeepsPatientsProfessionsOneStructurePerPersonAndSite) {
    auto r = read(test::rppsFixture());
    ASSERT_TRUE(r.result.ok()) << r.result.error().message;
    EXPECT_EQ(r.report.records, 7u);
    EXPECT_EQ(r.report.skipped, 0u);
    ASSERT_EQ(r.sites.size(), 5u);  // no pharmacist, no doctor without a site
    EXPECT_EQ(r.report.structures, 5u);

    const auto* first = find(r, "10000000001-S1001");
    const auto* second = find(r, "10000000001-S1002");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->structure.person, "10000000001");
    EXPECT_EQ(second->structure.person, "10000000001");
    EXPECT_EQ(first->structure.source, "rpps");
    EXPECT_EQ(first->structure.kind, Kind::Practice);
    EXPECT_EQ(first->structure.category, "Médecin");
    EXPECT_EQ(first->structure.specialty, "Médecine Générale");
    EXPECT_EQ(first->structure.name, "Dr Claire MOREAU");
    EXPECT_EQ(first->structure.address, "12 Rue DE MARSEILLE");
    EXPECT_EQ(first->structure.postcode, "69007");
    EXPECT_EQ(first->structure.city, "LYON");  // from the CEDEX office line
    EXPECT_EQ(first->structure.phone, "0478000001");
    EXPECT_FALSE(first->structure.position);
    EXPECT_EQ(first->street, "Rue DE MARSEILLE");
    EXPECT_EQ(first->streetNumber, "12");

    // No structure id: the site key is a hash of the address, the same at every import.
    const PractitionerSite* durand = nullptr;
    for (const auto& s : r.sites)
        if (s.structure.person == "10000000002") durand = &s;
    ASSERT_NE(durand, nullptr);
    EXPECT_EQ(durand->structure.sourceId.rfind("10000000002-a", 0), 0u);
    EXPECT_EQ(durand->structure.sourceId.size(), std::string("10000000002-a").size() + 16);
    EXPECT_EQ(durand->structure.name, "Dr Paul DURAND (CABINET DES QUAIS)");
    EXPECT_EQ(durand->structure.city, "Lyon 7e Arrondissement");
    EXPECT_EQ(durand->insee, "69387");
    EXPECT_EQ(durand->structure.phone, "0478000003");
    EXPECT_EQ(read(test::rppsFixture()).sites[2].structure.sourceId, durand->structure.sourceId);

    const auto* nurse = find(r, "10000000006-S1006");
    ASSERT_NE(nurse, nullptr);
    EXPECT_EQ(nurse->structure.name, "Julie ROUX");  // no "Dr"
    EXPECT_EQ(nurse->structure.specialty, "nurse");  // OpenStreetMap's value
}

TEST(RppsReader, MergesTheSavoirFaireOfOneSite) {
    auto row = test::at(test::gp("10000000009", "Léa", "FAURE"), "S9", "1", "Rue", "X", "");
    std::string content = datagen::rppsHeaderLine() + datagen::rppsLine(row);
    row.skillType = "CAPA";
    row.skillCode = "CAPA12";
    row.skill = "Gériatrie";
    content += datagen::rppsLine(row);
    auto r = read(content);
    ASSERT_TRUE(r.result.ok());
    ASSERT_EQ(r.sites.size(), 1u);
    EXPECT_EQ(r.sites[0].structure.specialty, "Médecine Générale;Gériatrie");
}

TEST(RppsReader, ReportsMalformedLinesAndSkipsThem) {
    std::string extra = "8|10000000007|too|few|columns|\n";
    auto bad = test::at(test::gp("12AB", "Jean", "VERT"), "S7", "1", "Rue", "X", "");
    extra += datagen::rppsLine(bad);
    auto r = read(test::rppsFixture(extra));
    ASSERT_TRUE(r.result.ok());
    EXPECT_EQ(r.sites.size(), 5u);
    ASSERT_EQ(r.report.skipped, 2u);
    EXPECT_EQ(r.report.problems[0].file, "ps.txt");
    EXPECT_EQ(r.report.problems[0].line, 9u);
    EXPECT_EQ(r.report.problems[0].reason, "5 columns, not 52");
    EXPECT_EQ(r.report.problems[1].line, 10u);
    EXPECT_NE(r.report.problems[1].reason.find("«12AB» is not an RPPS"), std::string::npos);

    auto strict = read(test::rppsFixture(extra), true);
    ASSERT_FALSE(strict.result.ok());
    EXPECT_EQ(strict.result.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(strict.result.error().message, "ps.txt:9: 5 columns, not 52");
}

TEST(RppsReader, RefusesAHeaderThatIsNotTheDocumentedOne) {
    std::string content = test::rppsFixture();
    const auto at = content.find("Libellé savoir-faire");
    content.replace(at, std::string("Libellé savoir-faire").size(), "Savoir-faire");
    auto r = read(content);
    ASSERT_FALSE(r.result.ok());
    EXPECT_EQ(r.result.error().message,
              "ps.txt:1: column 17 is «Savoir-faire», the Annuaire Santé extraction's is "
              "«Libellé savoir-faire»");
    EXPECT_TRUE(r.sites.empty());
    EXPECT_FALSE(read("").result.ok());
}

TEST(RppsReader, GeneratedFilesReadWholeAndReportProgress) {
    datagen::RppsOptions options;
    options.rows = 3000;
    std::stringstream file;
    const auto summary = datagen::generateRpps(options, file);
    EXPECT_EQ(summary.rows, 3000u);
    const std::uint64_t size = file.str().size();
    std::uint64_t lastBytes = 0;
    ReadReport report;
    std::size_t sites = 0;
    auto r = readRpps(
        file, {true, "gen.txt"}, report,
        [&](PractitionerSite& s) -> Result<void> {
            EXPECT_FALSE(s.structure.postcode.empty());
            ++sites;
            return {};
        },
        [&](std::uint64_t bytes) { lastBytes = bytes; });
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(report.records, 3000u);
    EXPECT_EQ(sites, summary.keptRows);
    EXPECT_EQ(lastBytes, size);
}

TEST(RppsReader, ListsAtMostTenThousandProblemsAndCountsTheRest) {
    std::string content = datagen::rppsHeaderLine();
    for (int i = 0; i < 10'005; ++i) content += "8|broken|\n";
    auto r = read(content);
    ASSERT_TRUE(r.result.ok());
    EXPECT_EQ(r.report.skipped, 10'005u);
    ASSERT_EQ(r.report.problems.size(), 10'001u);
    EXPECT_EQ(r.report.problems.back().reason, "5 more refused lines, not listed");
}
