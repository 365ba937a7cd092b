// `parcours journal …` end to end: a real process, a real journal file, the JSON scripts
// read, the files people open, and the exit codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "directory/delimited_line.hpp"
#include "json/json_reader.hpp"
#include "support/cli_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using parcours::test::TempDir;

namespace {

constexpr std::string_view kOsmFixture = R"({"version":0.6,"elements":[
{"type":"node","id":1,"lat":45.7590,"lon":4.8325,"tags":{"amenity":"doctors","name":"Dr Rivière",
 "healthcare:speciality":"general","addr:street":"Rue Mercière","addr:housenumber":"8",
 "addr:postcode":"69002","addr:city":"Lyon","phone":"+33 4 78 11 22 33"}}
]})";

bool isRecordId(const std::string& text) {
    return std::regex_match(text, std::regex("[0-9a-f]{32}"));
}

struct JournalCliTest : ::testing::Test {
    TempDir dir;
    std::string journal = (dir / "journal.sqlite").string();
    std::string directory = (dir / "directory.sqlite").string();

    // A journal command with --db-journal (and --db for the directory) appended.
    test::ProcessResult run(std::vector<std::string> args) {
        args.insert(args.begin(), "journal");
        args.insert(args.end(), {"--db-journal", journal});
        return test::runCli(args);
    }
    // The id a creating command printed, checked.
    std::string created(std::vector<std::string> args) {
        auto r = run(std::move(args));
        EXPECT_EQ(r.exitCode, 0) << r.err;
        std::string id = r.out.substr(0, r.out.find('\n'));
        EXPECT_TRUE(isRecordId(id)) << r.out;
        return id;
    }
    json::Value parseJson(const std::string& text) { return jsonTexts.parse(text); }
    json::Value runJson(std::vector<std::string> args) {
        args.push_back("--json");
        auto r = run(std::move(args));
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return parseJson(r.out);
    }
    void importDirectory() {
        test::writeFile(dir / "osm.json", std::string(kOsmFixture));
        auto r =
            test::runCli({"directory", "import", "--db", directory, (dir / "osm.json").string()});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    std::string openDemarche() {
        return created({"demarche", "open", "--seeking", "medecin-traitant"});
    }
    std::string logTyped(const std::string& demarche, const std::string& name,
                         const std::string& outcome, std::vector<std::string> more = {}) {
        std::vector<std::string> args{
            "call", "log", "--demarche", demarche, "--practice-name", name, "--outcome", outcome};
        args.insert(args.end(), more.begin(), more.end());
        return created(args);
    }
    test::JsonTexts jsonTexts;
};

const json::Value* callIn(const json::Value& demarche, const std::string& id) {
    for (const auto& c : demarche.find("timeline")->items())
        if (c.find("id")->asString() == id) return &c;
    return nullptr;
}

}  // namespace

TEST_F(JournalCliTest, ProfilesAreAddedListedAndEdited) {
    auto add = runJson({"profile", "add", "--name", "Léa", "--birth-year", "2012", "--ald", "--mt",
                        "Dr Martin", "--home", "69123"});
    const std::string lea(add.find("id")->asString());
    EXPECT_TRUE(isRecordId(lea));

    auto list = runJson({"profile", "list"});
    ASSERT_EQ(list.items().size(), 1u);
    const auto& p = list.items()[0];
    EXPECT_EQ(p.find("id")->asString(), lea);
    EXPECT_EQ(p.find("name")->asString(), "Léa");
    EXPECT_EQ(p.find("birth_year")->asNumber(), 2012);
    EXPECT_TRUE(p.find("ald")->asBool());
    EXPECT_FALSE(p.find("c2s")->asBool());
    EXPECT_EQ(p.find("medecin_traitant")->asString(), "Dr Martin");
    EXPECT_EQ(p.find("home")->asString(), "69123");

    auto edit =
        run({"profile", "edit", lea.substr(0, 8), "--no-ald", "--c2s", "--mt-left", "2026-09-30"});
    ASSERT_EQ(edit.exitCode, 0) << edit.err;
    const auto edited = runJson({"profile", "list"});
    const auto& e = edited.items()[0];
    EXPECT_FALSE(e.find("ald")->asBool());
    EXPECT_TRUE(e.find("c2s")->asBool());
    EXPECT_TRUE(e.find("medecin_traitant_left")->asBool());
    EXPECT_EQ(e.find("medecin_traitant_left_on")->asString(), "2026-09-30");

    auto text = run({"profile", "list"});
    EXPECT_NE(text.out.find("Léa, né(e) en 2012"), std::string::npos) << text.out;
}

