// The BAN addresses index: streamed in, found by postcode, folded street and number.
#include "directory/ban_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "rpps_fixture.hpp"

using namespace parcours;
using namespace parcours::directory;

namespace {

AddressIndex load(const std::string& content, ReadReport& report, bool strict = false,
                  Result<void>* result = nullptr) {
    AddressIndex index;
    std::istringstream in(content);
    auto r = index.load(in, {strict, "adresses-69.csv"}, report);
    if (result) *result = r;
    return index;
}

}  // namespace

TEST(BanReader, FindsAnAddressByPostcodeFoldedStreetAndNumber) {
    ReadReport report;
    auto index = load(test::banFixture(), report);
    EXPECT_EQ(index.size(), 5u);
    EXPECT_EQ(report.records, 5u);
    auto p = index.find("69007", "12", "", "Rue DE MARSEILLE");
    ASSERT_TRUE(p);
    EXPECT_NEAR(p->lat, 45.75210, 1e-5);
    EXPECT_NEAR(p->lon, 4.84250, 1e-5);
    // Accents and case folded on both sides.
    EXPECT_TRUE(index.find("69007", "40", "", "AVENUE JEAN JAURES"));
    // Not there: another number, another postcode, no number.
    EXPECT_FALSE(index.find("69007", "13", "", "Rue DE MARSEILLE"));
    EXPECT_FALSE(index.find("69002", "12", "", "Rue DE MARSEILLE"));
    EXPECT_FALSE(index.find("69007", "", "", "Rue DE MARSEILLE"));
}

TEST(BanReader, MatchesANameCutShortWhenOneStreetStartsSo) {
    ReadReport report;
    auto index = load(test::banFixture(), report);
    auto plain = index.find("69007", "7", "", "Rue DU PROFESSEUR CHRISTIAN CAB");
    auto bis = index.find("69007", "7", "B", "Rue DU PROFESSEUR CHRISTIAN CAB");
    ASSERT_TRUE(plain && bis);
    EXPECT_NEAR(plain->lat, 45.74100, 1e-5);
    EXPECT_NEAR(bis->lat, 45.74110, 1e-5);  // "B" is the BAN's "bis"
    // A repetition the BAN does not have: the number alone.
    EXPECT_TRUE(index.find("69007", "12", "T", "Rue DE MARSEILLE"));
    // Cut where two streets start alike: neither.
    ReadReport twinReport;
    auto twins = load(test::banFixture() + datagen::banLine({"7",
                                                             "",
                                                             "Rue du Professeur Christian Cabanis",
                                                             "69007",
                                                             "69387",
                                                             "Lyon",
                                                             {45.7, 4.8}}),
                      twinReport);
    EXPECT_FALSE(twins.find("69007", "7", "", "Rue DU PROFESSEUR CHRISTIAN CAB"));
    EXPECT_TRUE(twins.find("69007", "7", "", "Rue DU PROFESSEUR CHRISTIAN CABROL"));
    // A short name is another street, not one cut short.
    EXPECT_FALSE(index.find("69007", "12", "", "Rue DE"));
    EXPECT_FALSE(index.find("69007", "12", "", "Rue DE MARS"));
}

TEST(BanReader, ReportsMalformedRowsAndRefusesOtherFiles) {
    std::string content = test::banFixture();
    content += "bad;row\n";
    content += "x;;douze;;Rue de Marseille;69007;69387;Lyon;;;0;0;4.8;45.7;;;;;;;;;\n";
    ReadReport report;
    auto index = load(content, report);
    EXPECT_EQ(index.size(), 5u);
    ASSERT_EQ(report.skipped, 2u);
    EXPECT_EQ(report.problems[0].line, 7u);
    EXPECT_EQ(report.problems[1].reason, "number «douze» is not a number");

    Result<void> strict;
    load(content, report, true, &strict);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().message, "adresses-69.csv:7: 2 columns, the header has 23");

    Result<void> other;
    load("a;b;c\n1;2;3\n", report, false, &other);
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().message.find("no column «numero»"), std::string::npos);
}
