// libFuzzer target: La Poste's postcode file reader on arbitrary bytes, lenient and
// strict. Beyond the sanitizers, it checks what the reader promises: counts that add up,
// strict mode failing exactly when lenient mode refuses a row, and only rows the
// directory can store (codes of the right shape, UTF-8 text, positions on Earth).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/text.hpp"
#include "directory/laposte_reader.hpp"

using namespace parcours;
using namespace parcours::directory;

namespace {

void check(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

bool digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void checkRows(const std::vector<CommuneRow>& rows, const ReadReport& report) {
    check(report.structures == rows.size(), "report.structures == rows returned");
    check(report.structures + report.skipped <= report.records, "rows + skipped <= records");
    std::uint64_t withoutPosition = 0;
    for (const CommuneRow& r : rows) {
        check(r.insee.size() == 5 && digits(r.insee.substr(2)), "an INSEE code");
        check(r.postcode.size() == 5 && digits(r.postcode), "a postcode");
        check(!r.name.empty(), "a name");
        for (const std::string* t : {&r.insee, &r.name, &r.postcode, &r.ligne5, &r.acheminement})
            check(text::isValidUtf8(*t), "valid UTF-8");
        if (!r.position)
            ++withoutPosition;
        else
            check(geo::isValid(*r.position), "a valid position");
    }
    check(withoutPosition == report.withoutPosition, "withoutPosition counted");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);

    ReadReport lenientReport;
    auto lenient = readLaPoste(content, ReadOptions{false, "fuzz.csv"}, lenientReport);
    ReadReport strictReport;
    auto strict = readLaPoste(content, ReadOptions{true, "fuzz.csv"}, strictReport);

    check(lenientReport.encoding == "UTF-8" || lenientReport.encoding == "Windows-1252",
          "encoding named");
    if (!lenient.ok()) {
        check(lenient.error().kind == ErrorKind::BadInput, "bad input");
        check(!strict.ok(), "strict fails where lenient does");
        return 0;
    }
    checkRows(*lenient, lenientReport);
    check(lenientReport.problems.size() <= 10'001, "problems listed are bounded");
    for (const LineProblem& p : lenientReport.problems)
        check(!p.reason.empty() && text::isValidUtf8(p.reason), "a readable reason");

    check(strict.ok() == (lenientReport.skipped == 0), "strict fails iff a row is refused");
    if (strict.ok()) {
        checkRows(*strict, strictReport);
        check(strict->size() == lenient->size(), "strict reads what lenient reads");
    } else {
        const LineProblem& first = lenientReport.problems.front();
        const std::string where = "fuzz.csv:" + std::to_string(first.line) + ": ";
        check(strict.error().message == where + first.reason, "strict names the first problem");
    }
    return 0;
}
