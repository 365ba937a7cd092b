// The journal as JSON, for people leaving: every version out and back in, byte for byte,
// and a file that is wrong anywhere refused with where, nothing imported.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "journal/codec.hpp"
#include "json/json_reader.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/sync/journal_json.hpp"
#include "support/cli_fixture.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::sync {
namespace {

using journal::Call;
using journal::Journal;
using journal::RecordId;
using journal::Version;

constexpr std::int64_t kMinute = 60 * 1000;

std::string dump(const std::vector<Version>& versions) {
    std::string out;
    for (const auto& v : versions)
        out += std::to_string(static_cast<int>(v.type)) + ' ' + v.id.hex() + ' ' +
               std::to_string(v.hlc.value) + ' ' + v.device.hex() + ' ' +
               std::to_string(v.parentHlc.value) + ' ' + v.parentDevice.hex() + ' ' +
               std::to_string(v.deleted) + ' ' + std::to_string(v.payload.size()) + ':' +
               v.payload + '\n';
    return out;
}

class SyncJson : public ::testing::Test {
  protected:
    Journal open(const std::string& name) {
        auto j = Journal::open(dir / (name + ".sqlite"), {wall.fn(), name});
        EXPECT_TRUE(j) << j.error().message;
        return std::move(*j);
    }

    // A journal with what people write: accents, quotes, new lines, an emoji; edits, a
    // deletion, a closed démarche, a second profile, and a conflict from another device.
    Journal populated() {
        Journal j = open("phone");
        auto self = j.defaultProfile().value();
        self.birthYear = 1984;
        self.medecinTraitant = "Dr Müller";
        self.medecinTraitantLeft = true;
        self.medecinTraitantLeftOn = "2026-06-30";
        EXPECT_TRUE(j.updateProfile(self));
        journal::Profile lea;
        lea.displayName = "Léa \"Lili\"";
        lea.birthYear = 2015;
        lea.ald = true;
        lea.homeCommune = "69123";
        const auto leaId = j.addProfile(lea).value();

        journal::Demarche d;
        d.seeking = journal::Seeking::Specialist;
        d.specialty = "pédiatrie";
        d.profile = leaId;
        d.openedAt = "2026-10-01T08:00:00+02:00";
        const auto demarche = j.openDemarche(d).value();

        Call c;
        c.demarche = demarche;
        c.practice = {"finess:690000000", "Cabinet de l'Étoile", "04 78 00 00 00", "1 rue\nLyon",
                      "practice"};
        c.at = "2026-10-12T09:30";
        c.outcome = journal::Outcome::RefusedNoNewPatients;
        c.reason = "« plus de place » 😞";
        c.note = "tab\there\\";
        const auto first = j.logCall(c).value();
        wall.advance(kMinute);
        c.practice = {"", "Dr Martin", "", "", ""};
        c.outcome = journal::Outcome::CallBack;
        c.followUp = "2026-10-19";
        c.channel = journal::Channel::OnlineBooking;
        auto second = j.logCall(c).value();
        wall.advance(kMinute);
        c.id = second;
        c.note = "rappeler lundi";
        EXPECT_TRUE(j.updateCall(c));
        wall.advance(kMinute);
        EXPECT_TRUE(j.deleteCall(first));
        wall.advance(kMinute);
        EXPECT_TRUE(
            j.closeDemarche(demarche, journal::DemarcheStatus::Found, "2026-10-20T10:00:00+02:00"));

        // The same call edited on a laptop that had it: a concurrent version.
        Journal laptop = open("laptop");
        EXPECT_TRUE(laptop.importVersions(j.versions().value()));
        c.note = "édité sur le portable";
        EXPECT_TRUE(laptop.updateCall(c));
        c.note = "édité sur le téléphone";
        EXPECT_TRUE(j.updateCall(c));
        EXPECT_TRUE(j.importVersions(laptop.versions().value()));
        EXPECT_TRUE(j.hasConflict(second).value());
        return j;
    }

    std::string exported(const Journal& j) {
        auto text = exportJournalJson(j, {"2026-11-23T14:00:00Z"});
        EXPECT_TRUE(text) << text.error().message;
        return text ? *text : std::string();
    }

