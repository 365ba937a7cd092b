// The reimbursement estimator against research/rules-fr.md §8 (the worked examples are
// the oracle), the date boundaries of the dated figures, and its errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "parcours/rules/estimate.hpp"

using namespace parcours;
using namespace parcours::rules;

namespace {

const RulePack& pack() {
    return RulePack::french();
}

Facts makeFacts(std::initializer_list<std::pair<const char*, FactValue>> values) {
    Facts facts;
    for (const auto& [name, value] : values) facts.set(name, value);
    return facts;
}

Result<Estimate> run(const std::string& act, const std::string& date, Facts facts,
                     bool byOwnMt = false, bool referred = false) {
    EstimateRequest request;
    request.act = act;
    request.date = date;
    request.facts = std::move(facts);
    request.byOwnMt = byOwnMt;
    request.referredByMt = referred;
    return estimate(pack(), request);
}

bool hasReasonWith(const Estimate& e, const std::string& text) {
    return std::any_of(e.reasons.begin(), e.reasons.end(),
                       [&](const std::string& r) { return r.find(text) != std::string::npos; });
}

const UsedFigure* figure(const Estimate& e, const std::string& id) {
    for (const auto& f : e.figures)
        if (f.id == id) return &f;
    return nullptr;
}

// One worked example of §8 (adult unless said, sector 1, G = 30 €: a date in 2025).
struct WorkedExample {
    const char* name;
    const char* act;
    Facts facts;
    bool byOwnMt;
    std::int64_t reimbursed;   // cents, what we implement (the capped method where two)
    std::int64_t plainMethod;  // cents, the uncapped method of §8; -1 when there is one method
    bool toVerify;
    bool inParcours;
    int rate;
    std::int64_t pf;
};

std::vector<WorkedExample> workedExamples() {
    using F = std::pair<const char*, FactValue>;
    // An adult of 40 without an MT, with `more` facts set or replaced.
    auto adult = [](std::initializer_list<F> more) {
        std::map<std::string, FactValue> values{{"age", std::int64_t{40}},
                                                {"has_medecin_traitant", false}};
        for (const auto& [k, v] : more) values[k] = v;
        Facts f;
        for (const auto& [k, v] : values) f.set(k, v);
        return f;
    };
    return {
        {"own MT", "gp-consultation", adult({{"has_medecin_traitant", true}}), true, 1900, -1,
         false, true, 70, 200},
        {"hors parcours, cap 10.60 (plain 30 %: 7.00)", "gp-consultation", adult({}), false, 840,
         700, true, false, 70, 200},
        {"MT retired less than 12 months ago", "gp-consultation",
         adult({{"mt_left_within_year", true}}), false, 1900, -1, false, true, 70, 200},
        {"urgency (R160-6)", "gp-consultation", adult({{"urgency", true}}), false, 1900, -1, false,
         true, 70, 200},
        {"away from home", "gp-consultation", adult({{"away_from_home", true}}), false, 1900, -1,
         false, true, 70, 200},
        {"aged 17 without MT (cap; plain 9.00)", "gp-consultation",
         adult({{"age", std::int64_t{17}}}), false, 1040, 900, true, false, 70, 0},
        {"aged 15 without MT", "gp-consultation", adult({{"age", std::int64_t{15}}}), false, 2100,
         -1, false, true, 70, 0},
        {"ALD, act in protocole, own MT", "gp-consultation",
         adult({{"has_medecin_traitant", true}, {"ald", true}}), true, 2800, -1, false, true, 100,
         200},
        {"ALD without MT, hors parcours (cap; plain 16.00)", "gp-consultation",
         adult({{"ald", true}}), false, 1740, 1600, true, false, 100, 200},
        {"GP teleconsultation, conditions met", "gp-teleconsultation",
         adult({{"has_medecin_traitant", true}}), true, 1550, -1, false, true, 70, 200},
        {"APC requested by the MT", "apc", adult({{"has_medecin_traitant", true}}), false, 4000, -1,
         false, true, 70, 200},
    };
}

}  // namespace

