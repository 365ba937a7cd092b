// advise: the rules in force on the date whose condition holds, in the chosen language,
// with their reasons, actions and legal references, most pressing first.
#include <algorithm>

#include "parcours/rules/advice.hpp"
#include "rules/condition.hpp"
#include "rules/pack_impl.hpp"

namespace parcours::rules {
namespace {

// English where the pack has it, French otherwise.
const std::string& pick(const pb::Text& text, Language language) {
    return language == Language::English && !text.en().empty() ? text.en() : text.fr();
}

// "{refusals} refus" → "3 refus". An unknown fact reads "?"; text without a closing brace
// is kept as is (validation refuses it in packs anyway).
std::string fill(std::string_view text, const Facts& facts) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find('{', pos);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(pos, open - pos));
        const FactValue* value = facts.find(text.substr(open + 1, close - open - 1));
        out += value != nullptr ? formatFact(*value) : "?";
        pos = close + 1;
    }
    out.append(text.substr(std::min(pos, text.size())));
    return out;
}

bool inForce(const pb::Rule& rule, const journal::Date& today) {
    // YYYY-MM-DD dates compare as text.
    if (!rule.valid_from().empty() && today < rule.valid_from()) return false;
    if (!rule.valid_to().empty() && today > rule.valid_to()) return false;
    return true;
}

AdviceAction actionOf(const pb::Action& a, int packRadiusKm, Language language) {
    AdviceAction out;
    out.label = pick(a.label(), language);
    switch (a.kind_case()) {
        case pb::Action::kCall:
            out.type = "call";
            out.target = a.call();
            break;
        case pb::Action::kShowNearby:
            out.type = "show-nearby";
            for (const auto& k : a.show_nearby().kinds())
                out.target += (out.target.empty() ? "" : ",") + k;
            out.radiusKm =
                a.show_nearby().radius_km() > 0 ? a.show_nearby().radius_km() : packRadiusKm;
            break;
        case pb::Action::kDocument:
            out.type = "document";
            out.target = a.document();
            break;
        case pb::Action::kLegalText:
            out.type = "legal-text";
            out.target = a.legal_text();
            break;
        case pb::Action::kUrl:
            out.type = "url";
            out.target = a.url();
            break;
        case pb::Action::KIND_NOT_SET:
            break;
    }
    return out;
}

}  // namespace

std::string_view confidenceId(Confidence c) {
    switch (c) {
        case Confidence::High:
            return "high";
        case Confidence::Medium:
            return "medium";
        case Confidence::Low:
            return "low";
    }
    return "medium";
}

std::vector<Advice> advise(const RulePack& pack, const Facts& facts, const journal::Date& today,
                           Language language) {
    const pb::RulePack& p = pack.impl().pack;
    std::vector<Advice> out;
    for (const auto& rule : p.rules()) {
        if (!inForce(rule, today)) continue;
        Advice a;
        if (!evaluate(rule.when(), facts, a.why)) continue;
        a.ruleId = rule.id();
        a.priority = rule.priority();
        a.topic = rule.topic();
        a.title = fill(pick(rule.title(), language), facts);
        a.text = fill(pick(rule.advice(), language), facts);
        for (const auto& action : rule.actions())
            a.actions.push_back(actionOf(action, p.nearby_radius_km(), language));
        for (const auto& ref : rule.legal())
            a.legal.push_back({ref.code(), ref.article(), ref.version(), ref.url(),
                               pick(ref.summary(), language)});
        a.confidence = confidenceOf(rule.confidence());
        out.push_back(std::move(a));
    }
    std::sort(out.begin(), out.end(), [](const Advice& x, const Advice& y) {
        return x.priority != y.priority ? x.priority > y.priority : x.ruleId < y.ruleId;
    });
    return out;
}

}  // namespace parcours::rules
