// Import of an Annuaire Santé extraction (PS_LibreAcces_Personne_activite) of national
// size, against `sqlite3 .import` of the same file into a plain 53-column table, side by
// side. Each run is a child process, so that its peak memory (ru_maxrss from wait4) is its
// own: the import streams, so the peak must stay flat from 250,000 to 1,000,000 rows.
//
//   bench_rpps [--rows N]... [--ban-numbers K] [--runs R] [--file PS.txt]
//
// Defaults: 250,000 and 1,000,000 rows, generated in the real format (tools/datagen/
// rpps_generator.hpp), and a last run of the largest with a generated BAN file of
// 25 cities × 80 streets × K numbers (K = 500: 1,000,000 addresses, a big département).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bench/bench_util.hpp"
#include "datagen/rpps_generator.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace parcours;

using parcours::bench::removeDatabase;

namespace {

std::optional<fs::path> realNationalFile() {
    const fs::path dir = fs::path(PARCOURS_SOURCE_DIR) / ".." / "shared" / "data" / "rpps";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file() || entry.file_size() < 10'000'000) continue;
        std::ifstream in(entry.path());
        std::string first;
        std::getline(in, first);
        if (first.rfind("Type d'identifiant PP|", 0) == 0) return entry.path();
    }
    return std::nullopt;
}

struct Run {
    double seconds = 0;
    double cpuSeconds = 0;  // user + system: what the run costs on a busy machine
    double peakMiB = 0;
};

// Runs `work` in a child process; its wall time and peak resident memory (with its own
// children's, for sqlite3).
template <class F>
Run inChild(F&& work) {
    Run run;
    run.seconds = bench::secondsOf([&] {
        const pid_t pid = fork();
        if (pid == 0) _exit(work());
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::cerr << "a benchmark run failed\n";
            std::exit(1);
        }
        run.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
        auto seconds = [](timeval t) {
            return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
        };
        run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    });
    return run;
}

Run ourImport(const fs::path& file, const std::optional<fs::path>& ban, const fs::path& db,
              const fs::path& outcomeFile) {
    removeDatabase(db);
    {  // the communes first, as a user would have them (not timed)
        auto dir = directory::Directory::open(db);
        const fs::path communes = db.parent_path() / "laposte.csv";
        std::ofstream(communes) << datagen::laPosteCommunes();
        if (!dir || !directory::importFiles(
                        *dir, test::importRequest({communes}, directory::SourceFormat::LaPoste)))
            std::exit(1);
    }
    return inChild([&]() -> int {
        auto dir = directory::Directory::open(db);
        if (!dir) return 1;
        directory::ImportRequest request;
        request.files = {file};
        request.format = directory::SourceFormat::Rpps;
        if (ban) request.addresses = {*ban};
        auto outcome = directory::importFiles(*dir, request);
        if (!outcome) {
            std::cerr << outcome.error().message << '\n';
            return 1;
        }
        std::ofstream(outcomeFile) << outcome->report.records << ' ' << outcome->imported << ' '
                                   << outcome->placedAtAddress << ' ' << outcome->placedAtCommune
                                   << ' ' << outcome->report.withoutPosition << '\n';
        return 0;
    });
}

