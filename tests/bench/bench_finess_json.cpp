// The FINESS JSON dataset (finess-structures-1) against the etalab CSV of the same
// establishments: import into the directory, and the streamed read alone, each in a fresh
// process (this program run again) so that its peak memory is its own. Reported side by
// side: wall and CPU seconds (medians), establishments per CPU second, peak resident memory.
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
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace parcours;
using parcours::test::importRequest;

using parcours::bench::orDie;
using parcours::bench::removeDatabase;

namespace {

struct Measure {
    double seconds = 0;  // wall clock
    double cpu = 0;      // user + system: what a busy machine does not inflate
    double peakMiB = 0;
    std::size_t rows = 0;
};

// The peak resident memory since this program was exec'd: VmHWM belongs to the process
// image, while getrusage's maxrss would also count the parent's memory the child was
// forked with.
double peakOfThisImageMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    return 0;
}

// Runs this program again as `--child MODE FILE DB`; its time and CPU time, and the rows
// and peak memory it reports on its standard output.
Measure inChild(const std::string& mode, const fs::path& file, const fs::path& db) {
    int pipeFd[2];
    if (pipe(pipeFd) != 0) std::exit(1);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFd[1], STDOUT_FILENO);
        close(pipeFd[0]);
        close(pipeFd[1]);
        execl("/proc/self/exe", "bench_finess_json", "--child", mode.c_str(), file.c_str(),
              db.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeFd[1]);
    std::string out;
    char buffer[64];
    for (ssize_t n; (n = read(pipeFd[0], buffer, sizeof buffer)) > 0;) out.append(buffer, n);
    close(pipeFd[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Measure m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    char* rest = nullptr;
    m.rows = std::strtoull(out.c_str(), &rest, 10);
    m.peakMiB = std::strtod(rest, nullptr);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "a measured run failed (" << mode << ")\n";
        std::exit(1);
    }
    return m;
}

std::size_t importInto(const fs::path& file, const fs::path& db) {
    removeDatabase(db);
    auto dir = directory::Directory::open(db);
    if (!dir) std::exit(2);
    auto outcome = directory::importFiles(*dir, importRequest({file}));
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

void report(const char* what, const std::vector<Measure>& runs, std::uintmax_t bytes) {
    std::vector<double> seconds, cpu, peaks;
    for (const auto& m : runs) {
        seconds.push_back(m.seconds);
        cpu.push_back(m.cpu);
        peaks.push_back(m.peakMiB);
    }
    const double c = bench::median(cpu);
    std::printf(
        "%-28s %7.2f s wall %7.2f s CPU %8.0f rows/CPU s %7.1f MiB peak (%zu rows, %.1f MB)\n",
        what, bench::median(seconds), c, static_cast<double>(runs.front().rows) / c,
        *std::max_element(peaks.begin(), peaks.end()), runs.front().rows,
        static_cast<double>(bytes) / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "--child") {
        const std::string mode = argv[2];
        const std::size_t rows = mode == "read" ? readOnly(argv[3]) : importInto(argv[3], argv[4]);
        std::printf("%zu %.1f\n", rows, peakOfThisImageMiB());
        return 0;
    }
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
    {
        datagen::FinessOptions options;
        options.count = establishments;
        auto truth = datagen::writeFinessFile(options, csv);
        if (!truth) return 1;
        std::ofstream out(json, std::ios::binary);
        datagen::writeFinessStructuresJson(out, datagen::finessJsonEntities(*truth));
    }
    std::vector<Measure> csvImport, jsonImport, jsonRead;
    for (int r = 0; r < runs; ++r) {  // alternating, so that a busy machine hits both
        csvImport.push_back(inChild("import", csv, dir / "csv.sqlite"));
        jsonImport.push_back(inChild("import", json, dir / "json.sqlite"));
        jsonRead.push_back(inChild("read", json, dir / "none"));
    }
    std::printf("%zu establishments, median of %d runs\n", establishments, runs);
    report("import etalab CSV (finess)", csvImport, fs::file_size(csv));
    report("import JSON (finess-json)", jsonImport, fs::file_size(json));
    report("read JSON only, streamed", jsonRead, fs::file_size(json));
    return 0;
}
