// `parcours estimate` and `parcours dossier` end to end: a real process, a real journal
// file, the JSON scripts read, the file a person sends, and the exit codes.
#include <gtest/gtest.h>

#include <filesystem>

#include "json/json_reader.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using parcours::test::TempDir;

namespace {

struct EstimateCliTest : ::testing::Test {
    TempDir dir;
    std::string journal = (dir / "journal.sqlite").string();

    test::ProcessResult run(std::vector<std::string> args) {
        args.insert(args.end(), {"--journal", journal});
        return test::runCli(args);
    }
    test::ProcessResult runJournal(std::vector<std::string> args) {
        args.insert(args.begin(), "journal");
        args.insert(args.end(), {"--db-journal", journal});
        return test::runCli(args);
    }
    std::string created(std::vector<std::string> args) {
        auto r = runJournal(std::move(args));
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.out.substr(0, r.out.find('\n'));
    }
    json::Value parseJson(const std::string& text) { return jsonTexts.parse(text); }
    // A démarche with a refusal, a no-answer and a discriminatory refusal.
    std::string demarcheWithRefusals(bool withDiscrimination) {
        const std::string d = created({"demarche", "open", "--seeking", "medecin-traitant"});
        created({"call", "log", "--demarche", d, "--practice-name", "Cabinet Rivière", "--phone",
                 "04 78 11 22 33", "--outcome", "refused-no-new-patients", "--reason",
                 "Patientèle complète", "--at", "2026-10-02T09:30:00+02:00"});
        created({"call", "log", "--demarche", d, "--practice-name", "MSP des Pentes", "--outcome",
                 "no-answer", "--at", "2026-10-03T10:00:00+02:00"});
        if (withDiscrimination)
            created({"call", "log", "--demarche", d, "--practice-name", "Dr <Martin>", "--outcome",
                     "refused-discrimination", "--reason", "Pas de patients à l'AME", "--at",
                     "2026-10-05T14:15:00+02:00"});
        return d;
    }
    test::JsonTexts jsonTexts;
};

}  // namespace

