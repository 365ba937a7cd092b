// Figure and act validation: dated figures whose periods of one id do not overlap, acts
// whose tariff is a figure of the pack.
#include <algorithm>
#include <map>
#include <set>

#include "rules/specialty.hpp"
#include "rules/validate.hpp"

namespace parcours::rules {
namespace {

struct Period {
    std::string from, to;  // to empty: open
    const Origin* origin;
    int line;
};

void checkSources(const Validation& v, const std::string& file, int line, const std::string& who,
                  const google::protobuf::RepeatedPtrField<std::string>& sources) {
    for (const auto& s : sources)
        if (v.sourceIds.count(s) == 0) v.add(file, line, who + ": unknown source «" + s + "»");
}

void validateFigures(Validation& v) {
    const auto* field = fieldOf(pb::RulePack::descriptor(), "figures");
    std::map<std::string, std::vector<Period>> periods;
    for (int i = 0; i < v.pack.figures_size(); ++i) {
        const auto& f = v.pack.figures(i);
        const Origin& o = v.origins.figures[static_cast<std::size_t>(i)];
        const int line = lineOf(o.tree, field, o.index);
        const std::string who = "figure " + (f.id().empty() ? "(no id)" : f.id());
        auto add = [&](const std::string& text) { v.add(*o.file, line, who + ": " + text); };
        if (f.id().empty()) add("no id");
        if (f.value_case() == pb::Figure::VALUE_NOT_SET) add("no value (cents, percent or count)");
        if (f.valid_from().empty())
            add("no valid_from");
        else if (!isDate(f.valid_from()))
            add("valid_from «" + f.valid_from() + "» is not a date (YYYY-MM-DD)");
        if (!f.valid_to().empty() && !isDate(f.valid_to()))
            add("valid_to «" + f.valid_to() + "» is not a date (YYYY-MM-DD)");
        const bool datesOk =
            isDate(f.valid_from()) && (f.valid_to().empty() || isDate(f.valid_to()));
        if (datesOk && !f.valid_to().empty() && f.valid_to() < f.valid_from())
            add("valid_to is before valid_from");
        else if (datesOk && !f.id().empty())
            periods[f.id()].push_back({f.valid_from(), f.valid_to(), &o, line});
        if (f.confidence() == pb::CONFIDENCE_UNSPECIFIED)
            add("no confidence (HIGH, MEDIUM or LOW)");
        if (!f.note().en().empty() && f.note().fr().empty())
            add("a note has English but no French");
        checkSources(v, *o.file, line, who, f.sources());
    }
    // Periods are inclusive: sorted by start, each must end before the next starts.
    for (auto& [id, list] : periods) {
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return a.from < b.from; });
        for (std::size_t i = 1; i < list.size(); ++i) {
            const Period& before = list[i - 1];
            if (before.to.empty() || before.to >= list[i].from)
                v.add(*list[i].origin->file, list[i].line,
                      "figure " + id + ": its period from " + list[i].from +
                          " overlaps the one from " + before.from + " (" + *before.origin->file +
                          ":" + std::to_string(before.line) + ")");
        }
    }
}

void validateActs(Validation& v) {
    const auto* field = fieldOf(pb::RulePack::descriptor(), "acts");
    std::set<std::string, std::less<>> ids;
    for (int i = 0; i < v.pack.acts_size(); ++i) {
        const auto& a = v.pack.acts(i);
        const Origin& o = v.origins.acts[static_cast<std::size_t>(i)];
        const int line = lineOf(o.tree, field, o.index);
        const std::string who = "act " + (a.id().empty() ? "(no id)" : a.id());
        auto add = [&](const std::string& text) { v.add(*o.file, line, who + ": " + text); };
        if (a.id().empty())
            add("no id");
        else if (!ids.insert(a.id()).second)
            add("duplicate act id");
        if (a.label().fr().empty()) add("no French label (label.fr)");
        if (a.doctor() == pb::Act::DOCTOR_UNSPECIFIED) add("no doctor (GENERALIST or SPECIALIST)");
        if (a.tariff().empty())
            add("no tariff (a figure id)");
        else if (v.figureIds.count(a.tariff()) == 0)
            add("tariff «" + a.tariff() + "» is not a figure of the pack");
        if (!a.direct_access_specialty().empty() && !isSpecialtyId(a.direct_access_specialty()))
            add("direct_access_specialty «" + a.direct_access_specialty() +
                "» is not a specialty id (see normalizeSpecialty)");
        if (a.max_age() < 0) add("negative max_age");
        checkSources(v, *o.file, line, who, a.sources());
    }
}

}  // namespace

void validateFiguresAndActs(Validation& v) {
    validateFigures(v);
    validateActs(v);
}

}  // namespace parcours::rules
