// The FINESS JSON datasets (finess-structures-1, finess-activites-1) and the chunked JSON
// stream they are read with: fixtures written by tools/datagen/finess_json_writer in the
// published layout, and hand-written documents for the malformed cases.
#include "parcours/directory/finess_json_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "datagen/finess_generator.hpp"
#include "datagen/finess_json_writer.hpp"
#include "json/json_reader.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using parcours::test::importRequest;
using namespace parcours::directory;
using parcours::test::TempDir;

namespace {

// ----- the chunked stream gives what the whole-text walk gives

struct Walk {
    std::vector<std::string> items;  // "key[index]@line=json-ish"
    std::string error;
};

Walk walk(std::string_view text, std::optional<std::size_t> chunk,
          std::size_t maxValue = std::size_t{64} * 1024 * 1024) {
    Walk w;
    json::StreamOptions options;
    options.arrayKeys = {"elements", "pmej"};
    options.memberKeys = {"generatedAt"};
    options.chunkBytes = chunk.value_or(0);
    options.maxValueBytes = maxValue;
    options.onItem = [&](json::StreamedItem& item) -> Result<void> {
        std::string v = item.value.isString()   ? std::string(item.value.asString())
                        : item.value.isNumber() ? std::string(item.value.numberText())
                        : item.value.isObject()
                            ? "object:" + std::to_string(item.value.members().size())
                            : "other";
        w.items.push_back(std::string(item.arrayKey) + "[" + std::to_string(item.index) + "]@" +
                          std::to_string(item.line) + "=" + v);
        return {};
    };
    options.onMember = [&](std::string_view key, const json::Value& v) -> Result<void> {
        w.items.push_back(std::string(key) + "=" + std::string(v.asString()));
        return {};
    };
    Result<json::StreamSummary> r = usageError("");
    if (chunk) {
        std::istringstream in{std::string(text)};
        r = json::streamArrays(in, options);
    } else {
        r = json::streamArrays(text, options);
    }
    if (!r) w.error = r.error().message;
    return w;
}

void expectSameWalk(std::string_view text) {
    const Walk whole = walk(text, std::nullopt);
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u, 4096u}) {
        const Walk chunked = walk(text, chunk);
        EXPECT_EQ(chunked.items, whole.items) << "chunk " << chunk << " of " << text;
        EXPECT_EQ(chunked.error, whole.error) << "chunk " << chunk << " of " << text;
    }
}

}  // namespace

TEST(JsonChunkedStream, GivesTheSameItemsLinesAndErrorsAsTheWholeText) {
    expectSameWalk(
        "\xEF\xBB\xBF{\n  \"generatedAt\" : \"2026-03-09T15:49:37Z\",\n"
        "  \"gcc\" : [ {\"a\": [1, {\"b\": \"}]\\\"\"}]}, 2 ],\n"
        "  \"pmej\" : [ {\"x\": \"é\\u00e9\"},\n\n  \"deux\", 3.5e1, [ ], {} ]\n}\n");
    expectSameWalk("{\"pmej\": [1, 2, 3], \"elements\": [true, false, null]}");
    expectSameWalk("{}");
    expectSameWalk("  {\"pmej\": [] }  ");
    // Errors, with the same line and column whatever the chunks.
    expectSameWalk("{\"pmej\": [1, 2,]}");
    expectSameWalk("{\"pmej\": [1, 2]\n,}");
    expectSameWalk("{\"skip\": [1, 01], \"pmej\": [1]}");
    expectSameWalk("{\"pmej\": [{\"a\": \"unterminated}]}");
    expectSameWalk("{\"pmej\": [{\"a\": 1}\n\n   {\"b\": 2}]}");
    expectSameWalk("{\"pmej\": {\"a\": 1}}");
    expectSameWalk("{\"pmej\": [\"\xC3\"]}");
    expectSameWalk("{\"pmej\": [1]} [");
    expectSameWalk("[1, 2]");
    expectSameWalk("{\"pmej\": [1], \"x\": tru}");
    expectSameWalk("");
    // A character cut by the end of a chunk is still named whole in the message.
    expectSameWalk("\xEF\xBB\xBF{\xEF\xBB\xBF\"pmej\": []}");
    expectSameWalk("{\"pmej\": [1\xE2\x82\xAC]}");
    expectSameWalk("{\"pmej\": []} \xC3\xA9");
}

TEST(JsonChunkedStream, RefusesAValueBiggerThanTheBound) {
    // A string never closed would otherwise pull the rest of the file into memory.
    std::string text = "{\"pmej\": [\"" + std::string(5000, 'a');
    const Walk w = walk(text, 64, 1024);
    EXPECT_NE(w.error.find("a value larger than 1024 bytes"), std::string::npos) << w.error;
    // A big item within the bound is fine.
    text += "\"]}";
    EXPECT_EQ(walk(text, 64, 8192).error, "");
}

