// libFuzzer target: the Annuaire Santé reader on arbitrary bytes, lenient and strict.
// Beyond the sanitizers, it checks what the reader promises: counts that add up, strict
// mode failing exactly when lenient mode refuses a line, and only sites the directory can
// store (an RPPS or ADELI number, an id made from it, UTF-8 text, no position yet).
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/text.hpp"
#include "directory/rpps_reader.hpp"
#include "reader_invariants.hpp"

using namespace parcours;
using parcours::fuzz::check;
using namespace parcours::directory;

namespace {

Result<std::vector<PractitionerSite>> readAll(std::string_view content, const ReadOptions& o,
                                              ReadReport& report) {
    std::istringstream in{std::string(content)};
    std::vector<PractitionerSite> sites;
    auto r = readRpps(in, o, report, [&](PractitionerSite& s) -> Result<void> {
        sites.push_back(s);
        return {};
    });
    if (!r) return r.error();
    return sites;
}

void checkSites(const std::vector<PractitionerSite>& sites, const ReadReport& report) {
    check(report.structures == sites.size(), "report.structures == sites handed over");
    check(report.skipped <= report.records, "skipped <= records");
    for (const PractitionerSite& site : sites) {
        const Structure& s = site.structure;
        check(s.source == "rpps", "source rpps");
        check(s.person.size() == 9 || s.person.size() == 11, "an RPPS or ADELI number");
        check(s.sourceId.rfind(s.person + "-", 0) == 0 && s.sourceId.size() > s.person.size() + 1,
              "the id is the person's and a site's");
        check(!s.position, "no position before the import places it");
        check(!s.postcode.empty() || !site.insee.empty() || !s.city.empty(), "a site");
        for (const std::string* t : {&s.name, &s.specialty, &s.address, &s.postcode, &s.city,
                                     &s.phone, &s.category, &site.street})
            check(text::isValidUtf8(*t), "valid UTF-8");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    fuzz::checkLenientAndStrict(
        content, readAll, [](const auto& sites, const ReadReport& r) { checkSites(sites, r); });
    return 0;
}
