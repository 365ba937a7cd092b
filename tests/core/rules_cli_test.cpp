// `parcours rules …` and `parcours advise` end to end: a real process, a real journal, a
// real directory, the JSON scripts read, the text people read, and the exit codes.
#include <gtest/gtest.h>

#include "json/json_reader.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using parcours::test::TempDir;

namespace {

constexpr const char* kPack =
    R"(id: "test" version: "0.1" jurisdiction: "FR" valid_from: "2026-01-01"
title { fr: "Paquet de test" } nearby_radius_km: 10
rules {
  id: "R-REFUS"
  title { fr: "Déjà {refusals} refus" en: "{refusals} refusals already" }
  advice { fr: "Contactez les structures proches." }
  confidence: LOW
  priority: 50
  topic: "refus"
  when { fact { name: "refusals" op: GE number: 3 } }
  actions { label { fr: "Voir les MSP" } show_nearby { kinds: "msp" } }
  legal { code: "CSS" article: "L162-5-3" version: "2026-03-14" summary { fr: "Refus possible." } }
}
rules {
  id: "R-URG"
  title { fr: "Urgence" en: "Emergency" }
  advice { fr: "Appelez le 15." en: "Call 15." }
  confidence: HIGH
  priority: 100
  when { fact { name: "urgency" op: EQ flag: true } }
  actions { label { fr: "Appeler le 15" en: "Call 15" } call: "15" }
}
rules {
  id: "R-MSP"
  title { fr: "{nearby_msp} MSP à moins de 10 km" }
  advice { fr: "Une MSP accueille tous les patients." }
  confidence: HIGH
  priority: 40
  when { fact { name: "nearby_msp" op: GE number: 1 } }
}
)";

struct RulesCliTest : ::testing::Test {
    TempDir dir;
    std::string journal = (dir / "journal.sqlite").string();
    std::string directory = (dir / "directory.sqlite").string();
    std::string pack = (dir / "pack.textpb").string();
    test::JsonTexts jsonTexts;

    void SetUp() override { test::writeFile(pack, kPack); }

    static test::ProcessResult cli(const std::vector<std::string>& args) {
        return test::runCli(args);
    }
    std::string created(std::vector<std::string> args) {
        args.insert(args.begin(), "journal");
        args.insert(args.end(), {"--db-journal", journal});
        auto r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.out.substr(0, r.out.find('\n'));
    }
    // A démarche with `refusals` refused calls, for someone born in 1990 living in Lyon.
    std::string demarcheWithRefusals(int refusals) {
        const std::string profile =
            created({"profile", "add", "--name", "Moi", "--birth-year", "1990", "--home", "Lyon"});
        const std::string demarche =
            created({"demarche", "open", "--seeking", "medecin-traitant", "--profile", profile});
        for (int i = 0; i < refusals; ++i)
            created({"call", "log", "--demarche", demarche, "--practice-name",
                     "Cabinet " + std::to_string(i), "--outcome", "refused-no-new-patients", "--at",
                     "2026-11-0" + std::to_string(i + 1) + "T10:00"});
        return demarche;
    }
    test::ProcessResult advise(const std::string& demarche, std::vector<std::string> more = {}) {
        std::vector<std::string> args{"advise",     "--demarche", demarche, "--journal",
                                      journal,      "--pack",     pack,     "--date",
                                      "2026-11-23", "--db",       directory};
        args.insert(args.end(), more.begin(), more.end());
        return cli(args);
    }
    json::Value parseJson(const std::string& text) { return jsonTexts.parse(text); }
    std::vector<std::string> ids(const json::Value& advice) {
        std::vector<std::string> out;
        for (const auto& a : advice.items()) out.emplace_back(a.find("id")->asString());
        return out;
    }
};

using Ids = std::vector<std::string>;