// ----- finess-structures-1

namespace {

datagen::FinessJsonSite site(std::string finess, std::string name, std::string category) {
    datagen::FinessJsonSite s;
    s.finess = std::move(finess);
    s.nameShort = name.substr(0, 10);
    s.nameLong = std::move(name);
    s.category = std::move(category);
    s.numeroVoie = "62";
    s.typeVoie = "AV";
    s.libelleVoie = "DE  JASSERON";
    s.postcode = "01000";
    s.city = "BOURG EN BRESSE";
    s.phone = "0428631234";
    s.position = geo::LatLon{46.211257, 5.254203};
    return s;
}

struct Read {
    std::vector<Structure> structures;
    ReadReport report;
    std::string error;
};

Read readStructures(const std::string& text, bool strict = false) {
    Read r;
    std::istringstream in(text);
    auto done = readFinessJson(in, ReadOptions{strict, "structures.json"}, r.report,
                               [&](Structure&& s) -> Result<void> {
                                   r.structures.push_back(std::move(s));
                                   return {};
                               });
    if (!done) r.error = done.error().message;
    return r;
}

}  // namespace

TEST(FinessJsonReader, ReadsEstablishmentsInThePublishedLayout) {
    datagen::FinessJsonEntity entity{"010000156", "CLINIQUE CONVERT", {}};
    entity.sites.push_back(site("010780195", "CLINIQUE DOCTEUR CONVERT", "365"));
    auto closed = site("010787190", "SMUR POLYCLINIQUE AMBERIEU", "321");
    closed.closed = true;
    entity.sites.push_back(closed);
    auto msp = site("2A0000123", "MAISON DE SANTÉ D'AJACCIO", "603");
    msp.position.reset();
    msp.libelleVoie.clear();
    msp.numeroVoie.clear();
    msp.typeVoie.clear();
    msp.lieuDit = "BP 132";
    entity.sites.push_back(msp);
    const std::string text = datagen::finessStructuresJson({entity}, "2026-03-09T15:49:37.6Z");
    EXPECT_TRUE(looksLikeFinessJson(text));
    EXPECT_FALSE(looksLikeFinessActivities(text));

    const Read r = readStructures(text);
    ASSERT_EQ(r.error, "");
    ASSERT_EQ(r.structures.size(), 2u);  // the closed one is left out, as etalab does
    const Structure& clinic = r.structures[0];
    EXPECT_EQ(clinic.id(), "finess:010780195");
    EXPECT_EQ(clinic.name, "CLINIQUE DOCTEUR CONVERT");
    EXPECT_EQ(clinic.category, "365");
    EXPECT_EQ(clinic.kind, Kind::Clinic);  // the etalab reader's mapping
    EXPECT_EQ(clinic.address, "62 AV DE JASSERON");
    EXPECT_EQ(clinic.postcode, "01000");
    EXPECT_EQ(clinic.city, "BOURG EN BRESSE");
    EXPECT_EQ(clinic.phone, "0428631234");
    ASSERT_TRUE(clinic.position);
    EXPECT_DOUBLE_EQ(clinic.position->lat, 46.211257);
    EXPECT_DOUBLE_EQ(clinic.position->lon, 5.254203);
    EXPECT_FALSE(clinic.emergency);  // FINESS does not say

    EXPECT_EQ(r.structures[1].id(), "finess:2A0000123");
    EXPECT_EQ(r.structures[1].kind, Kind::Msp);
    EXPECT_EQ(r.structures[1].address, "BP 132");
    EXPECT_FALSE(r.structures[1].position);

    EXPECT_EQ(r.report.records, 3u);
    EXPECT_EQ(r.report.structures, 2u);
    EXPECT_EQ(r.report.withoutPosition, 1u);
    EXPECT_EQ(r.report.skipped, 0u);
    EXPECT_EQ(r.report.extractionDate, "2026-03-09");
}

