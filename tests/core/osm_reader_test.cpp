// The OpenStreetMap reader: Overpass API JSON and GeoJSON, tags to structures, positions,
// and every problem with its line.
#include "parcours/directory/osm_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace parcours;
using namespace parcours::directory;

namespace {

struct Outcome {
    Result<std::vector<Structure>> structures;
    ReadReport report;
};

Outcome read(std::string_view content, bool strict = false) {
    ReadOptions options;
    options.fileName = "sante.json";
    options.strict = strict;
    ReadReport report;
    auto structures = readOsm(content, options, report);
    return {std::move(structures), std::move(report)};
}

// The structures of a read that must succeed.
std::vector<Structure> structuresOf(std::string_view content) {
    auto out = read(content);
    EXPECT_TRUE(out.structures.ok()) << out.structures.error().message;
    return out.structures.ok() ? std::move(out.structures).value() : std::vector<Structure>{};
}

const Structure* find(const std::vector<Structure>& all, std::string_view sourceId) {
    for (const auto& s : all)
        if (s.sourceId == sourceId) return &s;
    return nullptr;
}

std::string problems(const ReadReport& report) {
    std::string out;
    for (const auto& p : report.problems)
        out += p.file + ":" + std::to_string(p.line) + ": " + p.reason + "\n";
    return out;
}

}  // namespace

// ----- Overpass API JSON: tags

TEST(OsmOverpass, ReadsADoctorWithEverything) {
    auto out = read(R"({
  "version": 0.6,
  "generator": "Overpass API 0.7.62",
  "osm3s": {"timestamp_osm_base": "2024-05-01T12:00:00Z", "copyright": "ODbL"},
  "elements": [
    {"type": "node", "id": 1234, "lat": 45.7640, "lon": 4.8357, "tags": {
      "amenity": "doctors", "healthcare": "doctor", "healthcare:speciality": "gynaecology",
      "name": "  Dr  Anne Martin ", "addr:housenumber": "12", "addr:street": "Rue de la République",
      "addr:postcode": "69002", "addr:city": "Lyon", "phone": "+33 4 72 00 00 00;+33 6 00 00 00 00",
      "ref:FR:FINESS": "690000000", "emergency": "yes"}}
  ]
})");
    ASSERT_TRUE(out.structures.ok()) << out.structures.error().message;
    ASSERT_EQ(out.structures->size(), 1u);
    const Structure& s = out.structures->front();
    EXPECT_EQ(s.source, "osm");
    EXPECT_EQ(s.sourceId, "node/1234");
    EXPECT_EQ(s.id(), "osm:node/1234");
    EXPECT_EQ(s.kind, Kind::Practice);
    EXPECT_EQ(s.category, "healthcare=doctor");
    EXPECT_EQ(s.specialty, "gynaecology");
    EXPECT_EQ(s.name, "Dr Anne Martin");
    EXPECT_EQ(s.address, "12 Rue de la République");
    EXPECT_EQ(s.postcode, "69002");
    EXPECT_EQ(s.city, "Lyon");
    EXPECT_EQ(s.phone, "+33 4 72 00 00 00");
    EXPECT_EQ(s.finessRef, "690000000");
    EXPECT_FALSE(s.emergency.has_value());  // a practice has no emergency unit to flag
    ASSERT_TRUE(s.position.has_value());
    EXPECT_DOUBLE_EQ(s.position->lat, 45.7640);
    EXPECT_DOUBLE_EQ(s.position->lon, 4.8357);

    EXPECT_EQ(out.report.records, 1u);
    EXPECT_EQ(out.report.structures, 1u);
    EXPECT_EQ(out.report.skipped, 0u);
    EXPECT_EQ(out.report.encoding, "UTF-8");
    EXPECT_EQ(out.report.extractionDate, "2024-05-01");
    EXPECT_TRUE(out.report.problems.empty());
}

