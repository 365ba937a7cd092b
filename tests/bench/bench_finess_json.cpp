// The FINESS JSON dataset (finess-structures-1) against the etalab CSV of the same
// establishments: import into the directory, and the streamed read alone, each in a child
// process so that its peak memory is its own. Reported side by side: seconds (median),
// establishments per second, peak resident memory.
//
//   bench_finess_json [--establishments N] [--runs R]
//
// The files are generated (tools/datagen): N establishments (default 100,000, the size of
// the national file) in the etalab format, and the same ones in the JSON layout data.gouv.fr
// publishes (three per legal entity, pretty-printed as published).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/bench_util.hpp"
#include "datagen/finess_generator.hpp"
#include "datagen/finess_json_writer.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/finess_json_reader.hpp"
#include "parcours/directory/importer.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace parcours;

namespace {

struct Measure {
    double seconds = 0;
    double peakMiB = 0;
    std::size_t rows = 0;
};

void removeDatabase(const fs::path& db) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
}

// Runs `work` (which returns the rows it handled) in a child; its time and peak memory.
template <class Work>
Measure inChild(Work work) {
    int pipeFd[2];
    if (pipe(pipeFd) != 0) std::exit(1);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFd[0]);
        const std::size_t rows = work();
        if (write(pipeFd[1], &rows, sizeof rows) != sizeof rows) _exit(1);
        _exit(0);
    }
    close(pipeFd[1]);
    Measure m;
    if (read(pipeFd[0], &m.rows, sizeof m.rows) != sizeof m.rows) m.rows = 0;
    close(pipeFd[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "a measured run failed\n";
        std::exit(1);
    }
    return m;
}

std::size_t importInto(const fs::path& file, const fs::path& db) {
    removeDatabase(db);
    auto dir = directory::Directory::open(db);
    if (!dir) std::exit(2);
    auto outcome = directory::importFiles(*dir, {{file}, std::nullopt, false});
    if (!outcome) {
        std::cerr << outcome.error().message << '\n';
        std::exit(3);
    }
    return outcome->imported;
}

std::size_t readOnly(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    directory::ReadReport report;
    std::size_t n = 0;
    auto r = directory::readFinessJson(in, {false, file.filename().string()}, report,
                                       [&](directory::Structure&&) -> Result<void> {
                                           ++n;
                                           return {};
                                       });
    if (!r) std::exit(4);
    return n;
}

void report(const char* what, std::vector<Measure> runs, std::uintmax_t bytes) {
    std::vector<double> seconds, peaks;
    for (const auto& m : runs) {
        seconds.push_back(m.seconds);
        peaks.push_back(m.peakMiB);
    }
    const double s = bench::median(seconds);
    std::printf("%-34s %8.2f s %10.0f rows/s %8.1f MiB peak  (%zu rows, %.1f MB file)\n", what, s,
                runs.front().rows / s, *std::max_element(peaks.begin(), peaks.end()),
                runs.front().rows, static_cast<double>(bytes) / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t establishments = 100'000;
    int runs = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--establishments")
            establishments = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--runs")
            runs = std::atoi(argv[i + 1]);
    }
    test::TempDir dir;
    const fs::path csv = dir / "etalab.csv", json = dir / "structures.json";
    datagen::FinessOptions options;
    options.count = establishments;
    auto truth = datagen::writeFinessFile(options, csv);
    if (!truth) return 1;
    {
        std::ofstream out(json, std::ios::binary);
        datagen::writeFinessStructuresJson(out, datagen::finessJsonEntities(*truth));
    }
    std::vector<Measure> csvImport, jsonImport, jsonRead;
    for (int r = 0; r < runs; ++r) {  // alternating, so that a busy machine hits both
        csvImport.push_back(inChild([&] { return importInto(csv, dir / "csv.sqlite"); }));
        jsonImport.push_back(inChild([&] { return importInto(json, dir / "json.sqlite"); }));
        jsonRead.push_back(inChild([&] { return readOnly(json); }));
    }
    std::printf("%zu establishments, median of %d runs\n", establishments, runs);
    report("import etalab CSV (finess)", csvImport, fs::file_size(csv));
    report("import JSON (finess-json)", jsonImport, fs::file_size(json));
    report("read JSON only, streamed", jsonRead, fs::file_size(json));
    return 0;
}
