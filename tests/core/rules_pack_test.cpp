// Rule packs as the people who write them meet them: a pack that loads, and every kind of
// mistake reported with its file, line and rule, all at once.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "parcours/rules/pack.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using namespace parcours::rules;

namespace {

constexpr const char* kHeader = R"(id: "t"
version: "1.0"
jurisdiction: "FR"
valid_from: "2026-01-01"
title { fr: "Paquet de test" }
nearby_radius_km: 10
sources { id: "s1" title: "Source" url: "https://example.org/s1" }
legal_texts { id: "L1110-3" ref { code: "CSP" article: "L1110-3" } text_fr: "Aucune personne…" }
)";

// A valid rule; tests replace a line to break it. Line numbers in rules.textpb:
//  1 rules {
//  2   id
//  3   title
//  4   advice
//  5   confidence
//  6   priority
//  7   when
//  8   actions
//  9 }
std::string rule(
    const std::string& id = "R-1",
    const std::string& when = R"(when { fact { name: "refusals" op: GE number: 3 } })",
    const std::string& action = R"(actions { label { fr: "Appeler le 15" } call: "15" })",
    const std::string& title = R"(title { fr: "Titre" en: "Title" })",
    const std::string& advice = R"(advice { fr: "Déjà {refusals} refus." })",
    const std::string& confidence = "confidence: HIGH") {
    return "rules {\n  id: \"" + id + "\"\n  " + title + "\n  " + advice + "\n  " + confidence +
           "\n  priority: 50\n  " + when + "\n  " + action + "\n}\n";
}

Result<RulePack> parseRules(const std::string& rules) {
    return RulePack::parse({{"pack/00-header.textpb", kHeader}, {"pack/rules.textpb", rules}});
}

// The pack is refused, and the message has `expected` on one of its lines.
void expectError(const std::string& rules, const std::string& expected) {
    auto pack = parseRules(rules);
    ASSERT_FALSE(pack.ok()) << "accepted; expected: " << expected;
    EXPECT_EQ(pack.error().kind, ErrorKind::BadInput);
    EXPECT_NE(pack.error().message.find(expected), std::string::npos)
        << "expected «" << expected << "» in:\n"
        << pack.error().message;
}

TEST(RulesPack, AValidPackLoadsWithItsHeader) {
    auto pack = parseRules(rule() + rule("R-2"));
    ASSERT_TRUE(pack.ok()) << pack.error().message;
    EXPECT_EQ(pack->id(), "t");
    EXPECT_EQ(pack->version(), "1.0");
    EXPECT_EQ(pack->nearbyRadiusKm(), 10);
    EXPECT_EQ(pack->ruleCount(), 2u);
}

TEST(RulesPack, SyntaxErrorsGiveFileLineAndColumn) {
    auto pack = parseRules("rules {\n  id: \"R-1\"\n  titel { fr: \"x\" }\n}\n");
    ASSERT_FALSE(pack.ok());
    EXPECT_NE(pack.error().message.find("pack/rules.textpb:3:"), std::string::npos)
        << pack.error().message;
    EXPECT_NE(pack.error().message.find("titel"), std::string::npos) << pack.error().message;
}

TEST(RulesPack, UnknownFact) {
    expectError(rule("R-NOMT-03", R"(when { fact { name: "refusal" op: GE number: 3 } })"),
                "pack/rules.textpb:7: rule R-NOMT-03: unknown fact «refusal»");
}

TEST(RulesPack, UnknownFactDeepInAConditionIsOnItsOwnLine) {
    const std::string when =
        "when {\n    all { fact { name: \"calls\" op: GE number: 1 } }\n"
        "    all { not { fact { name: \"mt\" op: EQ flag: true } } }\n  }";
    expectError(rule("R-1", when), "pack/rules.textpb:9: rule R-1: unknown fact «mt»");
}

TEST(RulesPack, DuplicateRuleId) {
    expectError(rule("R-1") + rule("R-1"), "pack/rules.textpb:10: rule R-1: duplicate rule id");
}

