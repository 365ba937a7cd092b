// The coordinate system named in FINESS `sourcecoordet`, in both generations of labels.
#include <gtest/gtest.h>

#include <string>

#include "parcours/geo/projection.hpp"

using namespace parcours::geo;

namespace {

CoordinateSystem parsed(const std::string& field) {
    auto system = parseCoordinateSystem(field);
    EXPECT_TRUE(system.ok()) << field << ": " << (system.ok() ? "" : system.error().message);
    return system.ok() ? *system : CoordinateSystem{Projection::Lambert93, 0, false, -1};
}

}  // namespace

TEST(CoordinateSystemLabels, OldTokens) {
    const std::string prefix = "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,";
    EXPECT_EQ(parsed(prefix + "LAMBERT_93"), lambert93());
    EXPECT_EQ(parsed(prefix + "UTM_N20"), utm(20, false, 5490));
    EXPECT_EQ(parsed(prefix + "UTM_N21"), utm(21, false, 4467));
    EXPECT_EQ(parsed(prefix + "UTM_N22"), utm(22, false, 2972));
    EXPECT_EQ(parsed(prefix + "UTM_S38"), utm(38, true, 4471));
    EXPECT_EQ(parsed(prefix + "UTM_S40"), utm(40, true, 2975));
    // Other geocoders and scores keep the same last token.
    EXPECT_EQ(parsed("2,ATLASANTE,.,ADMIN-EXPRESS-2023,LAMBERT_93"), lambert93());
    EXPECT_EQ(parsed("LAMBERT_93"), lambert93());
    EXPECT_EQ(parsed(prefix + "utm_s40 "), utm(40, true, 2975));
}

TEST(CoordinateSystemLabels, NewLabels) {
    const std::string prefix = "1,ATLASANTE,96,BAN,";
    EXPECT_EQ(parsed(prefix + "EPSG:2154 RGF93 / Lambert-93 (Métropole)"), lambert93());
    EXPECT_EQ(parsed(prefix + "EPSG:5490 RGAF09/UTM Zone 20N (Antilles)"), utm(20, false, 5490));
    EXPECT_EQ(parsed(prefix + "EPSG:2972 RGFG95/UTM Zone 22N (Guyane)"), utm(22, false, 2972));
    EXPECT_EQ(parsed(prefix + "EPSG:2975 RGR92/UTM Zone 40S (La Réunion)"), utm(40, true, 2975));
    EXPECT_EQ(parsed(prefix + "EPSG:4471 RGM04/UTM Zone 38S (Mayotte)"), utm(38, true, 4471));
    EXPECT_EQ(parsed(prefix + "WGS84/UTM zone 21N"), utm(21, false, 32621));
    EXPECT_EQ(parsed(prefix + "WGS84/UTM zone 1S"), utm(1, true, 32701));
    EXPECT_EQ(parsed("3,ATLASANTE,.,ADMIN-EXPRESS-2023,EPSG:2154 RGF93 / Lambert-93 (Métropole)"),
              lambert93());
}

TEST(CoordinateSystemLabels, OtherKnownEpsgCodes) {
    for (int code : {32620, 32621, 32622, 32738, 32740, 32701, 4467, 4559, 2973}) {
        const CoordinateSystem system = parsed("1,X,90,BAN,EPSG:" + std::to_string(code));
        EXPECT_EQ(system.epsg, code);
        EXPECT_EQ(system.projection, Projection::TransverseMercator);
    }
    EXPECT_EQ(parsed("1,X,90,BAN,EPSG:4467 RGSPM06/UTM zone 21N").utmZone, 21);
    EXPECT_EQ(parsed("1,X,90,BAN,EPSG:4559 RRAF 1991 / UTM zone 20N").utmZone, 20);
    EXPECT_EQ(parsed("1,X,90,BAN,EPSG:2973 Martinique 1938 / UTM zone 20N").datum,
              Datum::Martinique1938);
    EXPECT_EQ(parsed("1,X,90,BAN,EPSG:32738").south, true);
}

TEST(CoordinateSystemLabels, UnknownMissingOrGarbageIsAnErrorQuotingTheField) {
    const char* bad[] = {
        "",
        "   ",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_2E",
        "1,ATLASANTE,96,BAN,EPSG:4326 WGS 84",
        "1,ATLASANTE,96,BAN,EPSG:27572 NTF (Paris) / Lambert zone II",
        "1,ATLASANTE,96,BAN,EPSG:",
        "1,ATLASANTE,96,BAN,EPSG:abc",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N61",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_X20",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20X",
        "1,ATLASANTE,96,BAN,WGS84/UTM zone 0N",
        "1,ATLASANTE,96,BAN,WGS84/UTM zone 21",
        // The code and the zone spelled out disagree: which one is wrong is unknowable.
        "1,ATLASANTE,96,BAN,EPSG:5490 RGAF09/UTM Zone 22N (Antilles)",
        "1,ATLASANTE,96,BAN,EPSG:2154 RGF93/UTM Zone 20N",
        "\xff\xfe garbage",
    };
    for (const char* field : bad) {
        const auto system = parseCoordinateSystem(field);
        ASSERT_FALSE(system.ok()) << field;
        EXPECT_EQ(system.error().kind, parcours::ErrorKind::BadInput);
        EXPECT_NE(system.error().message.find(std::string("\"") + field + "\""), std::string::npos)
            << system.error().message;
    }
}
