#pragma once
// Reads the FINESS etalab extraction ("FINESS … par établissements", data.gouv.fr):
// a first line `finess;etalab;<n>;<date>`, then `structureet` lines (32 fields) and
// `geolocalisation` lines (6 fields) joined by the establishment's FINESS number.

#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/import_report.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

// Parses the whole file content (UTF-8 or Windows-1252, detected). Malformed lines are
// listed in the report and skipped, or, with options.strict, fail the read. Structures
// come back in file order; coordinates are converted to WGS84.
Result<std::vector<Structure>> readFiness(std::string_view content, const ReadOptions& options,
                                          ReadReport& report);

// True when the content starts like a FINESS etalab file (for --source auto-detection).
bool looksLikeFiness(std::string_view content);

}  // namespace parcours::directory
