// Lambert-93 and UTM, checked against PROJ on random points of each territory.
#include "parcours/geo/projection.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/proj_reference.hpp"

using namespace parcours::geo;
using parcours::testing::ProjReference;

namespace {

// Both implementations are exact to nanometres (PROJ's utm is the same Krüger series;
// lcc is closed form) and agree to 1e-7 m. The WGS 84 / UTM codes differ by up to 0.1 mm
// because core computes every UTM zone on GRS80 (see projection.hpp). Half a millimetre
// is 1,000 times stricter than the half metre the directory needs, and catches a wrong
// series coefficient down to the n³ terms.
constexpr double kTolerance = 0.0005;  // metres
constexpr int kPointsPerSystem = 1000;

struct Territory {
    const char* name;
    int epsg;
    double minLat, maxLat, minLon, maxLon;
    // Projecting then inverting must give the point back to this. A datum shift by
    // Helmert is reversed, as EPSG and PROJ define it, by negating its parameters, which
    // is not an exact inverse: ~3 mm here, far inside the shift's own 0.1 m accuracy.
    double roundTrip = 0.001;
};

// Each system on the land it is used for. PROJ applies a null datum shift for every
// code here but 2973 (RGF93, RGAF09, RRAF 1991, RGFG95, RGSPM06, RGR92 and RGM04 are all
// "equal to WGS 84" in the EPSG database), so each is compared with its own code; for
// 2973 PROJ applies the Martinique 1938 Helmert shift, which core implements too.
const std::vector<Territory>& territories() {
    static const std::vector<Territory> all = {
        {"metropolitan France", 2154, 41.4, 51.1, -4.8, 9.6},
        {"Antilles (RGAF09)", 5490, 14.4, 18.1, -63.2, -60.8},
        {"Antilles (RRAF 1991)", 4559, 14.4, 18.1, -63.2, -60.8},
        {"Antilles (WGS 84)", 32620, 14.4, 18.1, -63.2, -60.8},
        {"Martinique (Martinique 1938)", 2973, 14.38, 14.88, -61.23, -60.81, 0.01},
        {"Guyane (RGFG95)", 2972, 2.1, 5.8, -54.6, -51.6},
        {"Guyane (WGS 84)", 32622, 2.1, 5.8, -54.6, -51.6},
        {"Saint-Pierre-et-Miquelon (RGSPM06)", 4467, 46.75, 47.15, -56.42, -56.12},
        {"Saint-Pierre-et-Miquelon (WGS 84)", 32621, 46.75, 47.15, -56.42, -56.12},
        {"La Réunion (RGR92)", 2975, -21.39, -20.87, 55.21, 55.84},
        {"La Réunion (WGS 84)", 32740, -21.39, -20.87, 55.21, 55.84},
        {"Mayotte (RGM04)", 4471, -13.0, -12.63, 44.98, 45.3},
        {"Mayotte (WGS 84)", 32738, -13.0, -12.63, 44.98, 45.3},
        {"Wallis-et-Futuna (WGS 84)", 32701, -14.4, -13.2, -178.2, -176.1},
    };
    return all;
}

std::vector<LatLon> randomPoints(const Territory& t, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lat(t.minLat, t.maxLat), lon(t.minLon, t.maxLon);
    std::vector<LatLon> points;
    for (int i = 0; i < kPointsPerSystem; ++i) points.push_back({lat(rng), lon(rng)});
    return points;
}

CoordinateSystem systemFor(int epsg) {
    auto system = coordinateSystemFromEpsg(epsg);
    EXPECT_TRUE(system.ok()) << epsg;
    return system.ok() ? *system : CoordinateSystem{};
}

double planeDistance(ProjectedPoint a, ProjectedPoint b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

}  // namespace

TEST(Projection, InverseMatchesProjOnEveryTerritory) {
    for (const Territory& t : territories()) {
        SCOPED_TRACE(t.name);
        const ProjReference proj(t.epsg);
        const CoordinateSystem system = systemFor(t.epsg);
        double worst = 0;
        for (LatLon p : randomPoints(t, 1000u + static_cast<unsigned>(t.epsg))) {
            // Projected coordinates made by PROJ, so the input does not depend on our code.
            const ProjectedPoint xy = proj.fromWgs84(p);
            const auto ours = toWgs84(system, xy);
            ASSERT_TRUE(ours.ok()) << ours.error().message;
            worst = std::max(worst, distanceMetres(*ours, proj.toWgs84(xy)));
        }
        EXPECT_LE(worst, kTolerance) << "EPSG:" << t.epsg;
    }
}

TEST(Projection, ForwardMatchesProjOnEveryTerritory) {
    for (const Territory& t : territories()) {
        SCOPED_TRACE(t.name);
        const ProjReference proj(t.epsg);
        const CoordinateSystem system = systemFor(t.epsg);
        double worst = 0;
        for (LatLon p : randomPoints(t, 2000u + static_cast<unsigned>(t.epsg))) {
            // Projected metres are ground metres to within the scale factor (≤ 0.1 %).
            worst = std::max(worst, planeDistance(fromWgs84(system, p), proj.fromWgs84(p)));
        }
        EXPECT_LE(worst, kTolerance) << "EPSG:" << t.epsg;
    }
}

TEST(Projection, RoundTripIsSubMillimetre) {
    for (const Territory& t : territories()) {
        SCOPED_TRACE(t.name);
        const CoordinateSystem system = systemFor(t.epsg);
        for (LatLon p : randomPoints(t, 3000u + static_cast<unsigned>(t.epsg))) {
            const ProjectedPoint xy = fromWgs84(system, p);
            const auto back = toWgs84(system, xy);
            ASSERT_TRUE(back.ok()) << back.error().message;
            ASSERT_LT(distanceMetres(p, *back), t.roundTrip) << p.lat << ", " << p.lon;
            ASSERT_LT(planeDistance(fromWgs84(system, *back), xy), t.roundTrip);
        }
    }
}

TEST(Projection, KnownLambert93Point) {
    // The origin of Lambert-93 is (46.5° N, 3° E) by definition.
    const ProjectedPoint origin = fromWgs84(lambert93(), {46.5, 3.0});
    EXPECT_NEAR(origin.x, 700000.0, 1e-6);
    EXPECT_NEAR(origin.y, 6600000.0, 1e-6);
    // CH de Fleyriat (Viriat, Ain) as FINESS gives it, 870215.7 6571590.5, is where
    // Eurostat's independent hospital list puts it (46.2222 N, 5.20879 E) to 60 m.
    const auto fleyriat = toWgs84(lambert93(), {870215.7, 6571590.5});
    ASSERT_TRUE(fleyriat.ok());
    EXPECT_LT(distanceMetres(*fleyriat, {46.2222, 5.20879}), 100.0);
}

TEST(Projection, UtmCentralMeridianAndHemisphere) {
    // On the central meridian x is the false easting; south of the equator the false
    // northing of 10,000 km applies.
    const ProjectedPoint reunion = fromWgs84(utm(40, true, 2975), {-21.0, 57.0});
    EXPECT_NEAR(reunion.x, 500000.0, 1e-6);
    EXPECT_GT(reunion.y, 7000000.0);
    EXPECT_LT(reunion.y, 10000000.0);
    const ProjectedPoint equator = fromWgs84(utm(22, false, 2972), {0.0, -51.0});
    EXPECT_NEAR(equator.x, 500000.0, 1e-6);
    EXPECT_NEAR(equator.y, 0.0, 1e-6);
}

TEST(Projection, ZoneOneWorksAcrossTheAntimeridian) {
    // Futuna's neighbours west of 180° are still projected in zone 1 by convention.
    const ProjReference proj(32701);
    const CoordinateSystem zone1 = utm(1, true, 32701);
    for (LatLon p : {LatLon{-14.0, 179.5}, LatLon{-14.3, -178.1}, LatLon{-13.3, -176.2}}) {
        const ProjectedPoint xy = fromWgs84(zone1, p);
        EXPECT_LT(planeDistance(xy, proj.fromWgs84(p)), kTolerance) << p.lon;
        const auto back = toWgs84(zone1, xy);
        ASSERT_TRUE(back.ok());
        EXPECT_NEAR(back->lon, p.lon, 1e-9);
    }
}

TEST(Projection, Martinique1938IsShiftedNotJustProjected) {
    // The same numbers in RGAF09 and in Martinique 1938 are ~420 m apart on the ground:
    // a reader that ignored the datum would put every point in the wrong street.
    const ProjectedPoint xy{710000.0, 1620000.0};
    const auto rgaf09 = toWgs84(utm(20, false, 5490), xy);
    const auto fortDesaix = coordinateSystemFromEpsg(2973);
    ASSERT_TRUE(fortDesaix.ok());
    const auto m1938 = toWgs84(*fortDesaix, xy);
    ASSERT_TRUE(rgaf09.ok() && m1938.ok());
    EXPECT_GT(distanceMetres(*rgaf09, *m1938), 300.0);
    EXPECT_LT(distanceMetres(*rgaf09, *m1938), 600.0);
}

TEST(Projection, RejectsNonFiniteAndAbsurdInput) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const CoordinateSystem& system : {lambert93(), utm(40, true, 2975)}) {
        EXPECT_FALSE(toWgs84(system, {nan, 6600000.0}).ok());
        EXPECT_FALSE(toWgs84(system, {700000.0, inf}).ok());
        EXPECT_FALSE(toWgs84(system, {-inf, -inf}).ok());
        // Millimetres instead of metres: 1000 times too far.
        EXPECT_FALSE(toWgs84(system, {700000000.0, 6600000000.0}).ok());
    }
    // 8,000 km east of the central meridian: outside where UTM means anything.
    EXPECT_FALSE(toWgs84(utm(20, false, 5490), {8500000.0, 1600000.0}).ok());
    const auto error = toWgs84(lambert93(), {nan, 0.0});
    ASSERT_FALSE(error.ok());
    EXPECT_NE(error.error().message.find("EPSG:2154"), std::string::npos);
}

