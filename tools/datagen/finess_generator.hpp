#pragma once
// Deterministic FINESS etalab extractions of fictional establishments around real cities,
// in the real format (finess_writer.hpp), with the truth a test needs to check an import.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/kind.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/geo/projection.hpp"

namespace parcours::datagen {

enum class TextEncoding { Utf8, Windows1252 };

// Which generation of `sourcecoordet` labels to write: the old tokens
// ("…,IGN,BD_ADRESSE,V2.2,LAMBERT_93", files up to 2021), the new ones
// ("…,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)"), or both, alternating within each
// city. Wallis-et-Futuna only ever had new labels (no old token names its zone).
enum class LabelGeneration { Old, New, Mixed };

struct FinessOptions {
    std::size_t count = 1000;
    std::uint32_t seed = 1;
    std::string extractionDate = "2026-05-12";  // YYYY-MM-DD, the first line's date
    TextEncoding encoding = TextEncoding::Utf8;
    LabelGeneration labels = LabelGeneration::New;
    bool crlf = false;
    double withoutGeolocation = 0.0;  // fraction of establishments with no geolocalisation line
};

// What the generator wrote for one establishment: what a correct import must find.
struct GeneratedEstablishment {
    std::string nofinesset;
    std::string name;       // rs, UTF-8, as a reader must return it (quotes undoubled)
    std::string categetab;  // "603"
    directory::Kind kind = directory::Kind::Other;
    std::string city;  // the City's name, "Saint-Étienne"
    // WGS84 position before projection; the file has it projected and rounded to 0.1 m,
    // so an import lands within 0.1 m. Empty when there is no geolocalisation line.
    std::optional<geo::LatLon> position;
    geo::CoordinateSystem system;  // the system the sourcecoordet names
    std::string sourcecoordet;     // empty without a geolocalisation line
};

// The first `2 × cities` establishments visit every city twice (so a Mixed file has every
// coordinate system in both generations) and the first ones cover every category, so any
// count above ~60 has every kind and every system; those are always geolocated.
// Appends the file to `out` and returns the truth, in file order.
std::vector<GeneratedEstablishment> generateFiness(const FinessOptions& options, std::string& out);

// The same, written to a file (replaced if it exists).
Result<std::vector<GeneratedEstablishment>> writeFinessFile(const FinessOptions& options,
                                                            const std::filesystem::path& path);

}  // namespace parcours::datagen