TEST(RulesEstimate, WorkedExamplesOfTheResearch) {
    for (const auto& ex : workedExamples()) {
        SCOPED_TRACE(ex.name);
        auto e = run(ex.act, "2025-03-01", ex.facts, ex.byOwnMt);
        ASSERT_TRUE(e.ok()) << e.error().message;
        EXPECT_EQ(e->reimbursedCents, ex.reimbursed);
        EXPECT_EQ(e->toVerify, ex.toVerify);
        EXPECT_EQ(e->inParcours, ex.inParcours);
        EXPECT_EQ(e->ratePercent, ex.rate);
        EXPECT_EQ(e->participationForfaitaireCents, ex.pf);
        EXPECT_EQ(e->patientShareCents, e->baseTariffCents - e->reimbursedCents);
        EXPECT_FALSE(e->reasons.empty());
        if (ex.plainMethod >= 0) {
            // The cap is LOW confidence: the reasons give the other method's amount.
            const std::int64_t euros = ex.plainMethod / 100, cents = ex.plainMethod % 100;
            const std::string plain = std::to_string(euros) + "," + (cents < 10 ? "0" : "") +
                                      std::to_string(cents) + " €";
            EXPECT_TRUE(hasReasonWith(*e, "remboursement de " + plain)) << plain;
            ASSERT_NE(figure(*e, "cap.majoration"), nullptr);
            EXPECT_EQ(figure(*e, "cap.majoration")->confidence, Confidence::Low);
            EXPECT_EQ(e->majorationCents, 1060);
        } else {
            EXPECT_EQ(e->majorationCents, 0);
        }
    }
}

TEST(RulesEstimate, FiguresCarryTheirDateAndSources) {
    auto e = run("gp-consultation", "2025-03-01",
                 makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}}), true);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->baseTariffCents, 3000);
    const UsedFigure* g = figure(*e, "tariff.G");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->validFrom, "2024-12-22");
    EXPECT_EQ(g->confidence, Confidence::High);
    ASSERT_FALSE(g->sources.empty());
    EXPECT_EQ(g->sources[0].rfind("https://", 0), 0U) << g->sources[0];
    ASSERT_NE(figure(*e, "pf.amount"), nullptr);
    EXPECT_EQ(figure(*e, "pf.amount")->validFrom, "2024-05-15");
    EXPECT_EQ(figure(*e, "cap.majoration"), nullptr) << "the cap is not used in the parcours";
}

TEST(RulesEstimate, GBeforeAndAfterThe22December2024Rise) {
    const Facts facts = makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}});
    auto before = run("gp-consultation", "2024-12-21", facts, true);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->baseTariffCents, 2650);
    EXPECT_EQ(before->reimbursedCents, 1855 - 200);  // 70 % × 26.50 = 18.55, half up
    auto after = run("gp-consultation", "2024-12-22", facts, true);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->baseTariffCents, 3000);
    EXPECT_EQ(after->reimbursedCents, 1900);
}

TEST(RulesEstimate, ParticipationForfaitaireWas1EuroBefore15May2024) {
    const Facts facts = makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}});
    auto before = run("gp-consultation", "2024-05-14", facts, true);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->participationForfaitaireCents, 100);
    EXPECT_EQ(before->reimbursedCents, 1855 - 100);
    auto after = run("gp-consultation", "2024-05-15", facts, true);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->participationForfaitaireCents, 200);
}

TEST(RulesEstimate, AtG2650BothMajorationMethodsAgreeButTheCapIsStillFlagged) {
    auto e = run("gp-consultation", "2024-06-01", makeFacts({{"age", std::int64_t{40}}}));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->majorationCents, 1060);  // 40 % × 26.50 = 10.60 = the cap
    EXPECT_EQ(e->reimbursedCents, 1855 - 1060 - 200);
    EXPECT_TRUE(e->toVerify);
}

TEST(RulesEstimate, UnknownActIsNotFoundAndListsTheKnownOnes) {
    auto e = run("acupuncture", "2025-03-01", Facts{});
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().kind, ErrorKind::NotFound);
    EXPECT_NE(e.error().message.find("acupuncture"), std::string::npos);
    EXPECT_NE(e.error().message.find("gp-consultation"), std::string::npos);
}

TEST(RulesEstimate, DateWithNoFigureIsNotFoundNamingTheFigure) {
    auto e = run("gp-consultation", "2020-01-01", Facts{});
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().kind, ErrorKind::NotFound);
    EXPECT_NE(e.error().message.find("tariff.G"), std::string::npos) << e.error().message;
    EXPECT_NE(e.error().message.find("2020-01-01"), std::string::npos);
    // The psychiatrist's figure starts with the 2024 convention.
    auto psy = run("psychiatrist-consultation", "2024-06-01", Facts{});
    ASSERT_FALSE(psy.ok());
    EXPECT_EQ(psy.error().kind, ErrorKind::NotFound);
}

TEST(RulesEstimate, BadDateIsAUsageError) {
    for (const char* date : {"2025-13-01", "01/03/2025", ""}) {
        auto e = run("gp-consultation", date, Facts{});
        ASSERT_FALSE(e.ok()) << date;
        EXPECT_EQ(e.error().kind, ErrorKind::Usage) << date;
    }
}