TEST_F(JournalCliTest, ADemarcheWithoutProfileIsForTheDefaultProfile) {
    const std::string demarche = openDemarche();
    auto profiles = runJson({"profile", "list"});
    ASSERT_EQ(profiles.items().size(), 1u);  // made on first use
    const std::string me(profiles.items()[0].find("id")->asString());

    const std::string lea = created({"profile", "add", "--name", "Léa", "--birth-year", "2012"});
    const std::string forLea = created({"demarche", "open", "--seeking", "specialist",
                                        "--specialty", "dermatologie", "--profile", lea});
    auto list = runJson({"demarche", "list"});
    ASSERT_EQ(list.items().size(), 2u);
    for (const auto& d : list.items()) {
        if (d.find("id")->asString() == demarche) {
            EXPECT_EQ(d.find("profile_id")->asString(), me);
            EXPECT_EQ(d.find("seeking")->asString(), "medecin-traitant");
        } else {
            EXPECT_EQ(d.find("id")->asString(), forLea);
            EXPECT_EQ(d.find("profile_id")->asString(), lea);
            EXPECT_EQ(d.find("profile_name")->asString(), "Léa");
            EXPECT_EQ(d.find("specialty")->asString(), "dermatologie");
        }
        EXPECT_EQ(d.find("status")->asString(), "open");
    }

    ASSERT_EQ(run({"demarche", "close", forLea, "--status", "abandoned", "--at",
                   "2026-11-02T18:00+01:00"})
                  .exitCode,
              0);
    const auto closed = runJson({"demarche", "list"});
    for (const auto& d : closed.items()) {
        if (d.find("id")->asString() != forLea) continue;
        EXPECT_EQ(d.find("status")->asString(), "abandoned");
        EXPECT_EQ(d.find("closed_at")->asString(), "2026-11-02T18:00:00+01:00");
    }
}

// The user's own profile is reached as "me", made when first needed, and is the one
// démarches without --profile are for.
TEST_F(JournalCliTest, TheUsersOwnProfileIsEditedAsMe) {
    auto edited = runJson({"profile", "edit", "me", "--birth-year", "1990", "--ald"});
    ASSERT_EQ(edited.items().size(), 1u);
    const std::string me(edited.items()[0].find("id")->asString());
    EXPECT_EQ(edited.items()[0].find("birth_year")->asNumber(), 1990);
    openDemarche();
    auto list = runJson({"demarche", "list"});
    ASSERT_EQ(list.items().size(), 1u);
    EXPECT_EQ(list.items()[0].find("profile_id")->asString(), me);
    EXPECT_EQ(runJson({"profile", "list"}).items().size(), 1u);
}

