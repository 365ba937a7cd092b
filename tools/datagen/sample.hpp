#pragma once
// The sample directory committed in data/sample: what tools/make-sample writes and what
// the golden test regenerates. Change a generator, then run tools/make-sample.

#include <filesystem>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"

namespace parcours::datagen {

struct SampleFile {
    std::string_view name;  // "finess-sample.csv"
    std::string content;
};

struct Sample {
    SampleFile finess;   // FINESS etalab, UTF-8, both label generations, ~340 establishments
    SampleFile osmJson;  // Overpass API JSON, ~220 elements
    SampleFile geoJson;  // GeoJSON (osmtogeojson), ~30 features
};

Sample makeSample();

// Writes the three files into `directory` (created if needed).
Result<void> writeSample(const std::filesystem::path& directory);

}  // namespace parcours::datagen
