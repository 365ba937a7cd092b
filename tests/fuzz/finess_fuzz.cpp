// libFuzzer target: the FINESS etalab reader on arbitrary bytes, lenient and strict.
// Beyond "no crash, no leak, no undefined behaviour" (the sanitizers), it checks what the
// reader promises: counts that add up, strict mode failing exactly when lenient mode
// refuses a line, and nothing in a returned structure that the directory could not
// store or show.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/text.hpp"
#include "directory/finess_number.hpp"
#include "parcours/directory/finess_reader.hpp"
#include "reader_invariants.hpp"

using namespace parcours;
using parcours::fuzz::check;
using namespace parcours::directory;

namespace {

void checkStructures(const std::vector<Structure>& all, const ReadReport& report) {
    check(report.structures == all.size(), "report.structures == structures returned");
    check(report.structures + report.skipped <= report.records, "structures + skipped <= records");
    check(report.withoutPosition <= report.structures, "withoutPosition <= structures");
    std::uint64_t withoutPosition = 0;
    for (const Structure& s : all) {
        check(s.source == "finess", "source is finess");
        check(finessNumberKey(s.sourceId).has_value(), "sourceId is a FINESS number");
        check(!s.name.empty(), "a name");
        for (const std::string* text :
             {&s.name, &s.address, &s.postcode, &s.city, &s.phone, &s.category})
            check(text::isValidUtf8(*text), "valid UTF-8");
        if (!s.position)
            ++withoutPosition;
        else
            check(geo::isValid(*s.position), "a valid position");
        check(!s.emergency.has_value(), "emergency unknown");
    }
    check(withoutPosition == report.withoutPosition, "withoutPosition counted");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    ReadReport report;
    if (readFiness(content, ReadOptions{false, "fuzz.csv"}, report).ok())
        check(looksLikeFiness(content), "a readable file starts like one");
    fuzz::checkLenientAndStrict(
        content,
        [](std::string_view c, const ReadOptions& o, ReadReport& r) { return readFiness(c, o, r); },
        [](const auto& records, const ReadReport& r) { checkStructures(records, r); });
    return 0;
}
