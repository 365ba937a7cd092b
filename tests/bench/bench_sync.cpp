// Sync bundle costs: 10,000 calls exported from one journal and imported into another of
// 10,000 calls, a quarter of them already there. Timed apart: the KDF (default 64 MiB,
// 3 passes), the decryption, the parsing and checking of the records, and the merge
// (importVersions of the decoded batch, one durable transaction). Beside them, the floors:
// secretstream over the same bytes alone, and plain sqlite3 INSERTs of the same rows into a
// one-table WAL+FULL database in one transaction. Medians; the merge target is < 100 ms.
//
//   bench_sync [--calls N] [--overlap PERCENT] [--runs R]
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "bench/bench_util.hpp"
#include "journal/codec.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/sync/bundle.hpp"
#include "support/temp_dir.hpp"
#include "sync/bundle_codec.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_records.hpp"

namespace fs = std::filesystem;
using namespace parcours;
using namespace parcours::journal;

using parcours::bench::orDie;
using parcours::bench::removeDatabase;

namespace {

constexpr const char* kPassphrase = "lapin-orange-velours-caillou-tisane-marelle";
constexpr std::int64_t kWall = 1'795'420'800'000;  // 2026-11-23T08:00:00Z

RecordId numbered(std::uint8_t kind, std::size_t i) {
    RecordId id;
    id.bytes[0] = kind;
    for (int b = 0; b < 8; ++b) id.bytes[8 + b] = static_cast<std::uint8_t>(i >> (8 * b));
    return id;
}

Version callVersion(const RecordId& demarche, const RecordId& device, std::size_t i,
                    std::int64_t millis) {
    Call call;
    call.demarche = demarche;
    call.practice = {"finess:69" + std::to_string(1000000 + i), "Cabinet du Dr Martin",
                     "04 78 42 00 00", "12 rue Mercière, 69002 Lyon", "medecin-generaliste"};
    call.at = "2026-11-23T09:30:00+01:00";
    call.outcome = Outcome::RefusedNoNewPatients;
    call.note = "Ne prend plus de nouveaux patients, essayer la maison de santé.";
    Version v;
    v.type = RecordType::Call;
    v.id = numbered(0xCA, i);
    v.hlc = Hlc::of(millis, 0);
    v.device = device;
    v.payload = orDie(encode(call, ""));
    return v;
}

struct Histories {
    std::vector<Version> exporter;  // the phone: profile, démarche, `calls` calls
    std::vector<Version> importer;  // the tablet: the same démarche, the overlap, its own calls
};

Histories histories(std::size_t calls, std::size_t overlapPercent) {
    const RecordId phone = numbered(0xD1, 1), tablet = numbered(0xD1, 2);
    Profile p;
    p.displayName = "Moi";
    p.birthYear = 1980;
    Version profile{RecordType::Profile,
                    numbered(0xB0, 0),
                    Hlc::of(kWall - 10'000'000, 0),
                    phone,
                    {},
                    {},
                    false,
                    orDie(encode(p, "", true))};
    Demarche d;
    d.profile = profile.id;
    d.openedAt = "2026-11-01T08:00:00+01:00";
    Version demarche{RecordType::Demarche,
                     numbered(0xDE, 0),
                     Hlc::of(kWall - 9'000'000, 0),
                     phone,
                     {},
                     {},
                     false,
                     orDie(encode(d, ""))};
    Histories h;
    h.exporter = {profile, demarche};
    h.importer = {profile, demarche};
    const std::size_t shared = calls * overlapPercent / 100;
    for (std::size_t i = 0; i < calls; ++i) {
        h.exporter.push_back(callVersion(demarche.id, phone, i, kWall - 5'000'000 + i));
        if (i < shared) h.importer.push_back(h.exporter.back());
    }
    for (std::size_t i = 0; i < calls - shared; ++i)
        h.importer.push_back(callVersion(demarche.id, tablet, calls + i, kWall - 4'000'000 + i));
    return h;
}

Journal journalWith(const fs::path& db, const std::vector<Version>& versions) {
    removeDatabase(db);
    Journal j = orDie(Journal::open(db, {[] { return kWall; }, "bench"}));
    orDie(j.importVersions(versions));
    return j;
}

// The floor for the merge: the same rows, plain INSERTs into one table, one transaction.
double baselineInsert(const fs::path& file, const std::vector<Version>& rows) {
    removeDatabase(file);
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE v(id BLOB, hlc INTEGER, device BLOB, parent_hlc INTEGER,"
                 " parent_device BLOB, deleted INTEGER, payload BLOB,"
                 " PRIMARY KEY(id, hlc, device)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO v VALUES(?,?,?,?,?,?,?)", -1, &insert, nullptr);
    const double seconds = bench::secondsOf([&] {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const auto& v : rows) {
            sqlite3_bind_blob(insert, 1, v.id.bytes.data(), 16, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 2, static_cast<sqlite3_int64>(v.hlc.value));
            sqlite3_bind_blob(insert, 3, v.device.bytes.data(), 16, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 4, static_cast<sqlite3_int64>(v.parentHlc.value));
            sqlite3_bind_blob(insert, 5, v.parentDevice.bytes.data(), 16, SQLITE_STATIC);
            sqlite3_bind_int(insert, 6, v.deleted ? 1 : 0);
            sqlite3_bind_blob(insert, 7, v.payload.data(), static_cast<int>(v.payload.size()),
                              SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return seconds;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t calls = 10'000, overlap = 25;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--calls")
            calls = std::stoul(argv[i + 1]);
        else if (opt == "--overlap")
            overlap = std::stoul(argv[i + 1]);
        else if (opt == "--runs")
            runs = std::stoi(argv[i + 1]);
    }
    test::TempDir tmp;
    const Histories h = histories(calls, overlap);
    std::printf(
        "bundle of %zu versions (%zu calls) into a journal of %zu versions, %zu %% overlap; "
        "runs: %d\n",
        h.exporter.size(), calls, h.importer.size(), overlap, runs);

    // Export once with the default KDF; its bytes are what every run reads.
    Journal phone = journalWith(tmp / "phone.db", h.exporter);
    sync::ExportOptions options;
    options.passphrase = kPassphrase;
    const fs::path bundle = tmp / "phone.parcours";
    std::vector<double> exportTimes;
    for (int r = 0; r < runs; ++r)
        exportTimes.push_back(
            bench::secondsOf([&] { orDie(sync::exportBundle(phone, bundle, options)); }));
    const std::string file = test::readFile(bundle);
    const auto prelude = orDie(sync::readPrelude(file));
    const std::string_view preludeBytes = std::string_view(file).substr(0, prelude.bytes);
    const std::string_view body = std::string_view(file).substr(prelude.bytes);

    std::vector<double> kdf, decrypt, parse, decodeAll, merge, insert;
    std::size_t added = 0, unchanged = 0;
    for (int r = 0; r < runs; ++r) {
        sync::StreamKey key;
        kdf.push_back(bench::secondsOf([&] {
            orDie(sync::deriveKey(kPassphrase, prelude.header.salt, prelude.header.kdf, key));
        }));
        std::string plaintext;
        decrypt.push_back(bench::secondsOf([&] {
            plaintext = orDie(sync::decryptChunks(key, prelude.header.streamHeader, preludeBytes,
                                                  body, prelude.header.chunkSize, prelude.bytes));
        }));
        parse.push_back(
            bench::secondsOf([&] { orDie(sync::decodeRecords(plaintext, preludeBytes)); }));
        sync::DecodedBundle decoded;
        decodeAll.push_back(
            bench::secondsOf([&] { decoded = orDie(sync::decodeBundle(file, kPassphrase)); }));
        Journal tablet = journalWith(tmp / "tablet.db", h.importer);
        MergeReport report;
        merge.push_back(
            bench::secondsOf([&] { report = orDie(tablet.importVersions(decoded.versions)); }));
        added = report.recordsAdded;
        unchanged = report.recordsUnchanged;
        insert.push_back(baselineInsert(tmp / "raw.db", decoded.versions));
    }
    const auto ms = [](const std::vector<double>& v) { return bench::median(v) * 1e3; };
    std::printf(
        "bundle: %zu bytes (%.1f bytes a version), export (KDF included) %.1f ms\n", file.size(),
        static_cast<double>(file.size()) / static_cast<double>(h.exporter.size()), ms(exportTimes));
    std::printf("KDF Argon2id %llu MiB, %llu passes:          %8.1f ms\n",
                static_cast<unsigned long long>(prelude.header.kdf.memlimit >> 20),
                static_cast<unsigned long long>(prelude.header.kdf.opslimit), ms(kdf));
    std::printf("decrypt (secretstream alone, the floor):  %8.2f ms  (%.0f MB/s)\n", ms(decrypt),
                static_cast<double>(body.size()) / bench::median(decrypt) / 1e6);
    std::printf("parse and check the records:              %8.2f ms  (%.2f M versions/s)\n",
                ms(parse), static_cast<double>(h.exporter.size()) / bench::median(parse) / 1e6);
    std::printf("decode all (KDF + decrypt + parse):       %8.1f ms\n", ms(decodeAll));
    std::printf(
        "merge (importVersions, one transaction):  %8.1f ms  (%zu records added, %zu unchanged)\n",
        ms(merge), added, unchanged);
    std::printf("sqlite3 INSERT of the same rows (floor):  %8.1f ms\n", ms(insert));
    std::printf("ratio merge / INSERT:                     %8.2f   target: merge < 100 ms: %s\n",
                ms(merge) / ms(insert), ms(merge) < 100 ? "met" : "NOT MET");
    std::printf("peak memory of this process:              %8.0f MiB\n", bench::peakRssMiB());
    return 0;
}
