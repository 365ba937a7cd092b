#pragma once
// Reads OpenStreetMap health objects: Overpass API JSON (`out center` or `out geom`) and
// GeoJSON (as written by osmtogeojson, overpass-turbo or ogr2ogr). Ways and relations are
// placed at their centre.

#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/import_report.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

// Objects with no health tag are ignored (not counted as problems); a health object with
// no usable position, or a malformed element, is a problem (skipped, or fatal if strict).
// Invalid JSON is always fatal, with its line and column.
Result<std::vector<Structure>> readOsm(std::string_view content, const ReadOptions& options,
                                       ReadReport& report);

bool looksLikeOsmJson(std::string_view content);

}  // namespace parcours::directory
