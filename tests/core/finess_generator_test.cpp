// The FINESS generator: the etalab layout, the truth it returns, its options.
#include "datagen/finess_generator.hpp"

#include <gtest/gtest.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "common/text.hpp"
#include "core/finess_fields.hpp"
#include "datagen/cities.hpp"
#include "datagen/names.hpp"
#include "datagen/windows1252.hpp"
#include "directory/kind_mapping.hpp"
#include "parcours/geo/projection.hpp"

using namespace parcours;
using namespace parcours::datagen;
using parcours::testing::finessFields;
using parcours::testing::lines;
using parcours::testing::withoutCr;

namespace {

struct Parsed {
    std::string firstLine;
    std::vector<std::vector<std::string>> structures, geolocations;
    bool geolocationBeforeStructure = false;
};

Parsed parse(std::string_view file) {
    Parsed p;
    for (std::string_view line : lines(file)) {
        if (p.firstLine.empty()) {
            p.firstLine = std::string(withoutCr(line));
            continue;
        }
        if (line.empty()) continue;
        auto fields = finessFields(withoutCr(line));
        if (fields[0] == "structureet") {
            p.geolocationBeforeStructure |= !p.geolocations.empty();
            p.structures.push_back(std::move(fields));
        } else {
            p.geolocations.push_back(std::move(fields));
        }
    }
    return p;
}

std::string generate(const FinessOptions& options,
                     std::vector<GeneratedEstablishment>* truth = nullptr) {
    std::string out;
    auto t = generateFiness(options, out);
    if (truth) *truth = std::move(t);
    return out;
}

double number(const std::string& s) {
    double v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

const City& cityNamed(std::string_view name) {
    for (const City& c : allCities())
        if (c.name == name) return c;
    return allCities().front();
}

}  // namespace

TEST(FinessGenerator, SameSeedSameBytesOtherSeedOtherFile) {
    FinessOptions options;
    options.count = 200;
    options.labels = LabelGeneration::Mixed;
    EXPECT_EQ(generate(options), generate(options));
    FinessOptions other = options;
    other.seed = 2;
    EXPECT_NE(generate(options), generate(other));
}

TEST(FinessGenerator, FollowsTheEtalabLayout) {
    FinessOptions options;
    options.count = 600;
    options.labels = LabelGeneration::Mixed;
    options.withoutGeolocation = 0.1;
    const Parsed file = parse(generate(options));

    EXPECT_EQ(file.firstLine, "finess;etalab;111;2026-05-12");
    EXPECT_FALSE(file.geolocationBeforeStructure);
    ASSERT_EQ(file.structures.size(), 600u);

    // The notice's patterns (etalab_cs1100502, cs1100507).
    const std::regex finessNumber("[0-9][0-9A-Z][0-9]{7}");
    const std::regex acheminement("[0-9]{5} .{1,26}");
    const std::regex tenDigits("[0-9]{10}");
    const std::regex date("20[0-9]{2}-[01][0-9]-[0-3][0-9]|19[5-9][0-9]-[01][0-9]-[0-3][0-9]");
    const std::regex upTo4Digits("[0-9]{0,4}"), upTo4Letters("[A-Z]{0,4}"), threeDigits("[0-9]{3}"),
        departement("[0-9][0-9A-Z]"), fourDigits("[0-9]{4}"), siret("[0-9]{14}"),
        ape("[0-9]{4}[A-Z]"), metres("-?[0-9]+\\.[0-9]");
    std::set<std::string> numbers;
    for (const auto& f : file.structures) {
        ASSERT_EQ(f.size(), 32u) << f[1];
        EXPECT_TRUE(std::regex_match(f[1], finessNumber)) << f[1];
        EXPECT_TRUE(std::regex_match(f[2], finessNumber)) << f[2];
        EXPECT_TRUE(numbers.insert(f[1]).second) << "duplicate " << f[1];
        EXPECT_GE(characterCount(f[3]), 1u);
        EXPECT_LE(characterCount(f[3]), 38u) << f[3];
        EXPECT_LE(characterCount(f[4]), 60u) << f[4];
        EXPECT_TRUE(std::regex_match(f[7], upTo4Digits)) << f[7];
        EXPECT_TRUE(std::regex_match(f[8], upTo4Letters)) << f[8];
        EXPECT_LE(characterCount(f[9]), 27u) << f[9];
        EXPECT_TRUE(f[10].empty() || f[10] == "B" || f[10] == "T") << f[10];
        EXPECT_LE(characterCount(f[11]), 32u);
        EXPECT_TRUE(std::regex_match(f[12], threeDigits)) << f[12];
        EXPECT_TRUE(std::regex_match(f[13], departement)) << f[13];
        EXPECT_LE(characterCount(f[14]), 24u) << f[14];
        EXPECT_TRUE(std::regex_match(f[15], acheminement)) << f[15];
        EXPECT_TRUE(f[16].empty() || std::regex_match(f[16], tenDigits)) << f[16];
        EXPECT_TRUE(f[17].empty() || std::regex_match(f[17], tenDigits)) << f[17];
        EXPECT_TRUE(std::regex_match(f[18], threeDigits)) << f[18];
        EXPECT_LE(characterCount(f[19]), 60u) << f[19];
        EXPECT_TRUE(std::regex_match(f[20], fourDigits)) << f[20];
        EXPECT_LE(characterCount(f[21]), 60u) << f[21];
        EXPECT_TRUE(f[22].empty() || std::regex_match(f[22], siret));
        EXPECT_TRUE(f[23].empty() || std::regex_match(f[23], ape));
        for (int d : {28, 29, 30}) EXPECT_TRUE(std::regex_match(f[d], date)) << f[d];
        EXPECT_LE(f[30], "2026-05-12");  // updated before the extraction
    }
    std::set<std::string> geolocated;
    for (const auto& g : file.geolocations) {
        ASSERT_EQ(g.size(), 6u);
        EXPECT_EQ(g[0], "geolocalisation");
        EXPECT_TRUE(numbers.count(g[1])) << "geolocation of an unknown " << g[1];
        EXPECT_TRUE(geolocated.insert(g[1]).second) << "two geolocations for " << g[1];
        // Metres with one decimal, as the real file prints them.
        EXPECT_TRUE(std::regex_match(g[2], metres)) << g[2];
        EXPECT_TRUE(std::regex_match(g[3], metres)) << g[3];
        EXPECT_TRUE(std::regex_match(g[5], date)) << g[5];
    }
    // About 10 % without geolocation (coverage establishments always have one).
    EXPECT_GT(file.geolocations.size(), 500u);
    EXPECT_LT(file.geolocations.size(), 580u);
}

TEST(FinessGenerator, TruthMatchesWhatTheFileSays) {
    FinessOptions options;
    options.count = 800;
    options.labels = LabelGeneration::Mixed;
    options.withoutGeolocation = 0.05;
    std::vector<GeneratedEstablishment> truth;
    const Parsed file = parse(generate(options, &truth));
    ASSERT_EQ(truth.size(), file.structures.size());

    std::map<std::string, const std::vector<std::string>*> geolocations;
    for (const auto& g : file.geolocations) geolocations[g[1]] = &g;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const GeneratedEstablishment& t = truth[i];
        const auto& s = file.structures[i];  // same order as the file
        SCOPED_TRACE(t.nofinesset);
        EXPECT_EQ(s[1], t.nofinesset);
        EXPECT_EQ(s[3], t.name);
        EXPECT_EQ(s[18], t.categetab);
        EXPECT_EQ(directory::kindForFinessCategory(t.categetab), t.kind);

        const auto g = geolocations.find(t.nofinesset);
        ASSERT_EQ(g != geolocations.end(), t.position.has_value());
        if (!t.position) continue;
        const auto& fields = *g->second;
        EXPECT_EQ(fields[4], t.sourcecoordet);
        const auto system = geo::parseCoordinateSystem(fields[4]);
        ASSERT_TRUE(system.ok()) << system.error().message;
        EXPECT_EQ(*system, t.system);
        EXPECT_EQ(system->epsg == 2154, cityNamed(t.city).epsg == 2154) << t.city;
        const auto position = geo::toWgs84(*system, {number(fields[2]), number(fields[3])});
        ASSERT_TRUE(position.ok());
        // Printed to 0.1 m: at most 0.05 m off on each axis.
        EXPECT_LT(geo::distanceMetres(*position, *t.position), 0.08);
        const geo::BoundingBox area = geo::areaOfUse(*system);
        EXPECT_TRUE(position->lat >= area.minLat && position->lat <= area.maxLat &&
                    position->lon >= area.minLon && position->lon <= area.maxLon)
            << t.city << " " << position->lat << "," << position->lon;
    }
}