    test::TempDir dir;
    test::FakeWallClock wall;
};

TEST_F(SyncJson, RoundTripGivesTheSameVersionsByteForByte) {
    Journal source = populated();
    const auto text = exported(source);
    Journal target = open("new-phone");
    auto report = importJournalJson(target, text);
    ASSERT_TRUE(report) << report.error().message;
    const auto before = source.versions().value();
    EXPECT_EQ(report->received, before.size());
    EXPECT_EQ(report->added, before.size());
    EXPECT_EQ(dump(target.versions().value()), dump(before));
    // What the person sees is the same too, conflict included.
    EXPECT_EQ(target.profiles().value().size(), source.profiles().value().size());
    EXPECT_EQ(target.demarches().value().size(), 1U);
    const auto demarche = source.demarches().value()[0].demarche.id;
    const auto calls = target.calls(demarche).value();
    ASSERT_EQ(calls.size(), 1U);
    EXPECT_TRUE(target.hasConflict(calls[0].id).value());
    EXPECT_EQ(target.defaultProfile().value().id, source.defaultProfile().value().id);
    // And exporting again says the same, but for the device that exported.
    auto again = exported(target);
    const auto withoutDevice = [](std::string s) {
        return std::regex_replace(s, std::regex("\"device\": \"[0-9a-f]{32}\""), "");
    };
    EXPECT_EQ(withoutDevice(again), withoutDevice(text));
    // Importing the same file again changes nothing.
    auto twice = importJournalJson(target, text);
    ASSERT_TRUE(twice);
    EXPECT_EQ(twice->added, 0U);
    EXPECT_EQ(twice->recordsUpdated, 0U);
}

TEST_F(SyncJson, TheFileReadsAsDocumentedFieldsByName) {
    Journal source = populated();
    const auto text = exported(source);
    if (std::getenv("SYNC_JSON_PRINT")) std::cout << text;
    auto doc = json::parse(text);
    ASSERT_TRUE(doc) << doc.error().message;
    EXPECT_EQ(doc->find("format")->asString(), "parcours-journal");
    EXPECT_EQ(doc->find("version")->asNumber(), 1);
    EXPECT_EQ(doc->find("exported_at")->asString(), "2026-11-23T14:00:00Z");
    EXPECT_EQ(doc->find("device")->asString(), source.deviceId().hex());
    const auto& versions = doc->find("versions")->items();
    ASSERT_EQ(versions.size(), source.versions().value().size());
    bool sawTombstone = false, sawErased = false, sawCallBack = false, sawSelf = false;
    for (const auto& v : versions) {
        EXPECT_TRUE(v.find("hlc")->isString());  // 64 bits: never a double
        EXPECT_EQ(v.find("payload"), nullptr);   // nothing this app cannot name
        if (v.find("deleted")->asBool()) {
            sawTombstone = true;
            EXPECT_TRUE(v.find("record")->isNull());
            continue;
        }
        const auto* record = v.find("record");
        if (record->isNull()) {  // an older version of the deleted call: content erased
            sawErased = true;
            continue;
        }
        if (const auto* outcome = record->find("outcome"))
            sawCallBack =
                sawCallBack || (outcome->asString() == "call-back" &&
                                record->find("reason")->asString() == "« plus de place » 😞" &&
                                record->find("note")->asString() == "rappeler lundi");
        if (const auto* self = record->find("self")) sawSelf = sawSelf || self->asBool();
    }
    EXPECT_TRUE(sawTombstone);
    EXPECT_TRUE(sawErased);
    EXPECT_TRUE(sawCallBack);
    EXPECT_TRUE(sawSelf);
    // One version a line, for text editors.
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'),
              static_cast<std::ptrdiff_t>(versions.size() + 8));
}

TEST_F(SyncJson, AnEmptyJournalExportsAndImports) {
    Journal empty = open("empty");
    const auto text = exported(empty);
    Journal target = open("target");
    auto report = importJournalJson(target, text);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->received, 0U);
    EXPECT_TRUE(target.versions().value().empty());
}

// A newer app's payload (an unknown field, an unknown outcome) survives the round trip:
// the export keeps the raw payload beside the fields it can name.
TEST_F(SyncJson, APayloadFromANewerAppSurvives) {
    Journal source = open("source");
    auto demarche = source.openDemarche({}).value();
    Call c;
    c.demarche = demarche;
    c.practice.name = "Cabinet";
    c.at = "2026-10-12T09:30";
    std::string payload = journal::encode(c, {}).value();
    payload += std::string("\x28\x2A", 2);      // field 5 (outcome) = 42: unknown value
    payload += std::string("\x98\x06\x01", 3);  // field 99 = 1: unknown field
    Version v;
    v.type = journal::RecordType::Call;
    v.id = RecordId::random();
    v.hlc = journal::Hlc::of(1'791'797'400'000, 7);
    v.device = RecordId::random();
    v.payload = payload;
    ASSERT_TRUE(source.importVersions(std::vector<Version>{v}));

    const auto text = exported(source);
    EXPECT_NE(text.find("\"payload\":\""), std::string::npos);  // the raw bytes kept
    Journal target = open("target");
    ASSERT_TRUE(importJournalJson(target, text));
    EXPECT_EQ(dump(target.versions().value()), dump(source.versions().value()));

    // Edited by hand in the file, the named field wins and the unknown field stays.
    std::string edited = text;
    const auto at = edited.find("\"note\":\"\"", edited.find(v.id.hex()));
    ASSERT_NE(at, std::string::npos);
    edited.replace(at, 9, "\"note\":\"à la main\"");
    Journal third = open("third");
    ASSERT_TRUE(importJournalJson(third, edited));
    auto call = third.call(v.id).value();
    EXPECT_EQ(call.note, "à la main");
    auto stored = third.versions().value();
    auto it = std::ranges::find_if(stored, [&](const Version& s) { return s.id == v.id; });
    ASSERT_NE(it, stored.end());
    EXPECT_NE(it->payload.find(std::string("\x98\x06\x01", 3)), std::string::npos);
    EXPECT_NE(it->payload.find(std::string("\x28\x2A", 2)), std::string::npos);
}

