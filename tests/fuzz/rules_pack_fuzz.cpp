// libFuzzer target: RulePack::parse on arbitrary text (split in two parts at the first NUL
// byte, to exercise merging). It must never crash; when it refuses, every line of the
// message names a part; when it accepts, what validation promises holds (header, unique
// ids) and advise() runs on any facts: every advice from a rule of the pack, with its
// texts, its reasons and labelled actions, in priority order.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "parcours/rules/advice.hpp"

using namespace parcours;
using namespace parcours::rules;

namespace {

using fuzz::check;

// Every fact known, with a value of its type: the most rules can fire.
Facts everyFact(std::int64_t number) {
    Facts facts;
    for (const auto& spec : factCatalogue()) {
        switch (spec.type) {
            case FactType::Bool:
                facts.set(std::string(spec.name), number % 2 == 0);
                break;
            case FactType::Int:
                facts.set(std::string(spec.name), number);
                break;
            case FactType::Text:
                facts.set(
                    std::string(spec.name),
                    spec.values.empty()
                        ? std::string("psychiatrie")
                        : std::string(
                              spec.values[static_cast<std::size_t>(number) % spec.values.size()]));
                break;
        }
    }
    return facts;
}

void checkAdvice(const RulePack& pack, const Facts& facts, const char* date) {
    const auto advice = advise(pack, facts, date, Language::English);
    const auto list = pack.ruleIds();
    const std::set<std::string> ruleIds(list.begin(), list.end());
    for (std::size_t i = 0; i < advice.size(); ++i) {
        check(ruleIds.count(advice[i].ruleId) == 1, "advice comes from a rule of the pack");
        check(!advice[i].why.empty(), "every advice says why");
        check(!advice[i].title.empty() && !advice[i].text.empty(), "every advice has its texts");
        for (const auto& a : advice[i].actions)
            check(!a.type.empty() && !a.label.empty(), "actions have a type and a label");
        if (i > 0) {
            const auto& a = advice[i - 1];
            const auto& b = advice[i];
            check(a.priority > b.priority || (a.priority == b.priority && a.ruleId < b.ruleId),
                  "advice ordered by priority, then id");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<PackPart> parts;
    const std::size_t nul = input.find('\0');
    if (nul == std::string_view::npos) {
        parts.push_back({"a.textpb", std::string(input)});
    } else {
        parts.push_back({"a.textpb", std::string(input.substr(0, nul))});
        parts.push_back({"b.textpb", std::string(input.substr(nul + 1))});
    }
    auto pack = RulePack::parse(parts);
    if (!pack) {
        const std::string& m = pack.error().message;
        check(!m.empty(), "a refusal says why");
        for (std::size_t start = 0; start < m.size();) {
            const std::size_t end = std::min(m.find('\n', start), m.size());
            const std::string_view line(m.data() + start, end - start);
            check(line.rfind("a.textpb", 0) == 0 || line.rfind("b.textpb", 0) == 0,
                  "every error line names its part");
            start = end + 1;
        }
        return 0;
    }
    check(!pack->id().empty() && !pack->version().empty(), "a pack has an id and a version");
    check(pack->nearbyRadiusKm() > 0, "a positive radius");
    const auto ids = pack->ruleIds();
    check(ids.size() == pack->ruleCount(), "rule count");
    const std::set<std::string> unique(ids.begin(), ids.end());
    check(unique.size() == ids.size() && unique.count("") == 0, "unique, non-empty rule ids");
    checkAdvice(*pack, Facts{}, "2026-11-23");
    checkAdvice(*pack, everyFact(0), "2026-11-23");
    checkAdvice(*pack, everyFact(17), "1999-01-01");
    return 0;
}
