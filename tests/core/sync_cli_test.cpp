// `parcours sync …` end to end: two journal files, driven only through the real binary,
// exchange bundles both ways and end identical; the exit codes and JSON scripts rely on.
#include <gtest/gtest.h>

#include <regex>

#include "json/json_reader.hpp"
#include "support/cli_fixture.hpp"
#include "support/sync_bundle_fixture.hpp"

using namespace parcours;

namespace {

// libsodium's minimum KDF cost, for speed; InspectShowsWhetherTheFileIsEncrypted keeps the
// defaults.
constexpr const char* kPasses = "--kdf-passes";
constexpr const char* kMemory = "--kdf-memory";

struct SyncCliTest : ::testing::Test {
    test::TempDir dir;
    std::string phone = (dir / "phone.sqlite").string();
    std::string tablet = (dir / "tablet.sqlite").string();
    std::string passphraseFile = (dir / "passphrase.txt").string();

    void SetUp() override { test::writeFile(passphraseFile, "tisane-marelle-caillou\n"); }

    static test::ProcessResult run(const std::vector<std::string>& args) {
        return test::runCli(args);
    }
    // A démarche and `calls` calls in `journal`, through `parcours journal`.
    void fill(const std::string& journal, int calls) {
        auto d = run({"journal", "demarche", "open", "--seeking", "medecin-traitant",
                      "--db-journal", journal});
        ASSERT_EQ(d.exitCode, 0) << d.err;
        const std::string demarche = d.out.substr(0, d.out.find('\n'));
        for (int i = 0; i < calls; ++i) {
            auto c = run({"journal", "call", "log", "--demarche", demarche, "--practice-name",
                          "Cabinet " + std::to_string(i), "--outcome", "no-answer", "--db-journal",
                          journal});
            ASSERT_EQ(c.exitCode, 0) << c.err;
        }
    }
    json::Value parse(const std::string& text) { return jsonTexts.parse(text); }
    std::string show(const std::string& journal) {
        auto r = run({"journal", "show", "--json", "--db-journal", journal});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.out;
    }
    test::JsonTexts jsonTexts;
};

TEST_F(SyncCliTest, TwoJournalsExchangeBundlesBothWaysAndEndIdentical) {
    fill(phone, 3);
    fill(tablet, 2);
    const std::string fromPhone = (dir / "phone.parcours").string();
    const std::string fromTablet = (dir / "tablet.parcours").string();

    auto e = run({"sync", "export", "--out", fromPhone, "--passphrase-file", passphraseFile,
                  kPasses, "1", kMemory, "8", "--journal", phone});
    ASSERT_EQ(e.exitCode, 0) << e.err;
    auto i = run({"sync", "import", fromPhone, "--passphrase-file", passphraseFile, "--json",
                  "--journal", tablet});
    ASSERT_EQ(i.exitCode, 0) << i.err;
    const auto report = parse(i.out);
    // Profile, démarche and three calls, all new to the tablet.
    EXPECT_EQ(report.find("added")->asNumber(), 5);
    EXPECT_EQ(report.find("updated")->asNumber(), 0);
    EXPECT_EQ(report.find("conflicts")->items().size(), 0u);
    EXPECT_FALSE(report.find("clock_capped")->asBool());
    EXPECT_TRUE(report.find("bundle")->find("encrypted")->asBool());

    e = run({"sync", "export", "--out", fromTablet, "--passphrase-file", passphraseFile, kPasses,
             "1", kMemory, "8", "--journal", tablet});
    ASSERT_EQ(e.exitCode, 0) << e.err;
    i = run(
        {"sync", "import", fromTablet, "--passphrase-file", passphraseFile, "--journal", phone});
    ASSERT_EQ(i.exitCode, 0) << i.err;
    EXPECT_NE(i.out.find("records: 4 added, 0 updated, 5 unchanged"), std::string::npos) << i.out;

    EXPECT_EQ(show(phone), show(tablet));
    auto a = journal::Journal::open(phone);
    auto b = journal::Journal::open(tablet);
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(test::sameVersions(test::sortedVersions(*a), test::sortedVersions(*b)));

    // Once more: nothing changes.
    i = run({"sync", "import", fromTablet, "--passphrase-file", passphraseFile, "--json",
             "--journal", phone});
    ASSERT_EQ(i.exitCode, 0) << i.err;
    EXPECT_EQ(parse(i.out).find("versions_added")->asNumber(), 0);
}

TEST_F(SyncCliTest, ExportWithoutAPassphraseFileSuggestsOneOnce) {
    fill(phone, 1);
    const std::string file = (dir / "phone.parcours").string();
    auto e = run({"sync", "export", "--out", file, kPasses, "1", kMemory, "8", "--journal", phone});
    ASSERT_EQ(e.exitCode, 0) << e.err;
    EXPECT_TRUE(e.out.empty()) << "the passphrase must not go to stdout: " << e.out;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(e.err, m, std::regex("\n    (\\S+)\n"))) << e.err;
    EXPECT_NE(e.err.find("Write it down"), std::string::npos);
    // Six words of the project's list (sync-json's suggestPassphrase).
    EXPECT_TRUE(std::regex_match(m[1].str(), std::regex("[a-z]+(-[a-z]+){5}"))) << m[1].str();
    test::writeFile(passphraseFile, m[1].str() + "\n");
    auto i =
        run({"sync", "import", file, "--passphrase-file", passphraseFile, "--journal", tablet});
    EXPECT_EQ(i.exitCode, 0) << i.err;
}

