#pragma once
// The directory database: structures from every source, an R*Tree on position and an
// accent-folding full-text index, in one SQLite file that can be rebuilt at any time.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/communes.hpp"
#include "parcours/directory/emergency_site.hpp"
#include "parcours/directory/query.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

struct SourceImport {
    std::string source;          // "finess", "osm", "laposte"
    std::string files;           // for the record
    std::string extractionDate;  // as declared by the file, or empty
    std::size_t skipped = 0;     // refused records, for the record
};

class Directory;

// Replaces one source while its files are read: each structure goes to the database as it
// comes, inside one transaction that finish() commits; destroyed unfinished (an error, a
// malformed file with --strict), it rolls back and the directory is as it was. Memory stays
// flat whatever the number of rows: nothing is held but one statement; the text and
// spatial indexes are built in bulk by finish(), reading the rows back. The Directory must
// outlive it; no other write may happen on that Directory meanwhile.
class SourceWriter {
  public:
    SourceWriter(SourceWriter&&) noexcept;
    SourceWriter& operator=(SourceWriter&&) noexcept;
    ~SourceWriter();

    // Writes one structure of the source. false: a structure with the same sourceId was
    // written before (this one is not). A structure of another source is a usage error.
    Result<bool> add(const Structure& structure);
    // Structures written so far.
    [[nodiscard]] std::size_t count() const;
    // Replaces the source's old structures by the new ones, rebuilds the spatial index in
    // bulk, records the import (`import.source` must be the writer's) and commits.
    Result<void> finish(const SourceImport& import);

  private:
    friend class Directory;
    struct State;
    explicit SourceWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
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
    // The same thing through a SourceWriter.
    Result<void> replaceSource(const SourceImport& import,
                               const std::vector<Structure>& structures);
    // Starts replacing `source` ("finess", "rpps"…; not "manual"): see SourceWriter.
    Result<SourceWriter> beginReplaceSource(std::string_view source);

    // Replaces the emergency sites of `import.source` ("finess-activites", "sae-urgences")
    // by `sites` and re-marks the FINESS structures from every source's sites, in one
    // transaction (see emergency_sites.hpp). Returns how many structures are marked.
    Result<std::size_t> replaceEmergencySites(const SourceImport& import,
                                              const std::vector<EmergencySite>& sites);

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

    // Replaces every commune row by `rows` (La Poste's file), in one transaction, recorded
    // as source `import.source` ("laposte"); on any failure nothing changes.
    Result<void> replaceCommunes(const SourceImport& import, const std::vector<CommuneRow>& rows);

    // Communes by postcode ("42000", or a prefix of at least 2 digits) or by name, folded
    // as foldCommuneName does ("st etienne", "Saint-Étienne" → SAINT ETIENNE). By name, in
    // tiers: the commune's name exactly, one of its lignes 5 exactly (a former commune:
    // "Rochetaillée" → SAINT ETIENNE, 42100 first), a name that starts with the text, a
    // ligne 5 that does. By postcode: exact postcodes first, then prefixes. Within a tier,
    // bigger communes first (more postcodes and lignes 5 in La Poste's file, more
    // structures without it), then by name. Names match from their first word.
    // Without La Poste's file, communes are the structures' (postcode, city) pairs and
    // their position the centre of those structures.
    Result<std::vector<Commune>> findCommunes(std::string_view text, std::size_t limit) const;

  private:
    struct Impl;
    explicit Directory(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace parcours::directory
