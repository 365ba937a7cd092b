#pragma once
// How communes look on the terminal and in --json.

#include <iosfwd>
#include <string>
#include <vector>

#include "parcours/directory/communes.hpp"

namespace parcours::cli {

std::string communesJson(const std::vector<directory::Commune>& communes);
void printCommunes(std::ostream& out, const std::vector<directory::Commune>& communes);

// "SAINT ETIENNE (42000)": the commune and its first postcode, for a one-line mention.
std::string communeShortLabel(const directory::Commune& commune);

}  // namespace parcours::cli