TEST(RulesPack, MissingFrenchTitle) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Appeler" } call: "15" })",
                     R"(title { en: "Only English" })"),
                "pack/rules.textpb:1: rule R-1: no French title");
}

TEST(RulesPack, MissingFrenchAdvice) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Appeler" } call: "15" })",
                     R"(title { fr: "Titre" })", R"(advice { en: "Advice" })"),
                "pack/rules.textpb:1: rule R-1: no French advice");
}

TEST(RulesPack, PlaceholderMustNameAFact) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Appeler" } call: "15" })",
                     R"(title { fr: "Titre" })", R"(advice { fr: "Vous avez {refus} refus" })"),
                "rule R-1: advice: placeholder {refus} is not a known fact");
}

TEST(RulesPack, ConditionWithNothing) {
    expectError(rule("R-1", "when { }"),
                "pack/rules.textpb:7: rule R-1: a condition has none of all, any, not, fact");
}

TEST(RulesPack, ConditionWithTwoKinds) {
    expectError(
        rule(
            "R-1",
            R"(when { fact { name: "calls" op: IS_SET } not { fact { name: "calls" op: IS_SET } } })"),
        "rule R-1: a condition has more than one of all, any, not, fact");
}

TEST(RulesPack, MissingCondition) {
    std::string text = rule();
    text.replace(text.find("when"), text.find('\n', text.find("when")) - text.find("when"), "");
    expectError(text, "pack/rules.textpb:1: rule R-1: no condition (when)");
}

TEST(RulesPack, OrderingOperatorOnANonIntFact) {
    expectError(
        rule("R-1", R"(when { fact { name: "urgency" op: GT flag: true } })"),
        "pack/rules.textpb:7: rule R-1: fact «urgency» (bool): GT applies to int facts only");
}

TEST(RulesPack, InOnANonTextFact) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IN any_of: "3" } })"),
                "rule R-1: fact «calls» (int): IN applies to text facts only");
}

TEST(RulesPack, InWithoutValues) {
    expectError(rule("R-1", R"(when { fact { name: "seeking" op: IN } })"),
                "rule R-1: fact «seeking» (text): IN needs a non-empty any_of");
}

TEST(RulesPack, InWithAValueOutsideTheClosedSet) {
    expectError(
        rule("R-1", R"(when { fact { name: "seeking" op: IN any_of: ["urgent", "dentist"] } })"),
        "rule R-1: fact «seeking» (text): «dentist» is not one of medecin-traitant");
}

TEST(RulesPack, ValueOfTheWrongType) {
    expectError(rule("R-1", R"(when { fact { name: "refusals" op: EQ flag: true } })"),
                "rule R-1: fact «refusals» (int): the value is a flag (bool), the fact wants a "
                "number (int)");
}

TEST(RulesPack, MissingValue) {
    expectError(rule("R-1", R"(when { fact { name: "refusals" op: GE } })"),
                "rule R-1: fact «refusals» (int): GE needs a value");
}

TEST(RulesPack, MissingOperator) {
    expectError(rule("R-1", R"(when { fact { name: "refusals" number: 3 } })"),
                "rule R-1: fact «refusals» (int): no operator");
}

TEST(RulesPack, TextValueOutsideTheClosedSet) {
    expectError(rule("R-1", R"(when { fact { name: "age_band" op: EQ text: "16-25" } })"),
                "rule R-1: fact «age_band» (text): «16-25» is not one of 0-5, 6-15");
}

TEST(RulesPack, ActionWithoutKind) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Rien" } })"),
                "pack/rules.textpb:8: rule R-1: an action has no kind");
}

TEST(RulesPack, ActionWithoutFrenchLabel) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { en: "Call" } call: "15" })"),
                "pack/rules.textpb:8: rule R-1: an action has no French label");
}

TEST(RulesPack, ShowNearbyOfAnUnknownKind) {
    expectError(
        rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
             R"(actions { label { fr: "Voir" } show_nearby { kinds: ["msp", "mairie"] } })"),
        "pack/rules.textpb:8: rule R-1: show_nearby: unknown directory kind «mairie»");
}

