#include "datagen/sample.hpp"

#include <fstream>
#include <system_error>

#include "datagen/finess_generator.hpp"
#include "datagen/osm_generator.hpp"
#include "datagen/osm_writer.hpp"

namespace parcours::datagen {

Sample makeSample() {
    Sample sample;
    FinessOptions finess;
    finess.count = 340;
    finess.seed = 20260512;
    finess.labels = LabelGeneration::Mixed;
    finess.withoutGeolocation = 0.03;
    sample.finess.name = "finess-sample.csv";
    generateFiness(finess, sample.finess.content);

    OsmOptions osm;
    osm.count = 220;
    osm.seed = 20260501;
    sample.osmJson = {"osm-sample.json", overpassJson(generateOsm(osm), JsonLayout::Compact)};

    OsmOptions geo;
    geo.count = 30;
    geo.seed = 20260502;
    geo.wayFraction = 0.3;
    sample.geoJson = {"osm-sample.geojson", osmGeoJson(generateOsm(geo))};
    return sample;
}

Result<void> writeSample(const std::filesystem::path& directory) {
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec) return storageError("cannot create " + directory.string() + ": " + ec.message());
    const Sample sample = makeSample();
    for (const SampleFile* f : {&sample.finess, &sample.osmJson, &sample.geoJson}) {
        const auto path = directory / f->name;
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(f->content.data(), static_cast<std::streamsize>(f->content.size()));
        out.close();
        if (!out) return storageError("cannot write " + path.string());
    }
    return {};
}

}  // namespace parcours::datagen
