// The OpenStreetMap generator and its two writers (Overpass JSON, GeoJSON).
#include "datagen/osm_generator.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "core/mini_json.hpp"
#include "datagen/json_text.hpp"
#include "datagen/osm_writer.hpp"
#include "directory/kind_mapping.hpp"

using namespace parcours;
using namespace parcours::datagen;
using parcours::testing::Json;
using parcours::testing::JsonParser;

namespace {

Json parsed(const std::string& text) {
    JsonParser parser(text);
    auto json = parser.parse();
    EXPECT_TRUE(json.has_value()) << parser.error();
    return json ? *json : Json{};
}

std::vector<std::pair<std::string, std::string>> tagsOf(const Json& object, bool skipId) {
    std::vector<std::pair<std::string, std::string>> tags;
    for (const auto& [k, v] : object.members) {
        if (skipId && k == "@id") continue;
        EXPECT_EQ(v.type, Json::Type::String) << k;
        tags.emplace_back(k, v.text);
    }
    return tags;
}

double numberAt(const Json& object, std::string_view key) {
    const Json* v = object.get(key);
    EXPECT_TRUE(v && v->type == Json::Type::Number) << key;
    return v ? v->number : NAN;
}

std::optional<directory::OsmClassification> classify(const OsmElement& e) {
    return directory::classifyOsm([&](std::string_view key) -> std::optional<std::string_view> {
        for (const auto& [k, v] : e.tags)
            if (k == key) return std::string_view(v);
        return std::nullopt;
    });
}

}  // namespace

TEST(JsonText, EscapesWhatJsonRequires) {
    EXPECT_EQ(jsonString("Maison de santé \"Les Lilas\""), R"("Maison de santé \"Les Lilas\"")");
    EXPECT_EQ(jsonString("a\\b\nc\td\x01"), R"("a\\b\nc\td\u0001")");
    const std::string nasty = "quote \" backslash \\ slash / tab \t nl \n cr \r bell \x07 é € 日本";
    const Json back = parsed("[" + jsonString(nasty) + "]");
    ASSERT_EQ(back.items.size(), 1u);
    EXPECT_EQ(back.items[0].text, nasty);
}

TEST(JsonText, CoordinatesOnTheOverpassGrid) {
    EXPECT_EQ(jsonCoordinate(48.8566), "48.8566");
    EXPECT_EQ(jsonCoordinate(-176.17360004), "-176.1736");
    EXPECT_EQ(jsonCoordinate(2.123456789), "2.1234568");
    EXPECT_EQ(jsonCoordinate(45.0), "45");
    EXPECT_EQ(jsonCoordinate(-0.00000001), "0");
}

TEST(OsmGenerator, DeterministicAndVaried) {
    OsmOptions options;
    options.count = 300;
    const auto a = generateOsm(options);
    EXPECT_EQ(overpassJson(a, JsonLayout::Compact),
              overpassJson(generateOsm(options), JsonLayout::Compact));
    options.seed = 7;
    EXPECT_NE(overpassJson(a, JsonLayout::Compact),
              overpassJson(generateOsm(options), JsonLayout::Compact));

    std::map<std::string, int> types;
    std::set<std::pair<std::string, std::int64_t>> ids;
    for (const OsmElement& e : a) {
        ++types[e.type];
        EXPECT_TRUE(ids.insert({e.type, e.id}).second) << e.type << "/" << e.id;
        EXPECT_TRUE(std::is_sorted(e.tags.begin(), e.tags.end()));
        EXPECT_EQ(tag(e, "name"), e.name);
        if (e.type == "way") {
            ASSERT_EQ(e.nodes.size(), 5u);
            EXPECT_EQ(e.nodes.front(), e.nodes.back());  // a closed outline
        }
    }
    EXPECT_GT(types["node"], 150);
    EXPECT_GT(types["way"], 20);
    EXPECT_GT(types["relation"], 0);
}

TEST(OsmGenerator, TruthAgreesWithTheKindTable) {
    OsmOptions options;
    options.count = 400;
    std::set<directory::Kind> kinds;
    std::set<std::string> specialties;
    bool emergencyYes = false, emergencyNo = false, ignored = false;
    for (const OsmElement& e : generateOsm(options)) {
        SCOPED_TRACE(e.name);
        const auto c = classify(e);
        ASSERT_EQ(c.has_value(), e.kind.has_value());
        if (!c) {
            ignored = true;
            continue;
        }
        EXPECT_EQ(c->kind, *e.kind);
        EXPECT_EQ(c->specialty, e.specialty);
        kinds.insert(*e.kind);
        specialties.insert(e.specialty);
        if (e.emergency) (*e.emergency ? emergencyYes : emergencyNo) = true;
        EXPECT_EQ(e.emergency.has_value(), *e.kind == directory::Kind::Hospital);
    }
    for (directory::Kind k : directory::allKinds()) {
        // No OSM tag or name means an équipe de soins primaires or a lieu de soins non
        // programmés: those come from FINESS or from the user.
        if (k == directory::Kind::Esp || k == directory::Kind::SoinsNonProgrammes) continue;
        EXPECT_TRUE(kinds.count(k)) << directory::kindId(k);
    }
    for (const char* s : {"general", "gynaecology", "ophthalmology", "psychiatry", "paediatrics",
                          "dentist", "physiotherapist", "nurse"}) {
        EXPECT_TRUE(specialties.count(s)) << s;
    }
    EXPECT_TRUE(emergencyYes && emergencyNo && ignored);
}