// Each mistake in a valid export, and the start of the message it must give.
TEST_F(SyncJson, BadFilesAreRefusedWithWhereAndNothingIsImported) {
    Journal source = populated();
    const auto text = exported(source);
    const auto first = text.find("{\"type\"");  // versions[0]
    const auto second = text.find("{\"type\"", first + 1);
    ASSERT_NE(second, std::string::npos);
    auto replaced = [&](std::string_view from, std::string_view to, std::size_t after = 0) {
        std::string s = text;
        const auto at = s.find(from, after);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) s.replace(at, from.size(), to);
        return s;
    };
    const auto hlc0 = text.substr(text.find("\"hlc\":\"", second) + 7);
    const std::string secondHlc = hlc0.substr(0, hlc0.find('"'));

    const std::vector<std::pair<std::string, std::string>> cases{
        {replaced("parcours-journal", "keepass"), "format: "},
        {replaced("\"version\": 1", "\"version\": 2"), "version: version 2 is not supported"},
        {replaced("\"version\": 1", "\"version\": \"1\""), "version: "},
        {replaced("\"exported_at\"", "\"exported\""), "exported_at: missing"},
        {replaced("\"versions\": [", "\"extra\": 1, \"versions\": ["), "extra: unknown field"},
        {replaced("\"id\":\"", "\"id\":\"zz", second), "versions[1].id: expected a record id"},
        {replaced("\"hlc\":\"" + secondHlc + "\"", "\"hlc\":" + secondHlc, second),
         "versions[1].hlc: expected a string"},
        {replaced("\"hlc\":\"" + secondHlc, "\"hlc\":\"18446744073709551616", second),
         "versions[1].hlc: expected a clock value"},
        {replaced("\"hlc\":\"" + secondHlc, "\"hlc\":\"-1", second),
         "versions[1].hlc: expected a clock value"},
        {replaced("\"hlc\":\"" + secondHlc, "\"hlc\":\"0", second),
         "versions[1].hlc: a clock value is never 0"},
        {replaced("\"type\":\"", "\"type\":\"x", second), "versions[1].type: expected profile"},
        {replaced(",\"deleted\":false", "", second), "].deleted: missing"},
        {replaced("\"display_name\"", "\"displayName\""), "].record.display_name: missing"},
        {replaced("\"birth_year\":", "\"birth_year\":1.5,\"x\":"),
         "].record.birth_year: expected a whole number"},
        {replaced("\"seeking\":\"specialist\"", "\"seeking\":\"dentist\""),
         "record.seeking: unknown value «dentist»"},
        {replaced("\"outcome\":\"", "\"outcome\":\"maybe-"), "record.outcome: unknown value"},
        {replaced("\"phone\":\"", "\"phone\":3,\"p\":\""),
         "record.practice.phone: expected a string"},
        {replaced("\"deleted\":true,\"record\":null", "\"deleted\":true,\"record\":{}"),
         "record: a deleted version has no record"},
        {replaced("\"note\":", "\"note\":\"a\",\"note\":"), "record.note: field given twice"},
        {replaced(",\"deleted\":false", ",\"deleted\":false,\"deleted\":false", second),
         "].deleted: field given twice"},
        {replaced("\"record\":{\"demarche\"", "\"payload\":\"@@\",\"record\":{\"demarche\""),
         "].payload: expected base64"},
        {replaced("\"record\":{\"demarche\"", "\"payload\":\"/w==\",\"record\":{\"demarche\""),
         "].payload: malformed call record"},
        {text.substr(0, text.size() - 3), "line "},
        {"[]", "the file: expected an object"},
    };
    const auto before = dump(source.versions().value());
    for (const auto& [bad, expected] : cases) {
        Journal target = open("target");
        auto r = importJournalJson(target, bad);
        ASSERT_FALSE(r) << "accepted, expected: " << expected;
        EXPECT_EQ(r.error().kind, ErrorKind::BadInput) << r.error().message;
        EXPECT_NE(r.error().message.find(expected), std::string::npos)
            << "message «" << r.error().message << "», expected «" << expected << "»";
        EXPECT_TRUE(target.versions().value().empty()) << expected;
        // Into a journal that has versions too: still nothing changes.
        auto into = importJournalJson(source, bad);
        EXPECT_FALSE(into);
        EXPECT_EQ(dump(source.versions().value()), before) << expected;
    }
}

