// Condition evaluation with its reasons: the advice shows which facts made a rule fire.
#include "rules/condition.hpp"

#include <algorithm>

namespace parcours::rules {
namespace {

using P = pb::Predicate;

std::string_view symbol(P::Operator op) {
    switch (op) {
        case P::EQ:
            return "=";
        case P::NE:
            return "≠";
        case P::LT:
            return "<";
        case P::LE:
            return "≤";
        case P::GT:
            return ">";
        case P::GE:
            return "≥";
        case P::IN:
            return "in";
        case P::IS_SET:
            return "is known";
        default:
            return "?";
    }
}

std::string valueText(const P& p) {
    switch (p.value_case()) {
        case P::kFlag:
            return p.flag() ? "true" : "false";
        case P::kNumber:
            return std::to_string(p.number());
        case P::kText:
            return p.text();
        case P::VALUE_NOT_SET:
            break;
    }
    std::string list;
    for (const auto& v : p.any_of()) list += (list.empty() ? "" : ", ") + v;
    return "(" + list + ")";
}

template <class T>
bool compare(P::Operator op, const T& a, const T& b) {
    switch (op) {
        case P::EQ:
            return a == b;
        case P::NE:
            return a != b;
        case P::LT:
            return a < b;
        case P::LE:
            return a <= b;
        case P::GT:
            return a > b;
        case P::GE:
            return a >= b;
        default:
            return false;
    }
}

bool holds(const P& p, const FactValue& value) {
    if (p.op() == P::IS_SET) return true;
    if (p.op() == P::IN) {
        const auto* text = std::get_if<std::string>(&value);
        return text != nullptr &&
               std::find(p.any_of().begin(), p.any_of().end(), *text) != p.any_of().end();
    }
    // Validation guarantees the value has the fact's type; a mismatch is simply false.
    if (const auto* b = std::get_if<bool>(&value))
        return p.value_case() == P::kFlag && compare(p.op(), *b, p.flag());
    if (const auto* n = std::get_if<std::int64_t>(&value))
        return p.value_case() == P::kNumber && compare(p.op(), *n, p.number());
    const auto& text = std::get<std::string>(value);
    return p.value_case() == P::kText && compare(p.op(), text, p.text());
}

// "refusals = 3 (≥ 3)"; for EQ, whose value is the fact's, just "urgency = true".
std::string reason(const P& p, const FactValue& value) {
    const std::string actual = p.name() + " = " + formatFact(value);
    if (p.op() == P::EQ) return actual;
    if (p.op() == P::IS_SET) return actual + " (known)";
    return actual + " (" + std::string(symbol(p.op())) + " " + valueText(p) + ")";
}

}  // namespace

std::string describe(const pb::Predicate& p) {
    if (p.op() == P::IS_SET) return p.name() + " is known";
    return p.name() + " " + std::string(symbol(p.op())) + " " + valueText(p);
}

std::string describe(const pb::Condition& c) {
    if (c.has_fact()) return describe(c.fact());
    if (c.has_not_()) return "not (" + describe(c.not_()) + ")";
    const bool all = c.all_size() > 0;
    const auto& children = all ? c.all() : c.any();
    std::string text;
    for (const auto& child : children)
        text += (text.empty() ? "" : (all ? " and " : " or ")) + ("(" + describe(child) + ")");
    return text;
}

bool evaluate(const pb::Condition& c, const Facts& facts, std::vector<std::string>& why) {
    if (c.has_fact()) {
        const FactValue* value = facts.find(c.fact().name());
        if (value == nullptr) return false;  // unknown: no predicate holds, IS_SET included
        if (!holds(c.fact(), *value)) return false;
        why.push_back(reason(c.fact(), *value));
        return true;
    }
    if (c.has_not_()) {
        std::vector<std::string> ignored;
        if (evaluate(c.not_(), facts, ignored)) return false;
        why.push_back("not (" + describe(c.not_()) + ")");
        return true;
    }
    if (c.all_size() > 0) {
        std::vector<std::string> reasons;
        for (const auto& child : c.all())
            if (!evaluate(child, facts, reasons)) return false;
        why.insert(why.end(), reasons.begin(), reasons.end());
        return true;
    }
    bool any = false;
    for (const auto& child : c.any()) any = evaluate(child, facts, why) || any;
    return any;
}

}  // namespace parcours::rules
