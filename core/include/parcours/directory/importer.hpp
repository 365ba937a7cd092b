#pragma once
// Reads source files and replaces that source in the directory, all or nothing.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/import_report.hpp"

namespace parcours::directory {

// LaPoste: the communes and postcodes file (see communes.hpp), not structures: it replaces
// the communes, and `imported` counts its rows.
enum class SourceFormat { Finess, Osm, LaPoste };

struct ImportRequest {
    std::vector<std::filesystem::path> files;  // all replace the same source together
    std::optional<SourceFormat> format;        // none: detected from each file's content
    bool strict = false;
};

struct ImportOutcome {
    std::string source;
    std::size_t imported = 0;
    ReadReport report;  // merged over every file
};

// Reads every file, then replaces the source in one transaction. Any fatal problem (an
// unreadable file, invalid JSON, a malformed line with strict, a storage failure) leaves
// the directory as it was.
Result<ImportOutcome> importFiles(Directory& directory, const ImportRequest& request);

std::string_view sourceName(SourceFormat format);  // "finess", "osm", "laposte"

}  // namespace parcours::directory
