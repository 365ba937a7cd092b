#include "datagen/finess_generator.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>

#include "datagen/cities.hpp"
#include "datagen/coordinate_labels.hpp"
#include "datagen/finess_categories.hpp"
#include "datagen/finess_number.hpp"
#include "datagen/finess_writer.hpp"
#include "datagen/names.hpp"
#include "datagen/random.hpp"
#include "datagen/scatter.hpp"
#include "datagen/windows1252.hpp"

namespace parcours::datagen {
namespace {

struct Record {
    FinessEstablishment fields;
    std::optional<FinessGeolocation> geolocation;
    GeneratedEstablishment truth;
};

std::string digits(Random& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.below(10));
    return s;
}

std::string padded(int value, int width) {
    std::string s = std::to_string(value);
    return std::string(s.size() < static_cast<std::size_t>(width) ? width - s.size() : 0, '0') + s;
}

std::string date(int year, Random& rng) {
    return std::to_string(year) + "-" + padded(rng.between(1, 12), 2) + "-" +
           padded(rng.between(1, 28), 2);
}

int extractionYear(const FinessOptions& options) {
    int year = 2026;
    const std::string& d = options.extractionDate;
    std::from_chars(d.data(), d.data() + std::min<std::size_t>(4, d.size()), year);
    return year;
}

std::string formatMetres(double v) {
    std::array<char, 32> buffer{};
    auto [end, ec] =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), v, std::chars_format::fixed, 1);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("0.0");
}

void fillAddress(FinessEstablishment& e, const City& city, Random& rng) {
    static constexpr std::array<std::string_view, 7> kTypes{"RUE", "AV",  "BD", "CHE",
                                                            "PL",  "ALL", "RTE"};
    static constexpr std::array<int, 7> kTypeWeights{45, 20, 10, 8, 7, 5, 5};
    const bool poBoxOnly = rng.chance(0.04);  // "BP 4 - MATA'UTU": no street at all
    if (!poBoxOnly) {
        if (rng.chance(0.9))
            e.numvoie =
                std::to_string(rng.chance(0.9) ? rng.between(1, 250) : rng.between(251, 1200));
        e.typvoie = kTypes[rng.weighted(kTypeWeights)];
        e.voie = fitWords(upperFrench(pick(words::streets(), rng)), 27);
        if (!e.numvoie.empty() && rng.chance(0.05)) e.compvoie = rng.chance(0.8) ? "B" : "T";
    }
    const bool box = poBoxOnly || rng.chance(0.06);
    if (box)
        e.lieuditbp = (rng.chance(0.7) ? "BP " : "CS ") + std::to_string(rng.between(1, 99999));
    const bool cedex = box && rng.chance(0.5);
    e.commune = std::string(city.commune);
    e.departement = std::string(city.departement);
    e.libdepartement = std::string(city.libdepartement);
    e.ligneacheminement =
        std::string(city.postcode) + " " + std::string(city.acheminement) + (cedex ? " CEDEX" : "");
}

void fillPhones(FinessEstablishment& e, const City& city, Random& rng) {
    if (city.phonePrefix.empty()) return;
    const int rest = static_cast<int>(10 - city.phonePrefix.size());
    if (rng.chance(0.95)) e.telephone = std::string(city.phonePrefix) + digits(rng, rest);
    if (rng.chance(0.4)) e.telecopie = std::string(city.phonePrefix) + digits(rng, rest);
}

void fillAdministrative(FinessEstablishment& e, const FinessCategory& c, int year, Random& rng) {
    e.categetab = std::string(c.categetab);
    e.libcategetab = std::string(c.libcategetab);
    e.categagretab = std::string(c.categagretab);
    e.libcategagretab = std::string(c.libcategagretab);
    if (rng.chance(0.75)) e.siret = digits(rng, 14);
    if (rng.chance(0.85)) e.codeape = std::string(c.codeape);
    e.codemft = std::string(c.codemft);
    e.libmft = std::string(c.libmft);
    e.codesph = std::string(c.codesph);
    e.libsph = std::string(c.libsph);
    // CPTS exist since 2016 and lieux de soins non programmés since 2023.
    const int firstYear = c.kind == directory::Kind::Cpts                 ? 2018
                          : c.kind == directory::Kind::SoinsNonProgrammes ? 2023
                                                                          : 1950;
    // An extraction dated before the category existed still gets ordered dates.
    const int lastYear = std::max(firstYear, year - 1);
    const int opened = rng.between(firstYear, lastYear);
    e.dateouv = date(opened, rng);
    e.dateautor = rng.chance(0.7) ? e.dateouv : date(std::max(firstYear, opened - 1), rng);
    const int updatedFrom = std::max(opened, 2016);
    e.datemaj = date(rng.between(updatedFrom, std::max(updatedFrom, lastYear)), rng);
}

struct Plan {
    const City* city;
    const FinessCategory* category;
    bool oldLabel;
    bool forceGeolocated;
};