TEST(Projection, AreaOfUseCatchesTheWrongSystem) {
    // La Réunion's UTM 40S coordinates read as Lambert-93 land far from France.
    const ProjectedPoint stDenis = fromWgs84(utm(40, true, 2975), {-20.88, 55.45});
    const auto misread = toWgs84(lambert93(), stDenis);
    ASSERT_TRUE(misread.ok());
    const BoundingBox metropole = areaOfUse(lambert93());
    EXPECT_FALSE(misread->lat >= metropole.minLat && misread->lat <= metropole.maxLat &&
                 misread->lon >= metropole.minLon && misread->lon <= metropole.maxLon);

    // Every territory's land lies inside its system's area.
    for (const Territory& t : territories()) {
        const BoundingBox area = areaOfUse(systemFor(t.epsg));
        EXPECT_LE(area.minLat, t.minLat) << t.name;
        EXPECT_GE(area.maxLat, t.maxLat) << t.name;
        EXPECT_LE(area.minLon, t.minLon) << t.name;
        EXPECT_GE(area.maxLon, t.maxLon) << t.name;
    }
    // …and the areas of territories in different zones do not overlap.
    const BoundingBox reunion = areaOfUse(utm(40, true, 2975));
    const BoundingBox mayotte = areaOfUse(utm(38, true, 4471));
    EXPECT_LT(reunion.maxLat, mayotte.minLat);
    EXPECT_GT(areaOfUse(utm(21, false, 4467)).minLat, areaOfUse(utm(20, false, 5490)).maxLat);
}

