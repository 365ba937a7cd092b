// Reading dated figures and acts from the pack message; money in integer cents.
#include "estimate_figures.hpp"

namespace parcours::rules::detail {

const pb::Figure* figureOn(const pb::RulePack& pack, std::string_view id, std::string_view date) {
    for (const auto& figure : pack.figures()) {
        if (figure.id() != id) continue;
        if (date < figure.valid_from()) continue;
        if (!figure.valid_to().empty() && date > figure.valid_to()) continue;
        return &figure;
    }
    return nullptr;
}

const pb::Act* findAct(const pb::RulePack& pack, std::string_view id) {
    for (const auto& act : pack.acts())
        if (act.id() == id) return &act;
    return nullptr;
}

std::int64_t figureValue(const pb::Figure& figure) {
    switch (figure.value_case()) {
        case pb::Figure::kCents:
            return figure.cents();
        case pb::Figure::kPercent:
            return figure.percent();
        case pb::Figure::kCount:
            return figure.count();
        case pb::Figure::VALUE_NOT_SET:
            break;
    }
    return 0;
}

std::string sourceUrl(const pb::RulePack& pack, const std::string& sourceId) {
    for (const auto& source : pack.sources())
        if (source.id() == sourceId) return source.url().empty() ? sourceId : source.url();
    return sourceId;
}

std::int64_t percentOf(std::int64_t cents, std::int64_t percent) {
    return (cents * percent + 50) / 100;
}

std::string formatEuros(std::int64_t cents) {
    std::string sign = cents < 0 ? "-" : "";
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    std::string fraction = std::to_string(magnitude % 100);
    if (fraction.size() < 2) fraction.insert(0, "0");
    return sign + std::to_string(magnitude / 100) + "," + fraction + " €";
}

bool factFlag(const Facts& facts, std::string_view name) {
    const FactValue* value = facts.find(name);
    if (value == nullptr) return false;
    const bool* flag = std::get_if<bool>(value);
    return flag != nullptr && *flag;
}

std::optional<std::int64_t> factInt(const Facts& facts, std::string_view name) {
    const FactValue* value = facts.find(name);
    if (value == nullptr) return std::nullopt;
    if (const auto* number = std::get_if<std::int64_t>(value)) return *number;
    return std::nullopt;
}

}  // namespace parcours::rules::detail