TEST(FinessJsonReader, ReadsTheSchemaSpellingsToo) {
    // The v1 schema codes values as {"code": …} and spells some names differently.
    const std::string text =
        R"({"pmej": [{"informationsGeneralesPmej": {"numFinessPm": "750000011"},
      "ege": [{"informationsGeneralesEGE": {"numFinessEge": "750100042", "nomEgeLong": "HOPITAL X"},
               "etatObjet": {"code": "A"},
               "categorieEntiteGeographiqueExercice": {"code": "355", "system": "https://mos"},
               "adresse": [{"numeroVoie": "1", "libelleVoie": "PLACE DU PARVIS",
                            "ligneAcheminement": "75004 PARIS", "codePostal": "",
                            "coordonneesGeographique": {"directionLatitude": 48.853,
                                                        "directionLongitude": 2.349}}],
               "contact": [{"telecom": {"telephone": ""}}, {"telecom": {"telephone": "0142348234"}}]}]}],
      "gco": {}, "gcc": {}})";
    const Read r = readStructures(text);
    ASSERT_EQ(r.error, "");
    ASSERT_EQ(r.structures.size(), 1u);
    EXPECT_EQ(r.structures[0].kind, Kind::Hospital);
    EXPECT_EQ(r.structures[0].postcode, "75004");
    EXPECT_EQ(r.structures[0].city, "PARIS");
    EXPECT_EQ(r.structures[0].phone, "0142348234");
    ASSERT_TRUE(r.structures[0].position);
    EXPECT_DOUBLE_EQ(r.structures[0].position->lat, 48.853);
}

TEST(FinessJsonReader, ListsMalformedEstablishmentsWithTheirPathAndSkipsThem) {
    const std::string text = R"({
"pmej": [
  "not an object",
  {"ege": {"x": 1}},
  {"ege": [
    {"informationsGeneralesEGE": {"nomEgeLong": "SANS NUMERO"}},
    {"informationsGeneralesEGE": {"numFinessEge": "01A000001", "nomEgeLong": "MAUVAIS NUMERO"}},
    {"informationsGeneralesEGE": {"numFinessEge": "010000024"}},
    {"informationsGeneralesEGE": {"numFinessEge": "010000032", "nomEgeLong": "BON"},
     "adresse": [{"coordonneesGeographique": {"directionLatitude": "146.2", "directionLongitude": "5.2"}}]},
    {"informationsGeneralesEGE": {"numFinessEge": "010000032", "nomEgeLong": "DOUBLON"}},
    7
  ]}
]})";
    const Read r = readStructures(text);
    ASSERT_EQ(r.error, "");
    ASSERT_EQ(r.structures.size(), 1u);
    EXPECT_EQ(r.structures[0].name, "BON");
    EXPECT_FALSE(r.structures[0].position);  // kept, without the impossible position
    std::vector<std::string> reasons;
    for (const auto& p : r.report.problems) {
        EXPECT_EQ(p.file, "structures.json");
        reasons.push_back(std::to_string(p.line) + " " + p.reason);
    }
    EXPECT_EQ(reasons,
              (std::vector<std::string>{
                  "3 pmej[0]: not an object", "4 pmej[1].ege: not an array",
                  "5 pmej[2].ege[0]: no FINESS number (numFinessEge)",
                  "5 pmej[2].ege[1]: malformed FINESS number \"01A000001\" (expected the "
                  "département, 2 digits, 2A or 2B, then 7 digits)",
                  "5 pmej[2].ege[2]: no name: nomEgeLong and nomEgeCourt are empty",
                  "5 pmej[2].ege[3].adresse[0].coordonneesGeographique: invalid WGS84 position "
                  "\"146.2\", \"5.2\" (kept without a position)",
                  "5 pmej[2].ege[4]: duplicate FINESS number 010000032 (an establishment listed "
                  "twice)",
                  "5 pmej[2].ege[5]: not an object"}));
    EXPECT_EQ(r.report.skipped, 8u);

    // Strict: the first one fails the read, named the same way.
    const Read strict = readStructures(text, true);
    EXPECT_EQ(strict.error, "structures.json:3: pmej[0]: not an object");
}

TEST(FinessJsonReader, InvalidJsonIsFatalWithItsPlace) {
    Read r = readStructures("{\"pmej\": [\n  {\"ege\": []},\n  {\"ege\": [}\n]}");
    EXPECT_EQ(r.error, "structures.json: line 3, column 12: unexpected '}', expected a value");
    r = readStructures("{\"elements\": []}");
    EXPECT_EQ(r.error,
              "structures.json: not a FINESS structures file (finess-structures-1): no \"pmej\" "
              "array");
}