TEST_F(JournalCliTest, ACallToADirectoryPracticeKeepsItsSnapshot) {
    importDirectory();
    const std::string demarche = openDemarche();
    const std::string fromDirectory =
        created({"call", "log", "--demarche", demarche.substr(0, 6), "--db", directory,
                 "--practice", "osm:node/1", "--outcome", "refused-no-new-patients", "--at",
                 "2026-10-12T09:30+02:00", "--reason", "patientèle complète"});
    const std::string typed =
        created({"call", "log", "--demarche", demarche, "--practice-name", "Cabinet du Parc",
                 "--phone", "04 72 00 00 00", "--outcome", "no-answer", "--channel", "on-site"});

    auto show = runJson({"show", "--demarche", demarche});
    ASSERT_EQ(show.items().size(), 1u);
    const auto* d = callIn(show.items()[0], fromDirectory);
    ASSERT_NE(d, nullptr);
    const auto* practice = d->find("practice");
    EXPECT_EQ(practice->find("directory_id")->asString(), "osm:node/1");
    EXPECT_EQ(practice->find("name")->asString(), "Dr Rivière");
    EXPECT_EQ(practice->find("phone")->asString(), "+33 4 78 11 22 33");
    EXPECT_NE(practice->find("address")->asString().find("Lyon"), std::string_view::npos);
    EXPECT_EQ(practice->find("kind")->asString(), "practice");
    EXPECT_EQ(d->find("at")->asString(), "2026-10-12T09:30:00+02:00");
    EXPECT_EQ(d->find("reason")->asString(), "patientèle complète");
    EXPECT_EQ(d->find("outcome_label")->asString(), "Refus : ne prend pas de nouveaux patients");

    const auto* t = callIn(show.items()[0], typed);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->find("practice")->find("directory_id")->asString(), "");
    EXPECT_EQ(t->find("practice")->find("name")->asString(), "Cabinet du Parc");
    EXPECT_EQ(t->find("practice")->find("phone")->asString(), "04 72 00 00 00");
    EXPECT_EQ(t->find("channel")->asString(), "on-site");
    // --at defaults to now, local time with its offset.
    EXPECT_TRUE(std::regex_match(std::string(t->find("at")->asString()),
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d))")))
        << t->find("at")->asString();
}

TEST_F(JournalCliTest, ATimeWithoutOffsetGetsTheLocalOffsetOfThatDay) {
    // France's rule as a POSIX TZ string (no tz database needed); the child inherits it.
    ASSERT_EQ(setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1), 0);
    const std::string demarche = openDemarche();
    const std::string summer =
        logTyped(demarche, "Cabinet A", "no-answer", {"--at", "2026-07-01T09:30"});
    const std::string winter =
        logTyped(demarche, "Cabinet B", "no-answer", {"--at", "2026-01-15 09:30:15"});
    unsetenv("TZ");
    auto show = runJson({"show"});
    EXPECT_EQ(callIn(show.items()[0], summer)->find("at")->asString(), "2026-07-01T09:30:00+02:00");
    EXPECT_EQ(callIn(show.items()[0], winter)->find("at")->asString(), "2026-01-15T09:30:15+01:00");
}

TEST_F(JournalCliTest, ACallLoggedTwiceIsPointedOutButKept) {
    const std::string demarche = openDemarche();
    const std::string first =
        logTyped(demarche, "Cabinet A", "no-answer", {"--at", "2026-10-01T09:00+02:00"});
    auto again = run({"call", "log", "--demarche", demarche, "--practice-name", "cabinet a",
                      "--outcome", "no-answer", "--at", "2026-10-01T09:01+02:00"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.err.find("may be the same as call " + first.substr(0, 8)), std::string::npos)
        << again.err;
    auto later = run({"call", "log", "--demarche", demarche, "--practice-name", "Cabinet A",
                      "--outcome", "no-answer", "--at", "2026-10-01T11:00+02:00"});
    EXPECT_EQ(later.err, "");
    EXPECT_EQ(runJson({"show"}).items()[0].find("calls")->asNumber(), 3);
}

TEST_F(JournalCliTest, CallsAreEditedAndDeletedByIdPrefix) {
    const std::string demarche = openDemarche();
    const std::string call = logTyped(demarche, "Cabinet A", "voicemail");
    auto edit = run({"call", "edit", call.substr(0, 10), "--outcome", "appointment",
                     "--appointment-at", "2026-12-03T14:15+01:00", "--note", "apporter la carte"});
    ASSERT_EQ(edit.exitCode, 0) << edit.err;
    auto show = runJson({"show"});
    const auto* c = callIn(show.items()[0], call);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->find("outcome")->asString(), "appointment");
    EXPECT_EQ(c->find("appointment_at")->asString(), "2026-12-03T14:15:00+01:00");
    EXPECT_EQ(c->find("note")->asString(), "apporter la carte");
    EXPECT_EQ(c->find("practice")->find("name")->asString(), "Cabinet A");  // kept

    ASSERT_EQ(run({"call", "delete", call.substr(0, 8)}).exitCode, 0);
    auto after = runJson({"show"});
    EXPECT_EQ(after.items()[0].find("timeline")->items().size(), 0u);
    EXPECT_EQ(after.items()[0].find("calls")->asNumber(), 0);
    EXPECT_EQ(run({"call", "delete", call}).exitCode, 3);  // already gone
}

