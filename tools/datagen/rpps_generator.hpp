#pragma once
// Files of the Annuaire Santé extraction PS_LibreAcces_Personne_activite (52 columns,
// `|`-separated, every line ending with `|`) and of the BAN "adresses" CSV, with fictional
// practitioners around the generator's real cities: for the tests' fixtures and the
// national-size benchmark. Deterministic for a seed; written as a stream, any size.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>

#include "parcours/common/result.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::datagen {

// One line of the extraction: the fields an importer reads; the others get plausible
// constants ("Civil", the registration authority…).
struct RppsRow {
    std::string idType = "8";  // 8 RPPS, 0 ADELI
    std::string id;            // "10001234567"
    std::string civilityCode;  // "DR" for doctors
    std::string civility = "M";
    std::string lastName, firstName;
    std::string professionCode = "10", profession = "Médecin";
    std::string skillType, skillCode, skill;  // "S", "SM54", "Médecine Générale"
    std::string mode = "L";                   // L libéral, S salarié
    std::string siret, structureId, companyName, tradeName;
    std::string placeComplement, number, repetition, streetTypeCode, streetType, street;
    std::string distribution, cedexOffice, postcode, insee, city;
    std::string phone, phone2;
    std::string departement;
};

// The documented header line, "\n"-terminated.
std::string rppsHeaderLine();
// One data line, "\n"-terminated.
std::string rppsLine(const RppsRow& row);

// One row of the BAN "adresses-XX.csv".
struct BanRow {
    std::string number, repetition, street, postcode, insee, city;
    geo::LatLon position;
};
std::string banHeaderLine();
std::string banLine(const BanRow& row);

struct RppsOptions {
    std::size_t rows = 1000;
    std::uint32_t seed = 1;
    // Numbers 1..this on each street have a BAN address (banFile writes them); practices
    // are given numbers up to 1.25 × this, so about a fifth fall back to their commune.
    int numbersPerStreet = 60;
};

struct RppsSummary {
    std::size_t rows = 0;
    std::size_t keptRows = 0;  // a kept profession with a site
    std::size_t persons = 0;
};

// Writes the header and `rows` lines: doctors (half of them GPs), nurses,
// physiotherapists, dentists, midwives… and professions the import leaves out
// (pharmacists, opticians); some activities without a site, some persons with two sites.
RppsSummary generateRpps(const RppsOptions& options, std::ostream& out);
Result<RppsSummary> writeRppsFile(const RppsOptions& options, const std::filesystem::path& path);

// Every address the generated practices may use, numbers 1..numbersPerStreet on every
// street of every city; returns the number of rows. The position of an address is
// banPosition's.
std::size_t generateBan(const RppsOptions& options, std::ostream& out);
Result<std::size_t> writeBanFile(const RppsOptions& options, const std::filesystem::path& path);

// La Poste's postcode file (the layout with latitude and longitude columns) for the
// generator's cities, so that practices without a BAN address land at their commune.
std::string laPosteCommunes();

}  // namespace parcours::datagen