TEST(OsmOverpass, MapsTheHealthTags) {
    auto all = structuresOf(R"({"elements": [
{"type": "node", "id": 1, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "dentist"}},
{"type": "node", "id": 2, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "clinic", "name": "Maison de santé des Lices"}},
{"type": "node", "id": 3, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "hospital", "name": "CHU", "emergency": "yes"}},
{"type": "node", "id": 4, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "hospital", "emergency": "no"}},
{"type": "node", "id": 5, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "hospital", "emergency": "defibrillator"}},
{"type": "node", "id": 6, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "pharmacy", "contact:phone": "02 99 00 00 00"}},
{"type": "node", "id": 7, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors", "official_name": "Cabinet Dupont"}},
{"type": "node", "id": 8, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors", "addr:place": "Le Bourg", "addr:housenumber": "3"}},
{"type": "node", "id": 9, "lat": 48.1, "lon": -1.6, "tags": {"healthcare": "blood_donation", "addr:street": "Rue Haute"}},
{"type": "node", "id": 10, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "clinic", "name": "Clinique Saint-Yves", "emergency": "yes"}}
]})");
    ASSERT_EQ(all.size(), 10u);
    EXPECT_EQ(all[0].kind, Kind::Practice);
    EXPECT_EQ(all[0].specialty, "dentist");
    EXPECT_EQ(all[0].name, "Dentiste");  // unnamed: a label from its tag
    EXPECT_EQ(all[1].kind, Kind::Msp);
    EXPECT_EQ(all[1].category, "amenity=clinic");
    EXPECT_EQ(all[2].kind, Kind::Hospital);
    EXPECT_EQ(all[2].emergency, std::optional<bool>(true));
    EXPECT_EQ(all[3].emergency, std::optional<bool>(false));
    EXPECT_EQ(all[3].name, "Hôpital");
    EXPECT_FALSE(all[4].emergency.has_value());
    EXPECT_EQ(all[5].kind, Kind::Pharmacy);
    EXPECT_EQ(all[5].name, "Pharmacie");
    EXPECT_EQ(all[5].phone, "02 99 00 00 00");
    EXPECT_EQ(all[6].name, "Cabinet Dupont");
    EXPECT_EQ(all[7].name, "Médecin");
    EXPECT_EQ(all[7].address, "3 Le Bourg");
    EXPECT_EQ(all[8].kind, Kind::Other);
    EXPECT_EQ(all[8].address, "Rue Haute");  // no house number
    EXPECT_EQ(all[9].kind, Kind::Clinic);
    EXPECT_EQ(all[9].emergency, std::optional<bool>(true));
}

TEST(OsmOverpass, IgnoresObjectsWithoutHealthTags) {
    auto out = read(R"({"elements": [
{"type": "node", "id": 1, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "bench"}},
{"type": "node", "id": 2, "lat": 48.1, "lon": -1.6},
{"type": "way", "id": 3, "nodes": [1, 2], "tags": {"shop": "bakery", "name": "Maison de santé du pain"}},
{"type": "node", "id": 4, "lat": 95, "lon": -1.6, "tags": {"amenity": "bench"}},
{"type": "node", "id": 5, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "pharmacy"}},
{"type": "node", "id": 5}
]})");
    ASSERT_TRUE(out.structures.ok());
    ASSERT_EQ(out.structures->size(), 1u);
    EXPECT_EQ(out.structures->front().sourceId, "node/5");
    EXPECT_EQ(out.report.records, 6u);
    EXPECT_EQ(out.report.structures, 1u);
    EXPECT_EQ(problems(out.report), "");
}

// ----- Overpass API JSON: positions

