// Distances and search boxes on the WGS84 sphere approximation.
#include "parcours/geo/lat_lon.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace parcours::geo;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadius = 6371008.8;

// The point `metres` from `from` on the initial bearing `bearing` (degrees), on the same
// sphere distanceMetres uses: the textbook destination formula.
LatLon destination(LatLon from, double bearing, double metres) {
    const double d = metres / kRadius, theta = bearing * kPi / 180;
    const double phi1 = from.lat * kPi / 180, lambda1 = from.lon * kPi / 180;
    const double phi2 =
        std::asin(std::sin(phi1) * std::cos(d) + std::cos(phi1) * std::sin(d) * std::cos(theta));
    const double lambda2 = lambda1 + std::atan2(std::sin(theta) * std::sin(d) * std::cos(phi1),
                                                std::cos(d) - std::sin(phi1) * std::sin(phi2));
    return {phi2 * 180 / kPi, std::remainder(lambda2 * 180 / kPi, 360.0)};
}

bool contains(const BoundingBox& box, LatLon p) {
    return p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
}

}  // namespace

TEST(Distance, KnownDistances) {
    const LatLon paris{48.8566, 2.3522}, lyon{45.7640, 4.8357};
    // Paris–Lyon as the crow flies: 392 km.
    EXPECT_NEAR(distanceMetres(paris, lyon), 392000.0, 0.005 * 392000.0);
    EXPECT_DOUBLE_EQ(distanceMetres(paris, lyon), distanceMetres(lyon, paris));
    EXPECT_EQ(distanceMetres(paris, paris), 0.0);
    // One degree of the equator, pole to pole, and the antimeridian crossed the short way.
    EXPECT_NEAR(distanceMetres({0, 0}, {0, 1}), 2 * kPi * kRadius / 360, 1e-6);
    EXPECT_NEAR(distanceMetres({90, 0}, {-90, 0}), kPi * kRadius, 1e-3);
    EXPECT_NEAR(distanceMetres({0, 179.5}, {0, -179.5}), 2 * kPi * kRadius / 360, 1e-6);
    // Short distances stay accurate: 1 m north of Notre-Dame.
    EXPECT_NEAR(distanceMetres({48.853, 2.3499}, {48.853 + 180 / (kPi * kRadius), 2.3499}), 1.0,
                1e-6);
}

TEST(BoundingBox, ContainsTheWholeCircleAndIsTight) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lat(-89.9, 89.9), lon(-180, 180), bearing(0, 360);
    std::uniform_real_distribution<double> logRadius(0, 6.5);  // 1 m .. 3,000 km
    for (int i = 0; i < 2000; ++i) {
        const LatLon centre{lat(rng), lon(rng)};
        const double radius = std::pow(10.0, logRadius(rng));
        const BoundingBox box = boxAround(centre, radius);
        ASSERT_TRUE(contains(box, centre));
        for (int j = 0; j < 50; ++j) {
            // Just inside the circle's edge, where a wrong box would miss points.
            const LatLon p = destination(centre, bearing(rng), radius * (1 - 1e-9));
            ASSERT_TRUE(contains(box, p)) << centre.lat << "," << centre.lon << " r=" << radius
                                          << " misses " << p.lat << "," << p.lon;
        }
        // Tight: the box's northern and southern edges are on the circle, unless clamped.
        if (box.maxLat < 90) {
            EXPECT_NEAR(distanceMetres(centre, {box.maxLat, centre.lon}), radius, 1e-6 * radius);
        }
        if (i < 200 && box.minLon > -180 && box.maxLon < 180) {
            // The widest point is somewhere on the circle: some bearing reaches maxLon
            // (checked on the first centres only: 3,600 bearings each).
            double widest = -1e9;
            for (int b = 0; b < 3600; ++b) {
                widest = std::max(widest, destination(centre, b / 10.0, radius).lon);
            }
            EXPECT_NEAR(widest, box.maxLon, 1e-4 * (box.maxLon - centre.lon) + 1e-9);
        }
    }
}

TEST(BoundingBox, PolesAndAntimeridian) {
    // Reaches the North Pole: every longitude, latitude clamped.
    const BoundingBox north = boxAround({89.5, 10}, 100000);
    EXPECT_EQ(north.maxLat, 90);
    EXPECT_EQ(north.minLon, -180);
    EXPECT_EQ(north.maxLon, 180);
    EXPECT_NEAR(north.minLat, 89.5 - 100000 / kRadius * 180 / kPi, 1e-9);
    const BoundingBox south = boxAround({-89.9, 0}, 50000);
    EXPECT_EQ(south.minLat, -90);
    EXPECT_EQ(south.minLon, -180);
    // Futuna, 20 km from the antimeridian with a 50 km radius: all longitudes, so a
    // point on the other side (179.9° E) is inside.
    const BoundingBox futuna = boxAround({-14.3, -179.8}, 50000);
    EXPECT_TRUE(contains(futuna, {-14.3, 179.9}));
    EXPECT_LE(futuna.minLon, futuna.maxLon);
    // Larger than the Earth: everything.
    const BoundingBox world = boxAround({45, 5}, 3e7);
    EXPECT_EQ(world.minLat, -90);
    EXPECT_EQ(world.maxLat, 90);
    // No radius: the point itself.
    const BoundingBox point = boxAround({45, 5}, -1);
    EXPECT_EQ(point.minLat, 45);
    EXPECT_EQ(point.maxLon, 5);
}

TEST(LatLonValidity, RangesAndNonFinite) {
    EXPECT_TRUE(isValid({48.85, 2.35}));
    EXPECT_TRUE(isValid({-90, -180}));
    EXPECT_TRUE(isValid({90, 180}));
    EXPECT_FALSE(isValid({90.0001, 0}));
    EXPECT_FALSE(isValid({0, -180.0001}));
    EXPECT_FALSE(isValid({std::numeric_limits<double>::quiet_NaN(), 0}));
    EXPECT_FALSE(isValid({0, std::numeric_limits<double>::infinity()}));
}
