// Import of a national-size FINESS file into the directory, against `sqlite3 .import` of
// the same file into a plain 32-column table, run side by side, alternating, and reported
// as a ratio of medians.
//
//   bench_import [--establishments N] [--runs R] [--file FINESS.csv]
//
// Without --file it uses the real national extraction when ../shared/data/finess/ has one
// (a file over 10 MB whose first line is `finess;etalab;…`), else it generates one of N
// establishments (default 100,000) with their geolocalisation lines, in the real format.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/bench_util.hpp"
#include "datagen/finess_generator.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/finess_reader.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace parcours;

using parcours::bench::orDie;
using parcours::bench::removeDatabase;

namespace {

std::optional<fs::path> realNationalFile() {
    const fs::path dir = fs::path(PARCOURS_SOURCE_DIR) / ".." / "shared" / "data" / "finess";
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
        if (!entry.is_regular_file() || entry.file_size() < 10'000'000) continue;
        std::ifstream in(entry.path());
        std::string first;
        std::getline(in, first);
        if (first.rfind("finess;etalab;", 0) == 0) return entry.path();
    }
    return std::nullopt;
}

double ourImport(const fs::path& file, const fs::path& db, std::size_t& imported) {
    removeDatabase(db);
    return bench::secondsOf([&] {
        auto dir = directory::Directory::open(db);
        if (!dir) {
            std::cerr << dir.error().message << '\n';
            std::exit(1);
        }
        auto outcome = directory::importFiles(*dir, test::importRequest({file}));
        if (!outcome) {
            std::cerr << outcome.error().message << '\n';
            std::exit(1);
        }
        imported = outcome->imported;
    });
}

double sqliteImport(const fs::path& file, const fs::path& db, const fs::path& script) {
    removeDatabase(db);
    std::ofstream(script) << "CREATE TABLE finess(" <<
        [] {
            std::string columns;
            for (int i = 1; i <= 32; ++i) columns += (i > 1 ? ", c" : "c") + std::to_string(i);
            return columns;
        }() << ");\n.mode csv\n.separator ;\n.import '"
                          << file.string() << "' finess\n";
    // sqlite3 warns on every 6-field geolocalisation line ("filling the rest with NULL").
    const std::string command =
        "sqlite3 '" + db.string() + "' < '" + script.string() + "' 2>/dev/null";
    return bench::secondsOf([&] {
        if (std::system(command.c_str()) != 0) {
            std::cerr << "sqlite3 .import failed: is the sqlite3 package installed?\n";
            std::exit(1);
        }
    });
}

// Reading and converting alone, without storing: where the import's time goes.
double parseOnly(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return bench::secondsOf([&] {
        directory::ReadReport report;
        auto read = directory::readFiness(content, {false, file.filename().string()}, report);
        if (!read) std::exit(1);
    });
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t establishments = 100'000;
    int runs = 5;
    std::optional<fs::path> file;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--establishments")
            establishments = std::stoul(argv[i + 1]);
        else if (opt == "--runs")
            runs = std::stoi(argv[i + 1]);
        else if (opt == "--file")
            file = argv[i + 1];
    }
    test::TempDir tmp;
    if (!file) file = realNationalFile();
    if (file) {
        std::cout << "input: " << file->string() << " (real data)\n";
    } else {
        std::cout << "input: generated, " << establishments
                  << " establishments + their geolocalisation lines "
                     "(no national FINESS file in ../shared/data/finess/)\n";
        file = tmp / "finess-national.csv";
        datagen::FinessOptions options;
        options.count = establishments;
        options.seed = 2026;
        auto written = datagen::writeFinessFile(options, *file);
        if (!written) {
            std::cerr << written.error().message << '\n';
            return 1;
        }
    }
    std::cout << "file size: " << static_cast<double>(fs::file_size(*file)) / 1e6
              << " MB, runs: " << runs << "\n";

    std::vector<double> ours, raw, parse;
    std::size_t imported = 0;
    for (int r = 0; r < runs; ++r) {  // alternate, so both see the same machine state
        raw.push_back(sqliteImport(*file, tmp / "raw.sqlite", tmp / "import.sql"));
        ours.push_back(ourImport(*file, tmp / "directory.sqlite", imported));
        parse.push_back(parseOnly(*file));
    }
    const double o = bench::median(ours), b = bench::median(raw);
    std::printf("sqlite3 .import (plain table):      median %.3f s\n", b);
    std::printf("parcours import (R*Tree + FTS5):    median %.3f s, %zu structures, %.0f /s\n", o,
                imported, static_cast<double>(imported) / o);
    std::printf("  of which reading the file (parse, project): median %.3f s\n",
                bench::median(parse));
    std::printf("ratio parcours / sqlite3 .import:   %.2f (target <= 1.5, and < 2 s)\n", o / b);
    std::printf("peak memory of this process:        %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