TEST_F(RulesCliTest, LintPassesOnTheFrenchPack) {
    auto r = cli({"rules", "lint", PARCOURS_SOURCE_DIR "/data/rules/fr"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("ok: fr ", 0), 0u) << r.out;
    EXPECT_NE(r.out.find(" rules\n"), std::string::npos) << r.out;
}

TEST_F(RulesCliTest, LintReportsEveryErrorWithFileAndLine) {
    std::string broken = kPack;
    broken.replace(broken.find("\"refusals\" op: GE"), 10, "\"refusal\"");
    broken.replace(broken.find("call: \"15\""), 10, "call: \"1 5\"");
    const std::string file = (dir / "broken.textpb").string();
    test::writeFile(file, broken);
    auto r = cli({"rules", "lint", pack, file});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.out.find("ok: test 0.1, 3 rules"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find(file + ":10: rule R-REFUS: unknown fact «refusal»"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(file + ":21: rule R-URG: call «1 5» is not a number"), std::string::npos)
        << r.err;
}

TEST_F(RulesCliTest, LintUsage) {
    EXPECT_EQ(cli({"rules", "lint"}).exitCode, 2);
    EXPECT_EQ(cli({"rules", "lint", (dir / "nowhere").string()}).exitCode, 3);
    EXPECT_EQ(cli({"rules", "frobnicate"}).exitCode, 2);
}

TEST_F(RulesCliTest, FactsListsTheCatalogue) {
    auto r = cli({"rules", "facts", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto facts = parseJson(r.out);
    bool found = false;
    for (const auto& f : facts.items())
        if (f.find("name")->asString() == "seeking") {
            found = true;
            EXPECT_EQ(f.find("type")->asString(), "text");
            EXPECT_EQ(f.find("values")->items().size(), 4u);
        }
    EXPECT_TRUE(found) << r.out;
    auto text = cli({"rules", "facts"});
    EXPECT_NE(text.out.find("refusals (int)"), std::string::npos) << text.out;
}

TEST_F(RulesCliTest, AdviseAsJson) {
    const std::string demarche = demarcheWithRefusals(3);
    auto r = advise(demarche, {"--json", "--urgent"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto advice = parseJson(r.out);
    EXPECT_EQ(ids(advice), (Ids{"R-URG", "R-REFUS"}));
    const auto& refus = advice.items()[1];
    EXPECT_EQ(refus.find("title")->asString(), "Déjà 3 refus");
    EXPECT_EQ(refus.find("priority")->asNumber(), 50);
    EXPECT_EQ(refus.find("topic")->asString(), "refus");
    EXPECT_EQ(refus.find("confidence")->asString(), "low");
    ASSERT_EQ(refus.find("why")->items().size(), 1u);
    EXPECT_EQ(refus.find("why")->items()[0].asString(), "refusals = 3 (≥ 3)");
    const auto& action = refus.find("actions")->items().at(0);
    EXPECT_EQ(action.find("type")->asString(), "show-nearby");
    EXPECT_EQ(action.find("target")->asString(), "msp");
    EXPECT_EQ(action.find("radius_km")->asNumber(), 10);
    const auto& ref = refus.find("legal_refs")->items().at(0);
    EXPECT_EQ(ref.find("article")->asString(), "L162-5-3");
    EXPECT_EQ(ref.find("summary")->asString(), "Refus possible.");
}

TEST_F(RulesCliTest, AdviseAsText) {
    const std::string demarche = demarcheWithRefusals(3);
    auto r = advise(demarche);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Déjà 3 refus  [R-REFUS]  (à vérifier)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Pourquoi : refusals = 3 (≥ 3)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("→ Voir les MSP (show-nearby: msp, 10 km)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("§ CSS L162-5-3 (version du 2026-03-14) — Refus possible."),
              std::string::npos)
        << r.out;
    auto english = advise(demarche, {"--english"});
    EXPECT_NE(english.out.find("3 refusals already"), std::string::npos) << english.out;
    EXPECT_NE(english.out.find("Why: refusals = 3"), std::string::npos) << english.out;
}

TEST_F(RulesCliTest, FewerRefusalsFewerAdvice) {
    const std::string demarche = demarcheWithRefusals(2);
    auto r = advise(demarche, {"--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(ids(parseJson(r.out)), Ids{});
    EXPECT_NE(advise(demarche).out.find("Aucun conseil"), std::string::npos);
}

TEST_F(RulesCliTest, NearbyCountsFromThePlaceGiven) {
    const std::string demarche = demarcheWithRefusals(0);
    // No directory: the nearby facts are unknown, and --in cannot work.
    auto none = advise(demarche, {"--json", "--at", "45.76,4.83"});
    ASSERT_EQ(none.exitCode, 0) << none.err;
    EXPECT_EQ(ids(parseJson(none.out)), Ids{});
    EXPECT_EQ(advise(demarche, {"--in", "Lyon"}).exitCode, 3);

    auto add = cli({"directory", "add", "--db", directory, "--name", "MSP des Pentes", "--kind",
                    "msp", "--at", "45.770,4.830", "--postcode", "69001", "--city", "Lyon"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    auto near = advise(demarche, {"--json", "--at", "45.76,4.83"});
    ASSERT_EQ(near.exitCode, 0) << near.err;
    auto advice = parseJson(near.out);
    ASSERT_EQ(ids(advice), Ids{"R-MSP"});
    EXPECT_EQ(advice.items()[0].find("title")->asString(), "1 MSP à moins de 10 km");
    auto far = advise(demarche, {"--json", "--at", "43.30,5.37"});  // Marseille
    EXPECT_EQ(ids(parseJson(far.out)), Ids{});
    // The profile's home commune, found in the directory.
    auto home = advise(demarche, {"--json"});
    ASSERT_EQ(home.exitCode, 0) << home.err;
    EXPECT_EQ(ids(parseJson(home.out)), Ids{"R-MSP"}) << home.err;
    EXPECT_EQ(advise(demarche, {"--at", "1,2", "--in", "Lyon"}).exitCode, 2);
}

TEST_F(RulesCliTest, AdviseErrors) {
    const std::string demarche = demarcheWithRefusals(0);
    EXPECT_EQ(advise(demarche, {"--date", "2026-02-30"}).exitCode, 2);
    EXPECT_EQ(advise("0123456789abcdef0123456789abcdef").exitCode, 3);
    EXPECT_EQ(cli({"advise", "--journal", journal}).exitCode, 2);  // no --demarche
    auto bad = cli({"advise", "--demarche", demarche, "--journal", journal, "--pack",
                    (dir / "missing.textpb").string()});
    EXPECT_EQ(bad.exitCode, 3) << bad.err;
}

TEST_F(RulesCliTest, AdviseWithTheBuiltInPack) {
    const std::string demarche = demarcheWithRefusals(1);
    auto r = cli({"advise", "--demarche", demarche, "--journal", journal, "--json", "--date",
                  "2026-11-23", "--db", directory});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(parseJson(r.out).isArray()) << r.out;
}

}  // namespace
