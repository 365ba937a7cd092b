#pragma once
// Sync bundles: every kept version of a journal in one file, encrypted with a passphrase
// (Argon2id + XChaCha20-Poly1305 secretstream), exchanged by hand between devices.
// Importing one is the journal's merge, all or nothing. Layout: docs/bundle-format.md.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"

namespace parcours::sync {

// Argon2id cost. The defaults follow research/sync-security.md §3.3 (RFC 9106's second
// choice with libsodium's parallelism of 1); calibrateKdf() adapts them to a device.
struct KdfParams {
    std::uint64_t opslimit = 3;         // passes
    std::uint64_t memlimit = 64 << 20;  // bytes
};

// What an importing device accepts, checked before the KDF runs: a file cannot make a phone
// spend minutes or gigabytes before its passphrase is even tried.
inline constexpr std::uint64_t kMaxImportOpslimit = 10;
inline constexpr std::uint64_t kMaxImportMemlimit = 256ULL << 20;
// OWASP's Argon2id floor (19 MiB, 2 passes): calibration never goes below it.
inline constexpr KdfParams kKdfFloor{2, 19ULL << 20};

struct ExportOptions {
    bool encrypt = true;      // false only on explicit request (--no-encryption)
    std::string passphrase;   // required when encrypting; must be empty otherwise
    KdfParams kdf;            // tests use libsodium's minimums (1 pass, 8 KiB)
    std::string deviceLabel;  // "Téléphone de Léa": shown by inspect, not secret
};

struct ExportReport {
    std::size_t versions = 0;
    std::uint64_t bytes = 0;
};

// What the header says; readable without the passphrase.
struct BundleInfo {
    std::uint16_t formatMajor = 0, formatMinor = 0;
    bool encrypted = false;
    KdfParams kdf;  // zero when not encrypted
    std::uint32_t chunkSize = 0;
    journal::RecordId deviceId;
    std::string deviceLabel;
    std::string appVersion;
    journal::Hlc hlc;
    std::int64_t createdAtDay = 0;  // Unix days
    std::uint64_t fileBytes = 0;
};

struct ImportReport {
    BundleInfo bundle;
    journal::MergeReport merge;
};

// Writes `file` durably (temporary name, fsync, rename, fsync of the folder).
Result<ExportReport> exportBundle(const journal::Journal& journal,
                                  const std::filesystem::path& file, const ExportOptions& options);

// Reads, decrypts and checks the whole file, then merges it in one transaction. Any
// failure (wrong passphrase, altered, truncated, extended or oversized file) is an error
// that names what and where, and the journal is left as it was. `passphrase` must be empty
// exactly when the file is not encrypted: a passphrase given for an unencrypted file is
// refused, as anyone can write such a file.
Result<ImportReport> importBundle(journal::Journal& journal, const std::filesystem::path& file,
                                  const std::string& passphrase);

// The header only: no passphrase, no KDF.
Result<BundleInfo> inspectBundle(const std::filesystem::path& file);

// Parameters for a KDF that takes about `target` on this device, from the measured time of
// one pass over 64 MiB: passes first (3 to 10), then memory (up to the import cap); on a
// slow device fewer passes and less memory, never under kKdfFloor.
KdfParams kdfParamsFor(double millisPerPassAt64MiB, double targetMillis);
// Times one derivation here and applies kdfParamsFor().
Result<KdfParams> calibrateKdf(std::chrono::milliseconds target = std::chrono::milliseconds(1000));

}  // namespace parcours::sync
