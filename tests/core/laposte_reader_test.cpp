// La Poste's postcode file: both published layouts, Windows-1252, rows without a position,
// malformed rows reported where they are, strict mode.
#include "directory/laposte_reader.hpp"

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::directory;

namespace {

constexpr std::string_view kTwoColumns =
    "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;"
    "longitude\n"
    "42218;SAINT ETIENNE;42100;ROCHETAILLEE;SAINT ETIENNE;45.4301235512;4.37913997076\n"
    "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.4301235512;4.37913997076\n"
    "2A004;AJACCIO;20000;;AJACCIO;41.9347926638;8.70132275974\n"
    "98809;\"ILE DES PINS (L'); NORD\";98832;;VAO;;\n";

Result<std::vector<CommuneRow>> read(std::string_view content, ReadReport& report,
                                     bool strict = false) {
    return readLaPoste(content, {strict, "laposte.csv"}, report);
}

}  // namespace

TEST(LaPosteReader, ReadsTheLatitudeLongitudeLayout) {
    ReadReport report;
    auto rows = read(kTwoColumns, report);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 4u);
    const CommuneRow& first = (*rows)[0];
    EXPECT_EQ(first.insee, "42218");
    EXPECT_EQ(first.name, "SAINT ETIENNE");
    EXPECT_EQ(first.postcode, "42100");
    EXPECT_EQ(first.ligne5, "ROCHETAILLEE");
    EXPECT_EQ(first.acheminement, "SAINT ETIENNE");
    ASSERT_TRUE(first.position.has_value());
    EXPECT_DOUBLE_EQ(first.position->lat, 45.4301235512);
    EXPECT_DOUBLE_EQ(first.position->lon, 4.37913997076);
    EXPECT_EQ((*rows)[2].insee, "2A004");  // Corsica's département code has a letter
    // A quoted name holding the separator; no position: kept, without one.
    EXPECT_EQ((*rows)[3].name, "ILE DES PINS (L'); NORD");
    EXPECT_FALSE((*rows)[3].position.has_value());
    EXPECT_EQ(report.records, 4u);
    EXPECT_EQ(report.structures, 4u);
    EXPECT_EQ(report.withoutPosition, 1u);
    EXPECT_EQ(report.skipped, 0u);
    EXPECT_EQ(report.encoding, "UTF-8");
}

TEST(LaPosteReader, ReadsTheOlderGpsLayoutInWindows1252) {
    // Older files: '#' before the first column name, one "lat,lon" column, Windows-1252
    // (é is the lone byte 0xE9), CRLF line ends, and columns found by name, not place.
    const std::string content =
        "#Code_commune_INSEE;Nom_commune;Code_postal;Libell\xE9_d_acheminement;Ligne_5;"
        "coordonnees_gps\r\n"
        "01001;L ABERGEMENT CLEMENCIAT;01400;L ABERGEMENT CLEMENCIAT;;46.1534255214, "
        "4.92611354223\r\n"
        "97411;SAINT-DENIS;97400;SAINT DENIS;B\xC9LLEPIERRE;-20.9329708192,55.4469720441\r\n"
        "01002;L ABERGEMENT DE VAREY;01640;L ABERGEMENT DE VAREY;;\r\n";
    ReadReport report;
    auto rows = read(content, report);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ(report.encoding, "Windows-1252");
    EXPECT_EQ((*rows)[0].acheminement, "L ABERGEMENT CLEMENCIAT");
    ASSERT_TRUE((*rows)[0].position.has_value());
    EXPECT_DOUBLE_EQ((*rows)[0].position->lat, 46.1534255214);
    EXPECT_DOUBLE_EQ((*rows)[0].position->lon, 4.92611354223);
    EXPECT_EQ((*rows)[1].ligne5, "BÉLLEPIERRE");  // converted to UTF-8
    EXPECT_DOUBLE_EQ((*rows)[1].position->lat, -20.9329708192);
    EXPECT_FALSE((*rows)[2].position.has_value());
    EXPECT_EQ(report.withoutPosition, 1u);
}

