// The reimbursement estimate (research/rules-fr.md §8, R-CALC-01/02):
//
//   AMO        = rate × BR − majoration − PF          (never below 0)
//   rate       = 100 % for an ALD patient (the act is taken to be for the ALD, in the
//                protocole de soins) or from the 6th month of pregnancy; 70 % otherwise
//   majoration = 0 in the parcours or under an exception;
//                min(40 % × BR, CAP) otherwise — CAP is LOW confidence (R-CALC-02), so
//                an estimate that uses it is "à vérifier" and its reasons give the
//                uncapped amount too
//   PF         = pf.amount unless under 18 (R160-20), C2S/AME, or pregnant ≥ 6 months
//   patient    = BR − AMO (before any complémentaire; sector 1 tariff, no dépassement)
//
// Money is in integer cents; each percentage is rounded to the cent, half up.
//
// Not modelled (said in the reasons where it matters): the PF caps (25 a year, 4 a day
// per professional), sector 2 / non conventionné bases, the specialists' dépassement
// autorisé hors parcours (amount unknown), C2S covering the ticket modérateur (it is a
// complémentaire: the AMO part stays 70 %), the prior-knowledge and territoriality
// conditions of teleconsultation (the app cannot know them: stated as a condition).
#include "parcours/rules/estimate.hpp"

#include <algorithm>

#include "estimate_figures.hpp"
#include "journal/datetime.hpp"

namespace parcours::rules {
namespace {

using detail::factFlag;
using detail::factInt;
using detail::formatEuros;

// Builds one estimate: records each figure it reads, with its date and sources.
class Estimator {
  public:
    Estimator(const pb::RulePack& pack, const EstimateRequest& request, const pb::Act& act)
        : pack_(pack), request_(request), act_(act) {
        result_.act = request.act;
        result_.date = request.date;
    }

    Result<Estimate> run();

  private:
    // The figure `id` in force on the date; NotFound names the figure and the date.
    Result<std::int64_t> use(std::string_view id);
    // The same, but a figure the pack may leave out (an age limit): nullopt then.
    std::optional<std::int64_t> useIfAny(std::string_view id);

    void decideParcours(std::optional<std::int64_t> age);
    bool directAccessApplies(std::optional<std::int64_t> age);
    Result<void> decideRate();
    Result<void> decideMajoration();
    Result<void> decideParticipation(std::optional<std::int64_t> age);
    void reason(std::string text) { result_.reasons.push_back(std::move(text)); }

