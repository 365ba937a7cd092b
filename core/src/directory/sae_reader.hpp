#pragma once
// Reads the DREES SAE "URGENCES" table of authorised emergency units (one row per site:
// the CSV export, `,` or `;`, with a header line) and keeps the sites by their FINESS
// number, for emergency_sites (source "sae-urgences").

#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/emergency_site.hpp"
#include "parcours/directory/import_report.hpp"

namespace parcours::directory {

// Columns by header name, case and accents ignored: the site's FINESS number `nofinesset`
// (or SAE's `fi`), required; the legal entity's `nofinessej` (`fi_ej`); the authorisation
// flags `autgen`, `autped`, `autsais` (general, paediatric, seasonal emergencies), which
// make the label; a row whose flags are all 0 is not an authorised unit and is left out.
// A row with only a legal-entity number (nofinesset empty) names no place a patient can
// go to: it is refused, as is a malformed number. An 8-digit number lost its leading zero
// in a spreadsheet (the GISCO export did): it is padded back to 9.
Result<std::vector<EmergencySite>> readSaeUrgences(std::string_view content,
                                                   const ReadOptions& options, ReadReport& report);

// A header line with a FINESS site column and at least one authorisation flag.
bool looksLikeSaeUrgences(std::string_view start);

}  // namespace parcours::directory
