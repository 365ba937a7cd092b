#include "parcours/common/durable_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace parcours {
namespace {

Error failure(const std::string& what, const std::filesystem::path& file) {
    return storageError("cannot " + what + " " + file.string() + ": " + std::strerror(errno));
}

bool writeAll(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

Result<void> writeFileDurably(const std::filesystem::path& file, std::string_view content) {
    const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    std::string temporary = (folder / ("." + file.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return failure("create a file in", folder);
    // mkstemp makes the file 0600; an export is an ordinary document, made as the umask says.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (!writeAll(fd, content) || ::fsync(fd) != 0) {
        Error error = failure("write", temporary);
        ::close(fd);
        ::unlink(temporary.c_str());
        return error;
    }
    if (::close(fd) != 0) {
        Error error = failure("write", temporary);
        ::unlink(temporary.c_str());
        return error;
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        Error error = failure("replace", file);
        ::unlink(temporary.c_str());
        return error;
    }
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir < 0) return failure("open", folder);
    const bool synced = ::fsync(dir) == 0;
    ::close(dir);
    if (!synced) return failure("sync", folder);
    return {};
}

}  // namespace parcours
