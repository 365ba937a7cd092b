#pragma once
// The journal database: the patient's own data, precious. WAL with synchronous=FULL,
// every change an immutable version (HLC-stamped, with its parent), deletions as
// tombstones, the current view materialised; concurrent versions kept and flagged.

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/hlc.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::journal {

struct JournalOptions {
    HybridClock::WallClock wallClock;  // empty: the system clock (tests set their own)
    std::string deviceLabel;           // "Téléphone de Léa", for sync reports
};

struct OutcomeCount {
    Outcome outcome = Outcome::NoAnswer;
    std::size_t count = 0;
};

struct DemarcheSummary {
    Demarche demarche;
    std::string profileName;
    std::size_t calls = 0;
    std::vector<OutcomeCount> byOutcome;  // only outcomes with a count, in enum order
    std::size_t distinctPractices = 0;
    DateTime firstCallAt, lastCallAt;  // empty when no call
};

struct PracticeHistory {
    std::string directoryId;  // empty for practices typed by hand (then keyed by name+phone)
    std::string name;
    std::string phone;
    std::size_t calls = 0;
    Outcome lastOutcome = Outcome::NoAnswer;
    DateTime lastAt;
};

// Two calls that may be the same call logged twice (same practice within 2 minutes):
// offered to the user, never merged silently.
struct DuplicateHint {
    RecordId first, second;
};

// One kept version of a record, as sync exchanges them.
enum class RecordType { Profile, Demarche, Call };
struct Version {
    RecordType type = RecordType::Call;
    RecordId id;
    Hlc hlc;
    RecordId device;
    Hlc parentHlc;  // zero for the first version
    RecordId parentDevice;
    bool deleted = false;
    std::string payload;  // protobuf bytes (empty for a tombstone)
};

// What a sync import did. Versions are counted one by one; records by what their current
// value became: new to this journal, changed (a newer head), or as they were.
struct MergeReport {
    std::size_t received = 0;          // versions in the batch
    std::size_t added = 0;             // versions this journal did not have
    std::size_t recordsAdded = 0;      // records this journal did not have
    std::size_t recordsUpdated = 0;    // records whose current version changed
    std::size_t recordsUnchanged = 0;  // records of the batch whose current version stayed
    std::vector<RecordId> conflicted;  // records touched by the batch now in conflict
    Hlc maxHlc;                        // the greatest hlc in the batch
    bool clockCapped = false;          // maxHlc was over a day ahead: the clock did not follow
};

class Journal {
  public:
    // Opens or creates the journal, migrating an older schema one step per transaction.
    // A file from a newer app, or not a Parcours journal, is refused and left untouched.
    static Result<Journal> open(const std::filesystem::path& file, JournalOptions options = {});
    Journal(Journal&&) noexcept;
    Journal& operator=(Journal&&) noexcept;
    ~Journal();

    // Profiles. The default profile ("Moi") is created on first use.
    Result<RecordId> addProfile(Profile profile);  // profile.id is ignored
    Result<void> updateProfile(const Profile& profile);
    Result<std::vector<Profile>> profiles() const;
    Result<Profile> defaultProfile();

    // Démarches. An empty profile id means the default profile.
    Result<RecordId> openDemarche(Demarche demarche);
    Result<void> updateDemarche(const Demarche& demarche);
    Result<void> closeDemarche(const RecordId& id, DemarcheStatus status, const DateTime& at);
    Result<Demarche> demarche(const RecordId& id) const;
    Result<std::vector<DemarcheSummary>> demarches() const;

    // Calls.
    Result<RecordId> logCall(Call call);
    Result<void> updateCall(const Call& call);
    Result<void> deleteCall(const RecordId& id);
    Result<Call> call(const RecordId& id) const;
    Result<std::vector<Call>> calls(const RecordId& demarche) const;  // in time order
    Result<std::vector<Call>> followUpsDue(const Date& onOrBefore) const;
    Result<std::vector<PracticeHistory>> practicesCalled() const;
    Result<std::vector<DuplicateHint>> possibleDuplicates() const;

    // The record whose hex id starts with `prefix` (at least 6 digits), if exactly one.
    Result<RecordId> resolve(const std::string& prefix, RecordType type) const;

    // Every kept version (for sync), and whether a record has an unsettled conflict.
    Result<std::vector<Version>> versions() const;
    Result<bool> hasConflict(const RecordId& id) const;
    // The sync import: the union of `batch` with the kept versions, in one transaction;
    // the current values recomputed, the clock moved past the batch's (within a day of
    // drift). A malformed version refuses the whole batch and changes nothing.
    Result<MergeReport> importVersions(std::span<const Version> batch);
    // Settles a conflict (journal/conflicts.hpp has the listing and settleConflict): the
    // competing version (hlc, device) of `id` is written again over every competing one,
    // in one transaction, stamped after every version held, so it becomes the current
    // value and the flag clears on every device that gets these versions.
    Result<void> settle(const RecordId& id, Hlc hlc, const RecordId& device);

    [[nodiscard]] RecordId deviceId() const;

  private:
    struct Impl;
    explicit Journal(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace parcours::journal