TEST_F(EstimateCliTest, EstimateJsonHasTheContractShape) {
    auto r =
        run({"estimate", "--act", "gp-consultation", "--date", "2025-03-01", "--own-mt", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json::Value v = parseJson(r.out);
    ASSERT_TRUE(v.isObject());
    EXPECT_EQ(v.find("act")->asString(), "gp-consultation");
    EXPECT_EQ(v.find("date")->asString(), "2025-03-01");
    EXPECT_DOUBLE_EQ(v.find("base_tariff")->asNumber(), 30.0);
    EXPECT_DOUBLE_EQ(v.find("rate")->asNumber(), 70.0);
    EXPECT_DOUBLE_EQ(v.find("reimbursed")->asNumber(), 19.0);
    EXPECT_DOUBLE_EQ(v.find("participation_forfaitaire")->asNumber(), 2.0);
    EXPECT_DOUBLE_EQ(v.find("patient_share")->asNumber(), 11.0);
    EXPECT_DOUBLE_EQ(v.find("majoration")->asNumber(), 0.0);
    EXPECT_TRUE(v.find("in_parcours")->asBool());
    EXPECT_FALSE(v.find("to_verify")->asBool());
    ASSERT_TRUE(v.find("reasons")->isArray());
    EXPECT_FALSE(v.find("reasons")->items().empty());
    ASSERT_TRUE(v.find("sources")->isArray());
    bool sawG = false;
    for (const auto& s : v.find("sources")->items()) {
        if (s.find("figure")->asString() != "tariff.G") continue;
        sawG = true;
        EXPECT_DOUBLE_EQ(s.find("value")->asNumber(), 30.0);
        EXPECT_EQ(s.find("valid_from")->asString(), "2024-12-22");
        EXPECT_EQ(s.find("confidence")->asString(), "high");
        EXPECT_FALSE(s.find("urls")->items().empty());
    }
    EXPECT_TRUE(sawG);
}

TEST_F(EstimateCliTest, DefaultProfileWithoutMtIsHorsParcoursAndToVerify) {
    auto r = run({"estimate", "--act", "gp-consultation", "--date", "2025-03-01", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json::Value v = parseJson(r.out);
    EXPECT_FALSE(v.find("in_parcours")->asBool());
    EXPECT_DOUBLE_EQ(v.find("majoration")->asNumber(), 10.6);
    EXPECT_DOUBLE_EQ(v.find("reimbursed")->asNumber(), 8.4);
    EXPECT_TRUE(v.find("to_verify")->asBool());
    // The stated situation changes it.
    auto urgent =
        run({"estimate", "--act", "gp-consultation", "--date", "2025-03-01", "--urgent", "--json"});
    ASSERT_EQ(urgent.exitCode, 0) << urgent.err;
    EXPECT_DOUBLE_EQ(parseJson(urgent.out).find("reimbursed")->asNumber(), 19.0);
}

TEST_F(EstimateCliTest, EstimateForADemarcheAndInText) {
    const std::string d = demarcheWithRefusals(false);
    auto r =
        run({"estimate", "--act", "gp-teleconsultation", "--demarche", d, "--date", "2025-03-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Remboursé par l'Assurance Maladie : 15,50 €"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Pourquoi"), std::string::npos);
}

TEST_F(EstimateCliTest, EstimateErrorsHaveTheirExitCodes) {
    auto unknown = run({"estimate", "--act", "acupuncture", "--date", "2025-03-01"});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_NE(unknown.err.find("acupuncture"), std::string::npos);
    auto noFigure = run({"estimate", "--act", "gp-consultation", "--date", "2019-01-01"});
    EXPECT_EQ(noFigure.exitCode, 3);
    EXPECT_NE(noFigure.err.find("tariff.G"), std::string::npos) << noFigure.err;
    auto badDate = run({"estimate", "--act", "gp-consultation", "--date", "2025-02-30"});
    EXPECT_EQ(badDate.exitCode, 2);
    auto noAct = run({"estimate"});
    EXPECT_EQ(noAct.exitCode, 2);
    EXPECT_NE(noAct.err.find("gp-consultation"), std::string::npos) << noAct.err;
}

TEST_F(EstimateCliTest, DossierCpamWritesEveryPracticeToTheFile) {
    const std::string d = demarcheWithRefusals(true);
    const auto out = dir / "cpam.html";
    auto r = run({"dossier", "cpam", "--demarche", d, "--out", out.string(), "--name",
                  "Camille Durand", "--nir", "2 85 05 69 123 456 78"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string html = test::readFile(out);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);  // format from the extension
    EXPECT_NE(html.find("Cabinet Rivière"), std::string::npos);
    EXPECT_NE(html.find("MSP des Pentes"), std::string::npos);
    EXPECT_NE(html.find("Dr &lt;Martin&gt;"), std::string::npos);
    EXPECT_NE(html.find("Patientèle complète"), std::string::npos);
    EXPECT_NE(html.find("2 85 05 69 123 456 78"), std::string::npos);
    EXPECT_EQ(html.find("Courriel"), std::string::npos);

    const auto txt = dir / "cpam.out";
    auto asText =
        run({"dossier", "cpam", "--demarche", d, "--out", txt.string(), "--format", "txt"});
    ASSERT_EQ(asText.exitCode, 0) << asText.err;
    EXPECT_NE(test::readFile(txt).find("Cabinet Rivière"), std::string::npos);
}

TEST_F(EstimateCliTest, DossierOrdreNeedsADiscriminationCallAndWritesNothingWithout) {
    const std::string without = demarcheWithRefusals(false);
    const auto out = dir / "ordre.md";
    auto refused = run({"dossier", "ordre", "--demarche", without, "--out", out.string()});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_NE(refused.err.find("refused-discrimination"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(out));

    const std::string with = demarcheWithRefusals(true);
    auto ok = run({"dossier", "ordre", "--demarche", with, "--out", out.string()});
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    const std::string md = test::readFile(out);
    EXPECT_NE(md.find("L1110-3"), std::string::npos);
    EXPECT_NE(md.find("Pas de patients à l'AME"), std::string::npos);
}

TEST_F(EstimateCliTest, DossierUsageErrors) {
    EXPECT_EQ(run({"dossier"}).exitCode, 2);
    EXPECT_EQ(run({"dossier", "prefecture", "--demarche", "abcdef", "--out", "x"}).exitCode, 2);
    EXPECT_EQ(run({"dossier", "cpam", "--out", (dir / "x.md").string()}).exitCode, 2);
    const std::string d = demarcheWithRefusals(false);
    EXPECT_EQ(
        run({"dossier", "cpam", "--demarche", d, "--out", (dir / "x").string(), "--format", "pdf"})
            .exitCode,
        2);
    EXPECT_EQ(run({"dossier", "cpam", "--demarche", "ffffffffff", "--out", (dir / "y").string()})
                  .exitCode,
              3);
}