TEST(LaPosteReader, ReportsMalformedRowsWhereTheyAreAndSkipsThem) {
    const std::string content =
        "\xEF\xBB\xBF"  // a byte order mark is no part of the first column's name
        "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;"
        "longitude\n"
        "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.43;4.38\n"
        "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.43\n"       // 3: a field missing
        "4221;SAINT ETIENNE;42000;;SAINT ETIENNE;45.43;4.38\n"   // 4: INSEE code too short
        "42218;SAINT ETIENNE;4200A;;SAINT ETIENNE;45.43;4.38\n"  // 5: postcode
        "42218;  ;42000;;SAINT ETIENNE;45.43;4.38\n"             // 6: no name
        "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.43;\n"      // 7: half a position
        "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;95.0;4.38\n"   // 8: not on Earth
        "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45,43;4,38\n"  // 9: decimal commas
        "\n"
        "42218;SAINT ETIENNE;42100;;\"SAINT ETIENNE;45.43;4.38\n"  // 11: quote never closed
        "42207;SAINT CHAMOND;42400;;SAINT CHAMOND;45.47;4.50\n"
        "42207;SAINT\x1B[2J;42400;;SAINT CHAMOND;45.47;4.50\n";  // 13: a terminal escape
    ReadReport report;
    auto rows = read(content, report);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[1].name, "SAINT CHAMOND");
    EXPECT_EQ(report.records, 11u);
    EXPECT_EQ(report.skipped, 9u);
    ASSERT_EQ(report.problems.size(), 9u);
    EXPECT_EQ(report.problems[8].reason, "invalid text: control character 0x1B");
    const std::vector<std::uint64_t> lines{3, 4, 5, 6, 7, 8, 9, 11, 13};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(report.problems[i].file, "laposte.csv");
        EXPECT_EQ(report.problems[i].line, lines[i]) << report.problems[i].reason;
    }
    EXPECT_NE(report.problems[0].reason.find("6 fields, expected 7"), std::string::npos);
    EXPECT_NE(report.problems[1].reason.find("INSEE"), std::string::npos);
    EXPECT_NE(report.problems[2].reason.find("postcode"), std::string::npos);
    EXPECT_NE(report.problems[5].reason.find("position"), std::string::npos);
}

TEST(LaPosteReader, StrictFailsOnTheFirstMalformedRow) {
    std::string content(kTwoColumns);
    content += "42218;SAINT ETIENNE;42000;;SAINT ETIENNE;x;4.38\n";
    content += "4221;SAINT ETIENNE;42000;;SAINT ETIENNE;45.43;4.38\n";
    ReadReport report;
    auto rows = read(content, report, true);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(rows.error().message.rfind("laposte.csv:6: unreadable position", 0), 0u)
        << rows.error().message;

    ReadReport clean;
    EXPECT_TRUE(read(kTwoColumns, clean, true).ok());
}

TEST(LaPosteReader, RefusesWhatIsNotAPostcodeFile) {
    ReadReport report;
    auto finess = read("finess;etalab;2;2026-05-12\nstructureet;010000024\n", report);
    ASSERT_FALSE(finess.ok());
    EXPECT_NE(finess.error().message.find("laposte.csv:1: not La Poste's"), std::string::npos);
    EXPECT_FALSE(read("", report).ok());
    // The name columns are required; the position columns are not.
    EXPECT_FALSE(read("Code_commune_INSEE;Code_postal\n42218;42000\n", report).ok());
    ReadReport noPositions;
    auto bare = read("Code_commune_INSEE;Nom_commune;Code_postal\n42218;SAINT ETIENNE;42000\n",
                     noPositions);
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(noPositions.withoutPosition, 1u);

    EXPECT_TRUE(looksLikeLaPoste(kTwoColumns));
    EXPECT_TRUE(looksLikeLaPoste("\xEF\xBB\xBF#Code_commune_INSEE;Nom_commune\n"));
    EXPECT_FALSE(looksLikeLaPoste("finess;etalab;2;2026-05-12\n"));
    EXPECT_FALSE(looksLikeLaPoste("{\"elements\": []}"));
    EXPECT_FALSE(looksLikeLaPoste("Code_commune_INSEE\n"));
}