Run sqliteImport(const fs::path& file, const fs::path& db, const fs::path& script) {
    removeDatabase(db);
    std::string columns;
    for (int i = 1; i <= 53; ++i) columns += (i > 1 ? ", c" : "c") + std::to_string(i);
    std::ofstream(script) << "CREATE TABLE ps(" << columns << ");\n.mode csv\n.separator |\n"
                          << ".import '" << file.string() << "' ps\n";
    return inChild([&]() -> int {
        if (!std::freopen(script.c_str(), "r", stdin)) return 1;
        if (!std::freopen("/dev/null", "w", stderr)) return 1;
        execlp("sqlite3", "sqlite3", db.c_str(), static_cast<char*>(nullptr));
        return 127;
    });
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes;
    int banNumbers = 500;
    int runs = 1;
    std::optional<fs::path> file;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--rows")
            sizes.push_back(std::stoul(argv[i + 1]));
        else if (opt == "--ban-numbers")
            banNumbers = std::stoi(argv[i + 1]);
        else if (opt == "--runs")
            runs = std::stoi(argv[i + 1]);
        else if (opt == "--file")
            file = argv[i + 1];
    }
    if (sizes.empty()) sizes = {250'000, 1'000'000};
    test::TempDir tmp;
    if (!file) file = realNationalFile();
    std::vector<std::pair<std::string, fs::path>> inputs;
    if (file) {
        std::cout << "input: " << file->string() << " (real data)\n";
        inputs.emplace_back("real", *file);
    } else {
        std::cout << "input: generated in the real format (no national "
                     "PS_LibreAcces_Personne_activite file in ../shared/data/rpps/: absent)\n";
        for (std::size_t rows : sizes) {
            datagen::RppsOptions options;
            options.rows = rows;
            options.seed = 2026;
            options.numbersPerStreet = banNumbers;
            const fs::path path = tmp / ("ps-" + std::to_string(rows) + ".txt");
            if (!datagen::writeRppsFile(options, path)) return 1;
            inputs.emplace_back(std::to_string(rows) + " rows", path);
        }
    }
    datagen::RppsOptions banOptions;
    banOptions.numbersPerStreet = banNumbers;
    const fs::path ban = tmp / "adresses-xx.csv";
    auto banRows = datagen::writeBanFile(banOptions, ban);
    if (!banRows) return 1;

    std::printf("%-14s %5s %4s | %-38s | %-38s\n", "input", "MB", "runs", "sqlite3 .import (plain)",
                "parcours import (communes imported, no BAN)");
    for (const auto& [label, path] : inputs) {
        std::vector<double> ours, raw, oursPeak, rawPeak, oursCpu, rawCpu;
        for (int r = 0; r < runs; ++r) {  // alternating, the same machine state for both
            const Run b = sqliteImport(path, tmp / "raw.sqlite", tmp / "import.sql");
            raw.push_back(b.seconds);
            rawCpu.push_back(b.cpuSeconds);
            rawPeak.push_back(b.peakMiB);
            const Run o = ourImport(path, std::nullopt, tmp / "dir.sqlite", tmp / "outcome");
            ours.push_back(o.seconds);
            oursCpu.push_back(o.cpuSeconds);
            oursPeak.push_back(o.peakMiB);
        }
        std::uint64_t records = 0, imported = 0;
        std::ifstream(tmp / "outcome") >> records >> imported;
        const double o = bench::median(ours), b = bench::median(raw);
        std::printf(
            "%-14s %5.0f %4d | %6.2f s, cpu %5.2f s, %7.0f rows/s, %3.0f MiB | %6.2f s, cpu %5.2f "
            "s, %7.0f rows/s, %3.0f MiB, %llu structures\n",
            label.c_str(), static_cast<double>(fs::file_size(path)) / 1e6, runs, b,
            bench::median(rawCpu), static_cast<double>(records) / b, bench::median(rawPeak), o,
            bench::median(oursCpu), static_cast<double>(records) / o, bench::median(oursPeak),
            static_cast<unsigned long long>(imported));
    }

    // The largest input again, placed by a BAN file: the address index's memory.
    const fs::path& largest = inputs.back().second;
    const Run withBan = ourImport(largest, ban, tmp / "dir.sqlite", tmp / "outcome");
    std::uint64_t records = 0, imported = 0, atAddress = 0, atCommune = 0, none = 0;
    std::ifstream(tmp / "outcome") >> records >> imported >> atAddress >> atCommune >> none;
    std::printf(
        "with BAN (%zu addresses, %.0f MB): %s: %.2f s, cpu %.2f s, %.0f rows/s, peak %.0f MiB; "
        "%llu at their address, %llu at their commune, %llu without position\n",
        *banRows, static_cast<double>(fs::file_size(ban)) / 1e6, inputs.back().first.c_str(),
        withBan.seconds, withBan.cpuSeconds, static_cast<double>(records) / withBan.seconds,
        withBan.peakMiB, static_cast<unsigned long long>(atAddress),
        static_cast<unsigned long long>(atCommune), static_cast<unsigned long long>(none));
    return 0;
}
