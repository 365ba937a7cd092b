#pragma once
// Reads La Poste's "base officielle des codes postaux" (data.gouv.fr): `;`-separated,
// a header line, then one row per commune, postcode and ligne 5. Two published layouts:
//   Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;longitude
//   Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps
// (older files: a leading '#', Windows-1252, "lat,lon" in coordonnees_gps). Columns are
// found by their names, so their order does not matter.

#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/communes.hpp"
#include "parcours/directory/import_report.hpp"

namespace parcours::directory {

// Parses the whole file content (UTF-8 or Windows-1252, detected). A row without a
// position is kept without one; a malformed row is listed in the report and skipped, or,
// with options.strict, fails the read. Rows come back in file order. In the report,
// `structures` counts the rows kept.
Result<std::vector<CommuneRow>> readLaPoste(std::string_view content, const ReadOptions& options,
                                            ReadReport& report);

// True when the first line is a La Poste header (for --source auto-detection).
bool looksLikeLaPoste(std::string_view content);

}  // namespace parcours::directory