TEST(OsmOverpass, PlacesWaysAndRelations) {
    auto all = structuresOf(R"({"elements": [
{"type": "way", "id": 1, "center": {"lat": 43.6, "lon": 1.44}, "geometry": [{"lat": 0, "lon": 0}], "tags": {"amenity": "hospital"}},
{"type": "way", "id": 2, "bounds": {"minlat": 45.0, "minlon": 4.0, "maxlat": 45.002, "maxlon": 4.002},
  "geometry": [{"lat": 45.0, "lon": 4.0}, {"lat": 45.0, "lon": 4.002}, {"lat": 45.001, "lon": 4.002},
               {"lat": 45.001, "lon": 4.001}, {"lat": 45.002, "lon": 4.001}, {"lat": 45.002, "lon": 4.0},
               {"lat": 45.0, "lon": 4.0}], "tags": {"amenity": "clinic"}},
{"type": "way", "id": 3, "geometry": [{"lat": 44.0, "lon": 2.0}, null, {"lat": 44.0, "lon": 2.3}, {"lat": 44.3, "lon": 2.0}], "tags": {"amenity": "doctors"}},
{"type": "relation", "id": 4, "bounds": {"minlat": 47.0, "minlon": -2.0, "maxlat": 47.2, "maxlon": -1.0}, "members": [], "tags": {"amenity": "hospital"}},
{"type": "way", "id": 5, "geometry": [null], "bounds": {"minlat": 1, "minlon": 2, "maxlat": 3, "maxlon": 4}, "tags": {"amenity": "pharmacy"}},
{"type": "way", "id": 6, "geometry": [{"lat": 10, "lon": 20}, {"lat": 10, "lon": 21}, {"lat": 10, "lon": 22}, {"lat": 10, "lon": 20}], "tags": {"amenity": "dentist"}}
]})");
    ASSERT_EQ(all.size(), 6u);
    auto at = [&](std::string_view id) { return *find(all, id)->position; };
    // `out center`: Overpass's centre wins over anything else.
    EXPECT_DOUBLE_EQ(at("way/1").lat, 43.6);
    EXPECT_DOUBLE_EQ(at("way/1").lon, 1.44);
    // A closed L-shaped ring: its area centroid (5/6 of the way up each 2-unit side), not
    // the mean of its corners nor the middle of its bounds.
    EXPECT_NEAR(at("way/2").lat, 45.0 + 0.001 * 2.5 / 3, 1e-9);
    EXPECT_NEAR(at("way/2").lon, 4.0 + 0.001 * 2.5 / 3, 1e-9);
    // An open way: the mean of its points, skipping the null of a clipped `out geom`.
    EXPECT_NEAR(at("way/3").lat, 44.1, 1e-9);
    EXPECT_NEAR(at("way/3").lon, 2.1, 1e-9);
    // A relation with bounds only, and a geometry with no point left.
    EXPECT_DOUBLE_EQ(at("relation/4").lat, 47.1);
    EXPECT_DOUBLE_EQ(at("relation/4").lon, -1.5);
    EXPECT_DOUBLE_EQ(at("way/5").lat, 2);
    EXPECT_DOUBLE_EQ(at("way/5").lon, 3);
    // A closed ring with no area (there and back): the mean of its points.
    EXPECT_DOUBLE_EQ(at("way/6").lat, 10);
    EXPECT_DOUBLE_EQ(at("way/6").lon, 20.75);
}

// ----- problems, each at its element's line

TEST(OsmOverpass, ReportsMalformedElementsWithTheirLines) {
    auto out = read(R"({"elements": [
{"type": "node", "id": 1, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
42,
{"id": 2, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "area", "id": 3600000001, "tags": {"amenity": "hospital"}},
{"type": "node", "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 1.5, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": "7", "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 8, "lat": 48.1, "lon": -1.6, "tags": ["amenity", "doctors"]},
{"type": "node", "id": 9, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 10, "lat": 91, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 11, "lat": 48.1, "lon": 180.5, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 12, "lat": "48.1", "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 13, "lat": 1e400, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "way", "id": 14, "nodes": [1, 2, 3], "tags": {"amenity": "hospital"}},
{"type": "way", "id": 15, "center": {"lat": 48.1}, "tags": {"amenity": "hospital"}},
{"type": "way", "id": 16, "geometry": [{"lat": 48.1, "lon": -1.6}, {"lat": -90.5, "lon": 0}], "tags": {"amenity": "hospital"}},
{"type": "way", "id": 17, "geometry": {"lat": 48.1, "lon": -1.6}, "tags": {"amenity": "hospital"}},
{"type": "relation", "id": 18, "bounds": {"minlat": 1, "minlon": 2}, "tags": {"amenity": "hospital"}},
{"type": "node", "id": 1, "lat": 48.2, "lon": -1.7, "tags": {"amenity": "pharmacy"}},
{"type": "node", "id": 19, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}}
]})");
    ASSERT_TRUE(out.structures.ok());
    ASSERT_EQ(out.structures->size(), 2u);
    EXPECT_EQ(out.structures->at(0).sourceId, "node/1");
    EXPECT_EQ(out.structures->at(0).kind, Kind::Practice);  // the first node/1 was kept
    EXPECT_EQ(out.structures->at(1).sourceId, "node/19");
    EXPECT_EQ(problems(out.report),
              "sante.json:3: element is not an object\n"
              "sante.json:4: element has no \"type\"\n"
              "sante.json:5: unknown element type \"area\"\n"
              "sante.json:6: node has no \"id\"\n"
              "sante.json:7: node has an invalid \"id\" \"1.5\"\n"
              "sante.json:8: node has an invalid \"id\"\n"
              "sante.json:9: node 8: \"tags\" is not an object\n"
              "sante.json:10: node 9 has no position (lat, lon)\n"
              "sante.json:11: node 10 has an invalid position (lat 91, lon -1.6)\n"
              "sante.json:12: node 11 has an invalid position (lat 48.1, lon 180.5)\n"
              "sante.json:13: node 12 has a malformed position (lat, lon)\n"
              "sante.json:14: node 13 has an invalid position (lat inf, lon -1.6)\n"
              "sante.json:15: way 14 has no position: query with `out center`\n"
              "sante.json:16: way 15 has a malformed \"center\"\n"
              "sante.json:17: way 16 has an invalid position (lat -90.5, lon 0)\n"
              "sante.json:18: way 17 has a malformed \"geometry\"\n"
              "sante.json:19: relation 18 has a malformed \"bounds\"\n"
              "sante.json:20: duplicate node 1 (first at line 2)\n");
    EXPECT_EQ(out.report.records, 20u);
    EXPECT_EQ(out.report.structures, 2u);
    EXPECT_EQ(out.report.skipped, 18u);
}

