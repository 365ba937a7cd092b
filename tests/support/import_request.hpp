#pragma once
// An import request as most tests and benchmarks want it: the files, and every other
// option left as it is by default (aggregate braces would have to name them all).

#include <filesystem>
#include <optional>
#include <vector>

#include "parcours/directory/importer.hpp"

namespace parcours::test {

inline directory::ImportRequest importRequest(
    std::vector<std::filesystem::path> files,
    std::optional<directory::SourceFormat> format = std::nullopt, bool strict = false) {
    directory::ImportRequest r;
    r.files = std::move(files);
    r.format = format;
    r.strict = strict;
    return r;
}

}  // namespace parcours::test
