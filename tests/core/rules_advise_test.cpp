// Advice on small inline packs: which rules fire, in which order, why, with which text,
// actions and references, in which language, on which dates.
#include <gtest/gtest.h>

#include <algorithm>

#include "parcours/rules/advice.hpp"

using namespace parcours;
using namespace parcours::rules;

namespace {

constexpr const char* kHeader = R"(id: "t" version: "1" jurisdiction: "FR" valid_from: "2026-01-01"
title { fr: "Test" } nearby_radius_km: 10
legal_texts { id: "L1110-3" ref { code: "CSP" article: "L1110-3" } text_fr: "Aucune personne…" }
)";

constexpr const char* kRules = R"(
rules {
  id: "R-REFUS"
  title { fr: "{refusals} refus" en: "{refusals} refusals" }
  advice { fr: "Après {refusals} refus en {days_since_first_call} jours, contactez la CPTS." }
  confidence: MEDIUM
  priority: 50
  topic: "refus"
  when { all { fact { name: "refusals" op: GE number: 3 } }
         all { not { fact { name: "has_medecin_traitant" op: EQ flag: true } } } }
  actions { label { fr: "Voir les CPTS" en: "See CPTS" } show_nearby { kinds: ["cpts", "msp"] } }
  actions { label { fr: "Demander l'aide de la CPAM" } document: "cpam" }
  legal { code: "CSS" article: "L162-5-3" version: "2026-03-14" url: "https://www.legifrance.gouv.fr/x"
          summary { fr: "Le médecin peut refuser." en: "The doctor may refuse." } }
}
rules {
  id: "R-URG"
  title { fr: "Urgence" en: "Emergency" }
  advice { fr: "Appelez le 15." en: "Call 15." }
  confidence: HIGH
  priority: 100
  when { any { fact { name: "urgency" op: EQ flag: true } }
         any { fact { name: "seeking" op: IN any_of: ["urgent"] } } }
  actions { label { fr: "Appeler le 15" en: "Call 15" } call: "15" }
}
rules {
  id: "R-DISC"
  title { fr: "Discrimination" }
  advice { fr: "Un refus discriminatoire est interdit." }
  confidence: LOW
  priority: 50
  when { fact { name: "suspected_discrimination" op: EQ flag: true } }
  actions { label { fr: "Lire l'article" } legal_text: "L1110-3" }
  actions { label { fr: "Défenseur des droits" } url: "https://www.defenseurdesdroits.fr" }
  actions { label { fr: "Carte" } show_nearby { kinds: "centre-sante" radius_km: 25 } }
}
rules {
  id: "R-OLD"
  title { fr: "Ancienne règle" }
  advice { fr: "Plus en vigueur." }
  confidence: HIGH
  priority: 10
  valid_from: "2025-01-01"
  valid_to: "2026-06-30"
  when { fact { name: "calls" op: IS_SET } }
}
rules {
  id: "R-NEW"
  title { fr: "Nouvelle règle" }
  advice { fr: "Âge : {age}." }
  confidence: HIGH
  priority: 10
  valid_from: "2026-07-01"
  when { fact { name: "calls" op: IS_SET } }
}
rules {
  id: "R-AGE"
  title { fr: "Âge connu" }
  advice { fr: "Vous avez {age} ans." }
  confidence: HIGH
  priority: 10
  when { fact { name: "age" op: LT number: 16 } }
}
)";

const RulePack& pack() {
    static const RulePack p = [] {
        auto parsed = RulePack::parse({{"h.textpb", kHeader}, {"r.textpb", kRules}});
        if (!parsed) {
            ADD_FAILURE() << parsed.error().message;
            std::abort();
        }
        return std::move(parsed).value();
    }();
    return p;
}

Facts base() {
    Facts f;
    f.set("calls", std::int64_t{4});
    f.set("refusals", std::int64_t{3});
    f.set("days_since_first_call", std::int64_t{12});
    f.set("has_medecin_traitant", false);
    f.set("urgency", false);
    f.set("seeking", std::string("medecin-traitant"));
    f.set("suspected_discrimination", false);
    return f;
}

std::vector<std::string> ids(const std::vector<Advice>& advice) {
    std::vector<std::string> out;
    for (const auto& a : advice) out.push_back(a.ruleId);
    return out;
}

using Ids = std::vector<std::string>;

TEST(RulesAdvise, OrderedByPriorityThenId) {
    Facts f = base();
    f.set("urgency", true);
    f.set("suspected_discrimination", true);
    EXPECT_EQ(ids(advise(pack(), f, "2026-11-23")), (Ids{"R-URG", "R-DISC", "R-REFUS", "R-NEW"}));
}

TEST(RulesAdvise, WhyListsThePredicatesThatHeld) {
    Facts f = base();
    f.set("urgency", true);
    f.set("seeking", std::string("urgent"));
    auto advice = advise(pack(), f, "2026-11-23");
    ASSERT_GE(advice.size(), 2u);
    ASSERT_EQ(advice[0].ruleId, "R-URG");
    // Both branches of the `any` held: both are reasons.
    EXPECT_EQ(advice[0].why, (Ids{"urgency = true", "seeking = urgent (in (urgent))"}));
    ASSERT_EQ(advice[1].ruleId, "R-REFUS");
    EXPECT_EQ(advice[1].why, (Ids{"refusals = 3 (≥ 3)", "not (has_medecin_traitant = true)"}));
}

