#include "directory/osm_overpass.hpp"

#include <vector>

#include "directory/osm_geometry.hpp"

namespace parcours::directory::osm {
namespace {

enum class Read { Missing, Malformed, Ok };

// {"lat": …, "lon": …}; Malformed when either is there but not a number.
Read readLatLon(const json::Value& object, geo::LatLon& out) {
    if (!object.isObject()) return Read::Malformed;
    const json::Value* lat = object.find("lat");
    const json::Value* lon = object.find("lon");
    if (!lat && !lon) return Read::Missing;
    if (!lat || !lon || !lat->isNumber() || !lon->isNumber()) return Read::Malformed;
    out = {lat->asNumber(), lon->asNumber()};
    return Read::Ok;
}

// Sets the position, or says why it cannot.
void place(OsmElement& e, Read read, geo::LatLon p, std::string_view what) {
    if (read == Read::Malformed) {
        e.positionProblem = e.label() + " has a malformed " + std::string(what);
    } else if (!isValidPosition(p)) {
        e.positionProblem = e.label() + " has an invalid position (" + describePosition(p) + ")";
    } else {
        e.position = p;
    }
}

// `out geom`: the way's nodes; Overpass writes null for a node outside the query's bbox.
// Missing when no point is left.
Read readGeometry(const json::Value& geometry, std::vector<geo::LatLon>& points) {
    if (!geometry.isArray()) return Read::Malformed;
    for (const auto& item : geometry.items()) {
        if (item.isNull()) continue;
        geo::LatLon p;
        if (readLatLon(item, p) != Read::Ok) return Read::Malformed;
        points.push_back(p);
    }
    return points.empty() ? Read::Missing : Read::Ok;
}

// The corners of {"minlat", "minlon", "maxlat", "maxlon"}.
Read readBounds(const json::Value& bounds, std::vector<geo::LatLon>& corners) {
    if (!bounds.isObject()) return Read::Malformed;
    double v[4];
    const char* keys[4] = {"minlat", "minlon", "maxlat", "maxlon"};
    for (int i = 0; i < 4; ++i) {
        const json::Value* n = bounds.find(keys[i]);
        if (!n || !n->isNumber()) return Read::Malformed;
        v[i] = n->asNumber();
    }
    corners = {{v[0], v[1]}, {v[2], v[3]}};
    return Read::Ok;
}

// Places the element at centre(points), unless a point is invalid (reported as it is: the
// centre of a bad point and good ones could look plausible).
template <class Centre>
void placeAtCentre(OsmElement& e, Read read, const std::vector<geo::LatLon>& points,
                   std::string_view what, Centre centre) {
    if (read == Read::Ok)
        for (const auto& p : points)
            if (!isValidPosition(p)) return place(e, read, p, what);
    place(e, read, read == Read::Ok ? centre(points) : geo::LatLon{}, what);
}

void locate(OsmElement& e, const json::Value& element) {
    geo::LatLon p;
    if (e.type == "node") {
        Read read = readLatLon(element, p);
        if (read == Read::Missing)
            e.positionProblem = e.label() + " has no position (lat, lon)";
        else
            place(e, read, p, "position (lat, lon)");
        return;
    }
    // Ways and relations: the centre Overpass computed, else our own from the geometry,
    // else the middle of the bounding box.
    if (const json::Value* center = element.find("center"); center && !center->isNull()) {
        place(e, readLatLon(*center, p), p, "\"center\"");
        return;
    }
    if (const json::Value* geometry = element.find("geometry"); geometry && !geometry->isNull()) {
        std::vector<geo::LatLon> points;
        if (Read read = readGeometry(*geometry, points); read != Read::Missing)
            return placeAtCentre(e, read, points, "\"geometry\"", pathCentre);
    }
    if (const json::Value* bounds = element.find("bounds"); bounds && !bounds->isNull()) {
        std::vector<geo::LatLon> corners;
        return placeAtCentre(e, readBounds(*bounds, corners), corners, "\"bounds\"", meanPoint);
    }
    e.positionProblem = e.label() + " has no position: query with `out center`";
}

}  // namespace

Result<OsmElement> decodeOverpassElement(const json::Value& element) {
    if (!element.isObject()) return badInput("element is not an object");
    OsmElement e;
    const json::Value* type = element.find("type");
    if (!type || !type->isString()) return badInput("element has no \"type\"");
    if (!isOsmType(type->asString()))
        return badInput("unknown element type " + quoted(type->asString()));
    e.type = type->asString();
    const json::Value* id = element.find("id");
    if (!id) return badInput(e.type + " has no \"id\"");
    if (!id->isNumber() || !isOsmNumber(id->numberText()))
        return badInput(e.type + " has an invalid \"id\"" +
                        (id->isNumber() ? " " + quoted(id->numberText()) : std::string()));
    e.number = id->numberText();
    if (const json::Value* tags = element.find("tags")) {
        if (!tags->isObject()) return badInput(e.label() + ": \"tags\" is not an object");
        addJsonTags(e.tags, *tags);
    }
    locate(e, element);
    return e;
}

}  // namespace parcours::directory::osm