TEST_F(JournalCliTest, ShowCountsCallsByOutcomeWithATimeline) {
    const std::string demarche = openDemarche();
    logTyped(demarche, "Cabinet A", "no-answer", {"--at", "2026-10-01T09:00+02:00"});
    logTyped(demarche, "Cabinet A", "no-answer", {"--at", "2026-10-02T09:00+02:00"});
    logTyped(demarche, "Cabinet B", "refused-no-new-patients", {"--at", "2026-09-30T17:00+02:00"});
    const std::string other = openDemarche();
    logTyped(other, "Cabinet C", "accepted", {"--at", "2026-10-05T11:00+02:00"});

    auto show = runJson({"show", "--demarche", demarche});
    ASSERT_EQ(show.items().size(), 1u);
    const auto& d = show.items()[0];
    EXPECT_EQ(d.find("id")->asString(), demarche);
    EXPECT_EQ(d.find("calls")->asNumber(), 3);
    EXPECT_EQ(d.find("distinct_practices")->asNumber(), 2);
    const auto* counts = d.find("by_outcome");
    EXPECT_EQ(counts->members().size(), 2u);
    EXPECT_EQ(counts->find("no-answer")->asNumber(), 2);
    EXPECT_EQ(counts->find("refused-no-new-patients")->asNumber(), 1);
    const auto& timeline = d.find("timeline")->items();
    ASSERT_EQ(timeline.size(), 3u);
    EXPECT_EQ(timeline[0].find("practice")->find("name")->asString(), "Cabinet B");  // earliest
    EXPECT_EQ(d.find("first_call_at")->asString(), "2026-09-30T17:00:00+02:00");
    EXPECT_EQ(d.find("last_call_at")->asString(), "2026-10-02T09:00:00+02:00");

    EXPECT_EQ(runJson({"show"}).items().size(), 2u);
    auto text = run({"show", "--demarche", demarche.substr(0, 8)});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Pas de réponse × 2"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("2026-09-30 17:00  Cabinet B"), std::string::npos) << text.out;
}

