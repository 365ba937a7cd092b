#pragma once
// Importing the Annuaire Santé: streams the files into a SourceWriter, placing each site at
// its address (BAN files of the request) or at its commune (the communes imported).

#include "parcours/directory/importer.hpp"

namespace parcours::directory {

Result<ImportOutcome> importRpps(Directory& directory, const ImportRequest& request);

}  // namespace parcours::directory
