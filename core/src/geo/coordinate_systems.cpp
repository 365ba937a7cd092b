// The coordinate systems French health data use: their EPSG codes, names and areas.
#include <algorithm>
#include <string>

#include "parcours/geo/projection.hpp"

namespace parcours::geo {
namespace {

// Where France uses each UTM zone, in latitude (generous margins: a territory's offshore
// islets, rounding of the published coordinates). A zone we have no territory for gets
// its whole hemisphere band.
struct Territory {
    int zone;
    bool south;
    double minLat, maxLat;
};
constexpr Territory kTerritories[] = {
    {20, false, 13.0, 19.5},   // Guadeloupe, Martinique, Saint-Barthélemy, Saint-Martin
    {21, false, 45.5, 48.5},   // Saint-Pierre-et-Miquelon
    {22, false, 1.0, 7.0},     // Guyane
    {38, true, -14.5, -11.0},  // Mayotte
    {40, true, -22.5, -19.5},  // La Réunion
    {1, true, -15.5, -12.0},   // Wallis-et-Futuna
};

}  // namespace

CoordinateSystem lambert93() {
    return {};
}

CoordinateSystem utm(int zone, bool south, int epsg) {
    return {Projection::TransverseMercator, zone, south, epsg, Datum::Wgs84Compatible};
}

Result<CoordinateSystem> coordinateSystemFromEpsg(int epsg) {
    switch (epsg) {
        case 2154:
            return lambert93();  // RGF93 v1 / Lambert-93
        case 5490:               // RGAF09 / UTM 20N (Antilles)
        case 4559:               // RRAF 1991 / UTM 20N (Antilles, before 2009)
            return utm(20, false, epsg);
        case 2972:
            return utm(22, false, epsg);  // RGFG95 / UTM 22N (Guyane)
        case 4467:
            return utm(21, false, epsg);  // RGSPM06 / UTM 21N (Saint-Pierre-et-Miquelon)
        case 2975:
            return utm(40, true, epsg);  // RGR92 / UTM 40S (La Réunion)
        case 4471:
            return utm(38, true, epsg);  // RGM04 / UTM 38S (Mayotte)
        case 2973: {                     // Martinique 1938 / UTM 20N
            CoordinateSystem system = utm(20, false, epsg);
            system.datum = Datum::Martinique1938;
            return system;
        }
        default:
            break;
    }
    // WGS 84 / UTM zone zzN (326zz) and zzS (327zz).
    if (epsg >= 32601 && epsg <= 32660) return utm(epsg - 32600, false, epsg);
    if (epsg >= 32701 && epsg <= 32760) return utm(epsg - 32700, true, epsg);
    return notFound("EPSG:" + std::to_string(epsg) + " is not a coordinate system we know");
}

BoundingBox areaOfUse(const CoordinateSystem& system) {
    if (system.projection == Projection::Lambert93) {
        // Metropolitan France and Corsica (41.3°–51.1° N, 5.2° W–9.6° E) with about a
        // degree to spare for islands and offshore points.
        return {40.5, -6.5, 52.0, 10.5};
    }
    // The zone is 6° wide around its central meridian; add 3° each side, because points
    // near a zone edge are routinely projected in the neighbouring zone.
    const double centre = -183.0 + 6.0 * system.utmZone;
    BoundingBox box{system.south ? -80.0 : -1.0, std::max(-180.0, centre - 6),
                    system.south ? 1.0 : 84.0, std::min(180.0, centre + 6)};
    for (const Territory& t : kTerritories) {
        if (t.zone == system.utmZone && t.south == system.south) {
            box.minLat = t.minLat;
            box.maxLat = t.maxLat;
        }
    }
    return box;
}

std::string describe(const CoordinateSystem& system) {
    std::string name = "EPSG:" + std::to_string(system.epsg) + " (";
    if (system.projection == Projection::Lambert93) return name + "Lambert-93)";
    if (system.datum == Datum::Martinique1938) name += "Martinique 1938 / ";
    return name + "UTM " + std::to_string(system.utmZone) + (system.south ? "S)" : "N)");
}

}  // namespace parcours::geo