TEST(OsmOverpass, StrictStopsAtTheFirstProblem) {
    const std::string content = R"({"elements": [
{"type": "node", "id": 1, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 2, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "bench"}},

{"type": "way", "id": 3, "nodes": [1, 2], "tags": {"amenity": "doctors"}},
{"type": "way", "id": 4, "tags": "none"}
]})";
    auto strict = read(content, true);
    ASSERT_FALSE(strict.structures.ok());
    EXPECT_EQ(strict.structures.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(strict.structures.error().message,
              "sante.json: line 5: way 3 has no position: query with `out center`");

    auto lenient = read(content);
    ASSERT_TRUE(lenient.structures.ok());
    EXPECT_EQ(lenient.structures->size(), 1u);
    EXPECT_EQ(lenient.report.skipped, 2u);

    // and a clean file reads the same either way
    auto clean = read(R"({"elements": [{"type": "node", "id": 1, "lat": 1, "lon": 2,
                         "tags": {"amenity": "doctors"}}]})",
                      true);
    ASSERT_TRUE(clean.structures.ok());
    EXPECT_EQ(clean.structures->size(), 1u);
}

TEST(OsmOverpass, RemarksOfAFailedQueryAreProblems) {
    const std::string content = R"({"elements": [
{"type": "node", "id": 1, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}}
], "remark": "runtime error: Query timed out in \"query\" at line 3 after 26 seconds."})";
    auto lenient = read(content);
    ASSERT_TRUE(lenient.structures.ok());
    EXPECT_EQ(lenient.structures->size(), 1u);
    EXPECT_EQ(problems(lenient.report),
              "sante.json:0: Overpass API remark: runtime error: Query timed out in \"query\" at "
              "line 3 after 26 seconds.\n");
    EXPECT_EQ(lenient.report.skipped, 0u);  // no element was refused
    auto strict = read(content, true);
    ASSERT_FALSE(strict.structures.ok());
    EXPECT_EQ(strict.structures.error().message,
              "sante.json: Overpass API remark: runtime error: Query timed out in \"query\" at "
              "line 3 after 26 seconds.");
}

// ----- what is not OpenStreetMap JSON