TEST(RulesEstimate, ActIdsListTheActsOfTheBrief) {
    const auto ids = actIds(pack());
    for (const char* id :
         {"gp-consultation", "gp-consultation-child-under-6", "specialist-consultation",
          "psychiatrist-consultation", "gynecologist-consultation", "apc", "gp-teleconsultation"})
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

TEST(RulesEstimate, ActChoicesGiveEveryActItsLabelInTheLanguage) {
    const auto ids = actIds(pack());
    const auto fr = actChoices(pack());
    const auto en = actChoices(pack(), Language::English);
    ASSERT_EQ(fr.size(), ids.size());
    ASSERT_EQ(en.size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(fr[i].id, ids[i]);
        EXPECT_FALSE(fr[i].label.empty()) << ids[i];
    }
    EXPECT_EQ(fr.front().label, "Consultation de médecine générale");
    EXPECT_EQ(en.front().label, "GP consultation");
}

TEST(RulesEstimate, EveryFigureUsedSaysItsUnit) {
    auto e = run("gp-consultation", "2025-03-01", Facts{});
    ASSERT_TRUE(e.ok()) << e.error().message;
    bool sawCents = false, sawPercent = false;
    for (const auto& f : e->figures) {
        if (f.id.starts_with("tariff.")) {
            EXPECT_EQ(f.unit, FigureUnit::Cents) << f.id;
            sawCents = true;
        }
        if (f.id.starts_with("rate.")) {
            EXPECT_EQ(f.unit, FigureUnit::Percent) << f.id;
            sawPercent = true;
        }
    }
    EXPECT_TRUE(sawCents);
    EXPECT_TRUE(sawPercent);
}

TEST(RulesEstimate, ChildUnder6) {
    auto e =
        run("gp-consultation-child-under-6", "2025-03-01", makeFacts({{"age", std::int64_t{4}}}));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->baseTariffCents, 3500);
    EXPECT_TRUE(e->inParcours);  // under 16
    EXPECT_EQ(e->participationForfaitaireCents, 0);
    EXPECT_EQ(e->reimbursedCents, 2450);
    auto adult =
        run("gp-consultation-child-under-6", "2025-03-01", makeFacts({{"age", std::int64_t{30}}}));
    ASSERT_FALSE(adult.ok());
    EXPECT_EQ(adult.error().kind, ErrorKind::Usage);
}

TEST(RulesEstimate, DirectAccessGynecologyWithAndWithoutMt) {
    auto withMt = run("gynecologist-consultation", "2025-08-01",
                      makeFacts({{"age", std::int64_t{30}}, {"has_medecin_traitant", true}}));
    ASSERT_TRUE(withMt.ok());
    EXPECT_EQ(withMt->baseTariffCents, 4000);
    EXPECT_TRUE(withMt->inParcours);
    EXPECT_EQ(withMt->reimbursedCents, 2800 - 200);
    EXPECT_FALSE(withMt->toVerify);
    // §10.5: without a declared MT the research is unsure; we apply the majoration and say so.
    auto withoutMt = run("gynecologist-consultation", "2025-08-01",
                         makeFacts({{"age", std::int64_t{30}}, {"has_medecin_traitant", false}}));
    ASSERT_TRUE(withoutMt.ok());
    EXPECT_FALSE(withoutMt->inParcours);
    EXPECT_TRUE(withoutMt->toVerify);
    EXPECT_EQ(withoutMt->reimbursedCents, 2800 - 1060 - 200);
    EXPECT_TRUE(hasReasonWith(*withoutMt, "à vérifier"));
}

TEST(RulesEstimate, PsychiatristDirectAccessOnlyFrom16To25) {
    const auto young = makeFacts({{"age", std::int64_t{20}}, {"has_medecin_traitant", true}});
    auto e = run("psychiatrist-consultation", "2025-08-01", young);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->baseTariffCents, 5700);
    EXPECT_TRUE(e->inParcours);
    EXPECT_EQ(e->reimbursedCents, 3990 - 200);
    const auto older = makeFacts({{"age", std::int64_t{30}}, {"has_medecin_traitant", true}});
    auto notReferred = run("psychiatrist-consultation", "2025-08-01", older);
    ASSERT_TRUE(notReferred.ok());
    EXPECT_FALSE(notReferred->inParcours);
    EXPECT_EQ(notReferred->reimbursedCents, 3990 - 1060 - 200);
    auto referred = run("psychiatrist-consultation", "2025-08-01", older, false, true);
    ASSERT_TRUE(referred.ok());
    EXPECT_TRUE(referred->inParcours);
    // The first wave's 55 € before 1 July 2025.
    auto firstWave = run("psychiatrist-consultation", "2025-06-30", young);
    ASSERT_TRUE(firstWave.ok());
    EXPECT_EQ(firstWave->baseTariffCents, 5500);
}

