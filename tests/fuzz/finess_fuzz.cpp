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

using namespace parcours;
using namespace parcours::directory;

namespace {

void check(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

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

    ReadReport lenientReport;
    auto lenient = readFiness(content, ReadOptions{false, "fuzz.csv"}, lenientReport);
    ReadReport strictReport;
    auto strict = readFiness(content, ReadOptions{true, "fuzz.csv"}, strictReport);

    check(lenientReport.encoding == "UTF-8" || lenientReport.encoding == "Windows-1252",
          "encoding named");
    check(!lenient.ok() || looksLikeFiness(content), "a readable file starts like one");
    if (!lenient.ok()) {
        check(lenient.error().kind == ErrorKind::BadInput, "bad input");
        check(!strict.ok(), "strict fails where lenient does");
        return 0;
    }
    checkStructures(*lenient, lenientReport);
    check(lenientReport.problems.size() <= 10'001, "problems listed are bounded");
    for (const LineProblem& p : lenientReport.problems)
        check(!p.reason.empty() && text::isValidUtf8(p.reason), "a readable reason");

    check(strict.ok() == (lenientReport.skipped == 0), "strict fails iff a line is refused");
    if (strict.ok()) {
        checkStructures(*strict, strictReport);
        check(strict->size() == lenient->size(), "strict reads what lenient reads");
    } else {
        const LineProblem& first = lenientReport.problems.front();
        const std::string where = "fuzz.csv:" + std::to_string(first.line) + ": ";
        check(strict.error().message == where + first.reason, "strict names the first problem");
    }
    return 0;
}
