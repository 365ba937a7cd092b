#pragma once
// The reimbursement estimate for one act (research/rules-fr.md §8): base tariff, rate,
// majoration hors parcours, participation forfaitaire, amount reimbursed by the Assurance
// Maladie, patient share before any complémentaire. Every figure from the pack, dated and
// sourced; a figure of low confidence makes the estimate "à vérifier".

#include <cstdint>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/rules/advice.hpp"
#include "parcours/rules/facts.hpp"
#include "parcours/rules/pack.hpp"

namespace parcours::rules {

struct EstimateRequest {
    std::string act;            // an Act id of the pack: "gp-consultation", …
    journal::Date date;         // YYYY-MM-DD
    Facts facts;                // from computeFacts (age, has_medecin_traitant, ald, urgency…)
    bool byOwnMt = false;       // the consultation is with the declared MT (or a stated
                                // exception: replacement, same group, new GP)
    bool referredByMt = false;  // a specialist seen on the MT's referral
};

enum class FigureUnit { Cents, Percent, Count };

struct UsedFigure {
    std::string id;          // "tariff.G"
    std::int64_t value = 0;  // cents, percent or a count: see unit
    FigureUnit unit = FigureUnit::Cents;
    journal::Date validFrom;
    std::vector<std::string> sources;  // urls
    Confidence confidence = Confidence::Medium;
};

struct Estimate {
    std::string act;
    journal::Date date;
    std::int64_t baseTariffCents = 0;
    int ratePercent = 0;
    std::int64_t majorationCents = 0;  // hors parcours, 0 otherwise
    std::int64_t participationForfaitaireCents = 0;
    std::int64_t reimbursedCents = 0;    // rate × tariff − majoration − PF
    std::int64_t patientShareCents = 0;  // tariff − reimbursed
    bool inParcours = true;
    std::vector<std::string> reasons;  // why in/out of parcours, why PF exempt…
    std::vector<UsedFigure> figures;
    bool toVerify = false;  // some figure used has low confidence
};

// NotFound for an unknown act or a date no figure covers; Usage for a bad date.
Result<Estimate> estimate(const RulePack& pack, const EstimateRequest& request);

std::vector<std::string> actIds(const RulePack& pack);

// The acts with their label, for a choice (French when the pack has no English), in pack order.
struct ActChoice {
    std::string id;     // "gp-consultation"
    std::string label;  // "Consultation de médecine générale"
};
std::vector<ActChoice> actChoices(const RulePack& pack, Language language = Language::French);

}  // namespace parcours::rules
