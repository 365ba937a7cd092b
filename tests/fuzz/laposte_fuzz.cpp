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
#include "reader_invariants.hpp"

using namespace parcours;
using parcours::fuzz::check;
using namespace parcours::directory;

namespace {

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
    fuzz::checkLenientAndStrict(
        content,
        [](std::string_view c, const ReadOptions& o, ReadReport& r) {
            return readLaPoste(c, o, r);
        },
        [](const auto& records, const ReadReport& r) { checkRows(records, r); });
    return 0;
}
