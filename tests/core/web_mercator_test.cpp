// Web Mercator against the slippy-map tile numbers everyone uses (OpenStreetMap wiki).
#include "parcours/map/web_mercator.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace parcours;

TEST(WebMercator, PlacesLyonOnItsOpenStreetMapTile) {
    // Lyon (45.7578, 4.8320) is on tile x = 8411, y = 5844 at zoom 14 (the OSM wiki
    // formula: n = 2^z, x = (lon + 180) / 360 · n, y = (1 − asinh(tan lat) / π) / 2 · n).
    const auto p = map::project({45.7578, 4.8320}, 14);
    EXPECT_EQ(static_cast<int>(p.x / map::kTileSize), 8411);
    EXPECT_EQ(static_cast<int>(p.y / map::kTileSize), 5844);
}

TEST(WebMercator, RoundTripsAndClampsThePoles) {
    for (double lat : {-60.0, -21.1, 0.0, 16.24, 45.7578, 70.0})
        for (double lon : {-179.0, -61.53, 0.0, 4.832, 55.45, 179.0}) {
            const auto back = map::unproject(map::project({lat, lon}, 7.5), 7.5);
            EXPECT_NEAR(back.lat, lat, 1e-9);
            EXPECT_NEAR(back.lon, lon, 1e-9);
        }
    EXPECT_NEAR(map::project({90, 0}, 0).y, 0, 1e-9);
    EXPECT_NEAR(map::project({-90, 0}, 0).y, 256, 1e-9);
}

TEST(WebMercator, AViewportShowsTheBoxAroundItsCentre) {
    const auto box = map::visibleBox({{45.7578, 4.8320}, 12, 360, 640});
    EXPECT_LT(box.south, 45.7578);
    EXPECT_GT(box.north, 45.7578);
    EXPECT_LT(box.west, 4.8320);
    EXPECT_GT(box.east, 4.8320);
    // 360 px at zoom 12 are 360 / (256 · 4096) of 360° of longitude.
    EXPECT_NEAR(box.east - box.west, 360.0 * 360 / (256.0 * 4096), 1e-9);
}
