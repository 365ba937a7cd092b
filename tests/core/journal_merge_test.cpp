// The merge algebra (research/sync-security.md §1.8): importing is commutative,
// associative and idempotent, and never loses a version. States are journals built from
// random subsets of one random version history, so (id, hlc, device) always names the
// same content, as it does between real devices. Seeded: a failure names its seed.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <sstream>

#include "journal/codec.hpp"
#include "journal/journal_schema.hpp"
#include "journal/version_store.hpp"
#include "sqlite/database.hpp"
#include "support/random_versions.hpp"

namespace parcours::journal {
namespace {

constexpr std::int64_t kWall = 1'791'797'400'000;

HybridClock::WallClock fixedWall() {
    return [] { return kWall; };
}

// Every version any device could hold: a few records, each a random tree of edits and
// deletions by a few devices, parents always older.
std::vector<Version> randomHistory(std::mt19937& rng) {
    std::vector<RecordId> devices(3);
    for (std::size_t i = 0; i < devices.size(); ++i)
        devices[i].bytes[0] = static_cast<std::uint8_t>(i + 1);
    std::vector<Version> all;
    const int records = 1 + static_cast<int>(rng() % 3);
    for (int r = 0; r < records; ++r) {
        RecordId id;
        id.bytes[0] = 0xC0;
        id.bytes[1] = static_cast<std::uint8_t>(r);
        const RecordId demarche = RecordId::fromHex("d0000000000000000000000000000000").value();
        const int versions = 1 + static_cast<int>(rng() % 6);
        auto tree = test::randomVersionTree(
            rng, RecordType::Call, id, devices, kWall - 100'000, versions, 5, [&](int k) {
                Call c;
                c.demarche = demarche;
                c.practice.name = "Cabinet " + std::to_string(rng() % 4);
                c.at = "2026-10-12T09:3" + std::to_string(rng() % 10);
                c.note = "v" + std::to_string(k);
                c.outcome = static_cast<Outcome>(rng() % 10);
                return encode(c, {}).value();
            });
        all.insert(all.end(), tree.begin(), tree.end());
    }
    return all;
}

struct State {
    sqlite::Database db;
};

std::string imageOf(const sqlite::Database& db) {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db.handle(), "main", &size, 0);
    std::string copy(reinterpret_cast<char*>(bytes), static_cast<std::size_t>(size));
    sqlite3_free(bytes);
    return copy;
}

State fromImage(const std::string& image) {
    auto db = sqlite::Database::open(":memory:");
    EXPECT_TRUE(db);
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    std::memcpy(copy, image.data(), image.size());
    const auto size = static_cast<sqlite3_int64>(image.size());
    EXPECT_EQ(sqlite3_deserialize(db->handle(), "main", copy, size, size,
                                  SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE),
              SQLITE_OK);
    return {std::move(*db)};
}

// A fresh journal schema, copied from one made once: thousands of states are needed and
// creating the schema each time would dominate the test.
State emptyState() {
    static const std::string image = [] {
        auto db = sqlite::Database::open(":memory:");
        EXPECT_TRUE(prepareJournal(*db));
        return imageOf(*db);
    }();
    return fromImage(image);
}

std::vector<Version> versionsOf(const State& s) {
    return allVersions(s.db).value();
}

void mergeInto(State& s, const std::vector<Version>& batch) {
    auto r = mergeVersions(s.db, fixedWall(), batch);
    ASSERT_TRUE(r) << r.error().message;
}

State stateOf(const std::vector<Version>& versions) {
    State s = emptyState();
    mergeInto(s, versions);
    return s;
}

// b's versions imported into a copy of a: what a device does with another's export.
State merged(const State& a, const State& b) {
    State s = fromImage(imageOf(a.db));
    mergeInto(s, versionsOf(b));
    return s;
}

