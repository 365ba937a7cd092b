#pragma once
// How structures and reports look on the terminal and in --json.

#include <iosfwd>
#include <vector>

#include "parcours/directory/importer.hpp"
#include "parcours/directory/query.hpp"
#include "parcours/json/json_writer.hpp"

namespace parcours::cli {

// "12 RUE DE LA PAIX, 69001 LYON": one line, as a letter would carry it.
std::string oneLineAddress(const directory::Structure& s);

void writeStructureJson(json::Writer& out, const directory::Structure& s,
                        std::optional<double> distanceMetres);
std::string hitsJson(const std::vector<directory::Hit>& hits);
void printHits(std::ostream& out, const std::vector<directory::Hit>& hits);
void printStructure(std::ostream& out, const directory::Structure& s);

std::string importJson(const directory::ImportOutcome& outcome);
void printImport(std::ostream& out, std::ostream& err, const directory::ImportOutcome& outcome);

std::string statsJson(const directory::Stats& stats);
void printStats(std::ostream& out, const directory::Stats& stats);

}  // namespace parcours::cli