TEST(RulesPack, UnknownDocument) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Écrire" } document: "prefet" })"),
                "rule R-1: document «prefet» is not one of cpam, ordre");
}

TEST(RulesPack, LegalTextOutsideThePack) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Lire" } legal_text: "L162-5-3" })"),
                "rule R-1: legal_text «L162-5-3» is not a legal text of the pack");
    auto ok = parseRules(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                              R"(actions { label { fr: "Lire" } legal_text: "L1110-3" })"));
    EXPECT_TRUE(ok.ok()) << ok.error().message;
}

TEST(RulesPack, UrlMustBeHttps) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Ouvrir" } url: "http://ameli.fr" })"),
                "rule R-1: url «http://ameli.fr» is not https");
}

TEST(RulesPack, CallMustBeDigits) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Appeler" } call: "116 117" })"),
                "rule R-1: call «116 117» is not a number");
}

TEST(RulesPack, UnknownSource) {
    std::string text = rule();
    text.insert(text.rfind('}'), "  sources: \"nowhere\"\n");
    expectError(text, "pack/rules.textpb:1: rule R-1: unknown source «nowhere»");
}

TEST(RulesPack, DatesAreRealDaysInOrder) {
    std::string bad = rule();
    bad.insert(bad.rfind('}'), "  valid_from: \"2026-02-30\"\n");
    expectError(bad, "rule R-1: valid_from «2026-02-30» is not a date");
    std::string reversed = rule();
    reversed.insert(reversed.rfind('}'), "  valid_from: \"2026-05-01\" valid_to: \"2026-04-30\"\n");
    expectError(reversed, "rule R-1: valid_to is before valid_from");
}

TEST(RulesPack, ConfidenceIsRequired) {
    expectError(rule("R-1", R"(when { fact { name: "calls" op: IS_SET } })",
                     R"(actions { label { fr: "Appeler" } call: "15" })",
                     R"(title { fr: "Titre" })", R"(advice { fr: "Conseil" })", ""),
                "pack/rules.textpb:1: rule R-1: no confidence");
}

TEST(RulesPack, DuplicateSourceId) {
    expectError(R"(sources { id: "s1" title: "Again" url: "https://example.org" })",
                "pack/rules.textpb:1: source s1: duplicate source id");
}

TEST(RulesPack, FigureNeedsValueDateAndConfidence) {
    const std::string figures =
        "figures { id: \"tariff.G\" valid_from: \"2026-01-01\" confidence: HIGH }\n"
        "figures { id: \"tariff.G\" cents: 3000 confidence: HIGH }\n"
        "figures { id: \"rate\" percent: 70 valid_from: \"2026-01-01\" }\n";
    auto pack = parseRules(figures);
    ASSERT_FALSE(pack.ok());
    const std::string& m = pack.error().message;
    EXPECT_NE(m.find("pack/rules.textpb:1: figure tariff.G: no value"), std::string::npos) << m;
    EXPECT_NE(m.find("pack/rules.textpb:2: figure tariff.G: no valid_from"), std::string::npos)
        << m;
    EXPECT_NE(m.find("pack/rules.textpb:3: figure rate: no confidence"), std::string::npos) << m;
}

TEST(RulesPack, FigurePeriodsOfOneIdMustNotOverlap) {
    const std::string figures =
        "figures { id: \"tariff.G\" cents: 2650 valid_from: \"2023-12-22\" valid_to: "
        "\"2024-12-22\" confidence: HIGH }\n"
        "figures { id: \"tariff.G\" cents: 3000 valid_from: \"2024-12-22\" confidence: HIGH }\n";
    expectError(figures,
                "pack/rules.textpb:2: figure tariff.G: its period from 2024-12-22 "
                "overlaps the one from 2023-12-22");
    std::string disjoint = figures;
    disjoint.replace(disjoint.find("2024-12-22"), 10, "2024-12-21");
    EXPECT_TRUE(parseRules(disjoint).ok());
}