TEST(OsmWriter, OverpassJsonCarriesEveryElement) {
    OsmOptions options;
    options.count = 120;
    const auto elements = generateOsm(options);
    for (JsonLayout layout : {JsonLayout::Overpass, JsonLayout::Compact}) {
        const Json doc = parsed(overpassJson(elements, layout, "2026-04-30T12:00:00Z"));
        ASSERT_EQ(doc.type, Json::Type::Object);
        EXPECT_EQ(doc.get("version")->text, "0.6");
        EXPECT_EQ(doc.get("generator")->text.rfind("Overpass API", 0), 0u);
        EXPECT_EQ(doc.get("osm3s")->get("timestamp_osm_base")->text, "2026-04-30T12:00:00Z");
        const Json& list = *doc.get("elements");
        ASSERT_EQ(list.items.size(), elements.size());
        for (std::size_t i = 0; i < elements.size(); ++i) {
            const OsmElement& e = elements[i];
            const Json& j = list.items[i];
            EXPECT_EQ(j.get("type")->text, e.type);
            EXPECT_EQ(j.get("id")->text, std::to_string(e.id));
            const Json& where = e.type == "node" ? j : *j.get("center");
            EXPECT_EQ(where.get("lat")->text, jsonCoordinate(e.position.lat));
            EXPECT_DOUBLE_EQ(numberAt(where, "lat"), e.position.lat);
            EXPECT_DOUBLE_EQ(numberAt(where, "lon"), e.position.lon);
            EXPECT_EQ(tagsOf(*j.get("tags"), false), e.tags);
            if (e.type == "way") {
                EXPECT_EQ(j.get("nodes")->items.size(), e.nodes.size());
            }
            if (e.type == "relation") {
                EXPECT_EQ(j.get("members")->items.at(0).get("role")->text, "outer");
            }
        }
    }
    // The Overpass layout is the API's own: one key per line, two-space indent.
    const std::string pretty = overpassJson(elements, JsonLayout::Overpass);
    EXPECT_NE(pretty.find("\n  \"elements\": [\n\n{\n  \"type\": \""), std::string::npos);
    EXPECT_NE(pretty.find("\n{\n  \"type\": \"node\",\n  \"id\": "), std::string::npos);
    EXPECT_NE(pretty.find("\n  \"center\": {\n    \"lat\": "), std::string::npos);
    EXPECT_EQ(pretty.substr(pretty.size() - 9), "}\n\n  ]\n}\n");
}

TEST(OsmWriter, GeoJsonLikeOsmtogeojson) {
    OsmOptions options;
    options.count = 80;
    options.wayFraction = 0.4;
    const auto elements = generateOsm(options);
    const Json doc = parsed(osmGeoJson(elements));
    EXPECT_EQ(doc.get("type")->text, "FeatureCollection");
    const Json& features = *doc.get("features");
    ASSERT_EQ(features.items.size(), elements.size());
    bool polygon = false;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const OsmElement& e = elements[i];
        const Json& f = features.items[i];
        const std::string id = e.type + "/" + std::to_string(e.id);
        EXPECT_EQ(f.get("type")->text, "Feature");
        EXPECT_EQ(f.get("id")->text, id);
        EXPECT_EQ(f.get("properties")->get("@id")->text, id);
        EXPECT_EQ(tagsOf(*f.get("properties"), true), e.tags);
        const Json& g = *f.get("geometry");
        const Json& c = *g.get("coordinates");
        if (e.type == "node") {
            EXPECT_EQ(g.get("type")->text, "Point");
            EXPECT_DOUBLE_EQ(c.items.at(0).number, e.position.lon);  // GeoJSON is lon, lat
            EXPECT_DOUBLE_EQ(c.items.at(1).number, e.position.lat);
            continue;
        }
        polygon = true;
        EXPECT_EQ(g.get("type")->text, "Polygon");
        const auto& ring = c.items.at(0).items;
        ASSERT_EQ(ring.size(), 5u);
        EXPECT_EQ(ring.front().items[0].text, ring.back().items[0].text);  // closed
        EXPECT_EQ(ring.front().items[1].text, ring.back().items[1].text);
        // Its centre is the element's position (to the 1e-7° printing grid).
        double lon = 0, lat = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            lon += ring[k].items[0].number / 4;
            lat += ring[k].items[1].number / 4;
        }
        EXPECT_NEAR(lon, e.position.lon, 2e-7);
        EXPECT_NEAR(lat, e.position.lat, 2e-7);
    }
    EXPECT_TRUE(polygon);
}
