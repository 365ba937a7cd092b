#pragma once
// Writes a whole file so that, after a crash or a power cut, it is either the old file or
// the new one, never half of each: a temporary file in the same folder (a rename does not
// cross file systems), fsynced, renamed over the target, then the folder fsynced so that
// the rename itself is on disk.

#include <filesystem>
#include <string_view>

#include "parcours/common/result.hpp"

namespace parcours {

Result<void> writeFileDurably(const std::filesystem::path& file, std::string_view content);

}  // namespace parcours
