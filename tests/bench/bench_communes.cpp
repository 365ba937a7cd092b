// Import of La Poste's postcode file into the directory, against `sqlite3 .import` of the
// same file into a plain 7-column table, alternating, as a ratio of medians; then the
// time of a few commune lookups.
//
//   bench_communes [--runs R] [--file laposte.csv]
//
// Without --file it uses ../shared/data/communes/laposte_hexasmal_2022.csv when present,
// and says so and stops when not: there is no generator for this file (yet).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/bench_util.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace parcours;

using parcours::bench::orDie;
using parcours::bench::removeDatabase;

namespace {

directory::Directory openOrExit(const fs::path& db) {
    auto dir = directory::Directory::open(db);
    if (!dir) {
        std::cerr << dir.error().message << '\n';
        std::exit(1);
    }
    return std::move(*dir);
}

double ourImport(const fs::path& file, const fs::path& db, std::size_t& imported) {
    removeDatabase(db);
    return bench::secondsOf([&] {
        auto dir = openOrExit(db);
        auto outcome = directory::importFiles(
            dir, test::importRequest({file}, directory::SourceFormat::LaPoste));
        if (!outcome) {
            std::cerr << outcome.error().message << '\n';
            std::exit(1);
        }
        imported = outcome->imported;
    });
}

double sqliteImport(const fs::path& file, const fs::path& db, const fs::path& script) {
    removeDatabase(db);
    std::ofstream(script) << "CREATE TABLE communes(insee, name, postcode, ligne5, "
                             "acheminement, lat, lon);\n.mode csv\n.separator ;\n"
                             ".import --skip 1 '"
                          << file.string() << "' communes\n";
    const std::string command =
        "sqlite3 '" + db.string() + "' < '" + script.string() + "' 2>/dev/null";
    return bench::secondsOf([&] {
        if (std::system(command.c_str()) != 0) {
            std::cerr << "sqlite3 .import failed: is the sqlite3 package installed?\n";
            std::exit(1);
        }
    });
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    fs::path file = fs::path(PARCOURS_SOURCE_DIR) / ".." / "shared" / "data" / "communes" /
                    "laposte_hexasmal_2022.csv";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--runs") runs = std::stoi(argv[i + 1]);
        if (opt == "--file") file = argv[i + 1];
    }
    if (!fs::exists(file)) {
        std::cout << "no La Poste file at " << file.string() << ": nothing to measure\n";
        return 0;
    }
    std::cout << "input: " << file.string() << " (real data), runs: " << runs << '\n';
    test::TempDir tmp;
    std::vector<double> ours, raw;
    std::size_t imported = 0;
    for (int r = 0; r < runs; ++r) {  // alternate, so both see the same machine state
        raw.push_back(sqliteImport(file, tmp / "raw.sqlite", tmp / "import.sql"));
        ours.push_back(ourImport(file, tmp / "directory.sqlite", imported));
    }
    const double o = bench::median(ours), b = bench::median(raw);
    std::printf("sqlite3 .import (plain table):   median %.3f s\n", b);
    std::printf("parcours import (with indexes):  median %.3f s, %zu rows\n", o, imported);
    std::printf("ratio parcours / sqlite3 .import: %.2f\n", o / b);

    const auto dir = openOrExit(tmp / "directory.sqlite");
    for (const char* text : {"st etienne", "saint", "s", "42", "42000"}) {
        std::vector<double> times;
        std::size_t found = 0;
        for (int r = 0; r < 20; ++r)
            times.push_back(bench::secondsOf([&] {
                auto communes = dir.findCommunes(text, 10);
                if (!communes) std::exit(1);
                found = communes->size();
            }));
        std::printf("findCommunes(\"%s\", 10): median %.2f ms, %zu found\n", text,
                    bench::median(times) * 1000, found);
    }
    return 0;
}
