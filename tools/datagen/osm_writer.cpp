#include "datagen/osm_writer.hpp"

#include <cmath>

#include "datagen/json_text.hpp"

namespace parcours::datagen {
namespace {

constexpr std::string_view kCopyright =
    "The data included in this document is from www.openstreetmap.org. The data is made "
    "available under ODbL.";

// Overpass writes `"key": value` pairs one per line at `indent`, or all on one line.
class ObjectWriter {
  public:
    ObjectWriter(std::string& out, bool pretty, int indent)
        : out_(out), pretty_(pretty), indent_(indent) {
        out_ += '{';
    }
    void field(std::string_view key, std::string_view rawValue) {
        out_ += first_ ? "" : ",";
        first_ = false;
        if (pretty_) {
            out_ += '\n';
            out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
        }
        out_ += jsonString(key);
        out_ += pretty_ ? ": " : ":";
        out_ += rawValue;
    }
    void close() {
        if (pretty_ && !first_) {
            out_ += '\n';
            out_.append(static_cast<std::size_t>(indent_), ' ');
        }
        out_ += '}';
    }

  private:
    std::string& out_;
    bool pretty_;
    int indent_;
    bool first_ = true;
};

std::string centre(const OsmElement& e, bool pretty, int indent) {
    std::string s;
    ObjectWriter w(s, pretty, indent);
    w.field("lat", jsonCoordinate(e.position.lat));
    w.field("lon", jsonCoordinate(e.position.lon));
    w.close();
    return s;
}

std::string array(const std::vector<std::string>& items, bool pretty, int indent) {
    std::string s = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) s += ',';
        if (pretty) {
            s += '\n';
            s.append(static_cast<std::size_t>(indent + 2), ' ');
        }
        s += items[i];
    }
    if (pretty && !items.empty()) {
        s += '\n';
        s.append(static_cast<std::size_t>(indent), ' ');
    }
    return s + "]";
}

std::string tagsObject(const OsmElement& e, bool pretty, int indent) {
    std::string s;
    ObjectWriter w(s, pretty, indent);
    for (const auto& [k, v] : e.tags) w.field(k, jsonString(v));
    w.close();
    return s;
}

std::string overpassElement(const OsmElement& e, bool pretty) {
    std::string s;
    ObjectWriter w(s, pretty, 0);
    w.field("type", jsonString(e.type));
    w.field("id", std::to_string(e.id));
    if (e.type == "node") {
        w.field("lat", jsonCoordinate(e.position.lat));
        w.field("lon", jsonCoordinate(e.position.lon));
    } else {
        w.field("center", centre(e, pretty, 2));
        std::vector<std::string> items;
        if (e.type == "way") {
            for (std::int64_t n : e.nodes) items.push_back(std::to_string(n));
            w.field("nodes", array(items, pretty, 2));
        } else {
            for (std::int64_t n : e.nodes) {
                std::string m;
                ObjectWriter mw(m, pretty, 4);
                mw.field("type", "\"way\"");
                mw.field("ref", std::to_string(n));
                mw.field("role", "\"outer\"");
                mw.close();
                items.push_back(m);
            }
            w.field("members", array(items, pretty, 2));
        }
    }
    w.field("tags", tagsObject(e, pretty, 2));
    w.close();
    return s;
}

std::string lonLat(double lon, double lat) {
    return "[" + jsonCoordinate(lon) + "," + jsonCoordinate(lat) + "]";
}

std::string geometry(const OsmElement& e) {
    if (e.type == "node") {
        return R"({"type":"Point","coordinates":)" + lonLat(e.position.lon, e.position.lat) + "}";
    }
    // A rectangle of about 40 × 30 m centred on the element's centre.
    const double dLat = 0.00015;
    const double dLon = 0.0002 / std::cos(e.position.lat * 3.14159265358979323846 / 180);
    const double lat = e.position.lat, lon = e.position.lon;
    return R"({"type":"Polygon","coordinates":[[)" + lonLat(lon - dLon, lat - dLat) + "," +
           lonLat(lon + dLon, lat - dLat) + "," + lonLat(lon + dLon, lat + dLat) + "," +
           lonLat(lon - dLon, lat + dLat) + "," + lonLat(lon - dLon, lat - dLat) + "]]}";
}

}  // namespace

std::string overpassJson(std::span<const OsmElement> elements, JsonLayout layout,
                         std::string_view timestamp) {
    const bool pretty = layout == JsonLayout::Overpass;
    std::string out =
        "{\n  \"version\": 0.6,\n  \"generator\": \"Overpass API 0.7.62.1 084b4234\",\n"
        "  \"osm3s\": {\n    \"timestamp_osm_base\": " +
        jsonString(timestamp) + ",\n    \"copyright\": " + jsonString(kCopyright) +
        "\n  },\n  \"elements\": [\n";
    if (pretty) out += '\n';
    for (std::size_t i = 0; i < elements.size(); ++i) {
        out += overpassElement(elements[i], pretty);
        out += i + 1 < elements.size() ? ",\n" : "\n";
    }
    out += pretty ? "\n  ]\n}\n" : "  ]\n}\n";
    return out;
}

std::string osmGeoJson(std::span<const OsmElement> elements) {
    std::string out =
        "{\n\"type\": \"FeatureCollection\",\n\"generator\": \"osmtogeojson\",\n"
        "\"copyright\": " +
        jsonString(kCopyright) + ",\n\"features\": [\n";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const OsmElement& e = elements[i];
        const std::string id = e.type + "/" + std::to_string(e.id);
        std::string properties = "{\"@id\":" + jsonString(id);
        for (const auto& [k, v] : e.tags) properties += "," + jsonString(k) + ":" + jsonString(v);
        properties += "}";
        out += R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry(e) +
               R"(,"id":)" + jsonString(id) + "}";
        out += i + 1 < elements.size() ? ",\n" : "\n";
    }
    out += "]\n}\n";
    return out;
}

}  // namespace parcours::datagen
