#pragma once
// Communes and their postcodes: La Poste's "base officielle des codes postaux" (one row
// per commune, postcode and ligne 5), and what a commune lookup answers.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory {

// One row of the La Poste file. A commune has several: one per postcode and ligne 5
// (a former commune or a locality that has its own line on an address).
struct CommuneRow {
    std::string insee;                    // Code_commune_INSEE: "42218", "2A004"
    std::string name;                     // Nom_commune, as La Poste writes it ("SAINT ETIENNE")
    std::string postcode;                 // Code_postal: 5 digits
    std::string ligne5;                   // Ligne_5, often empty
    std::string acheminement;             // Libellé_d_acheminement: the delivery office's name
    std::optional<geo::LatLon> position;  // absent when the file gives none
};

// Where a commune's position comes from: La Poste's file, or, without it (or without a
// position in it), the centre of the directory's structures in that commune.
enum class CommunePosition { None, Commune, StructuresCentre };

// "position de la commune", "centre des structures connues", "position inconnue".
std::string_view communePositionLabelFr(CommunePosition origin);
// "commune", "structures", "none": the JSON value.
std::string_view communePositionId(CommunePosition origin);

// A commune as a lookup answers it.
struct Commune {
    std::string insee;  // empty when only known from the structures' addresses
    std::string name;   // La Poste's (upper case), else the structures' city
    // Every postcode of the commune; when looked up by postcode, the matching ones first.
    std::vector<std::string> postcodes;
    std::optional<geo::LatLon> position;
    CommunePosition positionOrigin = CommunePosition::None;
};

// The form names are compared in: accents, case, hyphens, apostrophes and other
// punctuation dropped, words single-spaced, "st"/"ste" spelt "saint"/"sainte", and, for
// a city taken from an address, a trailing "CEDEX …" cut ("Saint-Étienne Cedex 1",
// "ST ETIENNE" → "saint etienne").
std::string foldCommuneName(std::string_view name);

}  // namespace parcours::directory