TEST(FinessJsonReader, TheSameEstablishmentsAsTheEtalabFileKeepTheirIds) {
    TempDir dir;
    datagen::FinessOptions options;
    options.count = 90;
    auto truth = datagen::writeFinessFile(options, dir / "etalab.csv");
    ASSERT_TRUE(truth.ok());
    test::writeFile(dir / "structures.json",
                    datagen::finessStructuresJson(datagen::finessJsonEntities(*truth)));
    auto directory = Directory::open(dir / "directory.sqlite");
    ASSERT_TRUE(directory.ok());

    auto csv = importFiles(*directory, importRequest({dir / "etalab.csv"}));
    ASSERT_TRUE(csv.ok()) << csv.error().message;
    const auto before = directory->get("finess:" + truth->front().nofinesset);
    ASSERT_TRUE(before.ok());

    // Detected as finess-json, and it replaces the same source.
    auto json = importFiles(*directory, importRequest({dir / "structures.json"}));
    ASSERT_TRUE(json.ok()) << json.error().message;
    EXPECT_EQ(json->source, "finess");
    EXPECT_EQ(json->imported, csv->imported);
    EXPECT_EQ(json->report.skipped, 0u);
    auto stats = directory->stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->structures, truth->size());
    for (const auto& e : *truth) {
        auto s = directory->get("finess:" + e.nofinesset);
        ASSERT_TRUE(s.ok()) << e.nofinesset;
        EXPECT_EQ(s->name, e.name);
        EXPECT_EQ(s->kind, e.kind);
        ASSERT_EQ(s->position.has_value(), e.position.has_value());
        if (e.position) {
            EXPECT_NEAR(s->position->lat, e.position->lat, 1e-5);
        }
    }
}

// ----- finess-activites-1

namespace {

Result<std::vector<EmergencySite>> readActivities(const std::string& text, ReadReport& report,
                                                  bool strict = false) {
    std::istringstream in(text);
    return readFinessActivities(in, ReadOptions{strict, "activites.json"}, report);
}

}  // namespace

TEST(FinessActivitiesReader, KeepsOpenEmergencyUnitsOnly) {
    using A = datagen::FinessJsonActivity;
    const std::string text = datagen::finessActivitiesJson({
        {"010000156", "010780195", {{"18", "69"}, {"14", "23"}, {"14", "24"}}},  // SU + SUP
        {"010000156", "010780203", {{"14", "26"}}},                              // SMUR only
        {"010008407", "010005239", {A{"14", "23", false}}},                      // closed
        {"010008407", "010000024", {{"14", "24"}}},                              // SUP
        {"420000013", "420000021", {{"01", "00"}}},                              // médecine
    });
    EXPECT_TRUE(looksLikeFinessActivities(text));
    EXPECT_FALSE(looksLikeFinessJson(text));
    ReadReport report;
    auto sites = readActivities(text, report);
    ASSERT_TRUE(sites.ok()) << sites.error().message;
    ASSERT_EQ(sites->size(), 2u);
    EXPECT_EQ((*sites)[0].finess, "010000024");
    EXPECT_EQ((*sites)[0].label, "Structure des urgences pédiatriques");
    EXPECT_EQ((*sites)[1].finess, "010780195");
    EXPECT_EQ((*sites)[1].label, "Structure des urgences, Structure des urgences pédiatriques");
    EXPECT_EQ(report.records, 7u);
    EXPECT_EQ(report.structures, 2u);
    EXPECT_EQ(report.extractionDate, "2026-06-01");
}

TEST(FinessActivitiesReader, ReadsTheSchemaLayoutAndListsMalformedSites) {
    const std::string text = R"({"pmej": [{"numeroFiness": "010000156", "ege": [
      {"numFinessEge": "010780195", "activitesExercees": [{"natureAMF": {
          "caracteristiquesGeneriques": {"etatObjet": "A"},
          "caracteristiquesSpecifiquesAMF": {"typeActiviteAMF": {"activiteAMF": "14", "modaliteActivite": "23"}}}}]},
      {"numFinessEge": "", "activitesExercees": [{"nature": {"codeNature": "AMF",
          "caracteristiquesSpecifiques": {"typeActiviteAMF": {"activiteAMF": "14", "modaliteActivite": "23"}}}}]},
      {"numFinessEge": "010780203", "activitesExercees": "none"}]}]})";
    ReadReport report;
    auto sites = readActivities(text, report);
    ASSERT_TRUE(sites.ok()) << sites.error().message;
    ASSERT_EQ(sites->size(), 1u);
    EXPECT_EQ((*sites)[0].finess, "010780195");
    ASSERT_EQ(report.problems.size(), 2u);
    EXPECT_EQ(report.problems[0].reason,
              "pmej[0].ege[1]: an emergency unit with no FINESS number (numFinessEge)");
    EXPECT_EQ(report.problems[1].reason, "pmej[0].ege[2].activitesExercees: not an array");
    ReadReport strictReport;
    auto strict = readActivities(text, strictReport, true);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().message,
              "activites.json:1: pmej[0].ege[1]: an emergency unit with no FINESS number "
              "(numFinessEge)");
}
