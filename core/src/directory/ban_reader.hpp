#pragma once
// The BAN (Base Adresse Nationale) "adresses-XX.csv" files, one per département
// (adresse.data.gouv.fr, schema "adresses-csv"): `;`-separated UTF-8 with a header line
//   id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;
//   code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;
//   nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;
//   certification_commune;cad_parcelles
// Columns are found by name. Read as a stream into an index of positions by postcode,
// street and number, for placing the practitioners at their address.
//
// Memory: a street costs one entry per postcode (≈ 100 bytes), a number ≈ 40 bytes (a hash
// node holding two 32-bit integers): a département of 1 M addresses ≈ 50 MB. The national file (26
// M rows) would be ≈ 1 GB: give the départements needed, not the whole country.

#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "parcours/common/result.hpp"
#include "parcours/directory/import_report.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory {

class AddressIndex {
  public:
    // Adds every address of one BAN file. A header without the needed columns is an
    // error; a malformed row (column count, number, position) is listed in the report and
    // skipped, or fails with options.strict. `records` counts rows, `structures` rows kept.
    Result<void> load(std::istream& in, const ReadOptions& options, ReadReport& report,
                      const std::function<void(std::uint64_t bytes)>& bytesRead = {});

    // The position of "number repetition street" in `postcode`. The street is compared
    // folded (accents, case, punctuation, "St" → "Saint"), and may be cut short, as the
    // Annuaire Santé cuts long names ("Rue DU PROFESSEUR CHRISTIAN CAB"): a prefix of
    // exactly one street of the postcode matches it. An unknown repetition falls back to
    // the number alone.
    [[nodiscard]] std::optional<geo::LatLon> find(std::string_view postcode,
                                                  std::string_view number,
                                                  std::string_view repetition,
                                                  std::string_view street) const;

    [[nodiscard]] std::size_t size() const { return numbers_.size(); }

  private:
    std::optional<std::uint32_t> streetId(std::string_view postcode,
                                          const std::string& folded) const;
    // "postcode|folded street" → street id; ordered, for the prefix match.
    std::map<std::string, std::uint32_t, std::less<>> streets_;
    // (street id, number, repetition) → position in microdegrees (the BAN's 6 decimals).
    std::unordered_map<std::uint64_t, std::pair<std::int32_t, std::int32_t>> numbers_;
};

}  // namespace parcours::directory
