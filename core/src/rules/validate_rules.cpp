// Rule validation: ids, French texts and their placeholders, dates, confidence, sources,
// legal references, actions; conditions are checked by validate_condition.cpp.
#include <set>

#include "parcours/directory/kind.hpp"
#include "parcours/rules/facts.hpp"
#include "rules/validate.hpp"

namespace parcours::rules {
namespace {

bool isHttpsUrl(std::string_view url) {
    return url.rfind("https://", 0) == 0 && url.size() > 8;
}

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

struct RuleContext {
    const std::string& file;
    int line;
    const ParseTree* tree;
    const std::string& who;
};

void checkText(const Validation& v, const RuleContext& r, const pb::Text& text,
               std::string_view field, bool required) {
    if (required && text.fr().empty())
        v.add(r.file, r.line,
              r.who + ": no French " + std::string(field) + " (" + std::string(field) + ".fr)");
    checkPlaceholders(v, r.file, r.line, r.who, text.fr(), field);
    checkPlaceholders(v, r.file, r.line, r.who, text.en(), field);
}

void validateAction(const Validation& v, const RuleContext& r, const pb::Action& a, int line) {
    const std::string& who = r.who;
    if (a.label().fr().empty()) v.add(r.file, line, who + ": an action has no French label");
    switch (a.kind_case()) {
        case pb::Action::KIND_NOT_SET:
            v.add(r.file, line,
                  who +
                      ": an action has no kind (call, show_nearby, document, "
                      "legal_text or url)");
            break;
        case pb::Action::kCall:
            if (!allDigits(a.call()))
                v.add(r.file, line,
                      who + ": call «" + a.call() + "» is not a number (digits only)");
            break;
        case pb::Action::kShowNearby:
            if (a.show_nearby().kinds().empty())
                v.add(r.file, line, who + ": show_nearby lists no kind");
            for (const auto& k : a.show_nearby().kinds())
                if (!directory::kindFromId(k))
                    v.add(r.file, line, who + ": show_nearby: unknown directory kind «" + k + "»");
            if (a.show_nearby().radius_km() < 0)
                v.add(r.file, line, who + ": show_nearby: negative radius_km");
            break;
        case pb::Action::kDocument:
            if (a.document() != "cpam" && a.document() != "ordre")
                v.add(r.file, line,
                      who + ": document «" + a.document() + "» is not one of cpam, ordre");
            break;
        case pb::Action::kLegalText:
            if (v.legalTextIds.count(a.legal_text()) == 0)
                v.add(
                    r.file, line,
                    who + ": legal_text «" + a.legal_text() + "» is not a legal text of the pack");
            break;
        case pb::Action::kUrl:
            if (!isHttpsUrl(a.url()))
                v.add(r.file, line, who + ": url «" + a.url() + "» is not https");
            break;
    }
}

void validateLegalRef(const Validation& v, const RuleContext& r, const pb::LegalRef& ref,
                      int line) {
    if (ref.code().empty() || ref.article().empty())
        v.add(r.file, line, r.who + ": a legal reference needs a code and an article");
    if (!ref.version().empty() && !isDate(ref.version()))
        v.add(
            r.file, line,
            r.who + ": legal reference version «" + ref.version() + "» is not a date (YYYY-MM-DD)");
    if (!ref.url().empty() && !isHttpsUrl(ref.url()))
        v.add(r.file, line, r.who + ": legal reference url «" + ref.url() + "» is not https");
    if (!ref.summary().en().empty() && ref.summary().fr().empty())
        v.add(r.file, line, r.who + ": a legal reference summary has English but no French");
}

void validateRule(Validation& v, const pb::Rule& rule, const Origin& o,
                  std::set<std::string, std::less<>>& ids) {
    static const auto* d = pb::Rule::descriptor();
    const auto* rulesField = fieldOf(pb::RulePack::descriptor(), "rules");
    const int line = lineOf(o.tree, rulesField, o.index);
    const ParseTree* tree = nestedTree(o.tree, rulesField, o.index);
    const std::string who = "rule " + (rule.id().empty() ? "(no id)" : rule.id());
    const RuleContext r{*o.file, line, tree, who};
    if (rule.id().empty())
        v.add(r.file, line, "rule: no id");
    else if (!ids.insert(rule.id()).second)
        v.add(r.file, line, who + ": duplicate rule id");
    checkText(v, r, rule.title(), "title", true);
    checkText(v, r, rule.advice(), "advice", true);
    if (rule.confidence() == pb::CONFIDENCE_UNSPECIFIED)
        v.add(r.file, line, who + ": no confidence (HIGH, MEDIUM or LOW)");
    if (rule.priority() < 0) v.add(r.file, line, who + ": negative priority");
    if (!rule.valid_from().empty() && !isDate(rule.valid_from()))
        v.add(r.file, line,
              who + ": valid_from «" + rule.valid_from() + "» is not a date (YYYY-MM-DD)");
    if (!rule.valid_to().empty() && !isDate(rule.valid_to()))
        v.add(r.file, line,
              who + ": valid_to «" + rule.valid_to() + "» is not a date (YYYY-MM-DD)");
    if (isDate(rule.valid_from()) && isDate(rule.valid_to()) && rule.valid_to() < rule.valid_from())
        v.add(r.file, line, who + ": valid_to is before valid_from");
    for (const auto& s : rule.sources())
        if (v.sourceIds.count(s) == 0) v.add(r.file, line, who + ": unknown source «" + s + "»");
    const auto* actionsField = fieldOf(d, "actions");
    for (int i = 0; i < rule.actions_size(); ++i) {
        const int at = lineOf(tree, actionsField, i);
        validateAction(v, r, rule.actions(i), at > 0 ? at : line);
    }
    const auto* legalField = fieldOf(d, "legal");
    for (int i = 0; i < rule.legal_size(); ++i) {
        const int at = lineOf(tree, legalField, i);
        validateLegalRef(v, r, rule.legal(i), at > 0 ? at : line);
    }
    const auto* whenField = fieldOf(d, "when");
    if (!rule.has_when()) {
        v.add(r.file, line, who + ": no condition (when)");
    } else {
        const int at = lineOf(tree, whenField);
        validateCondition(v,
                          NodeContext{r.file, at > 0 ? at : line, nestedTree(tree, whenField), who},
                          rule.when(), 0);
    }
}

}  // namespace

void checkPlaceholders(const Validation& v, const std::string& file, int line,
                       const std::string& who, std::string_view text, std::string_view field) {
    for (std::size_t open = text.find('{'); open != std::string_view::npos;
         open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) {
            v.add(file, line, who + ": " + std::string(field) + " has a «{» with no «}»");
            return;
        }
        const std::string name(text.substr(open + 1, close - open - 1));
        if (findFact(name) == nullptr)
            v.add(file, line,
                  who + ": " + std::string(field) + ": placeholder {" + name +
                      "} is not a known fact");
    }
}

void validateRules(Validation& v) {
    std::set<std::string, std::less<>> ids;
    for (int i = 0; i < v.pack.rules_size(); ++i)
        validateRule(v, v.pack.rules(i), v.origins.rules[static_cast<std::size_t>(i)], ids);
}

}  // namespace parcours::rules
