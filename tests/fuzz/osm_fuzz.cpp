// libFuzzer target for the OpenStreetMap reader and the JSON reader under it. Beyond not
// crashing, every input must keep the invariants below; a broken one aborts.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "common/text.hpp"
#include "directory/osm_geometry.hpp"
#include "fuzz_check.hpp"
#include "json/json_reader.hpp"
#include "parcours/directory/osm_reader.hpp"
#include "parcours/json/json_writer.hpp"

using namespace parcours;

namespace {

bool hasNonFinite(const json::Value& v) {
    switch (v.type()) {
        case json::Type::Number:
            return !std::isfinite(v.asNumber());
        case json::Type::Array:
            for (const auto& item : v.items())
                if (hasNonFinite(item)) return true;
            return false;
        case json::Type::Object:
            for (const auto& m : v.members())
                if (hasNonFinite(m.value)) return true;
            return false;
        default:
            return false;
    }
}

bool isPosition(std::string_view message) {
    return message.starts_with("line ") && message.find(", column ") != std::string_view::npos;
}

// DOM, writer and stream must agree.
void checkJson(std::string_view text) {
    auto dom = json::parse(text);
    if (!dom) {
        CHECK(dom.error().kind == ErrorKind::BadInput);
        CHECK(isPosition(dom.error().message));
    } else {
        // What the writer makes of it reads back, and writes the same again.
        json::Writer w1;
        json::write(w1, *dom);
        CHECK(w1.complete());
        auto again = json::parse(w1.text());
        CHECK(again.ok());
        if (!hasNonFinite(*dom)) CHECK(*again == *dom);
        json::Writer w2;
        json::write(w2, *again);
        CHECK(w2.text() == w1.text());
    }

    // Streaming the "elements" and "features" arrays gives the DOM's items, in order.
    json::StreamOptions options;
    options.arrayKeys = {"elements", "features"};
    std::size_t given = 0;
    options.onItem = [&](json::StreamedItem& item) -> Result<void> {
        CHECK(item.line >= 1);
        if (dom && dom->isObject()) {
            // Find the item in the DOM: the given-th item across the listed arrays.
            std::size_t seen = 0;
            bool found = false;
            for (const auto& m : dom->members()) {
                if (m.key.str() != "elements" && m.key.str() != "features") continue;
                if (!m.value.isArray()) break;
                if (given < seen + m.value.items().size()) {
                    CHECK(m.key.str() == item.arrayKey);
                    CHECK(m.value.items()[given - seen] == item.value);
                    found = true;
                    break;
                }
                seen += m.value.items().size();
            }
            CHECK(found);
        }
        ++given;
        return {};
    };
    auto streamed = json::streamArrays(text, options);
    if (streamed) {
        CHECK(dom.ok() && dom->isObject());
        CHECK(streamed->items == given);
    } else {
        CHECK(isPosition(streamed.error().message));
        if (dom && dom->isObject()) {
            // Only a listed key holding something else than an array can fail the stream.
            bool nonArray = false;
            for (const auto& m : dom->members())
                if ((m.key.str() == "elements" || m.key.str() == "features") && !m.value.isArray())
                    nonArray = true;
            CHECK(nonArray);
        }
    }
}

void checkStructures(const std::vector<directory::Structure>& all) {
    std::set<std::string> ids;
    for (const auto& s : all) {
        CHECK(s.source == "osm");
        CHECK(ids.insert(s.sourceId).second);
        const auto slash = s.sourceId.find('/');
        CHECK(slash != std::string::npos);
        const std::string_view type = std::string_view(s.sourceId).substr(0, slash);
        CHECK(type == "node" || type == "way" || type == "relation");
        CHECK(s.position.has_value() && geo::isValid(*s.position));
        CHECK(!s.name.empty());
        CHECK(!s.category.empty());
        for (const std::string* field : {&s.name, &s.address, &s.postcode, &s.city, &s.phone,
                                         &s.specialty, &s.category, &s.finessRef})
            CHECK(text::isValidUtf8(*field));
    }
}

void checkOsm(std::string_view text) {
    directory::ReadOptions options;
    options.fileName = "fuzz.json";
    directory::ReadReport lenientReport;
    auto lenient = directory::readOsm(text, options, lenientReport);
    options.strict = true;
    directory::ReadReport strictReport;
    auto strict = directory::readOsm(text, options, strictReport);

    if (!lenient) {
        // Invalid JSON or not OSM data: fatal whatever the mode (strict may stop earlier,
        // at a problem before the fault).
        CHECK(lenient.error().kind == ErrorKind::BadInput);
        CHECK(lenient.error().message.starts_with("fuzz.json: "));
        CHECK(!strict.ok());
        CHECK(strict.error().kind == ErrorKind::BadInput);
        return;
    }
    const auto& report = lenientReport;
    CHECK(report.encoding == "UTF-8");
    CHECK(report.structures == lenient->size());
    CHECK(report.skipped <= report.problems.size());
    CHECK(report.records >= report.structures + report.skipped);
    const auto lines = 1 + static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
    std::uint64_t tied = 0;
    for (const auto& p : report.problems) {
        CHECK(p.file == "fuzz.json");
        CHECK(!p.reason.empty());
        CHECK(p.line <= lines);
        if (p.line > 0) ++tied;
    }
    CHECK(tied == report.skipped);  // every refused record names its line
    checkStructures(*lenient);

    if (report.problems.empty()) {
        CHECK(strict.ok());
        CHECK(strict->size() == lenient->size());
        for (std::size_t i = 0; i < lenient->size(); ++i)
            CHECK((*strict)[i].sourceId == (*lenient)[i].sourceId);
    } else {
        CHECK(!strict.ok());
        CHECK(strict.error().kind == ErrorKind::BadInput);
        CHECK(strict.error().message.starts_with("fuzz.json: "));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkJson(text);
    checkOsm(text);
    (void)directory::looksLikeOsmJson(text);
    return 0;
}
