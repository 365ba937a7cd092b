#pragma once
// Writes lines of the FINESS etalab extraction, exactly as data.gouv.fr publishes them
// (see ../shared/data/README.md): used to make the sample, the test fixtures and the
// national-size benchmark file.

#include <array>
#include <string>
#include <string_view>

namespace parcours::datagen {

// The 31 fields after the leading `structureet` tag, in file order.
struct FinessEstablishment {
    std::string nofinesset, nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie,
        compvoie, lieuditbp, commune, departement, libdepartement, ligneacheminement, telephone,
        telecopie, categetab, libcategetab, categagretab, libcategagretab, siret, codeape, codemft,
        libmft, codesph, libsph, dateouv, dateautor, datemaj, numuai;
};

struct FinessGeolocation {
    std::string nofinesset;
    std::string coordxet, coordyet;  // metres in the declared system, e.g. "870215.7"
    std::string sourcecoordet;       // "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93"
    std::string datemaj;
};

// "finess;etalab;111;2026-05-12\n"
std::string finessFirstLine(std::string_view extractionDate);

// One field, quoted (with doubled quotes) only when it holds a `;` or a `"`.
std::string finessField(std::string_view value);

// A whole line, with its "\n" (or "\r\n" with crlf).
std::string structureetLine(const FinessEstablishment& e, bool crlf = false);
std::string geolocalisationLine(const FinessGeolocation& g, bool crlf = false);

}  // namespace parcours::datagen