TEST(RulesPack, ActsHaveUniqueIdsAndKnownTariffs) {
    const std::string acts =
        "figures { id: \"tariff.G\" cents: 3000 valid_from: \"2024-12-22\" confidence: HIGH }\n"
        "acts { id: \"gp\" label { fr: \"Consultation\" } doctor: GENERALIST tariff: \"tariff.G\" "
        "}\n"
        "acts { id: \"gp\" label { fr: \"Consultation\" } doctor: GENERALIST tariff: \"tariff.X\" "
        "}\n";
    auto pack = parseRules(acts);
    ASSERT_FALSE(pack.ok());
    const std::string& m = pack.error().message;
    EXPECT_NE(m.find("pack/rules.textpb:3: act gp: duplicate act id"), std::string::npos) << m;
    EXPECT_NE(m.find("pack/rules.textpb:3: act gp: tariff «tariff.X» is not a figure"),
              std::string::npos)
        << m;
}

TEST(RulesPack, HeaderFieldsSetTwice) {
    expectError("version: \"2.0\"\n",
                "pack/rules.textpb:1: pack header field version is already "
                "set in pack/00-header.textpb");
}

TEST(RulesPack, EveryErrorIsReportedSortedByFileAndLine) {
    auto pack = RulePack::parse(
        {{"pack/00-header.textpb", kHeader},
         {"pack/b.textpb", rule("R-B", R"(when { fact { name: "nope" op: IS_SET } })")},
         {"pack/a.textpb",
          rule("R-A1", "when { }") + rule("R-A2", R"(when { fact { name: "calls" op: IN } })")}});
    ASSERT_FALSE(pack.ok());
    const std::string& m = pack.error().message;
    const auto a1 = m.find("pack/a.textpb:7: rule R-A1");
    const auto a2 = m.find("pack/a.textpb:16: rule R-A2");
    const auto b = m.find("pack/b.textpb:7: rule R-B: unknown fact «nope»");
    ASSERT_NE(a1, std::string::npos) << m;
    ASSERT_NE(a2, std::string::npos) << m;
    ASSERT_NE(b, std::string::npos) << m;
    EXPECT_LT(a1, a2);
    EXPECT_LT(a2, b);
    EXPECT_EQ(std::count(m.begin(), m.end(), '\n'), 3) << m;  // 4 errors, one a line
}

TEST(RulesPack, LoadsAFolderInNameOrder) {
    test::TempDir dir;
    std::ofstream(dir / "10-rules.textpb") << rule();
    std::ofstream(dir / "00-header.textpb") << kHeader;
    std::ofstream(dir / "notes.txt") << "not a part";
    auto pack = RulePack::load(dir.path());
    ASSERT_TRUE(pack.ok()) << pack.error().message;
    EXPECT_EQ(pack->ruleCount(), 1u);

    std::ofstream(dir / "20-more.textpb") << rule("R-1");
    auto duplicate = RulePack::load(dir.path());
    ASSERT_FALSE(duplicate.ok());
    EXPECT_NE(duplicate.error().message.find("20-more.textpb:1: rule R-1: duplicate rule id"),
              std::string::npos)
        << duplicate.error().message;

    auto single = RulePack::load(dir / "00-header.textpb");
    ASSERT_TRUE(single.ok()) << single.error().message;
    EXPECT_EQ(single->ruleCount(), 0u);

    auto missing = RulePack::load(dir / "nowhere");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

TEST(RulesPack, TheEmbeddedFrenchPackLoads) {
    auto pack = RulePack::frenchPack();
    ASSERT_TRUE(pack.ok()) << pack.error().message;
    EXPECT_EQ((*pack)->id(), "fr");
    EXPECT_EQ((*pack)->nearbyRadiusKm(), 10);
    EXPECT_EQ(&RulePack::french(), *pack);
}

TEST(RulesPack, TheFrenchPackFolderLoadsAsEmbedded) {
    auto pack = RulePack::load(PARCOURS_SOURCE_DIR "/data/rules/fr");
    ASSERT_TRUE(pack.ok()) << pack.error().message;
    EXPECT_EQ(pack->ruleCount(), RulePack::french().ruleCount());
    EXPECT_EQ(pack->version(), RulePack::french().version());
}

}  // namespace