TEST(FinessGenerator, PositionsClusterAroundTheirCity) {
    FinessOptions options;
    options.count = 3000;
    std::vector<GeneratedEstablishment> truth;
    generate(options, &truth);
    std::map<std::string, std::vector<double>> spreads;  // distance / city spread
    for (const auto& t : truth) {
        const City& city = cityNamed(t.city);
        ASSERT_TRUE(t.position);
        spreads[t.city].push_back(geo::distanceMetres(*t.position, city.centre) /
                                  (1000 * city.spreadKm));
    }
    EXPECT_EQ(spreads.size(), allCities().size());
    std::size_t near = 0, total = 0;
    for (const auto& [city, ratios] : spreads) {
        for (double r : ratios) {
            EXPECT_LE(r, 7.6) << city;  // 3 × the wide (2.5 ×) spread
            near += r < 1.5;
            ++total;
        }
    }
    // A 2-D gaussian has 68 % of its points within 1.5 σ; a quarter are drawn 2.5 × wider.
    EXPECT_GT(static_cast<double>(near) / static_cast<double>(total), 0.5);
    EXPECT_LT(static_cast<double>(near) / static_cast<double>(total), 0.75);
    // Denser where the population is: Paris has more than Limoges.
    EXPECT_GT(spreads["Paris"].size(), 3 * spreads["Limoges"].size());
}

