// libFuzzer target for the FINESS JSON readers (structures and activities) and the chunked
// JSON stream under them. Beyond not crashing, every input must keep the invariants
// below; a broken one aborts.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/text.hpp"
#include "fuzz_check.hpp"
#include "json/json_reader.hpp"
#include "parcours/directory/finess_json_reader.hpp"

using namespace parcours;

namespace {

struct Walk {
    std::vector<std::string> items;  // "key index line"
    std::string error;
};

Walk walk(std::string_view text, std::size_t chunk) {
    Walk w;
    json::StreamOptions options;
    options.arrayKeys = {"pmej"};
    options.memberKeys = {"generatedAt"};
    options.chunkBytes = chunk;
    options.onItem = [&](json::StreamedItem& item) -> Result<void> {
        w.items.push_back(std::string(item.arrayKey) + " " + std::to_string(item.index) + " " +
                          std::to_string(item.line));
        return {};
    };
    Result<json::StreamSummary> r = usageError("");
    if (chunk == 0) {
        r = json::streamArrays(text, options);
    } else {
        std::istringstream in{std::string(text)};
        r = json::streamArrays(in, options);
    }
    if (!r) w.error = r.error().message;
    return w;
}

// Reading in chunks gives the items, lines and errors of the whole-text walk.
void checkChunks(std::string_view text) {
    const Walk whole = walk(text, 0);
    for (std::size_t chunk : {1u, 5u, 4096u}) {
        const Walk chunked = walk(text, chunk);
        CHECK(chunked.items == whole.items);
        CHECK(chunked.error == whole.error);
    }
}

void checkReport(const directory::ReadReport& report, std::string_view text) {
    CHECK(report.encoding == "UTF-8");
    CHECK(report.skipped <= report.problems.size());
    CHECK(report.problems.size() <= 10'001);
    const auto lines = 1 + static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
    for (const auto& p : report.problems) {
        CHECK(p.file == "fuzz.json");
        CHECK(!p.reason.empty() && text::isValidUtf8(p.reason));
        CHECK(p.line <= lines);
    }
}

void checkStructures(std::string_view text) {
    directory::ReadReport lenientReport, strictReport;
    std::vector<directory::Structure> lenient, strict;
    auto sinkTo = [](std::vector<directory::Structure>& out) {
        return [&out](directory::Structure&& s) -> Result<void> {
            out.push_back(std::move(s));
            return {};
        };
    };
    std::istringstream a{std::string(text)}, b{std::string(text)};
    auto l = directory::readFinessJson(a, {false, "fuzz.json"}, lenientReport, sinkTo(lenient));
    auto s = directory::readFinessJson(b, {true, "fuzz.json"}, strictReport, sinkTo(strict));
    if (!l) {
        CHECK(l.error().kind == ErrorKind::BadInput);
        CHECK(l.error().message.starts_with("fuzz.json: "));
        CHECK(!s.ok());
        return;
    }
    checkReport(lenientReport, text);
    CHECK(lenientReport.structures == lenient.size());
    std::set<std::string> ids;
    for (const auto& st : lenient) {
        CHECK(st.source == "finess");
        CHECK(st.sourceId.size() == 9);
        CHECK(ids.insert(st.sourceId).second);
        CHECK(!st.name.empty());
        CHECK(!st.position || geo::isValid(*st.position));
        for (const std::string* f : {&st.name, &st.address, &st.postcode, &st.city, &st.phone})
            CHECK(text::isValidUtf8(*f));
    }
    CHECK(s.ok() == (lenientReport.skipped == 0));
    if (s.ok()) {
        CHECK(strict.size() == lenient.size());
    } else {
        CHECK(s.error().message.starts_with("fuzz.json:"));
    }
}

void checkActivities(std::string_view text) {
    directory::ReadReport lenientReport, strictReport;
    std::istringstream a{std::string(text)}, b{std::string(text)};
    auto l = directory::readFinessActivities(a, {false, "fuzz.json"}, lenientReport);
    auto s = directory::readFinessActivities(b, {true, "fuzz.json"}, strictReport);
    if (!l) {
        CHECK(l.error().kind == ErrorKind::BadInput);
        CHECK(!s.ok());
        return;
    }
    checkReport(lenientReport, text);
    std::set<std::string> numbers;
    for (const auto& site : *l) {
        CHECK(site.finess.size() == 9);
        CHECK(numbers.insert(site.finess).second);
        CHECK(!site.label.empty());
    }
    CHECK(s.ok() == (lenientReport.skipped == 0));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkChunks(text);
    checkStructures(text);
    checkActivities(text);
    (void)directory::looksLikeFinessJson(text);
    (void)directory::looksLikeFinessActivities(text);
    return 0;
}
