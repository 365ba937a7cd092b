#pragma once
// Adding one file's read report to an import's.

#include "parcours/directory/import_report.hpp"

namespace parcours::directory {

// Counts added, problems appended, the latest extraction date kept, "mixed" encodings.
void mergeReport(ReadReport& total, ReadReport&& part);

}  // namespace parcours::directory