TEST_F(SyncCliTest, AWeakPassphraseIsWrittenWithAWarning) {
    fill(phone, 1);
    test::writeFile(passphraseFile, "soleil\n");
    auto e = run({"sync", "export", "--out", (dir / "weak.parcours").string(), "--passphrase-file",
                  passphraseFile, kPasses, "1", kMemory, "8", "--journal", phone});
    EXPECT_EQ(e.exitCode, 0) << e.err;
    EXPECT_NE(e.err.find("looks weak"), std::string::npos) << e.err;
}

TEST_F(SyncCliTest, InspectShowsWhetherTheFileIsEncrypted) {
    fill(phone, 1);
    const std::string plain = (dir / "plain.parcours").string();
    const std::string secret = (dir / "secret.parcours").string();
    ASSERT_EQ(
        run({"sync", "export", "--out", plain, "--no-encryption", "--journal", phone}).exitCode, 0);
    ASSERT_EQ(run({"sync", "export", "--out", secret, "--passphrase-file", passphraseFile,
                   "--device-label", "Téléphone de Léa", "--journal", phone})
                  .exitCode,
              0);
    auto r = run({"sync", "inspect", plain, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(parse(r.out).find("encrypted")->asBool());
    r = run({"sync", "inspect", plain});
    EXPECT_NE(r.out.find("encrypted: NO"), std::string::npos) << r.out;
    r = run({"sync", "inspect", secret, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto info = parse(r.out);
    EXPECT_TRUE(info.find("encrypted")->asBool());
    EXPECT_EQ(info.find("kdf")->find("passes")->asNumber(), 3);
    EXPECT_EQ(info.find("kdf")->find("memory_bytes")->asNumber(), 64 << 20);
    EXPECT_EQ(info.find("device_label")->asString(), "Téléphone de Léa");
    EXPECT_EQ(info.find("format")->asString(), "1.0");
    // An unencrypted import says so.
    auto i = run({"sync", "import", plain, "--journal", tablet});
    EXPECT_EQ(i.exitCode, 0) << i.err;
    EXPECT_NE(i.err.find("was not encrypted"), std::string::npos) << i.err;
}

TEST_F(SyncCliTest, RefusedFilesExitWithTheirCodeAndChangeNothing) {
    fill(phone, 2);
    fill(tablet, 1);
    const std::string file = (dir / "phone.parcours").string();
    ASSERT_EQ(run({"sync", "export", "--out", file, "--passphrase-file", passphraseFile, kPasses,
                   "1", kMemory, "8", "--journal", phone})
                  .exitCode,
              0);
    const std::string before = show(tablet);
    const std::string wrong = (dir / "wrong.txt").string();
    test::writeFile(wrong, "pas la bonne\n");
    auto r = run({"sync", "import", file, "--passphrase-file", wrong, "--journal", tablet});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("wrong passphrase"), std::string::npos) << r.err;
    r = run({"sync", "import", file, "--journal", tablet});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--passphrase-file"), std::string::npos) << r.err;
    std::string cut = test::readFile(file);
    cut.resize(cut.size() - 5);
    test::writeFile(dir / "cut.parcours", cut);
    r = run({"sync", "import", (dir / "cut.parcours").string(), "--passphrase-file", passphraseFile,
             "--journal", tablet});
    EXPECT_EQ(r.exitCode, 3) << r.err;
    r = run({"sync", "inspect", passphraseFile});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("not a Parcours bundle"), std::string::npos) << r.err;
    EXPECT_EQ(before, show(tablet));
    // Usage errors.
    EXPECT_EQ(run({"sync", "export", "--journal", phone}).exitCode, 2);
    EXPECT_EQ(run({"sync", "export", "--out", file, "--no-encryption", "--passphrase-file",
                   passphraseFile, "--journal", phone})
                  .exitCode,
              2);
    EXPECT_EQ(run({"sync", "frobnicate"}).exitCode, 2);
    // Parameters importers would refuse are not written.
    const auto costly = run({"sync", "export", "--out", file, "--passphrase-file", passphraseFile,
                             kPasses, "11", "--journal", phone});
    EXPECT_EQ(costly.exitCode, 2) << costly.err;
}

}  // namespace