TEST(FinessGenerator, LabelGenerations) {
    auto labels = [](LabelGeneration generation) {
        FinessOptions options;
        options.count = 300;
        options.labels = generation;
        std::vector<GeneratedEstablishment> truth;
        generate(options, &truth);
        std::set<std::pair<int, bool>> seen;  // (utm zone or 0, old?)
        for (const auto& t : truth) {
            const bool old = t.sourcecoordet.find(",BD_ADRESSE,") != std::string::npos;
            seen.insert({t.system.utmZone * (t.system.south ? -1 : 1), old});
        }
        return seen;
    };
    const std::set<std::pair<int, bool>> old = labels(LabelGeneration::Old);
    const std::set<std::pair<int, bool>> fresh = labels(LabelGeneration::New);
    const std::set<std::pair<int, bool>> mixed = labels(LabelGeneration::Mixed);
    for (int zone : {0, 20, 21, 22, -38, -40}) {
        EXPECT_TRUE(old.count({zone, true})) << zone;
        EXPECT_FALSE(old.count({zone, false})) << zone;
        EXPECT_TRUE(fresh.count({zone, false})) << zone;
        EXPECT_FALSE(fresh.count({zone, true})) << zone;
        EXPECT_TRUE(mixed.count({zone, true}) && mixed.count({zone, false})) << zone;
    }
    // Wallis-et-Futuna never had an old token.
    EXPECT_TRUE(old.count({-1, false}));
    EXPECT_FALSE(mixed.count({-1, true}));
}

TEST(FinessGenerator, Windows1252IsTheSameFileTranscoded) {
    FinessOptions options;
    options.count = 300;
    const std::string utf8 = generate(options);
    options.encoding = TextEncoding::Windows1252;
    const std::string cp1252 = generate(options);
    EXPECT_TRUE(text::isValidUtf8(utf8));
    EXPECT_FALSE(text::isValidUtf8(cp1252));
    EXPECT_EQ(text::windows1252ToUtf8(cp1252), utf8);
    // "SANTÉ" with É as the single byte 0xC9.
    EXPECT_NE(cp1252.find("SANT\xC9"), std::string::npos);
    EXPECT_NE(utf8.find("SAINT-ÉTIENNE"), std::string::npos);
}

TEST(FinessGenerator, LineEndings) {
    FinessOptions options;
    options.count = 80;
    const std::string lf = generate(options);
    EXPECT_EQ(lf.find('\r'), std::string::npos);
    options.crlf = true;
    const std::string crlf = generate(options);
    std::size_t newlines = 0;
    for (std::size_t i = 0; i < crlf.size(); ++i) {
        if (crlf[i] != '\n') continue;
        ++newlines;
        ASSERT_GT(i, 0u);
        EXPECT_EQ(crlf[i - 1], '\r') << "line " << newlines;
    }
    EXPECT_EQ(newlines, static_cast<std::size_t>(std::count(lf.begin(), lf.end(), '\n')));
}

TEST(FinessGenerator, EmptyExtractionAndFile) {
    FinessOptions options;
    options.count = 0;
    options.extractionDate = "2021-01-04";
    std::vector<GeneratedEstablishment> truth;
    EXPECT_EQ(generate(options, &truth), "finess;etalab;111;2021-01-04\n");
    EXPECT_TRUE(truth.empty());

    options.count = 50;
    const auto dir = std::filesystem::path(::testing::TempDir()) / "parcours-finess-generator";
    std::filesystem::create_directories(dir);
    const auto written = writeFinessFile(options, dir / "finess.csv");
    ASSERT_TRUE(written.ok());
    std::ifstream in(dir / "finess.csv", std::ios::binary);
    const std::string content{std::istreambuf_iterator<char>(in), {}};
    EXPECT_EQ(content, generate(options));
    EXPECT_EQ(written->size(), 50u);
    std::filesystem::remove_all(dir);

    const auto failed = writeFinessFile(options, dir / "missing" / "finess.csv");
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, ErrorKind::Storage);
}

TEST(Windows1252Encoder, MapsLatin1AndTheWindowsRange) {
    EXPECT_EQ(utf8ToWindows1252("SAINT-ÉTIENNE"), "SAINT-\xC9TIENNE");
    EXPECT_EQ(utf8ToWindows1252("Œuvre à 5 € – l’été"), "\x8Cuvre \xE0 5 \x80 \x96 l\x92\xE9t\xE9");
    EXPECT_EQ(utf8ToWindows1252("日本"), "??");
    EXPECT_EQ(utf8ToWindows1252("plain ascii;\"q\""), "plain ascii;\"q\"");
}

TEST(FrenchText, UpperCaseAndLengths) {
    EXPECT_EQ(upperFrench("maison de santé de l'étang, cœur"), "MAISON DE SANTÉ DE L'ÉTANG, CŒUR");
    EXPECT_EQ(characterCount("SANTÉ"), 5u);
    EXPECT_EQ(fitWords("CENTRE DE SANTÉ MUNICIPAL DE CLERMONT-FERRAND", 30),
              "CENTRE DE SANTÉ MUNICIPAL DE");
}
