// The journal's write and read costs: logging calls one by one, each its own durable
// transaction (WAL, synchronous=FULL, as the journal opens its file), and listing a démarche
// of 1,000 calls. Beside it, the floor: plain sqlite3 INSERTs of a row of the same size into
// a one-table WAL+FULL database, one transaction each, and the same listing by an index.
// Runs alternate so both see the same disk; figures are medians, reported as ratios.
//
//   bench_journal [--calls N] [--list N] [--runs R]
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "bench/bench_util.hpp"
#include "parcours/journal/journal.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace parcours;
using namespace parcours::journal;

using parcours::bench::orDie;
using parcours::bench::removeDatabase;

namespace {

Call callNumber(const RecordId& demarche, std::size_t i) {
    Call call;
    call.demarche = demarche;
    call.practice = {"finess:69" + std::to_string(1000000 + i), "Cabinet du Dr Martin",
                     "04 78 42 00 00", "12 rue Mercière, 69002 Lyon", "medecin-generaliste"};
    call.at = "2026-11-23T09:30:00+01:00";
    call.outcome = Outcome::RefusedNoNewPatients;
    call.note = "Ne prend plus de nouveaux patients, essayer la maison de santé.";
    return call;
}

struct Figures {
    double logSeconds = 0;
    double listSeconds = 0;  // median of repeated listings
    std::size_t rowBytes = 0;
};

// `calls` calls in démarches of `perDemarche` calls; lists the first démarche.
Figures ours(const fs::path& db, std::size_t calls, std::size_t perDemarche) {
    removeDatabase(db);
    Figures f;
    Journal j = orDie(Journal::open(db));
    std::vector<RecordId> demarches;
    for (std::size_t d = 0; d * perDemarche < calls; ++d) {
        Demarche demarche;
        demarche.openedAt = "2026-11-01T09:00:00+01:00";
        demarches.push_back(orDie(j.openDemarche(demarche)));
    }
    f.logSeconds = bench::secondsOf([&] {
        for (std::size_t i = 0; i < calls; ++i)
            orDie(j.logCall(callNumber(demarches[i / perDemarche], i)));
    });
    std::vector<double> lists;
    for (int r = 0; r < 21; ++r)
        lists.push_back(bench::secondsOf([&] { orDie(j.calls(demarches[0])); }));
    f.listSeconds = bench::median(lists);
    for (const auto& v : orDie(j.versions()))
        if (v.type == RecordType::Call) f.rowBytes = v.payload.size();
    return f;
}

void check(int rc, sqlite3* db) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::cerr << "sqlite3: " << sqlite3_errmsg(db) << '\n';
        std::exit(1);
    }
}

// The floor: one table, one index, one INSERT per transaction, same durability.
Figures baseline(const fs::path& file, std::size_t calls, std::size_t perDemarche,
                 std::size_t rowBytes) {
    removeDatabase(file);
    Figures f;
    f.rowBytes = rowBytes;
    sqlite3* db = nullptr;
    check(sqlite3_open(file.string().c_str(), &db), db);
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                       "CREATE TABLE call(id BLOB PRIMARY KEY, demarche INTEGER, payload BLOB);"
                       "CREATE INDEX call_demarche ON call(demarche);",
                       nullptr, nullptr, nullptr),
          db);
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO call VALUES (randomblob(16), ?, ?)", -1, &insert,
                             nullptr),
          db);
    const std::string payload(rowBytes, 'x');
    f.logSeconds = bench::secondsOf([&] {
        for (std::size_t i = 0; i < calls; ++i) {
            // The statement's implicit transaction: one commit, one WAL sync, per row.
            sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(i / perDemarche));
            sqlite3_bind_blob(insert, 2, payload.data(), static_cast<int>(payload.size()),
                              SQLITE_STATIC);
            check(sqlite3_step(insert), db);
            sqlite3_reset(insert);
        }
    });
    sqlite3_finalize(insert);
    sqlite3_stmt* list = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, payload FROM call WHERE demarche = 0 ORDER BY rowid",
                             -1, &list, nullptr),
          db);
    std::vector<double> lists;
    for (int r = 0; r < 21; ++r)
        lists.push_back(bench::secondsOf([&] {
            std::size_t bytes = 0;
            while (sqlite3_step(list) == SQLITE_ROW) bytes += sqlite3_column_bytes(list, 1);
            sqlite3_reset(list);
            if (bytes == 0) std::exit(1);
        }));
    f.listSeconds = bench::median(lists);
    sqlite3_finalize(list);
    sqlite3_close(db);
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t calls = 10'000, perDemarche = 1'000;
    int runs = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--calls")
            calls = std::stoul(argv[i + 1]);
        else if (opt == "--list")
            perDemarche = std::stoul(argv[i + 1]);
        else if (opt == "--runs")
            runs = std::stoi(argv[i + 1]);
    }
    if (perDemarche == 0 || perDemarche > calls) perDemarche = calls;
    test::TempDir tmp;
    std::printf(
        "%zu calls, one durable transaction each (WAL, synchronous=FULL), in démarches "
        "of %zu; runs: %d\n",
        calls, perDemarche, runs);
    std::vector<double> ourLog, ourList, rawLog, rawList;
    std::size_t rowBytes = 0;
    for (int r = 0; r < runs; ++r) {  // alternate, so both see the same machine state
        const Figures o = ours(tmp / "journal.db", calls, perDemarche);
        rowBytes = o.rowBytes;
        const Figures b = baseline(tmp / "raw.db", calls, perDemarche, rowBytes);
        ourLog.push_back(o.logSeconds);
        ourList.push_back(o.listSeconds);
        rawLog.push_back(b.logSeconds);
        rawList.push_back(b.listSeconds);
    }
    const double ol = bench::median(ourLog), bl = bench::median(rawLog);
    const double os = bench::median(ourList), bs = bench::median(rawList);
    std::printf("sqlite3 INSERT, %zu-byte row (plain table): median %.3f s, %.0f rows/s\n",
                rowBytes, bl, static_cast<double>(calls) / bl);
    std::printf("parcours logCall (version + view):          median %.3f s, %.0f calls/s\n", ol,
                static_cast<double>(calls) / ol);
    std::printf("ratio parcours / sqlite3 INSERT:            %.2f\n", ol / bl);
    std::printf(
        "listing a démarche of %zu calls: parcours %.2f ms, sqlite3 SELECT %.2f ms "
        "(ratio %.1f)\n",
        perDemarche, os * 1e3, bs * 1e3, os / bs);
    std::printf("peak memory of this process:                %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