TEST(OsmReader, InvalidJsonIsFatalWithItsPosition) {
    const std::string content = R"({"elements": [
{"type": "node", "id": 1, "lat": 48.1, "lon": -1.6, "tags": {"amenity": "doctors"}},
{"type": "node", "id": 2, "lat": 48.1, "lon": -1.6, "tags": {"amenity" "doctors"}}
]})";
    for (bool strict : {false, true}) {
        auto out = read(content, strict);
        ASSERT_FALSE(out.structures.ok());
        EXPECT_EQ(out.structures.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(out.structures.error().message,
                  "sante.json: line 3, column 72: expected ':', found '\"'");
    }
    auto truncated = read(R"({"elements": [{"type": "node", "id": 1,)");
    ASSERT_FALSE(truncated.structures.ok());
    EXPECT_EQ(truncated.structures.error().message,
              "sante.json: line 1, column 40: unexpected end of input, expected a string key");
}

TEST(OsmReader, RefusesJsonThatIsNotOsmData) {
    auto out = read(R"({"type": "Topology", "objects": {}})");
    ASSERT_FALSE(out.structures.ok());
    EXPECT_EQ(out.structures.error().message,
              "sante.json: not OpenStreetMap data: no \"elements\" array (Overpass API JSON) nor "
              "\"features\" array (GeoJSON)");
    out = read("[1, 2]");
    ASSERT_FALSE(out.structures.ok());
    EXPECT_EQ(out.structures.error().message,
              "sante.json: line 1, column 1: expected '{' (a JSON object), found '['");
    out = read(R"({"elements": {"type": "node"}})");
    ASSERT_FALSE(out.structures.ok());
    EXPECT_EQ(out.structures.error().message,
              "sante.json: line 1, column 14: \"elements\" must be an array");
}

TEST(OsmReader, ReadsAFileWithAByteOrderMark) {
    auto all = structuresOf(
        "\xEF\xBB\xBF{\"elements\": [{\"type\": \"node\", \"id\": 1, \"lat\": 1, \"lon\": 2, "
        "\"tags\": {\"amenity\": \"pharmacy\"}}]}");
    EXPECT_EQ(all.size(), 1u);
}

TEST(OsmReader, RecognisesJsonContent) {
    EXPECT_TRUE(looksLikeOsmJson(R"({"elements": []})"));
    EXPECT_TRUE(looksLikeOsmJson("\xEF\xBB\xBF \n\t{"));
    EXPECT_FALSE(looksLikeOsmJson("[{}]"));
    EXPECT_FALSE(looksLikeOsmJson("finess;etalab;100;2024-05-02\n"));
    EXPECT_FALSE(looksLikeOsmJson(""));
    EXPECT_FALSE(looksLikeOsmJson("\xEF\xBB\xBF   "));
}

// ----- GeoJSON

