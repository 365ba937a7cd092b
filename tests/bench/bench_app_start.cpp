// Cold start of the app to its first frame, offscreen, on a directory of 100,000 structures,
// side by side with the floor Qt Quick itself sets: Qt's own `qml` runtime showing an empty
// Window and quitting on its first frame. Each run is a new process (the app's start-up
// work: Qt, the QML module, the styles, the directory and journal opened, the map page);
// the files are in the page cache after the first run, so this is a warm-cache process start,
// the case a person meets when opening the app again.
//
//   bench_app_start [--runs N] [--page map|list|journal]
//
// Prints the median wall time from fork to exit of each (both quit right after their first
// frame) and the app's own "first frame after main()" figure.

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_util.hpp"
#include "bench/national_directory.hpp"

namespace {

struct Run {
    double wallMs = 0;
    std::string output;
};

// Runs `argv` with QT_QPA_PLATFORM=offscreen, its output captured; stops the benchmark when
// the process fails (a figure from a crashed start would mean nothing).
Run runProcess(const std::vector<std::string>& argv) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0) std::exit(1);
    Run run;
    const double seconds = parcours::bench::secondsOf([&] {
        const pid_t pid = fork();
        if (pid == 0) {
            dup2(pipeFds[1], STDOUT_FILENO);
            dup2(pipeFds[1], STDERR_FILENO);  // shown only when the run fails
            close(pipeFds[0]);
            close(pipeFds[1]);
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
            std::vector<char*> args;
            for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
            args.push_back(nullptr);
            execv(args[0], args.data());
            _exit(127);
        }
        close(pipeFds[1]);
        char buffer[4096];
        ssize_t n = 0;
        while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
            run.output.append(buffer, static_cast<std::size_t>(n));
        close(pipeFds[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "%s failed (status %d):\n%s\n", argv[0].c_str(), status,
                         run.output.c_str());
            std::exit(1);
        }
    });
    run.wallMs = seconds * 1000.0;
    return run;
}

// "first frame: 123 ms after main()" → 123.
double firstFrameMs(const std::string& output) {
    const auto at = output.find("first frame: ");
    return at == std::string::npos ? -1 : std::atof(output.c_str() + at + 13);
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 7;
    std::string page = "map";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--runs")
            runs = std::atoi(argv[i + 1]);
        else if (opt == "--page")
            page = argv[i + 1];
    }

    std::fputs("building a directory of 100,000 structures…\n", stderr);
    const parcours::bench::NationalDirectory national;
    const std::string db = (national.tmp / "directory.sqlite").string();

    const std::vector<std::string> app = {
        PARCOURS_APP_PATH,         "--db", db, "--page", page, "--size", "360x640",
        "--quit-after-first-frame"};
    const std::vector<std::string> floor = {PARCOURS_FLOOR_PATH};
    runProcess(app);  // the first run opens the journal file and warms the page cache
    runProcess(floor);

    std::vector<double> appWall;
    std::vector<double> appFrame;
    std::vector<double> floorWall;
    for (int r = 0; r < runs; ++r) {  // interleaved, so a change in load hits both
        const Run ours = runProcess(app);
        appWall.push_back(ours.wallMs);
        appFrame.push_back(firstFrameMs(ours.output));
        floorWall.push_back(runProcess(floor).wallMs);
    }
    const double ourMedian = parcours::bench::median(appWall);
    const double floorMedian = parcours::bench::median(floorWall);
    std::printf(
        "cold start to first frame, offscreen, 360x640, page %s, 100,000 structures, %d runs\n"
        "  parcours-app (process start to exit)      %8.1f ms  (first frame %.1f ms after "
        "main())\n"
        "  empty Qt Quick Window (the floor)         %8.1f ms\n"
        "  ratio                                     %8.2f\n",
        page.c_str(), runs, ourMedian, parcours::bench::median(appFrame), floorMedian,
        ourMedian / floorMedian);
    return 0;
}