    const pb::RulePack& pack_;
    const EstimateRequest& request_;
    const pb::Act& act_;
    Estimate result_;
    bool uncertain_ = false;  // a choice the research marks uncertain (§10.5)
    std::optional<std::int64_t> uncappedMajoration_;  // the majoration without the cap
};

Result<std::int64_t> Estimator::use(std::string_view id) {
    const pb::Figure* figure = detail::figureOn(pack_, id, request_.date);
    if (figure == nullptr)
        return notFound("no figure «" + std::string(id) + "» in force on " + request_.date +
                        " in the rule pack «" + pack_.id() + "»");
    const std::int64_t value = detail::figureValue(*figure);
    const bool seen = std::any_of(result_.figures.begin(), result_.figures.end(),
                                  [&](const UsedFigure& f) { return f.id == id; });
    if (!seen) {
        UsedFigure used;
        used.id = std::string(id);
        used.value = value;
        used.unit = figure->value_case() == pb::Figure::kPercent ? FigureUnit::Percent
                    : figure->value_case() == pb::Figure::kCount ? FigureUnit::Count
                                                                 : FigureUnit::Cents;
        used.validFrom = figure->valid_from();
        for (const auto& source : figure->sources())
            used.sources.push_back(detail::sourceUrl(pack_, source));
        used.confidence = confidenceOf(figure->confidence());
        result_.figures.push_back(std::move(used));
    }
    return value;
}

std::optional<std::int64_t> Estimator::useIfAny(std::string_view id) {
    if (detail::figureOn(pack_, id, request_.date) == nullptr) return std::nullopt;
    auto value = use(id);
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

// Direct access (D162-1-7): the act's specialty, within its age limit if the pack has one
// ("age.direct-access.psychiatrie.max": 16–25; under 16 is an exception of its own).
bool Estimator::directAccessApplies(std::optional<std::int64_t> age) {
    const std::string& specialty = act_.direct_access_specialty();
    if (specialty.empty()) return false;
    const auto maxAge = useIfAny("age.direct-access." + specialty + ".max");
    if (maxAge && age && *age > *maxAge) {
        reason("L'accès direct (" + specialty + ") ne vaut que jusqu'à " + std::to_string(*maxAge) +
               " ans : il faut être adressé par le médecin traitant.");
        return false;
    }
    return true;
}

// In or out of the parcours de soins: the first of the rules below that holds.
void Estimator::decideParcours(std::optional<std::int64_t> age) {
    const bool hasMt = factFlag(request_.facts, "has_medecin_traitant");
    const bool tele = act_.teleconsultation() || factFlag(request_.facts, "teleconsultation");
    const bool generalist = act_.doctor() == pb::Act::GENERALIST;
    auto in = [&](std::string why) {
        result_.inParcours = true;
        reason(std::move(why));
    };

    const auto parcoursFrom = useIfAny("age.parcours-from");
    if (age && parcoursFrom && *age < *parcoursFrom)
        return in("Moins de " + std::to_string(*parcoursFrom) +
                  " ans : la majoration hors parcours ne s'applique pas (L162-5-3 CSS).");
    if (act_.requested_by_mt())
        return in(
            "Avis ponctuel de consultant : demandé explicitement par le médecin traitant, "
            "donc dans le parcours (gardez la trace de sa demande).");
    if (request_.byOwnMt) {
        if (!hasMt)
            reason(
                "Votre profil n'indique pas de médecin traitant déclaré : vérifiez que la "
                "déclaration a bien été faite auprès de votre caisse.");
        return in("Consultation de votre médecin traitant : dans le parcours de soins.");
    }
    if (request_.referredByMt)
        return in(
            "Adressé par votre médecin traitant (lettre d'adressage) : dans le parcours "
            "de soins (L162-5-3 CSS).");
    if (factFlag(request_.facts, "urgency"))
        return in(
            "Urgence (situation imprévue mettant en jeu la vie ou l'intégrité du corps) : "
            "pas de majoration (L162-5-3, R160-6 CSS).");
    if (factFlag(request_.facts, "away_from_home"))
        return in(
            "Consultation hors de votre lieu de résidence habituel : pas de majoration "
            "(L162-5-3, R160-6 CSS).");
    if (factFlag(request_.facts, "sees_mt_replacement"))
        return in(
            "Remplaçant de votre médecin traitant, ou médecin du même cabinet ou centre "
            "de santé : dans le parcours (D162-1-6 CSS).");
    if (generalist && factFlag(request_.facts, "new_gp"))
        return in(
            "Médecin généraliste installé depuis moins de 5 ans : pas de majoration "
            "(L162-5-4, D162-1-8 CSS).");
    if (factFlag(request_.facts, "mt_left_within_year"))
        return in(
            "Votre médecin traitant est parti (retraite ou autre département) il y a "
            "moins d'un an : pas de majoration (L162-5-3 5° CSS).");
    if (tele && !hasMt)
        return in(
            "Téléconsultation sans médecin traitant : prise en charge par exception, de "
            "préférence par une organisation territoriale (CPTS, MSP, centre de santé).");
    if (directAccessApplies(age)) {
        if (hasMt)
            return in("Accès direct autorisé à cette spécialité (" +
                      act_.direct_access_specialty() +
                      ") : remboursé comme dans le parcours (D162-1-7 CSS).");
        // §10.5: hopital.fr (ameli's grids) says a declared MT is required; the decree
        // does not say so. We take the cautious reading and say it is uncertain.
        uncertain_ = true;
        reason("Accès direct (" + act_.direct_access_specialty() +
               ") sans médecin traitant déclaré : selon les grilles de l'Assurance Maladie, "
               "la majoration s'applique ; le décret (D162-1-7) ne le dit pas — à vérifier.");
    }

    result_.inParcours = false;
    if (!hasMt)
        reason("Pas de médecin traitant déclaré : consultation hors parcours de soins.");
    else if (generalist)
        reason(
            "Médecin autre que votre médecin traitant, sans orientation de sa part : hors "
            "parcours de soins.");
    else
        reason(
            "Spécialiste consulté sans être adressé par votre médecin traitant : hors "
            "parcours de soins.");
    reason(
        "Hors parcours, pas de tiers payant : vous avancez les frais ; une complémentaire "
        "« responsable » ne rembourse pas la majoration.");
    if (!generalist)
        reason(
            "Hors parcours, le spécialiste peut ajouter un dépassement autorisé, non "
            "remboursé (montant non confirmé) : il n'est pas compté ici.");
}

Result<void> Estimator::decideRate() {
    const char* rateId = "rate.parcours";
    if (factFlag(request_.facts, "ald")) {
        rateId = "rate.ald";
        reason(
            "Affection de longue durée : 100 % si la consultation concerne votre ALD "
            "(protocole de soins) ; sinon 70 %.");
    } else if (factFlag(request_.facts, "pregnant_6_months")) {
        rateId = "rate.maternity";
        reason(
            "Grossesse à partir du 6e mois (jusqu'à 12 jours après l'accouchement) : "
            "prise en charge à 100 %.");
    }
    auto rate = use(rateId);
    if (!rate) return rate.error();
    result_.ratePercent = static_cast<int>(*rate);
    reason("Base de remboursement " + formatEuros(result_.baseTariffCents) + ", remboursée à " +
           std::to_string(*rate) + " %.");
    return {};
}

Result<void> Estimator::decideMajoration() {
    if (result_.inParcours) return {};
    auto points = use("rate.majoration");
    if (!points) return points.error();
    auto cap = use("cap.majoration");
    if (!cap) return cap.error();
    const std::int64_t uncapped = detail::percentOf(result_.baseTariffCents, *points);
    result_.majorationCents = std::min(uncapped, *cap);
    if (uncapped > *cap) {
        reason("Majoration hors parcours : " + std::to_string(*points) + " % de la base (" +
               formatEuros(uncapped) + "), plafonnée à " + formatEuros(*cap) +
               " par acte (plafond non confirmé, à vérifier sur ameli).");
        uncappedMajoration_ = uncapped;
    } else {
        reason("Majoration hors parcours : " + std::to_string(*points) + " % de la base, soit " +
               formatEuros(uncapped) + ".");
    }
    return {};
}

Result<void> Estimator::decideParticipation(std::optional<std::int64_t> age) {
    const auto exemptUnder = useIfAny("age.pf-exempt-under");
    if (age && exemptUnder && *age < *exemptUnder) {
        reason("Moins de " + std::to_string(*exemptUnder) +
               " ans au 1er janvier : pas de participation forfaitaire (R160-20 CSS).");
        return {};
    }
    if (factFlag(request_.facts, "c2s_or_ame")) {
        reason("Bénéficiaire de la C2S ou de l'AME : pas de participation forfaitaire.");
        return {};
    }
    if (factFlag(request_.facts, "pregnant_6_months")) {
        reason("Grossesse à partir du 6e mois : pas de participation forfaitaire.");
        return {};
    }
    auto pf = use("pf.amount");
    if (!pf) return pf.error();
    result_.participationForfaitaireCents = *pf;
    reason("Participation forfaitaire de " + formatEuros(*pf) +
           " déduite (au plus 25 par an et 4 par jour chez un même médecin ; jamais remboursée "
           "par la complémentaire).");
    // The age fact counts years from the birth year: at exactly 18 the person may still
    // have been 17 on 1 January.
    if (age && exemptUnder && *age == *exemptUnder)
        reason("Si vous aviez moins de " + std::to_string(*exemptUnder) +
               " ans au 1er janvier, la participation forfaitaire ne s'applique pas.");
    return {};
}

Result<Estimate> Estimator::run() {
    const auto age = factInt(request_.facts, "age");
    if (act_.max_age() > 0 && age && *age > act_.max_age())
        return usageError("act «" + act_.id() + "» is for patients aged " +
                          std::to_string(act_.max_age()) + " or under; the age is " +
                          std::to_string(*age));
    auto base = use(act_.tariff());
    if (!base) return base.error();
    result_.baseTariffCents = *base;
    if (!age) reason("Âge inconnu : estimation faite pour un adulte.");

    decideParcours(age);
    if (act_.teleconsultation() && result_.inParcours)
        reason(
            "Téléconsultation : remboursée si elle se fait en vidéo et, hors exceptions, si "
            "le médecin vous a vu en cabinet dans les 12 derniers mois.");
    if (auto r = decideRate(); !r) return r.error();
    if (auto r = decideMajoration(); !r) return r.error();
    if (auto r = decideParticipation(age); !r) return r.error();

    const std::int64_t gross = detail::percentOf(result_.baseTariffCents, result_.ratePercent);
    result_.reimbursedCents = std::max<std::int64_t>(
        0, gross - result_.majorationCents - result_.participationForfaitaireCents);
    result_.patientShareCents = result_.baseTariffCents - result_.reimbursedCents;
    if (uncappedMajoration_) {
        // R-CALC-02 gives two methods; the other one, for the user to compare.
        const std::int64_t plain = std::max<std::int64_t>(
            0, gross - *uncappedMajoration_ - result_.participationForfaitaireCents);
        reason("Sans plafond (calcul simple), la majoration serait de " +
               formatEuros(*uncappedMajoration_) + " et le remboursement de " + formatEuros(plain) +
               ".");
    }
    result_.toVerify = uncertain_ || std::any_of(result_.figures.begin(), result_.figures.end(),
                                                 [](const UsedFigure& f) {
                                                     return f.confidence == Confidence::Low;
                                                 });
    if (result_.toVerify)
        reason("À vérifier : un montant ou une règle utilisés ici ne sont pas confirmés.");
    return std::move(result_);
}

}  // namespace

Result<Estimate> estimate(const RulePack& pack, const EstimateRequest& request) {
    if (!journal::isValidDate(request.date))
        return usageError("date «" + request.date + "»: expected YYYY-MM-DD");
    const pb::RulePack& message = pack.impl().pack;
    const pb::Act* act = detail::findAct(message, request.act);
    if (act == nullptr) {
        std::string known;
        for (const auto& id : actIds(pack)) known += (known.empty() ? "" : ", ") + id;
        return notFound("unknown act «" + request.act + "» (known: " + known + ")");
    }
    return Estimator(message, request, *act).run();
}

std::vector<std::string> actIds(const RulePack& pack) {
    std::vector<std::string> ids;
    for (const auto& act : pack.impl().pack.acts()) ids.push_back(act.id());
    return ids;
}

std::vector<ActChoice> actChoices(const RulePack& pack, Language language) {
    std::vector<ActChoice> acts;
    for (const auto& act : pack.impl().pack.acts()) {
        const auto& label = act.label();
        acts.push_back({act.id(), language == Language::English && !label.en().empty()
                                      ? label.en()
                                      : label.fr()});
    }
    return acts;
}

}  // namespace parcours::rules