TEST(OsmGeoJson, ReadsOverpassTurboFeatures) {
    auto out = read(R"({
  "type": "FeatureCollection",
  "generator": "overpass-turbo",
  "timestamp": "2024-06-02T08:15:00Z",
  "features": [
    {"type": "Feature", "properties": {"@id": "node/1", "amenity": "doctors", "name": "Dr Petit",
       "addr:housenumber": 5, "addr:street": "Place Bellecour"},
     "geometry": {"type": "Point", "coordinates": [4.8320, 45.7578]}, "id": "node/1"},
    {"type": "Feature", "properties": {"@id": "way/2", "amenity": "hospital", "emergency": "yes"},
     "geometry": {"type": "Polygon", "coordinates": [
       [[0, 40], [4, 40], [4, 44], [0, 44], [0, 40]],
       [[0, 40], [1, 40], [1, 41], [0, 41], [0, 40]]]}},
    {"type": "Feature", "properties": {"@id": "relation/3", "amenity": "clinic"},
     "geometry": {"type": "MultiPolygon", "coordinates": [
       [[[10, 10], [10.5, 10], [10.5, 10.5], [10, 10]]],
       [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]]]}},
    {"type": "Feature", "properties": {"@id": "way/4", "healthcare": "centre"},
     "geometry": {"type": "LineString", "coordinates": [[2, 48], [2.2, 48.1], [2.4, 48.2]]}},
    {"type": "Feature", "properties": {"@id": "node/5", "amenity": "pharmacy"},
     "geometry": {"type": "MultiPoint", "coordinates": [[1, 43], [3, 45, 120]]}},
    {"type": "Feature", "properties": {"@id": "relation/6", "amenity": "dentist"},
     "geometry": {"type": "MultiLineString", "coordinates": [[[1, 1], [3, 1]], [[5, 4]]]}},
    {"type": "Feature", "properties": {"@id": "way/7", "amenity": "doctors"},
     "geometry": {"type": "LineString", "coordinates": [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]}}
  ]
})");
    ASSERT_TRUE(out.structures.ok()) << out.structures.error().message;
    EXPECT_EQ(problems(out.report), "");
    EXPECT_EQ(out.report.extractionDate, "2024-06-02");
    const auto& all = *out.structures;
    ASSERT_EQ(all.size(), 7u);
    auto at = [&](std::string_view id) { return *find(all, id)->position; };
    // GeoJSON puts the longitude first.
    EXPECT_DOUBLE_EQ(at("node/1").lat, 45.7578);
    EXPECT_DOUBLE_EQ(at("node/1").lon, 4.8320);
    EXPECT_EQ(find(all, "node/1")->address, "5 Place Bellecour");  // a number-typed tag
    EXPECT_EQ(find(all, "node/1")->kind, Kind::Practice);
    // A polygon: its outer ring's centroid, the hole in the corner left out.
    EXPECT_NEAR(at("way/2").lat, 42, 1e-9);
    EXPECT_NEAR(at("way/2").lon, 2, 1e-9);
    EXPECT_EQ(find(all, "way/2")->emergency, std::optional<bool>(true));
    // A multipolygon: the largest polygon's centroid.
    EXPECT_NEAR(at("relation/3").lat, 1, 1e-9);
    EXPECT_NEAR(at("relation/3").lon, 2, 1e-9);
    EXPECT_EQ(find(all, "way/4")->kind, Kind::CentreSante);
    EXPECT_NEAR(at("way/4").lat, 48.1, 1e-9);
    EXPECT_NEAR(at("way/4").lon, 2.2, 1e-9);
    EXPECT_NEAR(at("node/5").lat, 44, 1e-9);  // the altitude is ignored
    EXPECT_NEAR(at("node/5").lon, 2, 1e-9);
    EXPECT_NEAR(at("relation/6").lat, 2, 1e-9);
    EXPECT_NEAR(at("relation/6").lon, 3, 1e-9);
    // A closed line string is an area: its centroid.
    EXPECT_NEAR(at("way/7").lat, 1, 1e-9);
    EXPECT_NEAR(at("way/7").lon, 1, 1e-9);
}

TEST(OsmGeoJson, ReadsOsmtogeojsonAndOgr2ogrFeatures) {
    auto all = structuresOf(R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "id": "way/10", "properties": {"type": "way", "id": 10, "tags": {"amenity": "clinic", "name": "Centre de santé Lumière"}, "relations": [], "meta": {}}, "geometry": {"type": "Point", "coordinates": [5.37, 43.29]}},
{"type": "Feature", "properties": {"type": "node", "id": 11, "tags": {"amenity": "pharmacy"}}, "geometry": {"type": "Point", "coordinates": [5.37, 43.29]}},
{"type": "Feature", "id": 12, "properties": {"type": "relation", "tags": {"amenity": "hospital"}}, "geometry": {"type": "Point", "coordinates": [5.37, 43.29]}},
{"type": "Feature", "properties": {"osm_id": "13", "name": "Dr Roux", "other_tags": "\"amenity\"=>\"doctors\",\"healthcare:speciality\"=>\"paediatrics\",\"note\"=>\"dit \\\"le 2\\\" => ici\""}, "geometry": {"type": "Point", "coordinates": [5.37, 43.29]}},
{"type": "Feature", "properties": {"osm_id": null, "osm_way_id": "14", "amenity": "hospital"}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[5, 43], [5.1, 43], [5.1, 43.1], [5, 43]]]]}},
{"type": "Feature", "properties": {"osm_id": 15, "amenity": "hospital"}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[5, 43], [5.1, 43], [5.1, 43.1], [5, 43]]]]}},
{"type": "Feature", "properties": {"osm_id": "16", "other_tags": "\"healthcare\"=>\"nurse\""}, "geometry": {"type": "LineString", "coordinates": [[5, 43], [5.1, 43]]}}
]})");
    ASSERT_EQ(all.size(), 7u);
    EXPECT_EQ(all[0].sourceId, "way/10");
    EXPECT_EQ(all[0].kind, Kind::CentreSante);
    EXPECT_EQ(all[1].sourceId, "node/11");
    EXPECT_EQ(all[2].sourceId, "relation/12");
    EXPECT_EQ(all[3].sourceId, "node/13");  // a point layer: nodes
    EXPECT_EQ(all[3].kind, Kind::Practice);
    EXPECT_EQ(all[3].specialty, "paediatrics");
    EXPECT_EQ(all[3].name, "Dr Roux");
    EXPECT_EQ(all[4].sourceId, "way/14");       // multipolygons from closed ways
    EXPECT_EQ(all[5].sourceId, "relation/15");  // and from relations
    EXPECT_EQ(all[6].sourceId, "way/16");       // the lines layer
    EXPECT_EQ(all[6].specialty, "nurse");
}