TEST_F(JournalCliTest, FollowUpsAreListedUpToADate) {
    const std::string demarche = openDemarche();
    const std::string soon = logTyped(demarche, "Cabinet Tôt", "call-back",
                                      {"--follow-up", "2026-10-10", "--phone", "04 00 00 00 01"});
    const std::string later =
        logTyped(demarche, "Cabinet Tard", "waiting-list", {"--follow-up", "2026-12-01"});
    logTyped(demarche, "Cabinet Sans", "no-answer");

    auto due = runJson({"followups", "--until", "2026-10-31"});
    ASSERT_EQ(due.items().size(), 1u);
    EXPECT_EQ(due.items()[0].find("id")->asString(), soon);
    EXPECT_EQ(due.items()[0].find("follow_up")->asString(), "2026-10-10");
    EXPECT_EQ(due.items()[0].find("seeking")->asString(), "medecin-traitant");
    EXPECT_EQ(runJson({"followups", "--until", "2026-12-31"}).items().size(), 2u);
    EXPECT_EQ(runJson({"followups", "--until", "2026-10-09"}).items().size(), 0u);

    auto text = run({"followups", "--until", "2026-12-31"});
    EXPECT_NE(text.out.find("2026-10-10  Relancer Cabinet Tôt · 04 00 00 00 01"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find(later.substr(0, 8)), std::string::npos);
}

TEST_F(JournalCliTest, TheCsvExportReadsBackInASpreadsheetReader) {
    const std::string demarche = openDemarche();
    logTyped(demarche, "Cabinet \"Les Tilleuls\", Dr Roux", "refused-other",
             {"--at", "2026-10-01T09:00+02:00", "--note", "=1+1", "--reason", "pas de\nplace"});
    logTyped(demarche, "Cabinet B", "call-back",
             {"--at", "2026-10-02T10:00+02:00", "--follow-up", "2026-10-09"});
    const auto out = dir / "journal.csv";
    auto r = run({"export-csv", "--out", out.string(), "--bom"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string csv = test::readFile(out);
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
    directory::DelimitedReader reader(std::string_view(csv).substr(3), ',');
    std::vector<std::vector<std::string>> records;
    for (directory::DelimitedRecord rec; reader.next(rec);) {
        ASSERT_TRUE(rec.error.empty()) << rec.error;
        records.emplace_back(rec.fields.begin(), rec.fields.end());
    }
    ASSERT_EQ(records.size(), 3u);
    const auto& header = records[0];
    auto column = [&](std::size_t row, std::string_view name) {
        auto it = std::find(header.begin(), header.end(), name);
        EXPECT_NE(it, header.end()) << name;
        return records[row][static_cast<std::size_t>(it - header.begin())];
    };
    EXPECT_EQ(column(1, "Cabinet"), "Cabinet \"Les Tilleuls\", Dr Roux");
    EXPECT_EQ(column(1, "Résultat"), "Refus (autre motif)");
    EXPECT_EQ(column(1, "Note"), "'=1+1");
    EXPECT_EQ(column(1, "Motif"), "pas de\nplace");
    EXPECT_EQ(column(1, "Date"), "2026-10-01 09:00");
    EXPECT_EQ(column(2, "Relance"), "2026-10-09");
    EXPECT_EQ(column(2, "Démarche"), "Médecin traitant");

    auto plain = run({"export-csv", "--out", out.string()});  // replaces the file
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_EQ(test::readFile(out).rfind("Date,", 0), 0u);
}

TEST_F(JournalCliTest, TheIcsExportHasOneEventPerFollowUpAndLeavesNoTemporaryFile) {
    const std::string demarche = openDemarche();
    const std::string call =
        logTyped(demarche, "Centre de santé « Les Pentes », Lyon 1er", "call-back",
                 {"--follow-up", "2026-10-19", "--phone", "04 78 00 00 00"});
    logTyped(demarche, "Cabinet B", "no-answer");
    const auto out = dir / "exports" / "relances.ics";
    std::filesystem::create_directory(dir / "exports");
    auto r = run({"export-ics", "--out", out.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string ics = test::readFile(out);
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    EXPECT_NE(ics.find("\r\nUID:" + call + "@parcours\r\n"), std::string::npos) << ics;
    EXPECT_NE(ics.find("\r\nDTSTART;VALUE=DATE:20261019\r\n"), std::string::npos);
    EXPECT_TRUE(std::regex_search(ics, std::regex("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n")));
    std::size_t events = 0;
    for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos;
         at = ics.find("BEGIN:VEVENT", at + 1))
        ++events;
    EXPECT_EQ(events, 1u);
    std::size_t start = 0;
    for (auto end = ics.find("\r\n"); end != std::string::npos; end = ics.find("\r\n", start)) {
        EXPECT_LE(end - start, 75u);
        start = end + 2;
    }
    EXPECT_EQ(start, ics.size());
    const auto files = std::distance(std::filesystem::directory_iterator(dir / "exports"),
                                     std::filesystem::directory_iterator());
    EXPECT_EQ(files, 1);  // the temporary file was renamed, not left behind
}

TEST_F(JournalCliTest, UsageErrorsExitWithTwo) {
    const std::string demarche = openDemarche();
    const std::string call = logTyped(demarche, "Cabinet A", "no-answer");
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {},
             {"fly"},
             {"profile"},
             {"profile", "add", "--birth-year", "1980"},
             {"profile", "add", "--name", "X"},
             {"profile", "add", "--name", "X", "--birth-year", "80"},
             {"profile", "add", "--name", "X", "--birth-year", "1980", "--frobnicate"},
             {"profile", "edit"},
             {"profile", "edit", "abcdef", "--ald", "--no-ald"},
             {"demarche", "open"},
             {"demarche", "open", "--seeking", "dentist"},
             {"demarche", "close", demarche, "--status", "open"},
             {"demarche", "close", demarche, "--at", "yesterday"},
             {"call", "log", "--practice-name", "A", "--outcome", "no-answer"},
             {"call", "log", "--demarche", demarche, "--outcome", "no-answer"},
             {"call", "log", "--demarche", demarche, "--practice-name", "A"},
             {"call", "log", "--demarche", demarche, "--practice-name", "A", "--outcome", "maybe"},
             {"call", "log", "--demarche", demarche, "--practice-name", "A", "--practice",
              "osm:node/1", "--outcome", "no-answer"},
             {"call", "log", "--demarche", demarche, "--practice-name", "A", "--outcome",
              "no-answer", "--follow-up", "2026-02-30"},
             {"call", "log", "--demarche", demarche, "--practice-name", "A", "--outcome",
              "no-answer", "--at", "2026-10-12 25:00"},
             {"call", "log", "--demarche", demarche, "--practice-name", "A", "--outcome",
              "no-answer", "--channel", "pigeon"},
             {"call", "log", "--demarche", "xyz", "--practice-name", "A", "--outcome", "no-answer"},
             {"call", "edit"},
             {"call", "edit", call, "--outcome"},
             {"call", "delete", call, call},
             {"show", "extra"},
             {"followups", "--until", "31/12/2026"},
             {"export-csv"},
             {"export-ics", "--bom", "--out", "x.ics"},
         }) {
        auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << testing::PrintToString(args) << r.err;
        EXPECT_FALSE(r.err.empty()) << testing::PrintToString(args);
    }
}

TEST_F(JournalCliTest, UnknownIdsExitWithThree) {
    importDirectory();
    const std::string demarche = openDemarche();
    const std::string unknown(32, 'f');
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"call", "log", "--demarche", demarche, "--db", directory, "--practice",
              "osm:node/999", "--outcome", "no-answer"},
             {"call", "log", "--demarche", unknown, "--practice-name", "A", "--outcome",
              "no-answer"},
             {"demarche", "open", "--seeking", "urgent", "--profile", "ffffff"},
             {"demarche", "close", unknown},
             {"profile", "edit", unknown, "--ald"},
             {"call", "edit", unknown, "--note", "x"},
             {"call", "delete", "ffffff"},
             {"show", "--demarche", unknown},
         }) {
        auto r = run(args);
        EXPECT_EQ(r.exitCode, 3) << testing::PrintToString(args) << r.err;
        EXPECT_FALSE(r.err.empty());
    }
    auto r = run({"call", "log", "--demarche", demarche, "--db", directory, "--practice",
                  "osm:node/999", "--outcome", "no-answer"});
    EXPECT_NE(r.err.find("osm:node/999"), std::string::npos) << r.err;
}

TEST_F(JournalCliTest, StorageFailuresExitWithFour) {
    test::writeFile(dir / "a-file", "not a folder");
    const std::string impossible = (dir / "a-file" / "journal.sqlite").string();
    auto r = test::runCli({"journal", "profile", "list", "--db-journal", impossible});
    EXPECT_EQ(r.exitCode, 4) << r.err;
    EXPECT_FALSE(r.err.empty());

    openDemarche();
    auto exported = run({"export-csv", "--out", (dir / "a-file" / "x.csv").string()});
    EXPECT_EQ(exported.exitCode, 4) << exported.err;
}
