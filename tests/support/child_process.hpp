#pragma once
// A child process the test can kill at a moment of its choosing (SIGKILL: no handler, no
// flush, no destructor runs), with its stdout read through a pipe as it comes.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

namespace parcours::test {

class ChildProcess {
  public:
    // stderr goes to `errFile` so a child that failed on its own can say why.
    ChildProcess(const std::string& program, const std::vector<std::string>& args,
                 const std::string& errFile) {
        int out[2];
        if (pipe(out) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            // A test that crashes must not leave writers running behind it.
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            dup2(out[1], STDOUT_FILENO);
            const int err = open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (err >= 0) dup2(err, STDERR_FILENO);
            close(out[0]);
            close(out[1]);
            std::vector<char*> argv{const_cast<char*>(program.c_str())};
            for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            execv(program.c_str(), argv.data());
            _exit(127);
        }
        close(out[1]);
        outFd_ = out[0];
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess() {
        if (pid_ > 0 && !reaped_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
        if (outFd_ >= 0) close(outFd_);
    }

    [[nodiscard]] bool started() const { return pid_ > 0 && outFd_ >= 0; }

    // Reads what is available, waiting at most `timeout` for the first byte; false on EOF.
    bool readSome(std::chrono::milliseconds timeout) {
        pollfd fd{outFd_, POLLIN, 0};
        if (poll(&fd, 1, static_cast<int>(timeout.count())) <= 0) return true;
        char buffer[4096];
        const ssize_t n = read(outFd_, buffer, sizeof buffer);
        if (n <= 0) return false;
        out_.append(buffer, static_cast<std::size_t>(n));
        return true;
    }

    // Kills the child, then reads its stdout to the end: whatever it wrote before dying.
    // Returns the wait status.
    int killAndCollect() {
        kill(pid_, SIGKILL);
        return collect();
    }

    // Waits for the child to end on its own and reads its stdout to the end.
    int collect() {
        while (readSome(std::chrono::milliseconds(-1))) {
        }
        int status = 0;
        waitpid(pid_, &status, 0);
        reaped_ = true;
        return status;
    }

    [[nodiscard]] const std::string& out() const { return out_; }

  private:
    pid_t pid_ = -1;
    int outFd_ = -1;
    bool reaped_ = false;
    std::string out_;
};

}  // namespace parcours::test