TEST(RulesEstimate, TeleconsultationWithoutMtIsAnException) {
    auto e = run("gp-teleconsultation", "2025-03-01",
                 makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", false}}));
    ASSERT_TRUE(e.ok());
    EXPECT_TRUE(e->inParcours);
    EXPECT_EQ(e->reimbursedCents, 1550);
    // With an MT, a teleconsultation by another doctor without referral is hors parcours.
    auto other = run("gp-teleconsultation", "2025-03-01",
                     makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}}));
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->inParcours);
    EXPECT_EQ(other->majorationCents, 1000);  // 40 % × 25 €, under the cap
}

TEST(RulesEstimate, ParticipationExemptions) {
    auto c2s = run("gp-consultation", "2025-03-01",
                   makeFacts({{"age", std::int64_t{40}}, {"c2s_or_ame", true}}), true);
    ASSERT_TRUE(c2s.ok());
    EXPECT_EQ(c2s->participationForfaitaireCents, 0);
    EXPECT_EQ(c2s->reimbursedCents, 2100);
    auto pregnant = run("gp-consultation", "2025-03-01",
                        makeFacts({{"age", std::int64_t{30}}, {"pregnant_6_months", true}}), true);
    ASSERT_TRUE(pregnant.ok());
    EXPECT_EQ(pregnant->ratePercent, 100);
    EXPECT_EQ(pregnant->participationForfaitaireCents, 0);
    EXPECT_EQ(pregnant->reimbursedCents, 3000);
}

TEST(RulesEstimate, OtherExceptionsKeepThePatientInTheParcours) {
    for (const char* fact : {"sees_mt_replacement", "new_gp"}) {
        auto e = run(
            "gp-consultation", "2025-03-01",
            makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}, {fact, true}}));
        ASSERT_TRUE(e.ok()) << fact;
        EXPECT_TRUE(e->inParcours) << fact;
        EXPECT_EQ(e->reimbursedCents, 1900) << fact;
    }
    // A new GP does not make a specialist's consultation part of the parcours.
    auto specialist = run(
        "specialist-consultation", "2025-03-01",
        makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}, {"new_gp", true}}));
    ASSERT_TRUE(specialist.ok());
    EXPECT_FALSE(specialist->inParcours);
}

TEST(RulesEstimate, LowConfidenceTariffMakesTheEstimateToVerify) {
    auto e =
        run("specialist-consultation", "2025-03-01",
            makeFacts({{"age", std::int64_t{40}}, {"has_medecin_traitant", true}}), false, true);
    ASSERT_TRUE(e.ok());
    EXPECT_TRUE(e->inParcours);
    EXPECT_TRUE(e->toVerify);
    EXPECT_EQ(figure(*e, "tariff.specialist")->confidence, Confidence::Low);
}

TEST(RulesEstimate, UnknownAgeIsEstimatedForAnAdultAndSaysSo) {
    auto e = run("gp-consultation", "2025-03-01", Facts{});
    ASSERT_TRUE(e.ok());
    EXPECT_FALSE(e->inParcours);
    EXPECT_EQ(e->participationForfaitaireCents, 200);
    EXPECT_TRUE(hasReasonWith(*e, "Âge inconnu"));
}

TEST(RulesEstimate, PaediatricianForABabyAndTheSecondWave) {
    const Facts baby = makeFacts({{"age", std::int64_t{1}}});
    auto firstWave = run("pediatrician-consultation-under-2", "2025-03-01", baby);
    ASSERT_TRUE(firstWave.ok());
    EXPECT_EQ(firstWave->baseTariffCents, 3900);
    auto e = run("pediatrician-consultation-under-2", "2025-08-01", baby);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->baseTariffCents, 4000);
    EXPECT_TRUE(e->inParcours);
    EXPECT_EQ(e->participationForfaitaireCents, 0);
    EXPECT_EQ(e->reimbursedCents, 2800);
    EXPECT_FALSE(e->toVerify);
}

TEST(RulesEstimate, At18ThePfAppliesButTheReasonsSayWhenItWouldNot) {
    // The age fact counts from the birth year: at 18 the person may have been 17 on 1 January.
    auto e = run("gp-consultation", "2025-03-01",
                 makeFacts({{"age", std::int64_t{18}}, {"has_medecin_traitant", true}}), true);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->participationForfaitaireCents, 200);
    EXPECT_TRUE(hasReasonWith(*e, "moins de 18 ans au 1er janvier"));
}
