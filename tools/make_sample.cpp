// parcours-make-sample OUTDIR: writes the sample directory (finess-sample.csv,
// osm-sample.json, osm-sample.geojson) that data/sample holds. Run by tools/make-sample.
#include <cstdio>
#include <filesystem>

#include "datagen/sample.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: parcours-make-sample OUTDIR\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    auto written = parcours::datagen::writeSample(out);
    if (!written) {
        std::fprintf(stderr, "parcours-make-sample: %s\n", written.error().message.c_str());
        return 1;
    }
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
        if (entry.path().extension() == ".md") continue;
        std::printf("%s\t%ju bytes\n", entry.path().string().c_str(),
                    static_cast<std::uintmax_t>(entry.file_size()));
    }
    return 0;
}
