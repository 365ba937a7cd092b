#pragma once
// The directory database: structures from every source, an R*Tree on position and an
// accent-folding full-text index, in one SQLite file that can be rebuilt at any time.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/query.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

struct SourceImport {
    std::string source;          // "finess", "osm"
    std::string files;           // for the record
    std::string extractionDate;  // as declared by the file, or empty
    std::size_t skipped = 0;     // refused records, for the record
};

class Directory {
  public:
    // Opens (creating if needed) the directory file. A file from a newer version of the
    // app is refused and left untouched.
    static Result<Directory> open(const std::filesystem::path& file);

    Directory(Directory&&) noexcept;
    Directory& operator=(Directory&&) noexcept;
    ~Directory();

    // Replaces every structure of `import.source` by `structures`, in one transaction:
    // readers see the old data until it commits; on any failure nothing changes.
    Result<void> replaceSource(const SourceImport& import,
                               const std::vector<Structure>& structures);

    // Adds an entry typed by the user (source "manual"); returns its id.
    Result<std::string> addManual(Structure structure);
    Result<void> removeManual(std::string_view id);

    // Nearest first. With a radius, only within it.
    Result<std::vector<Hit>> nearby(const NearbyQuery& query) const;
    // Everything positioned inside a box (for the map), nearest to its centre first.
    Result<std::vector<Hit>> inBox(const BoxQuery& query) const;
    // Full-text search on name, address and city.
    Result<std::vector<Hit>> search(const SearchQuery& query) const;
    // One structure by its id ("finess:010000024").
    Result<Structure> get(std::string_view id) const;

    Result<Stats> stats() const;

  private:
    struct Impl;
    explicit Directory(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace parcours::directory
