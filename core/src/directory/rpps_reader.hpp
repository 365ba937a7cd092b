#pragma once
// Reads the Annuaire Santé extraction PS_LibreAcces_Personne_activite (ANS, data.gouv.fr)
// as a stream: one line at a time, memory flat whatever the file's size. Keeps the
// professions a patient looks for (kRppsProfessions), one practice site per person and
// site, with no position (the importer places them: rpps_import.cpp).

#include <cstdint>
#include <functional>
#include <istream>
#include <span>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "parcours/directory/import_report.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

// A profession kept, and the specialty its practitioners get when the file gives them no
// savoir-faire (the OpenStreetMap values, so that one filter finds both sources).
struct RppsProfession {
    std::string_view code;       // Code profession
    std::string_view specialty;  // "" for doctors: their savoir-faire says it
};
std::span<const RppsProfession> rppsProfessions();

// One practice site of one person, as the importer places it.
struct PractitionerSite {
    Structure structure;       // source "rpps", person set, no position yet
    std::string insee;         // Code commune; often empty in the file
    std::string streetNumber;  // "12"
    std::string repetition;    // "B", "BIS", "T"…
    std::string street;        // street type and name: "Rue DU PROFESSEUR CHRISTIAN CAB"
};

using PractitionerSink = std::function<Result<void>(PractitionerSite& site)>;
using BytesRead = std::function<void(std::uint64_t bytes)>;

// Checks the header against the documented names (the first mismatch is an error naming
// the column), then hands `sink` each site once: consecutive lines of one person (the
// file's order) are merged by site, their savoir-faire joined with ';'. A malformed line
// (column count, identifier) is listed in the report and skipped, or fails the read with
// options.strict. In the report, `records` counts lines, `structures` sites handed over.
// `bytesRead`, when given, is called every few thousand lines with the bytes read so far.
Result<void> readRpps(std::istream& in, const ReadOptions& options, ReadReport& report,
                      const PractitionerSink& sink, const BytesRead& bytesRead = {});

// True when `firstLine` is the extraction's header (for --source auto-detection).
bool looksLikeRpps(std::string_view firstLine);

// The stable part of a site's id: the ANS "Identifiant technique de la structure" when
// the line has one, else "a" + a hash of the folded address (postcode, commune code,
// number, repetition, street, company name), fields that do not change between two
// extractions unless the site does.
std::string rppsSiteKey(std::span<const std::string_view> fields);

}  // namespace parcours::directory