TEST(OsmGeoJson, ReportsMalformedFeaturesWithTheirLines) {
    auto out = read(R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Feature", "id": "doctor/1", "properties": {"amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Feature", "properties": "amenity=doctors", "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Feature", "properties": {"@id": "node/4", "tags": "amenity=doctors"}, "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Point", "coordinates": [2, 48]},
"feature",
{"type": "Feature", "properties": {"@id": "node/7", "amenity": "doctors"}, "geometry": null},
{"type": "Feature", "properties": {"@id": "node/8", "amenity": "doctors"}, "geometry": {"type": "GeometryCollection", "geometries": []}},
{"type": "Feature", "properties": {"@id": "node/9", "amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": ["2", "48"]}},
{"type": "Feature", "properties": {"@id": "node/10", "amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": [48, 95]}},
{"type": "Feature", "properties": {"@id": "way/11", "amenity": "doctors"}, "geometry": {"type": "Polygon", "coordinates": []}},
{"type": "Feature", "properties": {"@id": "way/12", "amenity": "doctors"}, "geometry": {"type": "LineString"}},
{"type": "Feature", "properties": {"@id": "node/13", "other_tags": "\"amenity\"=>\"doctors\",oops"}, "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Feature", "properties": {"@id": "node/14", "amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Feature", "properties": {"@id": "node/14", "amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": [2, 48]}},
{"type": "Feature", "properties": {"@id": "node/16", "shop": "bakery"}, "geometry": null},
{"type": "Feature", "properties": null, "geometry": {"type": "Point", "coordinates": [2, 48]}, "id": "node/17"}
]})");
    ASSERT_TRUE(out.structures.ok());
    ASSERT_EQ(out.structures->size(), 1u);
    EXPECT_EQ(out.structures->front().sourceId, "node/14");
    EXPECT_EQ(problems(out.report),
              "sante.json:2: feature has no OpenStreetMap id (such as \"@id\": \"node/123\")\n"
              "sante.json:3: feature has no OpenStreetMap id (such as \"@id\": \"node/123\")\n"
              "sante.json:4: feature: \"properties\" is not an object\n"
              "sante.json:5: node 4: \"tags\" is not an object\n"
              "sante.json:6: not a GeoJSON Feature: \"type\" is \"Point\"\n"
              "sante.json:7: feature is not an object\n"
              "sante.json:8: node 7 has no geometry\n"
              "sante.json:9: node 8 has an unsupported geometry \"GeometryCollection\"\n"
              "sante.json:10: node 9 has malformed coordinates\n"
              "sante.json:11: node 10 has an invalid position (lat 95, lon 48)\n"
              "sante.json:12: way 11 has an empty geometry\n"
              "sante.json:13: way 12 has malformed coordinates\n"
              "sante.json:14: node 13: \"other_tags\" is not an hstore list\n"
              "sante.json:16: duplicate node 14 (first at line 15)\n");
    EXPECT_EQ(out.report.records, 17u);
    EXPECT_EQ(out.report.skipped, 14u);

    auto strict = read(R"({"features": [
{"type": "Feature", "properties": {"@id": "node/1", "amenity": "doctors"}, "geometry": {"type": "Point", "coordinates": [200, 48]}}
]})",
                       true);
    ASSERT_FALSE(strict.structures.ok());
    EXPECT_EQ(strict.structures.error().message,
              "sante.json: line 2: node 1 has an invalid position (lat 48, lon 200)");
}