TEST(RulesAdvise, PlaceholdersAreFilledFromTheFacts) {
    auto advice = advise(pack(), base(), "2026-11-23");
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice[0].ruleId, "R-REFUS");
    EXPECT_EQ(advice[0].title, "3 refus");
    EXPECT_EQ(advice[0].text, "Après 3 refus en 12 jours, contactez la CPTS.");
    // An unknown fact reads "?".
    EXPECT_EQ(advice.back().ruleId, "R-NEW");
    EXPECT_EQ(advice.back().text, "Âge : ?.");
}

TEST(RulesAdvise, ActionsAndReferencesAreCopied) {
    Facts f = base();
    f.set("suspected_discrimination", true);
    auto advice = advise(pack(), f, "2026-11-23");
    ASSERT_EQ(advice[0].ruleId, "R-DISC");
    ASSERT_EQ(advice[0].actions.size(), 3u);
    EXPECT_EQ(advice[0].actions[0].type, "legal-text");
    EXPECT_EQ(advice[0].actions[0].target, "L1110-3");
    EXPECT_EQ(advice[0].actions[1].type, "url");
    EXPECT_EQ(advice[0].actions[1].target, "https://www.defenseurdesdroits.fr");
    EXPECT_EQ(advice[0].actions[2].type, "show-nearby");
    EXPECT_EQ(advice[0].actions[2].radiusKm, 25);
    EXPECT_EQ(advice[0].confidence, Confidence::Low);
    EXPECT_EQ(confidenceId(advice[0].confidence), "low");

    ASSERT_EQ(advice[1].ruleId, "R-REFUS");
    const auto& refus = advice[1];
    ASSERT_EQ(refus.actions.size(), 2u);
    EXPECT_EQ(refus.actions[0].type, "show-nearby");
    EXPECT_EQ(refus.actions[0].target, "cpts,msp");
    EXPECT_EQ(refus.actions[0].radiusKm, 10);  // the pack's radius
    EXPECT_EQ(refus.actions[0].label, "Voir les CPTS");
    EXPECT_EQ(refus.actions[1].type, "document");
    EXPECT_EQ(refus.actions[1].target, "cpam");
    ASSERT_EQ(refus.legal.size(), 1u);
    EXPECT_EQ(refus.legal[0].code, "CSS");
    EXPECT_EQ(refus.legal[0].article, "L162-5-3");
    EXPECT_EQ(refus.legal[0].version, "2026-03-14");
    EXPECT_EQ(refus.legal[0].summary, "Le médecin peut refuser.");
    EXPECT_EQ(refus.topic, "refus");
    EXPECT_EQ(refus.priority, 50);
    EXPECT_EQ(refus.confidence, Confidence::Medium);
}

TEST(RulesAdvise, EnglishFallsBackToFrench) {
    auto advice = advise(pack(), base(), "2026-11-23", Language::English);
    ASSERT_EQ(advice[0].ruleId, "R-REFUS");
    EXPECT_EQ(advice[0].title, "3 refusals");
    EXPECT_EQ(advice[0].text, "Après 3 refus en 12 jours, contactez la CPTS.");  // no English
    EXPECT_EQ(advice[0].actions[0].label, "See CPTS");
    EXPECT_EQ(advice[0].actions[1].label, "Demander l'aide de la CPAM");
    EXPECT_EQ(advice[0].legal[0].summary, "The doctor may refuse.");
}

TEST(RulesAdvise, OnlyRulesInForceOnTheDate) {
    const Facts f = base();
    EXPECT_EQ(ids(advise(pack(), f, "2026-06-30")), (Ids{"R-REFUS", "R-OLD"}));
    EXPECT_EQ(ids(advise(pack(), f, "2026-07-01")), (Ids{"R-REFUS", "R-NEW"}));
    EXPECT_EQ(ids(advise(pack(), f, "2024-12-31")), (Ids{"R-REFUS"}));
}

TEST(RulesAdvise, APredicateOnAnUnknownFactIsFalse) {
    Facts f = base();
    const Ids without = ids(advise(pack(), f, "2026-11-23"));
    EXPECT_EQ(std::count(without.begin(), without.end(), "R-AGE"), 0);
    f.set("age", std::int64_t{12});
    auto advice = advise(pack(), f, "2026-11-23");
    const auto it = std::find_if(advice.begin(), advice.end(),
                                 [](const Advice& a) { return a.ruleId == "R-AGE"; });
    ASSERT_NE(it, advice.end());
    EXPECT_EQ(it->text, "Vous avez 12 ans.");
    EXPECT_EQ(it->why, (Ids{"age = 12 (< 16)"}));
}

TEST(RulesAdvise, NotOfAnUnknownFactHolds) {
    Facts f = base();
    f.set("refusals", std::int64_t{5});
    Facts unknown;
    for (const auto& [name, value] : f.all())
        if (name != "has_medecin_traitant") unknown.set(name, value);
    auto advice = advise(pack(), unknown, "2026-11-23");
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice[0].ruleId, "R-REFUS");
}

TEST(RulesAdvise, NothingFiresOnNothing) {
    EXPECT_TRUE(advise(pack(), Facts{}, "2026-11-23").empty());
}

}  // namespace
