// The FINESS etalab reader, on files made here in the published format: real lines of
// the 2026-05-12 extraction (Licence Ouverte 2.0) and lines written by datagen.
#include "parcours/directory/finess_reader.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

#include "datagen/finess_writer.hpp"
#include "directory/finess_number.hpp"
#include "parcours/geo/projection.hpp"

using namespace parcours;
using namespace parcours::directory;
using datagen::FinessEstablishment;
using datagen::FinessGeolocation;

namespace {

// Real lines of etalab-cs1100502-stock-20260512 (overseas codes, BP addresses, doubled
// quotes, double spaces in a name, a street in compldistrib).
const std::string kFirstLine = "finess;etalab;111;2026-05-12\n";
const std::string kFleyriat =
    "structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE "
    "FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre "
    "Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements "
    "Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;"
    "2020-02-04;\n";
const std::string kFleming =
    "structureet;970100400;970100186;C.H. LOUIS CONSTANT FLEMING;CENTRE HOSPITALIER LOUIS "
    "CONSTANT FLEMING;CH LOUIS CONSTANT FLEMING;;;;;;BP 381;127;9A;GUADELOUPE;97150 ST "
    "MARTIN;0590522525;0590522630;355;Centre Hospitalier (C.H.);1102;Centres "
    "Hospitaliers;26971036400028;;03;ARS établissements Publics de santé dotation "
    "globale;1;Etablissement public de santé;1951-01-01;1951-01-01;2024-04-08;\n";
const std::string kCmpp =
    "structureet;970210126;970210118;CMPP  INTERSECTORIEL ALOES;CMPP INTERSECTORIEL;;;;;ZAC "
    "CHAMPIGNY;;BP 71 IMMEUBLE SEMAFA;207;9B;MARTINIQUE;97224 "
    "DUCOS;0596748677;0596748631;189;Centre Médico-Psycho-Pédagogique (C.M.P.P.);4106;Services "
    "à Domicile ou Ambulatoires pour Handicapés;50254756500015;;57;DGS ARS & hébergement PCD - "
    "sous CPOM;;;2008-04-14;2007-11-14;2017-02-21;\n";
const std::string kCayenne =
    "structureet;970300026;970302022;CENTRE HOSPITALIER DE CAYENNE;CENTRE HOSPITALIER  DE "
    "CAYENNE;;;;AV;ALEXIS BLAISE;;BP 6006;302;9C;GUYANE;97306 CAYENNE "
    "CEDEX;0594395050;0594305250;355;Centre Hospitalier (C.H.);1102;Centres "
    "Hospitaliers;26973302800022;;03;ARS établissements Publics de santé dotation "
    "globale;1;Etablissement public de santé;1904-04-04;1998-04-29;2024-04-22;\n";
const std::string kMavouna =
    "structureet;980501506;980501498;\"LIEU DE VIE \"\"MAVOUNA MEMA 1\"\"\";\"LIEU DE VIE ET "
    "D'ACCUEIL \"\"MAVOUNA MEMA 1\"\"\";ASSOCIATION MESSO;;12;R;ANCIEN TERRAIN DE "
    "FOOT;;;606;9F;MAYOTTE;97620 CHIRONGUI;0269666815;;462;Lieux de Vie et "
    "d'Accueil;4605;Etablissements et services multi-clientèles;82967998400015;;08;Président "
    "du Conseil Départemental;;;2019-04-01;2019-03-18;2025-05-07;\n";
const std::string kUbipharm =
    "structureet;980502199;980502181;UBIPHARM-MAYOTTE;;;;;ZI;VALLÉE 3 BP 208;;;610;9F;MAYOTTE;"
    "97600 KOUNGOU;0269665008;;699;Entité Ayant Autorisation;1205;Autres Etablissements "
    "Relevant de la Loi Hospitalière;;4646Z;99;Indéterminé;0;Non "
    "concerné;2020-09-01;2018-10-01;2021-12-09;\n";
const std::string kSia =
    "structureet;980600027;980600019;HOPITAL DE SIA;;;;;;;;BP 4 - MATA'UTU;613;9J;WALLIS ET "
    "FUTUNA;98600 UVEA;;;355;Centre Hospitalier (C.H.);1102;Centres "
    "Hospitaliers;13000323900014;;99;Indéterminé;1;Etablissement public de "
    "santé;2024-10-30;2024-10-30;2024-10-30;\n";
const std::string kAlefpa =
    "structureet;970216057;590799730;ALEFPA S.M.J.P.M;;CITE BON AIR;ROUTE DES "
    "RELIGIEUSES;;;;;;209;9B;MARTINIQUE;97200 FORT DE FRANCE;0596712806;0596705342;340;Service "
    "mandataire judiciaire à la protection des majeurs;4608;Protection des "
    "majeurs;;;99;Indéterminé;;;2025-04-15;2025-04-01;2026-04-21;\n";

const std::string kLambert93Old = "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93";
const std::string kLambert93New = "1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)";

// An establishment in the writer's terms, with the fields of a real line.
FinessEstablishment establishment(std::string number, std::string name,
                                  std::string category = "355") {
    FinessEstablishment e;
    e.nofinesset = std::move(number);
    e.nofinessej = "010780054";
    e.rs = name.substr(0, 38);
    e.rslongue = std::move(name);
    e.numvoie = "900";
    e.typvoie = "RTE";
    e.voie = "DE PARIS";
    e.commune = "451";
    e.departement = "01";
    e.libdepartement = "AIN";
    e.ligneacheminement = "01440 VIRIAT";
    e.telephone = "0474454647";
    e.categetab = std::move(category);
    e.libcategetab = "Centre Hospitalier (C.H.)";
    e.categagretab = "1102";
    e.libcategagretab = "Centres Hospitaliers";
    e.dateouv = "1979-02-13";
    e.dateautor = "1979-02-13";
    e.datemaj = "2020-02-04";
    return e;
}

std::string geolocation(std::string number, std::string x, std::string y,
                        std::string source = kLambert93Old) {
    return datagen::geolocalisationLine(FinessGeolocation{
        std::move(number), std::move(x), std::move(y), std::move(source), "2021-01-04"});
}

// The projected coordinates of `p`, as FINESS writes them (to the decimetre).
std::pair<std::string, std::string> projected(const std::string& source, geo::LatLon p) {
    auto system = geo::parseCoordinateSystem(source);
    EXPECT_TRUE(system.ok()) << source;
    geo::ProjectedPoint xy = geo::fromWgs84(*system, p);
    char x[32], y[32];
    std::snprintf(x, sizeof x, "%.1f", xy.x);
    std::snprintf(y, sizeof y, "%.1f", xy.y);
    return {x, y};
}

std::string lines(std::initializer_list<std::string> parts) {
    std::string out;
    for (const std::string& p : parts) out += p;
    return out;
}

struct Read {
    Result<std::vector<Structure>> result = std::vector<Structure>{};
    ReadReport report;
};

Read read(std::string_view content, bool strict = false) {
    Read r;
    r.result = readFiness(content, ReadOptions{strict, "finess.csv"}, r.report);
    return r;
}

const Structure* find(const std::vector<Structure>& all, std::string_view number) {
    for (const Structure& s : all)
        if (s.sourceId == number) return &s;
    return nullptr;
}

// UTF-8 → Windows-1252 for the characters these tests use (Latin-1, ’, Œ, €).
std::string toWindows1252(std::string_view utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            out += utf8[i++];
            continue;
        }
        char32_t cp;
        if (b < 0xE0) {
            cp = ((b & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
            i += 2;
        } else {
            cp = ((b & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
            i += 3;
        }
        if (cp == 0x2019)
            out += '\x92';
        else if (cp == 0x0152)
            out += '\x8C';
        else if (cp == 0x20AC)
            out += '\x80';
        else if (cp >= 0xA0 && cp <= 0xFF)
            out += static_cast<char>(cp);
        else
            ADD_FAILURE() << "no Windows-1252 byte for U+" << static_cast<unsigned>(cp);
    }
    return out;
}

bool hasProblem(const ReadReport& report, std::uint64_t line, std::string_view reason) {
    for (const LineProblem& p : report.problems)
        if (p.line == line && p.reason.find(reason) != std::string::npos) return true;
    return false;
}

std::string problems(const ReadReport& report) {
    std::string out;
    for (const LineProblem& p : report.problems)
        out += p.file + ":" + std::to_string(p.line) + ": " + p.reason + "\n";
    return out;
}

}  // namespace

TEST(FinessReader, MapsRealLinesToStructures) {
    const std::string file = lines(
        {kFirstLine, kFleyriat, kFleming, kCmpp, kCayenne, kMavouna, kUbipharm, kSia, kAlefpa});
    Read r = read(file);
    ASSERT_TRUE(r.result.ok()) << r.result.error().message;
    const auto& all = *r.result;
    ASSERT_EQ(all.size(), 8u) << problems(r.report);
    EXPECT_EQ(r.report.records, 8u);
    EXPECT_EQ(r.report.structures, 8u);
    EXPECT_EQ(r.report.skipped, 0u);
    EXPECT_EQ(r.report.withoutPosition, 8u);
    EXPECT_EQ(r.report.encoding, "UTF-8");
    EXPECT_EQ(r.report.extractionDate, "2026-05-12");

    const Structure& ch = all[0];  // file order
    EXPECT_EQ(ch.id(), "finess:010000024");
    EXPECT_EQ(ch.source, "finess");
    EXPECT_EQ(ch.category, "355");
    EXPECT_EQ(ch.kind, Kind::Hospital);
    EXPECT_EQ(ch.name, "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT");
    EXPECT_EQ(ch.address, "900 RTE DE PARIS");
    EXPECT_EQ(ch.postcode, "01440");
    EXPECT_EQ(ch.city, "VIRIAT");
    EXPECT_EQ(ch.phone, "0474454647");
    EXPECT_TRUE(ch.specialty.empty());
    EXPECT_FALSE(ch.position.has_value());
    EXPECT_FALSE(ch.emergency.has_value());

    // No street: the BP is the address.
    EXPECT_EQ(all[1].address, "BP 381");
    EXPECT_EQ(all[1].city, "ST MARTIN");
    // rslongue preferred; the street wins over the BP.
    EXPECT_EQ(all[2].name, "CMPP INTERSECTORIEL");
    EXPECT_EQ(all[2].address, "ZAC CHAMPIGNY");
    // Double space collapsed, CEDEX kept in the city.
    EXPECT_EQ(all[3].name, "CENTRE HOSPITALIER DE CAYENNE");
    EXPECT_EQ(all[3].address, "AV ALEXIS BLAISE");
    EXPECT_EQ(all[3].postcode, "97306");
    EXPECT_EQ(all[3].city, "CAYENNE CEDEX");
    // Doubled quotes undone.
    EXPECT_EQ(all[4].name, "LIEU DE VIE ET D'ACCUEIL \"MAVOUNA MEMA 1\"");
    EXPECT_EQ(all[4].address, "12 R ANCIEN TERRAIN DE FOOT");
    EXPECT_EQ(all[4].kind, Kind::Other);
    // No rslongue: rs. UTF-8 kept.
    EXPECT_EQ(all[5].name, "UBIPHARM-MAYOTTE");
    EXPECT_EQ(all[5].address, "ZI VALLÉE 3 BP 208");
    EXPECT_TRUE(all[5].phone == "0269665008");
    // Wallis-et-Futuna, no phone.
    EXPECT_EQ(all[6].name, "HOPITAL DE SIA");
    EXPECT_EQ(all[6].address, "BP 4 - MATA'UTU");
    EXPECT_EQ(all[6].postcode, "98600");
    EXPECT_TRUE(all[6].phone.empty());
    // The street is in compldistrib when the street fields are empty.
    EXPECT_EQ(all[7].address, "ROUTE DES RELIGIEUSES");
    EXPECT_EQ(all[7].city, "FORT DE FRANCE");
}

TEST(FinessReader, Windows1252FileGivesTheSameStructuresAsUtf8) {
    FinessEstablishment accents = establishment("010000032", "CENTRE MÉDICAL SAINT-ÉTIENNE");
    accents.voie = "DE L’ŒUVRE";
    accents.ligneacheminement = "01300 BELLEY ÎLE";
    const auto [x, y] = projected(kLambert93Old, {45.759, 5.688});
    const std::string utf8 =
        lines({kFirstLine, kFleyriat, kUbipharm, datagen::structureetLine(accents),
               geolocation("010000032", x, y)});
    const std::string cp1252 = toWindows1252(utf8);
    ASSERT_NE(utf8, cp1252);

    Read a = read(utf8);
    Read b = read(cp1252);
    ASSERT_TRUE(a.result.ok() && b.result.ok());
    EXPECT_EQ(a.report.encoding, "UTF-8");
    EXPECT_EQ(b.report.encoding, "Windows-1252");
    ASSERT_EQ(a.result->size(), 3u) << problems(a.report);
    ASSERT_EQ(b.result->size(), 3u) << problems(b.report);
    for (std::size_t i = 0; i < 3; ++i) {
        const Structure& s = (*a.result)[i];
        const Structure& t = (*b.result)[i];
        EXPECT_EQ(s.id(), t.id());
        EXPECT_EQ(s.name, t.name);
        EXPECT_EQ(s.address, t.address);
        EXPECT_EQ(s.city, t.city);
        EXPECT_EQ(s.position.has_value(), t.position.has_value());
    }
    EXPECT_EQ((*b.result)[2].name, "CENTRE MÉDICAL SAINT-ÉTIENNE");
    EXPECT_EQ((*b.result)[2].address, "900 RTE DE L’ŒUVRE");
    EXPECT_EQ((*b.result)[2].city, "BELLEY ÎLE");
    EXPECT_EQ((*b.result)[1].address, "ZI VALLÉE 3 BP 208");
}

TEST(FinessReader, AcceptsCrlfAndByteOrderMark) {
    const auto [x, y] = projected(kLambert93Old, {46.2197, 5.2410});
    std::string lf = lines({kFirstLine, kFleyriat, kCayenne, geolocation("010000024", x, y)});
    std::string crlf;
    for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const std::string bom = "\xEF\xBB\xBF" + crlf;

    Read a = read(lf);
    for (const std::string& variant : {crlf, bom}) {
        Read b = read(variant);
        ASSERT_TRUE(b.result.ok()) << b.result.error().message;
        ASSERT_EQ(b.result->size(), 2u) << problems(b.report);
        EXPECT_EQ(b.report.extractionDate, "2026-05-12");
        EXPECT_EQ(b.report.skipped, 0u) << problems(b.report);
        for (std::size_t i = 0; i < 2; ++i) {
            EXPECT_EQ((*b.result)[i].name, (*a.result)[i].name);
            EXPECT_EQ((*b.result)[i].city, (*a.result)[i].city);  // no '\r' left anywhere
        }
        // The last field of a geolocalisation line is its date: '\r' must not stick to it,
        // and the coordinates before it are read.
        ASSERT_TRUE((*b.result)[0].position.has_value());
    }
    EXPECT_TRUE(looksLikeFiness(bom));
}

TEST(FinessReader, QuotedFieldsMayHoldSeparatorsQuotesAndLineBreaks) {
    FinessEstablishment e = establishment("010000040", "CENTRE \"LES PINS\"; ANNEXE");
    e.telephone = "0474000000";
    std::string written = datagen::structureetLine(e);
    ASSERT_NE(written.find("\"CENTRE \"\"LES PINS\"\"; ANNEXE\""), std::string::npos);

    // A name broken over two lines inside its quotes, then a broken line: its number
    // must be that of the file, counting the line inside the quotes.
    std::string twoLines = kFleyriat;
    twoLines.replace(twoLines.find("CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT"),
                     std::string("CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT").size(),
                     "\"CENTRE HOSPITALIER\nDE BOURG-EN-BRESSE\"");
    Read r = read(lines({kFirstLine, written, twoLines, "structureet;too;few\n"}));
    ASSERT_TRUE(r.result.ok());
    ASSERT_EQ(r.result->size(), 2u) << problems(r.report);
    EXPECT_EQ((*r.result)[0].name, "CENTRE \"LES PINS\"; ANNEXE");
    EXPECT_EQ((*r.result)[0].phone, "0474000000");
    EXPECT_EQ((*r.result)[1].name, "CENTRE HOSPITALIER DE BOURG-EN-BRESSE");
    EXPECT_EQ(r.report.records, 3u);
    EXPECT_TRUE(hasProblem(r.report, 5, "structureet line has 3 fields, expected 32"))
        << problems(r.report);
}

TEST(FinessReader, RefusesEachMalformedLineWithItsNumberAndReason) {
    const auto [x, y] = projected(kLambert93Old, {46.2197, 5.2410});
    const auto [rx, ry] =
        projected("1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40", {-20.8820, 55.4500});
    std::string thirty = kFleyriat;
    thirty.replace(thirty.find(";;;900"), 3, ";");  // two fields fewer
    FinessEstablishment nameless = establishment("010000081", "");
    nameless.rs = "";

    const std::string file = lines({
        kFirstLine,                                                      // 1
        kFleyriat,                                                       // 2
        thirty,                                                          // 3
        "structurexx;010000024\n",                                       // 4
        datagen::structureetLine(establishment("", "SANS NUMERO")),      // 5
        datagen::structureetLine(establishment("01000002", "COURT")),    // 6
        datagen::structureetLine(establishment("9A0000016", "9A")),      // 7
        datagen::structureetLine(establishment("010000024", "DOUBLE")),  // 8
        geolocation("010000024", x, y),                                  // 9
        geolocation("010000024", x, y),                                  // 10
        geolocation("010000099", x, y),                                  // 11
        "geolocalisation;010000032;1;2;LAMBERT_93\n",                    // 12
        kCayenne,                                                        // 13
        geolocation("970300026", "", "6571590.5"),                       // 14
        kFleming,                                                        // 15
        geolocation("970100400", "nan", "1"),                            // 16
        kCmpp,                                                           // 17
        geolocation("970210126", "708000,5", "1611000.0"),               // 18
        kMavouna,                                                        // 19
        geolocation("980501506", "515000.0", "1e999"),                   // 20
        kUbipharm,                                                       // 21
        geolocation("980502199", "515000.0x", "8570000.0"),              // 22
        kSia,                                                            // 23
        geolocation("980600027", "500000", "8500000", "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,GAUSS"),
        kAlefpa,  // 25
        // Réunion coordinates declared as Lambert-93: would land in the Atlantic.
        geolocation("970216057", rx, ry, kLambert93Old),                // 26
        "structureet;010000107;x\x01y;" + std::string(29, ';') + "\n",  // 27
        datagen::structureetLine(nameless),                             // 28
        "\n",                                                           // blank: no record
    });
    Read r = read(file);
    ASSERT_TRUE(r.result.ok()) << r.result.error().message;
    const ReadReport& rep = r.report;
    const std::string all = problems(rep);

    EXPECT_TRUE(hasProblem(rep, 3, "structureet line has 30 fields, expected 32")) << all;
    EXPECT_TRUE(hasProblem(rep, 4, "unknown line type \"structurexx\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 5, "empty FINESS number")) << all;
    EXPECT_TRUE(hasProblem(rep, 6, "malformed FINESS number \"01000002\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 7, "malformed FINESS number \"9A0000016\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 8, "duplicate FINESS number 010000024 (first on line 2)")) << all;
    EXPECT_TRUE(hasProblem(rep, 10, "duplicate geolocalisation for 010000024 (first on line 9)"))
        << all;
    EXPECT_TRUE(hasProblem(rep, 11, "geolocalisation for unknown establishment 010000099")) << all;
    EXPECT_TRUE(hasProblem(rep, 12, "geolocalisation line has 5 fields, expected 6")) << all;
    EXPECT_TRUE(hasProblem(rep, 14, "bad coordinate coordxet: empty")) << all;
    EXPECT_TRUE(hasProblem(rep, 16, "bad coordinate coordxet \"nan\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 18, "bad coordinate coordxet \"708000,5\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 20, "bad coordinate coordyet \"1e999\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 22, "bad coordinate coordxet \"515000.0x\"")) << all;
    EXPECT_TRUE(hasProblem(rep, 24, "unknown coordinate system")) << all;
    EXPECT_TRUE(hasProblem(rep, 26, "outside the area of that system")) << all;
    EXPECT_TRUE(hasProblem(rep, 26, "EPSG:2154")) << all;
    EXPECT_TRUE(hasProblem(rep, 27, "invalid text: control character 0x01")) << all;
    EXPECT_TRUE(hasProblem(rep, 28, "no name")) << all;

    EXPECT_EQ(rep.skipped, 18u) << all;
    EXPECT_EQ(rep.problems.size(), 18u) << all;
    for (std::size_t i = 1; i < rep.problems.size(); ++i)
        EXPECT_LE(rep.problems[i - 1].line, rep.problems[i].line) << "in line order";
    for (const LineProblem& p : rep.problems) EXPECT_EQ(p.file, "finess.csv");
    EXPECT_EQ(rep.records, 27u);  // lines 2 to 28

    // Kept: the eight real lines, the first 010000024 only placed (by line 9).
    ASSERT_EQ(r.result->size(), 8u) << all;
    EXPECT_EQ(rep.structures, 8u);
    EXPECT_EQ(rep.withoutPosition, 7u);
    const Structure* ch = find(*r.result, "010000024");
    ASSERT_NE(ch, nullptr);
    EXPECT_EQ(ch->name, "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT");
    ASSERT_TRUE(ch->position.has_value());
    EXPECT_LT(geo::distanceMetres(*ch->position, {46.2197, 5.2410}), 1.0);
}

TEST(FinessReader, StrictModeFailsAtTheFirstBadLine) {
    std::string file = kFirstLine;
    for (int i = 0; i < 15; ++i) {
        char number[10];
        std::snprintf(number, sizeof number, "0100%05d", i);
        file += datagen::structureetLine(establishment(number, "ETABLISSEMENT"));
    }
    file += "structureet;broken\n";  // line 17
    file += "structureet;broken again\n";

    Read lenient = read(file);
    ASSERT_TRUE(lenient.result.ok());
    EXPECT_EQ(lenient.result->size(), 15u);
    EXPECT_EQ(lenient.report.skipped, 2u);

    Read strict = read(file, true);
    ASSERT_FALSE(strict.result.ok());
    EXPECT_EQ(strict.result.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(strict.result.error().message,
              "finess.csv:17: structureet line has 2 fields, expected 32");
    ASSERT_EQ(strict.report.problems.size(), 1u);
    EXPECT_EQ(strict.report.problems[0].line, 17u);

    // A good file passes in strict mode.
    file.resize(file.find("structureet;broken"));
    Read clean = read(file, true);
    ASSERT_TRUE(clean.result.ok()) << clean.result.error().message;
    EXPECT_EQ(clean.result->size(), 15u);
}

TEST(FinessReader, StrictModeJudgesEarlyGeolocationsInFileOrder) {
    const auto [x, y] = projected(kLambert93Old, {46.2197, 5.2410});
    // Line 2 is fine (its structure comes later), line 4 is the first bad one.
    Read ok = read(lines({kFirstLine, geolocation("010000024", x, y), kFleyriat, "structureet;x\n",
                          geolocation("010000099", x, y)}),
                   true);
    ASSERT_FALSE(ok.result.ok());
    EXPECT_EQ(ok.result.error().message,
              "finess.csv:4: structureet line has 2 fields, expected 32");

    // Line 2 names an establishment the file never lists: the first bad line, although
    // that is only known at the end.
    Read early = read(
        lines({kFirstLine, geolocation("010000099", x, y), kFleyriat, "structureet;x\n"}), true);
    ASSERT_FALSE(early.result.ok());
    EXPECT_EQ(early.result.error().message,
              "finess.csv:2: geolocalisation for unknown establishment 010000099");
}

TEST(FinessReader, JoinsGeolocationsInAnyOrderAndCountsStructuresWithoutOne) {
    const auto [x, y] = projected(kLambert93Old, {46.2197, 5.2410});
    const auto [cx, cy] =
        projected("1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22", {4.9330, -52.3260});
    Read r = read(
        lines({kFirstLine, geolocation("010000024", x, y), kFleyriat, kFleming, kCayenne,
               geolocation("970300026", cx, cy, "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22")}));
    ASSERT_TRUE(r.result.ok());
    ASSERT_EQ(r.result->size(), 3u) << problems(r.report);
    EXPECT_EQ(r.report.skipped, 0u) << problems(r.report);
    EXPECT_EQ(r.report.records, 5u);
    EXPECT_EQ(r.report.withoutPosition, 1u);
    ASSERT_TRUE((*r.result)[0].position.has_value());
    EXPECT_LT(geo::distanceMetres(*(*r.result)[0].position, {46.2197, 5.2410}), 1.0);
    EXPECT_FALSE((*r.result)[1].position.has_value());
    ASSERT_TRUE((*r.result)[2].position.has_value());
    EXPECT_LT(geo::distanceMetres(*(*r.result)[2].position, {4.9330, -52.3260}), 1.0);
}

TEST(FinessReader, ReadsEveryCoordinateSystemLabelOfBothGenerations) {
    struct Case {
        std::string source;
        geo::LatLon truth;
        std::string number;  // an establishment of that territory
    };
    const std::string old = "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,";
    const std::string ban = "1,ATLASANTE,96,BAN,";
    const std::vector<Case> cases = {
        {old + "LAMBERT_93", {46.2197, 5.2410}, "010000024"},
        {old + "UTM_N20", {17.8960, -62.8500}, "970102018"},
        {old + "UTM_N21", {46.7800, -56.1750}, "970500010"},
        {old + "UTM_N22", {4.9330, -52.3260}, "970300026"},
        {old + "UTM_S38", {-12.9310, 45.1480}, "980501506"},
        {old + "UTM_S40", {-20.8820, 55.4500}, "970400024"},
        {kLambert93New, {42.6970, 9.4500}, "2B0000012"},
        {"1,ATLASANTE,.,ADMIN-EXPRESS-2023,EPSG:2154 RGF93 / Lambert-93 (Métropole)",
         {41.9190, 8.7380},
         "2A0000014"},
        {ban + "EPSG:5490 RGAF09/UTM Zone 20N (Antilles)", {14.5730, -60.9740}, "970210126"},
        {ban + "EPSG:2972 RGFG95/UTM Zone 22N (Guyane)", {5.1600, -52.6500}, "970302287"},
        {ban + "EPSG:2975 RGR92/UTM Zone 40S (La Réunion)", {-21.0040, 55.6700}, "970405767"},
        {ban + "EPSG:4471 RGM04/UTM Zone 38S (Mayotte)", {-12.7800, 45.2300}, "980502199"},
        {ban + "WGS84/UTM zone 21N", {47.0900, -56.3800}, "970500028"},
        {ban + "WGS84/UTM zone 1S", {-13.2820, -176.1740}, "980600027"},
    };
    std::string file = kFirstLine;
    for (const Case& c : cases)
        file += datagen::structureetLine(establishment(c.number, "ETABLISSEMENT " + c.number));
    for (const Case& c : cases) {
        const auto [x, y] = projected(c.source, c.truth);
        file += geolocation(c.number, x, y, c.source);
    }
    Read r = read(file, true);
    ASSERT_TRUE(r.result.ok()) << r.result.error().message;
    ASSERT_EQ(r.result->size(), cases.size());
    EXPECT_EQ(r.report.withoutPosition, 0u);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Structure& s = (*r.result)[i];
        EXPECT_EQ(s.sourceId, cases[i].number);
        ASSERT_TRUE(s.position.has_value()) << cases[i].source;
        EXPECT_LT(geo::distanceMetres(*s.position, cases[i].truth), 1.0) << cases[i].source;
    }
}

TEST(FinessNumbers, AcceptCorsicaAndOverseasAsPublished) {
    for (const char* good : {"010000024", "2A0000014", "2B0000012", "970100400", "980501506",
                             "980600027", "950000000"})
        EXPECT_TRUE(finessNumberKey(good).has_value()) << good;
    // 9A…9J are département codes, never the start of a FINESS number; no other letters.
    for (const char* bad : {"", "01000002", "0100000245", "9A0000016", "9J0000016", "2C0000012",
                            "2a0000014", "01000002X", " 10000024", "01-000024"})
        EXPECT_FALSE(finessNumberKey(bad).has_value()) << bad;
    EXPECT_NE(finessNumberKey("2A0000014"), finessNumberKey("2B0000014"));
    EXPECT_NE(finessNumberKey("2A0000014"), finessNumberKey("200000014"));
    EXPECT_NE(finessNumberKey("990000000"), finessNumberKey("2A0000000"));
}

TEST(FinessReader, RefusesARecordLongerThan64KiBAndReadsOn) {
    FinessEstablishment big = establishment("010000032", std::string(100'000, 'A'));
    FinessEstablishment large = establishment("010000040", std::string(60'000, 'B'));
    Read r = read(lines(
        {kFirstLine, datagen::structureetLine(big), datagen::structureetLine(large), kFleyriat}));
    ASSERT_TRUE(r.result.ok());
    EXPECT_TRUE(hasProblem(r.report, 2, "record longer than 65536 bytes")) << problems(r.report);
    ASSERT_EQ(r.result->size(), 2u) << problems(r.report);
    EXPECT_EQ((*r.result)[0].name.size(), 60'000u);
    EXPECT_EQ((*r.result)[1].sourceId, "010000024");

    // The same in quotes, which could otherwise run on over the following lines.
    std::string quoted = "structureet;\"" + std::string(70'000, 'C') + "\";x\n";
    Read q = read(lines({kFirstLine, quoted, kFleyriat}));
    ASSERT_TRUE(q.result.ok());
    EXPECT_TRUE(hasProblem(q.report, 2, "record longer than 65536 bytes")) << problems(q.report);
    ASSERT_EQ(q.result->size(), 1u);
}

TEST(FinessReader, AQuoteNeverClosedLosesOnlyItsLine) {
    Read r = read(
        lines({kFirstLine, kFleyriat, "structureet;\"970100400;OPEN QUOTE\n", kCayenne, kSia}));
    ASSERT_TRUE(r.result.ok());
    EXPECT_TRUE(hasProblem(r.report, 3, "quote never closed")) << problems(r.report);
    EXPECT_EQ(r.report.skipped, 1u) << problems(r.report);
    ASSERT_EQ(r.result->size(), 3u);
    EXPECT_EQ((*r.result)[2].sourceId, "980600027");
    EXPECT_EQ(r.report.records, 4u);
}

TEST(FinessReader, RefusesWhatIsNotAFinessExtraction) {
    for (std::string_view content : {std::string_view(""), std::string_view("\xEF\xBB\xBF")}) {
        Read r = read(content);
        ASSERT_FALSE(r.result.ok());
        EXPECT_EQ(r.result.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(r.result.error().message,
                  "finess.csv:1: not a FINESS etalab extraction: the file is empty");
        EXPECT_FALSE(looksLikeFiness(content));
    }
    for (std::string_view first :
         {"nofinesset;nofinessej;rs\n010000024;010780054;CH\n", "finess;etalab;111\n",
          "finess;etalab;111;12/05/2026\n", "finess;etalab;x;2026-05-12\n",
          "finess;etalab;111;2026-13-12\n", "FINESS;ETALAB;111;2026-05-12\n"}) {
        Read r = read(first);
        ASSERT_FALSE(r.result.ok()) << first;
        const std::string line(first.substr(0, first.find('\n')));
        EXPECT_EQ(r.result.error().message,
                  "finess.csv:1: not a FINESS etalab extraction: first line is \"" + line + "\"");
    }
    // Lenient mode too: a wrong file is not a file of malformed lines.
    ReadReport report;
    auto result = readFiness("\x01\x02\x7f binary", ReadOptions{}, report);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message,
              "line 1: not a FINESS etalab extraction: first line is \"??? binary\"");
}

TEST(FinessReader, AFileOfOnlyTheFirstLineIsEmptyAndValid) {
    for (std::string_view content :
         {"finess;etalab;111;2026-05-12", "finess;etalab;111;2026-05-12\r\n",
          "finess;etalab;111;2026-05-12\n\n"}) {
        Read r = read(content, true);
        ASSERT_TRUE(r.result.ok()) << r.result.error().message;
        EXPECT_TRUE(r.result->empty());
        EXPECT_EQ(r.report.records, 0u);
        EXPECT_EQ(r.report.skipped, 0u);
        EXPECT_EQ(r.report.extractionDate, "2026-05-12");
        EXPECT_TRUE(looksLikeFiness(content));
    }
    EXPECT_FALSE(looksLikeFiness("finess;etalib;111;2026-05-12"));
    EXPECT_FALSE(looksLikeFiness("structureet;010000024"));
}

TEST(FinessReader, ADamagedUtf8FileStaysUtf8AndRefusesTheDamagedLine) {
    std::string damaged = kUbipharm;
    damaged.replace(damaged.find("UBIPHARM"), 1, "\xE9");  // a lone Latin-1 é
    std::string file = lines({kFirstLine, kFleyriat, kCmpp, kMavouna, damaged, kAlefpa});
    Read r = read(file);
    ASSERT_TRUE(r.result.ok());
    EXPECT_EQ(r.report.encoding, "UTF-8");
    EXPECT_TRUE(hasProblem(r.report, 5, "invalid text: bytes that are not UTF-8"))
        << problems(r.report);
    ASSERT_EQ(r.result->size(), 4u);
    EXPECT_EQ((*r.result)[3].sourceId, "970216057");
}

TEST(FinessReader, ListsAtMostTenThousandProblemsButCountsThemAll) {
    std::string file = kFirstLine;
    for (int i = 0; i < 12'000; ++i) file += "x\n";
    file += kFleyriat;
    Read r = read(file);
    ASSERT_TRUE(r.result.ok());
    EXPECT_EQ(r.result->size(), 1u);
    EXPECT_EQ(r.report.records, 12'001u);
    EXPECT_EQ(r.report.skipped, 12'000u);
    ASSERT_EQ(r.report.problems.size(), 10'001u);
    EXPECT_EQ(r.report.problems[9'999].line, 10'001u);
    EXPECT_EQ(r.report.problems.back().line, 0u);
    EXPECT_EQ(r.report.problems.back().reason, "2000 more refused lines, not listed");
}
