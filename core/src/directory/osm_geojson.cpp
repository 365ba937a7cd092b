#include "directory/osm_geojson.hpp"

#include <vector>

#include "directory/osm_geometry.hpp"
#include "directory/osm_hstore.hpp"

namespace parcours::directory::osm {
namespace {

using Line = std::vector<geo::LatLon>;

// Reads the nested coordinate arrays, remembering the first position out of range.
struct Coordinates {
    std::optional<geo::LatLon> firstInvalid;

    bool position(const json::Value& v, geo::LatLon& out) {
        if (!v.isArray() || v.items().size() < 2) return false;
        const auto& a = v.items();  // [lon, lat] or [lon, lat, altitude]
        if (!a[0].isNumber() || !a[1].isNumber()) return false;
        out = {a[1].asNumber(), a[0].asNumber()};
        if (!firstInvalid && !isValidPosition(out)) firstInvalid = out;
        return true;
    }
    bool line(const json::Value& v, Line& out) {
        if (!v.isArray()) return false;
        for (const auto& item : v.items()) {
            geo::LatLon p;
            if (!position(item, p)) return false;
            out.push_back(p);
        }
        return true;
    }
    bool lines(const json::Value& v, std::vector<Line>& out) {
        if (!v.isArray()) return false;
        for (const auto& item : v.items())
            if (!line(item, out.emplace_back())) return false;
        return true;
    }
};

Line flatten(const std::vector<Line>& lines) {
    Line all;
    for (const auto& l : lines) all.insert(all.end(), l.begin(), l.end());
    return all;
}

// The centre of a geometry whose coordinates were read; nullopt when it has no point.
std::optional<geo::LatLon> centreOf(std::string_view type, const json::Value& coordinates,
                                    Coordinates& read, bool& malformed) {
    malformed = false;
    if (type == "Point") {
        geo::LatLon p;
        malformed = !read.position(coordinates, p);
        return p;
    }
    if (type == "MultiPoint" || type == "LineString") {
        Line points;
        malformed = !read.line(coordinates, points);
        if (malformed || points.empty()) return std::nullopt;
        return type == "LineString" ? pathCentre(points) : meanPoint(points);
    }
    if (type == "MultiLineString" || type == "Polygon") {
        std::vector<Line> lines;
        malformed = !read.lines(coordinates, lines);
        if (malformed || lines.empty() || lines.front().empty()) return std::nullopt;
        // A polygon is placed by its outer ring; its holes do not move it much.
        return type == "Polygon" ? ringCentroid(lines.front()) : meanPoint(flatten(lines));
    }
    // MultiPolygon: the outer ring of the largest polygon, where the building is (not a
    // car park drawn beside it).
    if (!coordinates.isArray()) {
        malformed = true;
        return std::nullopt;
    }
    const Line* largest = nullptr;
    double largestArea = -1;
    std::vector<std::vector<Line>> polygons(coordinates.items().size());
    for (std::size_t i = 0; i < polygons.size(); ++i) {
        if (!read.lines(coordinates.items()[i], polygons[i])) {
            malformed = true;
            return std::nullopt;
        }
        if (polygons[i].empty() || polygons[i].front().empty()) continue;
        const double area = ringArea(polygons[i].front());
        if (area > largestArea) {
            largestArea = area;
            largest = &polygons[i].front();
        }
    }
    if (!largest) return std::nullopt;
    return ringCentroid(*largest);
}

void locate(OsmElement& e, const json::Value* geometry) {
    if (!geometry || geometry->isNull()) {
        e.positionProblem = e.label() + " has no geometry";
        return;
    }
    const json::Value* type = geometry->find("type");  // nullptr unless an object
    if (!type || !type->isString()) {
        e.positionProblem = e.label() + " has a malformed geometry";
        return;
    }
    const std::string_view t = type->asString();
    if (t != "Point" && t != "MultiPoint" && t != "LineString" && t != "MultiLineString" &&
        t != "Polygon" && t != "MultiPolygon") {
        e.positionProblem = e.label() + " has an unsupported geometry " + quoted(t);
        return;
    }
    const json::Value* coordinates = geometry->find("coordinates");
    Coordinates read;
    bool malformed = !coordinates;
    std::optional<geo::LatLon> centre;
    if (coordinates) centre = centreOf(t, *coordinates, read, malformed);
    if (malformed)
        e.positionProblem = e.label() + " has malformed coordinates";
    else if (read.firstInvalid)
        e.positionProblem =
            e.label() + " has an invalid position (" + describePosition(*read.firstInvalid) + ")";
    else if (!centre)
        e.positionProblem = e.label() + " has an empty geometry";
    else if (!isValidPosition(*centre))  // not expected from valid points; never store one
        e.positionProblem =
            e.label() + " has an invalid position (" + describePosition(*centre) + ")";
    else
        e.position = centre;
}

bool setId(OsmElement& e, std::string_view type, std::string_view number) {
    if (!isOsmType(type) || !isOsmNumber(number)) return false;
    e.type = type;
    e.number = number;
    return true;
}

// "node/123"
bool setId(OsmElement& e, const json::Value* id) {
    if (!id || !id->isString()) return false;
    const std::string_view s = id->asString();
    const auto slash = s.find('/');
    return slash != std::string_view::npos && setId(e, s.substr(0, slash), s.substr(slash + 1));
}

// 123 or "123"
std::string_view digits(const json::Value* v) {
    if (!v) return {};
    if (v->isNumber()) return v->numberText();
    if (v->isString()) return v->asString();
    return {};
}

// Every converter names the object its own way; the first that works wins.
bool findId(OsmElement& e, const json::Value& feature, const json::Value* properties,
            std::string_view geometryType) {
    const json::Value* props = properties && properties->isObject() ? properties : nullptr;
    auto prop = [&](std::string_view key) { return props ? props->find(key) : nullptr; };
    if (setId(e, prop("@id")) || setId(e, feature.find("id")) || setId(e, prop("id"))) return true;
    // {"type": "node", "id": 123} (osmtogeojson's properties)
    if (const json::Value* type = prop("type"); type && type->isString())
        if (setId(e, type->asString(), digits(prop("id"))) ||
            setId(e, type->asString(), digits(feature.find("id"))))
            return true;
    // ogr2ogr: osm_way_id for areas drawn as closed ways, else osm_id, whose kind of
    // object only the layer (hence the geometry) tells.
    if (setId(e, "way", digits(prop("osm_way_id")))) return true;
    const std::string_view g = geometryType;
    const char* type = g == "Point" || g == "MultiPoint"             ? "node"
                       : g == "LineString" || g == "MultiLineString" ? "way"
                                                                     : "relation";
    return setId(e, type, digits(prop("osm_id")));
}

}  // namespace

Result<OsmElement> decodeGeoJsonFeature(const json::Value& feature) {
    if (!feature.isObject()) return badInput("feature is not an object");
    if (const json::Value* type = feature.find("type"))
        if (!type->isString() || type->asString() != "Feature")
            return badInput("not a GeoJSON Feature: \"type\" is " +
                            (type->isString() ? quoted(type->asString()) : "not a string"));
    const json::Value* properties = feature.find("properties");
    if (properties && !properties->isNull() && !properties->isObject())
        return badInput("feature: \"properties\" is not an object");
    const json::Value* geometry = feature.find("geometry");
    const json::Value* geometryType = geometry ? geometry->find("type") : nullptr;

    OsmElement e;
    if (!findId(e, feature, properties,
                geometryType && geometryType->isString() ? geometryType->asString() : ""))
        return badInput("feature has no OpenStreetMap id (such as \"@id\": \"node/123\")");

    if (properties && properties->isObject()) {
        const json::Value* tags = properties->find("tags");
        if (tags && !tags->isNull()) {
            if (!tags->isObject()) return badInput(e.label() + ": \"tags\" is not an object");
            addJsonTags(e.tags, *tags);
        } else {
            addJsonTags(e.tags, *properties);
            if (const json::Value* other = properties->find("other_tags");
                other && other->isString() && !addHstoreTags(e.tags, other->asString()))
                return badInput(e.label() + ": \"other_tags\" is not an hstore list");
        }
    }
    locate(e, geometry);
    return e;
}

}  // namespace parcours::directory::osm
