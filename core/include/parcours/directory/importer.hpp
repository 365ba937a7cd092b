#pragma once
// Reads source files and replaces that source in the directory, all or nothing.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/import_report.hpp"

namespace parcours::directory {

// LaPoste: the communes and postcodes file (see communes.hpp), not structures: it replaces
// the communes, and `imported` counts its rows.
// Rpps: the Annuaire Santé extraction PS_LibreAcces_Personne_activite (practitioners, one
// structure per person and site), read as a stream; placed by `addresses` (BAN files) or
// else by the communes already imported.
// FinessJson ("finess-json", finess-structures-1) is the successor of the etalab CSV: the
// same establishments in another encoding, so it replaces the same source, "finess" (ids
// unchanged), and the two can be mixed in one import. FinessActivities
// ("finess-activites") and SaeUrgences ("sae-urgences") are not structures: each
// replaces its own emergency sites, which mark FINESS structures; `imported` counts sites.
enum class SourceFormat { Finess, Osm, LaPoste, Rpps, FinessJson, FinessActivities, SaeUrgences };

// Bytes read so far and in all (every file of the request, addresses included).
using ImportProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

struct ImportRequest {
    std::vector<std::filesystem::path> files;  // all replace the same source together
    std::optional<SourceFormat> format;        // none: detected from each file's content
    bool strict = false;
    // BAN "adresses-XX.csv" files (Rpps only): where practices are placed at their address.
    std::vector<std::filesystem::path> addresses;
    // Called now and then while streaming files (Rpps); may be empty.
    ImportProgress progress;
};

struct ImportOutcome {
    std::string source;
    std::size_t imported = 0;
    ReadReport report;  // merged over every file
    // Rpps: how the structures were placed (withoutPosition in the report: neither).
    std::size_t placedAtAddress = 0;
    std::size_t placedAtCommune = 0;
    std::size_t addressesLoaded = 0;  // BAN rows kept in the address index
    // Structures marked as having an emergency unit once the import is done (the
    // structures sources and the emergency sources change it).
    std::size_t emergencyMarked = 0;
};

// Reads every file, then replaces the source in one transaction. Any fatal problem (an
// unreadable file, invalid JSON, a malformed line with strict, a storage failure) leaves
// the directory as it was.
Result<ImportOutcome> importFiles(Directory& directory, const ImportRequest& request);

// The source a format replaces: "finess" (both FINESS encodings), "osm", "laposte",
// "rpps", "finess-activites", "sae-urgences".
std::string_view sourceName(SourceFormat format);
// The format's own name, as --source takes it: "finess", "finess-json", "osm", …
std::string_view formatName(SourceFormat format);

}  // namespace parcours::directory