TEST(Projection, DescribeNamesCodeAndProjection) {
    EXPECT_EQ(describe(lambert93()), "EPSG:2154 (Lambert-93)");
    EXPECT_EQ(describe(utm(40, true, 2975)), "EPSG:2975 (UTM 40S)");
    EXPECT_EQ(describe(utm(20, false, 5490)), "EPSG:5490 (UTM 20N)");
    EXPECT_EQ(describe(utm(1, true, 32701)), "EPSG:32701 (UTM 1S)");
    const auto m1938 = coordinateSystemFromEpsg(2973);
    ASSERT_TRUE(m1938.ok());
    EXPECT_EQ(describe(*m1938), "EPSG:2973 (Martinique 1938 / UTM 20N)");
}

TEST(Projection, EpsgCodes) {
    EXPECT_EQ(*coordinateSystemFromEpsg(2154), lambert93());
    EXPECT_EQ(*coordinateSystemFromEpsg(4471), utm(38, true, 4471));
    EXPECT_EQ(*coordinateSystemFromEpsg(32621), utm(21, false, 32621));
    EXPECT_EQ(*coordinateSystemFromEpsg(32760), utm(60, true, 32760));
    EXPECT_EQ(coordinateSystemFromEpsg(2973)->datum, Datum::Martinique1938);
    for (int unknown : {0, 4326, 3857, 27572, 32600, 32661, 32700, 32761}) {
        EXPECT_FALSE(coordinateSystemFromEpsg(unknown).ok()) << unknown;
    }
}
