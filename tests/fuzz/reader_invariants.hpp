#pragma once
// What every line-based reader of public data promises, checked by its fuzz target on
// arbitrary bytes: the lenient and the strict reads agree, strict fails exactly when a
// line is refused and names that line, and the problems are bounded and readable.

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/text.hpp"
#include "fuzz_check.hpp"
#include "parcours/directory/import_report.hpp"

namespace parcours::fuzz {

// `read(content, options, report)` returns a Result of a vector; `checkRecords(records,
// report)` checks what the reader returned.
template <class Read, class CheckRecords>
void checkLenientAndStrict(std::string_view content, Read read, CheckRecords checkRecords) {
    using directory::LineProblem;
    using directory::ReadOptions;
    using directory::ReadReport;
    ReadReport lenientReport;
    auto lenient = read(content, ReadOptions{false, "fuzz.csv"}, lenientReport);
    ReadReport strictReport;
    auto strict = read(content, ReadOptions{true, "fuzz.csv"}, strictReport);

    check(lenientReport.encoding == "UTF-8" || lenientReport.encoding == "Windows-1252",
          "encoding named");
    if (!lenient.ok()) {
        check(lenient.error().kind == ErrorKind::BadInput, "bad input");
        check(!strict.ok(), "strict fails where lenient does");
        return;
    }
    checkRecords(*lenient, lenientReport);
    check(lenientReport.problems.size() <= 10'001, "problems listed are bounded");
    for (const LineProblem& p : lenientReport.problems)
        check(!p.reason.empty() && text::isValidUtf8(p.reason), "a readable reason");

    check(strict.ok() == (lenientReport.skipped == 0), "strict fails iff a line is refused");
    if (strict.ok()) {
        checkRecords(*strict, strictReport);
        check(strict->size() == lenient->size(), "strict reads what lenient reads");
    } else {
        const LineProblem& first = lenientReport.problems.front();
        const std::string where = "fuzz.csv:" + std::to_string(first.line) + ": ";
        check(strict.error().message == where + first.reason, "strict names the first problem");
    }
}

}  // namespace parcours::fuzz
