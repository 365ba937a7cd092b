#pragma once
// A fresh directory under /tmp for one test, removed with everything in it afterwards.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace parcours::test {

class TempDir {
  public:
    explicit TempDir(const std::filesystem::path& root = std::filesystem::temp_directory_path()) {
        std::string pattern = (root / "parcours-XXXXXX").string();
        if (!mkdtemp(pattern.data())) std::abort();
        path_ = pattern;
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return path_ / name;
    }

  private:
    std::filesystem::path path_;
};

// /dev/shm when there is one: for tests that fsync thousands of times (fault sweeps,
// crash loops) and test what a process crash or an I/O error does, not a power cut, a
// memory-backed file system keeps them fast and their time independent of a busy disk.
inline std::filesystem::path memoryTempRoot() {
    std::error_code ec;
    const std::filesystem::path shm = "/dev/shm";
    if (std::filesystem::is_directory(shm, ec) && access(shm.c_str(), W_OK) == 0) return shm;
    return std::filesystem::temp_directory_path();
}

inline void writeFile(const std::filesystem::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary);
    out << content;
}

inline std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace parcours::test
