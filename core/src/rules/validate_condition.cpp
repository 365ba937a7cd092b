// Condition validation: every node is exactly one of all / any / not / fact, every
// predicate names a fact of the catalogue with an operator and a value of its type.
#include <algorithm>

#include "parcours/rules/facts.hpp"
#include "rules/validate.hpp"

namespace parcours::rules {
namespace {

std::string_view typeName(FactType t) {
    switch (t) {
        case FactType::Bool:
            return "bool";
        case FactType::Int:
            return "int";
        case FactType::Text:
            return "text";
    }
    return "?";
}

std::string_view valueTypeName(pb::Predicate::ValueCase c) {
    switch (c) {
        case pb::Predicate::kFlag:
            return "flag (bool)";
        case pb::Predicate::kNumber:
            return "number (int)";
        case pb::Predicate::kText:
            return "text";
        case pb::Predicate::VALUE_NOT_SET:
            return "none";
    }
    return "?";
}

pb::Predicate::ValueCase valueCaseFor(FactType t) {
    switch (t) {
        case FactType::Bool:
            return pb::Predicate::kFlag;
        case FactType::Int:
            return pb::Predicate::kNumber;
        case FactType::Text:
            return pb::Predicate::kText;
    }
    return pb::Predicate::VALUE_NOT_SET;
}

bool inClosedSet(const FactSpec& spec, std::string_view value) {
    return spec.values.empty() ||
           std::find(spec.values.begin(), spec.values.end(), value) != spec.values.end();
}

std::string valueList(const FactSpec& spec) {
    std::string list;
    for (auto v : spec.values) list += (list.empty() ? "" : ", ") + std::string(v);
    return list;
}

void validatePredicate(const Validation& v, const NodeContext& at, const pb::Predicate& p) {
    auto add = [&](const std::string& text) { v.add(at.file, at.line, at.who + ": " + text); };
    const FactSpec* spec = findFact(p.name());
    if (spec == nullptr) {
        add(p.name().empty() ? std::string("a predicate names no fact")
                             : "unknown fact «" + p.name() + "»");
        return;
    }
    const std::string fact = "fact «" + p.name() + "» (" + std::string(typeName(spec->type)) + ")";
    using P = pb::Predicate;
    switch (p.op()) {
        case P::OPERATOR_UNSPECIFIED:
            add(fact + ": no operator");
            return;
        case P::IS_SET:
            if (p.value_case() != P::VALUE_NOT_SET || !p.any_of().empty())
                add(fact + ": IS_SET takes no value");
            return;
        case P::IN:
            if (spec->type != FactType::Text) add(fact + ": IN applies to text facts only");
            if (p.any_of().empty()) add(fact + ": IN needs a non-empty any_of");
            if (p.value_case() != P::VALUE_NOT_SET) add(fact + ": IN takes any_of, not a value");
            if (spec->type == FactType::Text)
                for (const auto& value : p.any_of())
                    if (!inClosedSet(*spec, value))
                        add(fact + ": «" + value + "» is not one of " + valueList(*spec));
            return;
        case P::LT:
        case P::LE:
        case P::GT:
        case P::GE:
            if (spec->type != FactType::Int)
                add(fact + ": " + P::Operator_Name(p.op()) + " applies to int facts only");
            break;
        default:
            break;
    }
    if (!p.any_of().empty()) add(fact + ": any_of is for IN only");
    if (p.value_case() == P::VALUE_NOT_SET) {
        add(fact + ": " + P::Operator_Name(p.op()) + " needs a value");
        return;
    }
    if (p.value_case() != valueCaseFor(spec->type)) {
        add(fact + ": the value is a " + std::string(valueTypeName(p.value_case())) +
            ", the fact wants a " + std::string(valueTypeName(valueCaseFor(spec->type))));
        return;
    }
    if (p.value_case() == P::kText && !inClosedSet(*spec, p.text()))
        add(fact + ": «" + p.text() + "» is not one of " + valueList(*spec));
}

}  // namespace

void validateCondition(const Validation& v, const NodeContext& at, const pb::Condition& c,
                       int depth) {
    static const auto* d = pb::Condition::descriptor();
    const int kinds = (c.all_size() > 0 ? 1 : 0) + (c.any_size() > 0 ? 1 : 0) +
                      (c.has_not_() ? 1 : 0) + (c.has_fact() ? 1 : 0);
    if (kinds != 1) {
        v.add(at.file, at.line,
              at.who + (kinds == 0 ? ": a condition has none of all, any, not, fact"
                                   : ": a condition has more than one of all, any, not, fact"));
        return;
    }
    // Each child with its own line where the parser recorded it.
    auto child = [&](const char* fieldName, int index, const pb::Condition& node) {
        const auto* field = d->FindFieldByName(fieldName);
        const int line = lineOf(at.tree, field, index);
        validateCondition(v,
                          NodeContext{at.file, line > 0 ? line : at.line,
                                      nestedTree(at.tree, field, index), at.who},
                          node, depth + 1);
    };
    for (int i = 0; i < c.all_size(); ++i) child("all", i, c.all(i));
    for (int i = 0; i < c.any_size(); ++i) child("any", i, c.any(i));
    if (c.has_not_()) child("not", -1, c.not_());
    if (c.has_fact()) {
        const int line = lineOf(at.tree, d->FindFieldByName("fact"));
        validatePredicate(v, NodeContext{at.file, line > 0 ? line : at.line, nullptr, at.who},
                          c.fact());
    }
}

}  // namespace parcours::rules
