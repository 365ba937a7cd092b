// data/sample: what the generators make now, and covering what it promises.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "core/finess_fields.hpp"
#include "core/mini_json.hpp"
#include "datagen/sample.hpp"
#include "directory/kind_mapping.hpp"
#include "parcours/geo/projection.hpp"

using namespace parcours;
using parcours::testing::finessFields;
using parcours::testing::lines;

namespace {

const std::filesystem::path kSampleDir =
    std::filesystem::path(PARCOURS_SOURCE_DIR) / "data" / "sample";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// categetab → kind id, straight from the table the build embeds.
std::map<std::string, std::string> categoryKinds() {
    std::map<std::string, std::string> kinds;
    bool header = true;
    const std::string csv = readFile(std::filesystem::path(PARCOURS_SOURCE_DIR) / "data" / "kinds" /
                                     "finess-categories.csv");
    for (std::string_view line : lines(csv)) {
        if (header || line.empty()) {
            header = false;
            continue;
        }
        const auto f = finessFields(line);
        kinds[f.at(0)] = f.at(1);
    }
    return kinds;
}

}  // namespace

TEST(SampleData, CommittedFilesAreWhatTheGeneratorsMake) {
    const auto dir = std::filesystem::path(::testing::TempDir()) / "parcours-sample-golden";
    std::filesystem::remove_all(dir);
    const auto written = datagen::writeSample(dir);
    ASSERT_TRUE(written.ok()) << written.error().message;
    for (const char* name : {"finess-sample.csv", "osm-sample.json", "osm-sample.geojson"}) {
        const std::string fresh = readFile(dir / name);
        const std::string committed = readFile(kSampleDir / name);
        ASSERT_FALSE(fresh.empty()) << name;
        if (fresh != committed) {
            std::size_t at = 0;
            while (at < fresh.size() && at < committed.size() && fresh[at] == committed[at]) ++at;
            ADD_FAILURE() << "data/sample/" << name << " differs from what the generators make now "
                          << "(first difference at byte " << at << " of " << committed.size()
                          << "): run tools/make-sample and commit the result";
        }
    }
    std::filesystem::remove_all(dir);
}

TEST(SampleData, FinessHasEveryKindAndEveryCoordinateSystemInBothGenerations) {
    const std::map<std::string, std::string> categories = categoryKinds();
    std::set<std::string> wantedKinds;
    for (const auto& [code, kind] : categories) wantedKinds.insert(kind);
    wantedKinds.insert("other");

    std::set<std::string> kinds;
    std::set<std::pair<std::string, bool>> systems;  // (zone "L93"/"20N"…, old generation?)
    std::size_t structures = 0, geolocations = 0, quoted = 0;
    const std::string sample = readFile(kSampleDir / "finess-sample.csv");
    for (std::string_view line : lines(sample)) {
        if (line.find("\"\"") != std::string_view::npos) ++quoted;
        const auto f = finessFields(line);
        if (f[0] == "structureet") {
            ++structures;
            const auto it = categories.find(f.at(18));
            kinds.insert(it == categories.end() ? "other" : it->second);
        } else if (f[0] == "geolocalisation") {
            ++geolocations;
            const auto system = geo::parseCoordinateSystem(f.at(4));
            ASSERT_TRUE(system.ok()) << system.error().message;
            const bool old = f[4].find(",BD_ADRESSE,") != std::string::npos;
            const std::string zone =
                system->projection == geo::Projection::Lambert93
                    ? "L93"
                    : std::to_string(system->utmZone) + (system->south ? "S" : "N");
            systems.insert({zone, old});
            // Every point lands where its system is used.
            const auto p = geo::toWgs84(*system, {std::stod(f.at(2)), std::stod(f.at(3))});
            ASSERT_TRUE(p.ok());
            const geo::BoundingBox area = geo::areaOfUse(*system);
            EXPECT_TRUE(p->lat >= area.minLat && p->lat <= area.maxLat && p->lon >= area.minLon &&
                        p->lon <= area.maxLon)
                << f[1];
        }
    }
    EXPECT_EQ(kinds, wantedKinds);
    for (const char* zone : {"L93", "20N", "21N", "22N", "38S", "40S"}) {
        EXPECT_TRUE(systems.count({zone, true})) << zone << " with an old token";
        EXPECT_TRUE(systems.count({zone, false})) << zone << " with a new label";
    }
    EXPECT_TRUE(systems.count({"1S", false})) << "Wallis-et-Futuna";
    EXPECT_GE(structures, 300u);
    EXPECT_GT(structures, geolocations);  // some without geolocation, as in the real file
    EXPECT_GT(quoted, 0u);                // a name with doubled quotes
}

TEST(SampleData, OsmFilesAreValidAndVaried) {
    // The parser keeps a view of the text: keep the text alive.
    const std::string overpassText = readFile(kSampleDir / "osm-sample.json");
    parcours::testing::JsonParser overpass(overpassText);
    const auto doc = overpass.parse();
    ASSERT_TRUE(doc) << overpass.error();
    std::set<std::string> types, kinds;
    for (const auto& e : doc->get("elements")->items) {
        types.insert(e.get("type")->text);
        const auto* tags = e.get("tags");
        const auto c =
            directory::classifyOsm([&](std::string_view key) -> std::optional<std::string_view> {
                const auto* v = tags->get(key);
                return v ? std::optional<std::string_view>(v->text) : std::nullopt;
            });
        if (c) kinds.insert(std::string(directory::kindId(c->kind)));
    }
    EXPECT_GE(doc->get("elements")->items.size(), 200u);
    EXPECT_EQ(types, (std::set<std::string>{"node", "way", "relation"}));
    for (const char* k : {"practice", "msp", "centre-sante", "cpts", "clinic", "hospital",
                          "pharmacy", "laboratory", "other"}) {
        EXPECT_TRUE(kinds.count(k)) << k;
    }

    const std::string geojsonText = readFile(kSampleDir / "osm-sample.geojson");
    parcours::testing::JsonParser geojson(geojsonText);
    const auto features = geojson.parse();
    ASSERT_TRUE(features) << geojson.error();
    std::set<std::string> geometries;
    for (const auto& f : features->get("features")->items) {
        geometries.insert(f.get("geometry")->get("type")->text);
    }
    EXPECT_EQ(geometries, (std::set<std::string>{"Point", "Polygon"}));
}