// Which city, category and label generation each establishment gets (see the header for
// the coverage guarantee).
std::vector<Plan> plan(const FinessOptions& options, Random& rng) {
    const auto cities = allCities();
    const auto categories = finessCategories();
    std::vector<int> cityWeights, categoryWeights;
    for (const City& c : cities) cityWeights.push_back(c.weight);
    for (const FinessCategory& c : categories) categoryWeights.push_back(c.weight);
    std::vector<int> visits(cities.size(), 0);

    std::vector<Plan> plans;
    plans.reserve(options.count);
    for (std::size_t i = 0; i < options.count; ++i) {
        const std::size_t coverage = 2 * cities.size();
        const std::size_t city = i < coverage ? i % cities.size() : rng.weighted(cityWeights);
        const std::size_t category = i < categories.size() ? i : rng.weighted(categoryWeights);
        const bool old = options.labels == LabelGeneration::Old ||
                         (options.labels == LabelGeneration::Mixed && visits[city] % 2 == 0);
        ++visits[city];
        plans.push_back({&cities[city], &categories[category], old, i < coverage});
    }
    return plans;
}

Record makeRecord(const Plan& p, const FinessOptions& options, int year,
                  std::map<std::string_view, int>& serials, Random& rng) {
    Record r;
    FinessEstablishment& e = r.fields;
    const int serial = ++serials[p.city->finessPrefix];
    const int range = p.city->finessPrefix.size() == 2 ? 1000000 : 10000;
    e.nofinesset = finessNumber(p.city->finessPrefix, serial);
    e.nofinessej = finessNumber(p.city->finessPrefix, range - serial);

    const bool quoted = rng.chance(0.04);
    FinessName name = finessName(p.category->names, *p.city, quoted, rng);
    e.rs = name.rs;
    e.rslongue = name.rslongue;
    if (rng.chance(0.05)) e.complrs = "SITE " + upperFrench(pick(words::places(), rng));
    if (rng.chance(0.03)) e.compldistrib = rng.chance(0.5) ? "BATIMENT A" : "2E ÉTAGE";
    fillAddress(e, *p.city, rng);
    fillPhones(e, *p.city, rng);
    fillAdministrative(e, *p.category, year, rng);

    r.truth.nofinesset = e.nofinesset;
    r.truth.name = e.rs;
    r.truth.categetab = e.categetab;
    r.truth.kind = p.category->kind;
    r.truth.city = std::string(p.city->name);

    const bool geolocated = p.forceGeolocated || !rng.chance(options.withoutGeolocation);
    if (geolocated) {
        const bool communeCentre = !p.oldLabel && !p.forceGeolocated && rng.chance(0.03);
        const geo::LatLon position = communeCentre ? p.city->centre : scatterAround(*p.city, rng);
        CoordinateLabel label = coordinateLabel(p.city->epsg, p.oldLabel, communeCentre, rng);
        const geo::ProjectedPoint xy = geo::fromWgs84(label.system, position);
        r.geolocation = FinessGeolocation{e.nofinesset, formatMetres(xy.x), formatMetres(xy.y),
                                          label.sourcecoordet, date(year - 1, rng)};
        r.truth.position = position;
        r.truth.system = label.system;
        r.truth.sourcecoordet = label.sourcecoordet;
    }
    return r;
}

}  // namespace

std::vector<GeneratedEstablishment> generateFiness(const FinessOptions& options, std::string& out) {
    Random rng(options.seed);
    const int year = extractionYear(options);
    std::map<std::string_view, int> serials;
    std::vector<Record> records;
    records.reserve(options.count);
    for (const Plan& p : plan(options, rng)) {
        records.push_back(makeRecord(p, options, year, serials, rng));
    }
    // The real file is in FINESS number order, so départements come together. (Sorting
    // indices: a Record is 40 strings, too heavy to move around.)
    std::vector<std::size_t> order(records.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return records[a].fields.nofinesset < records[b].fields.nofinesset;
    });

    std::string file = finessFirstLine(options.extractionDate);
    if (options.crlf) file.insert(file.size() - 1, "\r");
    file.reserve(file.size() + records.size() * 420);
    for (std::size_t i : order) file += structureetLine(records[i].fields, options.crlf);
    for (std::size_t i : order) {
        if (records[i].geolocation)
            file += geolocalisationLine(*records[i].geolocation, options.crlf);
    }
    out += options.encoding == TextEncoding::Windows1252 ? utf8ToWindows1252(file) : file;

    std::vector<GeneratedEstablishment> truth;
    truth.reserve(records.size());
    for (std::size_t i : order) truth.push_back(std::move(records[i].truth));
    return truth;
}

Result<std::vector<GeneratedEstablishment>> writeFinessFile(const FinessOptions& options,
                                                            const std::filesystem::path& path) {
    std::string content;
    auto truth = generateFiness(options, content);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) return storageError("cannot create " + path.string());
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    file.close();
    if (!file) return storageError("cannot write " + path.string());
    return truth;
}

}  // namespace parcours::datagen
