// parcours estimate: what the Assurance Maladie reimburses for one act on a date, with
// the reasons and the dated, sourced figures (core/include/parcours/rules/estimate.hpp).
#include <iostream>

#include "common.hpp"
#include "estimate_dossier.hpp"
#include "journal_access.hpp"
#include "journal_time.hpp"
#include "parcours/json/json_writer.hpp"
#include "parcours/rules/estimate.hpp"

namespace parcours::cli {
namespace {

using rules::Estimate;

constexpr const char* kEstimateUsage =
    "usage: parcours estimate --act ACT [--demarche ID] [--date YYYY-MM-DD] [--json]\n"
    "                         [--journal FILE] [--own-mt] [--referred] [--urgent]\n"
    "                         [--away-from-home] [--mt-replacement] [--new-gp] [--pregnant]\n"
    "                         [--teleconsultation]\n"
    "  --own-mt            the doctor is your declared médecin traitant\n"
    "  --referred          you were sent by your médecin traitant (lettre d'adressage)\n"
    "  --urgent            an urgent, unforeseen need (R160-6)\n"
    "  --away-from-home    away from where you usually live\n"
    "  --mt-replacement    your MT's replacement, or a doctor of the same practice\n"
    "  --new-gp            a GP installed less than 5 years ago\n"
    "  --pregnant          from the 6th month of pregnancy to 12 days after delivery\n"
    "  --teleconsultation  by video\n"
    "Without --demarche, the facts of the default profile. Amounts are for a sector 1\n"
    "doctor, before any complémentaire santé.\n";

OptionSpec estimateSpec() {
    return {{"--act", "--demarche", "--date", "--journal", "--db-journal"},
            {"--json", "--own-mt", "--referred", "--urgent", "--away-from-home", "--mt-replacement",
             "--new-gp", "--pregnant", "--teleconsultation", "--help"}};
}

// 1060 → "10,60 €".
std::string euros(std::int64_t cents) {
    std::string fraction = std::to_string(cents % 100);
    if (fraction.size() < 2) fraction.insert(0, "0");
    return std::to_string(cents / 100) + "," + fraction + " €";
}

double asEuros(std::int64_t cents) {
    return static_cast<double>(cents) / 100.0;
}

std::string estimateJson(const Estimate& e) {
    json::Writer w;
    w.beginObject()
        .key("act")
        .string(e.act)
        .key("date")
        .string(e.date)
        .key("base_tariff")
        .number(asEuros(e.baseTariffCents))
        .key("rate")
        .integer(e.ratePercent)
        .key("reimbursed")
        .number(asEuros(e.reimbursedCents))
        .key("participation_forfaitaire")
        .number(asEuros(e.participationForfaitaireCents))
        .key("patient_share")
        .number(asEuros(e.patientShareCents))
        .key("majoration")
        .number(asEuros(e.majorationCents))
        .key("in_parcours")
        .boolean(e.inParcours)
        .key("to_verify")
        .boolean(e.toVerify);
    w.key("reasons").beginArray();
    for (const auto& r : e.reasons) w.string(r);
    w.endArray();
    // One object per figure used: what it is, its value, since when, how sure, where from.
    w.key("sources").beginArray();
    for (const auto& f : e.figures) {
        w.beginObject().key("figure").string(f.id).key("value");
        if (f.id.starts_with("rate.") || f.id.starts_with("age."))
            w.integer(f.value);
        else
            w.number(asEuros(f.value));
        w.key("valid_from").string(f.validFrom);
        w.key("confidence").string(rules::confidenceId(f.confidence));
        w.key("urls").beginArray();
        for (const auto& url : f.sources) w.string(url);
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.take();
}

void printEstimate(std::ostream& out, const Estimate& e) {
    out << "Acte : " << e.act << " — le " << e.date << '\n'
        << "Base de remboursement : " << euros(e.baseTariffCents) << '\n'
        << "Taux : " << e.ratePercent << " %\n"
        << "Majoration hors parcours : " << euros(e.majorationCents) << '\n'
        << "Participation forfaitaire : " << euros(e.participationForfaitaireCents) << '\n'
        << "Remboursé par l'Assurance Maladie : " << euros(e.reimbursedCents) << '\n'
        << "Reste à charge (avant complémentaire) : " << euros(e.patientShareCents) << '\n'
        << "Parcours de soins : " << (e.inParcours ? "oui" : "non") << '\n';
    if (e.toVerify) out << "À VÉRIFIER : certains montants ne sont pas confirmés.\n";
    out << "Pourquoi :\n";
    for (const auto& r : e.reasons) out << "  - " << r << '\n';
    out << "Chiffres utilisés :\n";
    for (const auto& f : e.figures) {
        out << "  - " << f.id << " = "
            << (f.id.starts_with("rate.") || f.id.starts_with("age.") ? std::to_string(f.value)
                                                                      : euros(f.value))
            << " depuis le " << f.validFrom << " (" << rules::confidenceId(f.confidence) << ")";
        for (const auto& url : f.sources) out << "\n      " << url;
        out << '\n';
    }
}

}  // namespace

int runEstimateCommand(const std::vector<std::string>& words) {
    auto args = Args::parse(words, estimateSpec());
    if (!args) return fail(args.error());
    if (args->flag("--help")) {
        std::cout << kEstimateUsage;
        return kOk;
    }
    if (!args->positionals().empty())
        return fail(usageError("estimate: unexpected «" + args->positionals()[0] + "»"));
    auto act = args->value("--act");
    if (!act || act->empty()) {
        std::string known;
        for (const auto& id : rules::actIds(rules::RulePack::french()))
            known += (known.empty() ? "" : ", ") + id;
        return fail(usageError("estimate needs --act ACT (one of: " + known + ")"));
    }
    std::string date = todayLocal();
    if (auto text = args->value("--date")) {
        auto parsed = parseDate(*text, "--date");
        if (!parsed) return fail(parsed.error());
        date = *parsed;
    }
    auto context = loadDemarcheContext(*args);
    if (!context) return fail(context.error());

    rules::FactInput input;
    input.profile = context->profile;
    input.demarche = context->demarche;
    input.calls = context->calls;
    input.today = date;
    input.situation = situationFromFlags(*args);
    auto facts = rules::computeFacts(input);
    if (!facts) return fail(facts.error());

    rules::EstimateRequest request;
    request.act = *act;
    request.date = date;
    request.facts = std::move(*facts);
    request.byOwnMt = args->flag("--own-mt");
    request.referredByMt = args->flag("--referred");
    auto result = rules::estimate(rules::RulePack::french(), request);
    if (!result) return fail(result.error());
    if (args->flag("--json"))
        std::cout << estimateJson(*result) << '\n';
    else
        printEstimate(std::cout, *result);
    return kOk;
}

}  // namespace parcours::cli
