#include "datagen/finess_writer.hpp"

#include <initializer_list>

namespace parcours::datagen {
namespace {

std::string joinLine(std::string_view tag, std::initializer_list<const std::string*> fields,
                     bool crlf) {
    std::string line(tag);
    for (const std::string* f : fields) {
        line += ';';
        line += finessField(*f);
    }
    line += crlf ? "\r\n" : "\n";
    return line;
}

}  // namespace

std::string finessFirstLine(std::string_view extractionDate) {
    return "finess;etalab;111;" + std::string(extractionDate) + "\n";
}

std::string finessField(std::string_view value) {
    if (value.find_first_of(";\"") == std::string_view::npos) return std::string(value);
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string structureetLine(const FinessEstablishment& e, bool crlf) {
    return joinLine(
        "structureet",
        {&e.nofinesset,      &e.nofinessej, &e.rs,          &e.rslongue,       &e.complrs,
         &e.compldistrib,    &e.numvoie,    &e.typvoie,     &e.voie,           &e.compvoie,
         &e.lieuditbp,       &e.commune,    &e.departement, &e.libdepartement, &e.ligneacheminement,
         &e.telephone,       &e.telecopie,  &e.categetab,   &e.libcategetab,   &e.categagretab,
         &e.libcategagretab, &e.siret,      &e.codeape,     &e.codemft,        &e.libmft,
         &e.codesph,         &e.libsph,     &e.dateouv,     &e.dateautor,      &e.datemaj,
         &e.numuai},
        crlf);
}

std::string geolocalisationLine(const FinessGeolocation& g, bool crlf) {
    return joinLine("geolocalisation",
                    {&g.nofinesset, &g.coordxet, &g.coordyet, &g.sourcecoordet, &g.datemaj}, crlf);
}

}  // namespace parcours::datagen
