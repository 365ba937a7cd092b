// The fact catalogue: the names, types and closed value sets that rule packs are
// validated against. A name here is a contract with every pack: never rename one.
#include "parcours/rules/facts.hpp"

namespace parcours::rules {

const std::vector<FactSpec>& factCatalogue() {
    using T = FactType;
    static const std::vector<FactSpec> kCatalogue{
        {"age", T::Int, {}, "Age in years on the date (year difference from the birth year)"},
        {"age_band",
         T::Text,
         {"0-5", "6-15", "16-17", "18-25", "26-69", "70+"},
         "Age band on the date"},
        {"minor", T::Bool, {}, "Under 18 on the date"},
        {"ald", T::Bool, {}, "Has an affection de longue durée"},
        {"c2s_or_ame", T::Bool, {}, "Has the complémentaire santé solidaire or the AME"},
        {"has_medecin_traitant", T::Bool, {}, "Has a declared médecin traitant still practising"},
        {"mt_left", T::Bool, {}, "The médecin traitant retired or moved"},
        {"mt_left_within_year", T::Bool, {}, "The médecin traitant left 365 days ago or less"},
        {"mt_left_days", T::Int, {}, "Days since the médecin traitant left"},
        {"seeking",
         T::Text,
         {"medecin-traitant", "specialist", "second-opinion", "urgent"},
         "What the démarche looks for"},
        {"specialty", T::Text, {}, "Normalised specialty sought (medecine-generale, psychiatrie…)"},
        {"direct_access", T::Bool, {}, "The specialty may be seen without referral at this age"},
        {"demarche_status", T::Text, {"open", "found", "abandoned"}, "State of the démarche"},
        {"calls", T::Int, {}, "Calls logged in the démarche"},
        {"refusals", T::Int, {}, "Calls refused (any reason)"},
        {"refusals_no_new_patients", T::Int, {}, "Calls refused: no new patients"},
        {"refusals_other", T::Int, {}, "Calls refused for another reason"},
        {"refusals_discrimination", T::Int, {}, "Calls refused for a suspected discrimination"},
        {"no_answers", T::Int, {}, "Calls with no answer or a voicemail"},
        {"waiting_lists", T::Int, {}, "Calls that ended on a waiting list"},
        {"referred", T::Int, {}, "Calls referred to a colleague"},
        {"call_backs", T::Int, {}, "Calls to call back later"},
        {"accepted", T::Bool, {}, "A practice accepted to be médecin traitant"},
        {"appointment", T::Bool, {}, "A practice gave an appointment"},
        {"distinct_practices", T::Int, {}, "Different practices called"},
        {"days_since_first_call", T::Int, {}, "Days from the first call to the date"},
        {"days_since_last_call", T::Int, {}, "Days from the last call to the date"},
        {"suspected_discrimination", T::Bool, {}, "A refusal was logged as discriminatory"},
        {"urgency", T::Bool, {}, "Urgent need (démarche seeking urgent care, or stated)"},
        {"away_from_home", T::Bool, {}, "Stated: away from the usual place of residence"},
        {"sees_mt_replacement", T::Bool, {}, "Stated: sees the MT's replacement or group"},
        {"new_gp", T::Bool, {}, "Stated: the GP installed less than 5 years ago"},
        {"pregnant_6_months", T::Bool, {}, "Stated: pregnant from the 6th month"},
        {"teleconsultation", T::Bool, {}, "Stated: the consultation is a teleconsultation"},
        {"nearby_msp", T::Int, {}, "MSP within the pack's radius (unknown without a place)"},
        {"nearby_centre_sante", T::Int, {}, "Centres de santé within the pack's radius"},
        {"nearby_cpts", T::Int, {}, "CPTS within the pack's radius"},
        {"nearby_emergency", T::Int, {}, "Hospitals with an emergency unit within the radius"},
    };
    return kCatalogue;
}

const FactSpec* findFact(std::string_view name) {
    for (const auto& spec : factCatalogue())
        if (spec.name == name) return &spec;
    return nullptr;
}

const FactValue* Facts::find(std::string_view name) const {
    auto it = values_.find(name);
    return it == values_.end() ? nullptr : &it->second;
}

void Facts::set(std::string name, FactValue value) {
    values_.insert_or_assign(std::move(name), std::move(value));
}

std::string formatFact(const FactValue& value) {
    if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    if (const auto* n = std::get_if<std::int64_t>(&value)) return std::to_string(*n);
    return std::get<std::string>(value);
}

}  // namespace parcours::rules