// Everything a device shows and exchanges: the versions and the view rows (not the
// clock, which is each device's own).
std::string dump(const State& s) {
    std::ostringstream out;
    for (const auto& v : versionsOf(s))
        out << v.id.hex() << ' ' << v.hlc.value << ' ' << v.device.hex() << ' ' << v.parentHlc.value
            << ' ' << v.parentDevice.hex() << ' ' << v.deleted << ' ' << v.payload.size() << ':'
            << v.payload << '\n';
    auto rows = s.db.prepare(
        "SELECT hex(id), hlc, hex(device), created_hlc, deleted, conflict, hex(demarche), "
        "practice_name, at, at_ms, outcome FROM calls ORDER BY id");
    for (;;) {
        auto row = rows->step();
        if (!row.ok() || !*row) break;
        for (int c = 0; c < 11; ++c) out << rows->text(c) << '|';
        out << '\n';
    }
    return out.str();
}

std::vector<Version> subset(const std::vector<Version>& all, std::mt19937& rng) {
    std::vector<Version> out;
    for (const auto& v : all)
        if (rng() % 2) out.push_back(v);
    std::shuffle(out.begin(), out.end(), rng);  // import order must not matter either
    return out;
}

constexpr unsigned kCases = 1500;

TEST(JournalMerge, IsCommutativeAssociativeIdempotentAndInflationary) {
    for (unsigned seed = 1; seed <= kCases; ++seed) {
        std::mt19937 rng(seed);
        const auto history = randomHistory(rng);
        State a = stateOf(subset(history, rng));
        State b = stateOf(subset(history, rng));
        State c = stateOf(subset(history, rng));
        const std::string da = dump(a);

        State ab = merged(a, b);
        const std::string dab = dump(ab);
        ASSERT_EQ(dab, dump(merged(b, a))) << "commutativity, seed " << seed;
        ASSERT_EQ(dump(merged(ab, c)), dump(merged(a, merged(b, c))))
            << "associativity, seed " << seed;
        ASSERT_EQ(dump(merged(a, a)), da) << "idempotence, seed " << seed;
        // Inflationary: every version of a is still there (tombstoned content aside).
        auto abVersions = versionsOf(ab);
        for (const auto& v : versionsOf(a))
            ASSERT_TRUE(std::any_of(abVersions.begin(), abVersions.end(),
                                    [&](const Version& w) {
                                        return w.id == v.id && w.hlc == v.hlc &&
                                               w.device == v.device;
                                    }))
                << "lost a version, seed " << seed;
    }
}

// Whatever order the versions arrive in, one at a time, the end state is the same.
TEST(JournalMerge, ConvergesUnderAnyImportOrder) {
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::mt19937 rng(seed);
        auto history = randomHistory(rng);
        const std::string all = dump(stateOf(history));
        std::shuffle(history.begin(), history.end(), rng);
        State oneByOne = emptyState();
        for (const auto& v : history) mergeInto(oneByOne, {v});
        ASSERT_EQ(dump(oneByOne), all) << "seed " << seed;
    }
}

TEST(JournalMerge, TheHeadIsTheGreatestHlcThenDevice) {
    RecordId id = RecordId::random(), low, high;
    low.bytes[0] = 1;
    high.bytes[0] = 2;
    Call c;
    c.practice.name = "Cabinet";
    c.at = "2026-10-12T09:30";
    auto version = [&](RecordId device, std::string note) {
        c.note = std::move(note);
        return Version{RecordType::Call,     id, Hlc::of(kWall, 3), device, {}, {}, false,
                       encode(c, {}).value()};
    };
    State s = stateOf({version(high, "high device"), version(low, "low device")});
    auto head = headVersion(s.db, id).value();
    ASSERT_TRUE(head);
    EXPECT_EQ(head->device, high);
    EXPECT_EQ(s.db.queryInteger("SELECT conflict FROM calls").value(), 1);  // concurrent
}

}  // namespace
}  // namespace parcours::journal
