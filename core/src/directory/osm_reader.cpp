#include "parcours/directory/osm_reader.hpp"

#include <string>
#include <unordered_map>

#include "directory/osm_geojson.hpp"
#include "directory/osm_overpass.hpp"
#include "directory/osm_structure.hpp"
#include "json/json_reader.hpp"

namespace parcours::directory {
namespace {

constexpr std::string_view kOverpassArray = "elements";
constexpr std::string_view kGeoJsonArray = "features";

std::string inFile(const ReadOptions& options) {
    return options.fileName.empty() ? std::string() : options.fileName + ": ";
}

// "2024-05-01" from Overpass' "2024-05-01T12:00:00Z"; nothing from text that is no date.
std::string datePart(const json::Value& v) {
    if (!v.isString()) return {};
    const std::string_view s = v.asString();
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return {};
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return {};
    return std::string(s.substr(0, 10));
}

// One pass over the file: each element or feature becomes a structure, a problem, or
// nothing (not a health object).
class OsmRead {
  public:
    OsmRead(const ReadOptions& options, ReadReport& report) : options_(options), report_(report) {}

    Result<void> item(json::StreamedItem& item) {
        ++report_.records;
        auto element = item.arrayKey == kOverpassArray ? osm::decodeOverpassElement(item.value)
                                                       : osm::decodeGeoJsonFeature(item.value);
        if (!element) return problem(item.line, element.error().message);
        auto structure = osm::healthStructure(element->tags);
        if (!structure) return {};  // not a health object: not ours to judge
        if (!element->position) return problem(item.line, element->positionProblem);
        // Kept first come, first served; a repeat is reported (an Overpass query with two
        // `out` statements for the same objects, a merged file).
        auto [first, inserted] = firstLines_.emplace(element->sourceId(), item.line);
        if (!inserted)
            return problem(item.line, "duplicate " + element->label() + " (first at line " +
                                          std::to_string(first->second) + ")");
        structure->sourceId = element->sourceId();
        structure->position = element->position;
        structures_.push_back(std::move(*structure));
        ++report_.structures;
        return {};
    }

    Result<void> member(std::string_view key, const json::Value& value) {
        if (key == "osm3s") {  // Overpass: the time of the database the answer reflects
            if (const json::Value* base = value.find("timestamp_osm_base"))
                report_.extractionDate = datePart(*base);
        } else if (key == "timestamp") {  // overpass-turbo's GeoJSON export
            report_.extractionDate = datePart(value);
        } else if (key == "remark" && value.isString()) {
            // Overpass says here that a query failed half-way ("runtime error: Query
            // timed out"): the elements are incomplete, which must not go unnoticed.
            std::string reason = "Overpass API remark: " + std::string(value.asString());
            if (options_.strict) return badInput(inFile(options_) + reason);
            report_.problems.push_back({options_.fileName, 0, std::move(reason)});
        }
        return {};
    }

    std::vector<Structure> take() { return std::move(structures_); }

  private:
    Result<void> problem(std::uint64_t line, std::string reason) {
        if (options_.strict)
            return badInput(inFile(options_) + "line " + std::to_string(line) + ": " + reason);
        report_.refuse(options_.fileName, line, std::move(reason));
        return {};
    }

    const ReadOptions& options_;
    ReadReport& report_;
    std::vector<Structure> structures_;
    std::unordered_map<std::string, std::uint64_t> firstLines_;  // sourceId → line
};

}  // namespace

Result<std::vector<Structure>> readOsm(std::string_view content, const ReadOptions& options,
                                       ReadReport& report) {
    report.encoding = "UTF-8";  // JSON is UTF-8 (RFC 8259 §8.1); the reader checks it
    OsmRead read(options, report);
    bool stoppedByProblem = false;
    json::StreamOptions stream;
    stream.arrayKeys = {kOverpassArray, kGeoJsonArray};
    stream.onItem = [&](json::StreamedItem& item) {
        auto r = read.item(item);
        stoppedByProblem = !r.ok();
        return r;
    };
    stream.memberKeys = {"osm3s", "timestamp", "remark"};
    stream.onMember = [&](std::string_view key, const json::Value& value) {
        auto r = read.member(key, value);
        stoppedByProblem = !r.ok();
        return r;
    };
    auto walked = json::streamArrays(content, stream);
    if (!walked) {
        if (stoppedByProblem) return walked.error();
        return badInput(inFile(options) + walked.error().message);
    }
    if (walked->arrays.empty())
        return badInput(inFile(options) +
                        "not OpenStreetMap data: no \"elements\" array (Overpass API JSON) nor "
                        "\"features\" array (GeoJSON)");
    return read.take();
}

bool looksLikeOsmJson(std::string_view content) {
    if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
    const auto first = content.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && content[first] == '{';
}

}  // namespace parcours::directory
