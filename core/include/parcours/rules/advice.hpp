#pragma once
// Advice: the rules of a pack that hold for the facts, in priority order, each with the
// reasons it fired, its actions and its legal references.

#include <string>
#include <vector>

#include "parcours/journal/records.hpp"
#include "parcours/rules/facts.hpp"
#include "parcours/rules/pack.hpp"

namespace parcours::rules {

enum class Language { French, English };
enum class Confidence { High, Medium, Low };  // Low is shown "à vérifier"

struct LegalReference {
    std::string code, article, version, url, summary;
};

struct AdviceAction {
    std::string type;    // "call", "show-nearby", "document", "legal-text", "url"
    std::string label;   // in the chosen language (French when the pack lacks English)
    std::string target;  // the number, "msp,centre-sante" with radius in radiusKm, "cpam", …
    int radiusKm = 0;    // show-nearby
};

struct Advice {
    std::string ruleId;
    int priority = 0;
    std::string topic;
    std::string title;
    std::string text;              // placeholders filled
    std::vector<std::string> why;  // the predicates that held: "refusals = 3 (≥ 3)"
    std::vector<AdviceAction> actions;
    std::vector<LegalReference> legal;
    Confidence confidence = Confidence::Medium;
};

// Rules in force on facts' date whose condition holds, by priority (higher first), then
// by id. `today` selects the rules in force (valid_from/valid_to).
std::vector<Advice> advise(const RulePack& pack, const Facts& facts, const journal::Date& today,
                           Language language = Language::French);

std::string_view confidenceId(Confidence c);  // "high", "medium", "low"

}  // namespace parcours::rules