TEST_F(SyncJson, AParentNotOlderThanItsVersionIsRefused) {
    Journal source = populated();
    auto text = exported(source);
    // The first version with a parent: make the parent's clock its own.
    const auto parentAt = text.find("\"parent\":{\"hlc\":\"");
    ASSERT_NE(parentAt, std::string::npos);
    const auto lineStart = text.rfind('\n', parentAt);
    const auto hlcAt = text.find("\"hlc\":\"", lineStart) + 7;
    const auto hlc = text.substr(hlcAt, text.find('"', hlcAt) - hlcAt);
    const auto parentHlcAt = parentAt + 17;
    text.replace(parentHlcAt, text.find('"', parentHlcAt) - parentHlcAt, hlc);
    Journal target = open("target");
    auto r = importJournalJson(target, text);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find(".parent: not older than the version itself"),
              std::string::npos)
        << r.error().message;
}

// `parcours journal export-json|import-json` end to end: two journal files, the real tool.
class SyncJsonCli : public ::testing::Test {
  protected:
    test::ProcessResult run(std::vector<std::string> args, const std::string& journalFile) {
        args.insert(args.begin(), "journal");
        args.insert(args.end(), {"--db-journal", journalFile});
        return test::runCli(args);
    }
    test::TempDir dir;
    std::string a = (dir / "a.sqlite").string(), b = (dir / "b.sqlite").string();
    std::string file = (dir / "journal.json").string();
};

TEST_F(SyncJsonCli, ExportThenImportGivesTheSameJournal) {
    auto demarche =
        run({"demarche", "open", "--seeking", "specialist", "--specialty", "dermatologie"}, a);
    ASSERT_EQ(demarche.exitCode, 0) << demarche.err;
    const std::string id = demarche.out.substr(0, 32);
    ASSERT_EQ(run({"call", "log", "--demarche", id, "--practice-name", "Dr Rivière", "--outcome",
                   "refused-no-new-patients", "--at", "2026-10-12T09:30"},
                  a)
                  .exitCode,
              0);
    auto exported = run({"export-json", "--out", file}, a);
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.err.find("3 version(s) written"), std::string::npos) << exported.err;
    const std::string text = test::readFile(file);
    EXPECT_NE(text.find("\"outcome\":\"refused-no-new-patients\""), std::string::npos);

    auto imported = run({"import-json", file, "--json"}, b);
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    auto report = json::parse(imported.out);
    ASSERT_TRUE(report) << imported.out;
    EXPECT_EQ(report->find("received")->asNumber(), 3);
    EXPECT_EQ(report->find("added")->asNumber(), 3);
    EXPECT_EQ(report->find("records_added")->asNumber(), 3);
    EXPECT_TRUE(report->find("conflicts")->items().empty());
    EXPECT_EQ(run({"show", "--json"}, b).out, run({"show", "--json"}, a).out);

    // Twice: nothing new; in words without --json.
    auto again = run({"import-json", file}, b);
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.out.find("3 version(s) read, 0 new"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("0 added, 0 updated, 3 unchanged"), std::string::npos) << again.out;
}

TEST_F(SyncJsonCli, ABadFileIsExitThreeWithWhereAndChangesNothing) {
    ASSERT_EQ(run({"export-json", "--out", file}, a).exitCode, 0);
    test::writeFile(file, "{\"format\": \"parcours-journal\", \"version\": 9}");
    auto r = run({"import-json", file}, b);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("version: version 9 is not supported"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing imported"), std::string::npos) << r.err;
    EXPECT_EQ(run({"import-json", (dir / "missing.json").string()}, b).exitCode, 3);
    EXPECT_EQ(run({"import-json"}, b).exitCode, 2);
    EXPECT_EQ(run({"export-json"}, b).exitCode, 2);
    EXPECT_EQ(run({"profile", "list", "--json"}, b).out, "[]\n");
}

// --journal, as `parcours sync` spells it, works too; both at once is a usage error.
TEST_F(SyncJsonCli, TheJournalOptionOfSyncIsAcceptedToo) {
    ASSERT_EQ(run({"export-json", "--out", file}, a).exitCode, 0);
    auto r = test::runCli({"journal", "import-json", file, "--journal", b});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    r = test::runCli({"journal", "export-json", "--out", file, "--journal", b, "--db-journal", a});
    EXPECT_EQ(r.exitCode, 2) << r.err;
}

}  // namespace
}  // namespace parcours::sync
