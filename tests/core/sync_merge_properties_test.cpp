// The sync merge through the public Journal API (research/sync-security.md §1.8, §7):
// importVersions is commutative, associative and idempotent over random version sets of
// profiles, démarches and calls, and three devices that edit and exchange their versions
// in any order, with duplicates and stale copies, end with identical journals; and the
// JSON export (sync/journal_json.hpp) reads back as the same journal.
// Seeded (std::mt19937): a failure prints its seed; rerun one with
// SYNC_PROPERTIES_SEED=<seed> to debug it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <numeric>
#include <random>
#include <sstream>

#include "journal/codec.hpp"
#include "parcours/journal/conflicts.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/sync/journal_json.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/random_versions.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

constexpr std::int64_t kWall = 1'791'797'400'000;  // 2026-10-12T09:30:00Z
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;

// Seeds 1..count, or only the one in SYNC_PROPERTIES_SEED.
std::vector<unsigned> seeds(unsigned count) {
    if (const char* one = std::getenv("SYNC_PROPERTIES_SEED"))
        return {static_cast<unsigned>(std::strtoul(one, nullptr, 10))};
    std::vector<unsigned> out(count);
    for (unsigned i = 0; i < count; ++i) out[i] = i + 1;
    return out;
}

Journal memoryJournal(std::int64_t wall = kWall) {
    auto j = Journal::open(":memory:", {[wall] { return wall; }, "test"});
    EXPECT_TRUE(j) << j.error().message;
    return std::move(*j);
}

// ---- Random version sets -------------------------------------------------------------

RecordId makeId(std::uint8_t kind, std::uint8_t n) {
    RecordId id;
    id.bytes[0] = kind;
    id.bytes[1] = n;
    return id;
}

struct Universe {
    std::vector<RecordId> profiles, demarches, calls;
    std::vector<Version> all;  // every version any device could hold
};

std::string randomPayload(RecordType type, std::mt19937& rng, const Universe& u, int k) {
    const auto pick = [&rng](const std::vector<RecordId>& ids) { return ids[rng() % ids.size()]; };
    switch (type) {
        case RecordType::Profile: {
            Profile p;
            p.displayName = "Profil " + std::to_string(rng() % 3) + " v" + std::to_string(k);
            p.birthYear = 1950 + static_cast<int>(rng() % 70);
            p.ald = rng() % 2 == 0;
            return encode(p, {}, rng() % 4 == 0).value();
        }
        case RecordType::Demarche: {
            Demarche d;
            d.profile = pick(u.profiles);
            d.seeking = static_cast<Seeking>(rng() % 4);
            d.openedAt = "2026-10-0" + std::to_string(1 + rng() % 9) + "T08:00";
            d.status = static_cast<DemarcheStatus>(rng() % 3);
            d.specialty = "v" + std::to_string(k);
            return encode(d, {}).value();
        }
        case RecordType::Call: {
            Call c;
            c.demarche = pick(u.demarches);
            c.practice.name = "Cabinet " + std::to_string(rng() % 4);
            c.at = "2026-10-12T09:3" + std::to_string(rng() % 10);
            c.outcome = static_cast<Outcome>(rng() % 10);
            c.note = "v" + std::to_string(k);
            return encode(c, {}).value();
        }
    }
    return {};
}

// Each record a random tree of versions by three devices: creations, edits with parents,
// concurrent edits, tombstones; small clock steps so that versions often tie on hlc and
// the device decides. (id, hlc, device) always names one content, as between devices.
Universe randomUniverse(std::mt19937& rng) {
    Universe u;
    const std::array<RecordId, 3> devices{makeId(0xDE, 1), makeId(0xDE, 2), makeId(0xDE, 3)};
    for (std::uint8_t i = 0; i < 1 + rng() % 2; ++i) u.profiles.push_back(makeId(0xA0, i));
    for (std::uint8_t i = 0; i < 1 + rng() % 2; ++i) u.demarches.push_back(makeId(0xB0, i));
    for (std::uint8_t i = 0; i < 1 + rng() % 3; ++i) u.calls.push_back(makeId(0xC0, i));
    auto grow = [&](RecordType type, const RecordId& id) {
        const int count = 1 + static_cast<int>(rng() % 5);
        // Only calls are deleted by the app; tombstones of any type must still merge.
        const auto tree = test::randomVersionTree(
            rng, type, id, devices, kWall - 10 * kMinute, count, type == RecordType::Call ? 4 : 12,
            [&](int k) { return randomPayload(type, rng, u, k); });
        u.all.insert(u.all.end(), tree.begin(), tree.end());
    };
    for (const auto& id : u.profiles) grow(RecordType::Profile, id);
    for (const auto& id : u.demarches) grow(RecordType::Demarche, id);
    for (const auto& id : u.calls) grow(RecordType::Call, id);
    return u;
}

std::vector<Version> subset(const std::vector<Version>& all, std::mt19937& rng) {
    std::vector<Version> out;
    for (const auto& v : all)
        if (rng() % 2) out.push_back(v);
    std::shuffle(out.begin(), out.end(), rng);  // the order inside a batch must not matter
    return out;
}

// ---- What a journal shows ------------------------------------------------------------

std::string dumpVersions(const Journal& j) {
    std::ostringstream out;
    const auto versions = j.versions().value();  // kept: a range-for would dangle
    for (const auto& v : versions)
        out << static_cast<int>(v.type) << ' ' << v.id.hex() << ' ' << v.hlc.value << ' '
            << v.device.hex() << ' ' << v.parentHlc.value << ' ' << v.parentDevice.hex() << ' '
            << v.deleted << ' ' << v.payload.size() << ':' << v.payload << '\n';
    return out.str();
}

template <class T>
std::string errorOr(const Result<T>& r, const std::function<std::string(const T&)>& show) {
    return r ? show(*r) : "error " + r.error().message;
}

std::string callLine(const Call& c) {
    std::ostringstream out;
    out << c.id.hex() << ' ' << c.demarche.hex() << ' ' << c.practice.name << ' ' << c.at << ' '
        << outcomeId(c.outcome) << ' ' << c.note << '\n';
    return out.str();
}

// The versions and every view a person sees: profiles, démarches with their summaries,
// each démarche's calls, each record's conflict flag. Not the clock: each device's own.
std::string dump(const Journal& j, const std::vector<RecordId>& ids) {
    std::ostringstream out;
    out << dumpVersions(j);
    out << errorOr<std::vector<Profile>>(j.profiles(), [](const auto& ps) {
        std::ostringstream o;
        for (const auto& p : ps)
            o << "profile " << p.id.hex() << ' ' << p.displayName << ' ' << p.birthYear << ' '
              << p.ald << '\n';
        return o.str();
    });
    std::vector<RecordId> demarches;
    out << errorOr<std::vector<DemarcheSummary>>(j.demarches(), [&](const auto& ds) {
        std::ostringstream o;
        for (const auto& s : ds) {
            demarches.push_back(s.demarche.id);
            o << "demarche " << s.demarche.id.hex() << ' ' << s.demarche.profile.hex() << ' '
              << seekingId(s.demarche.seeking) << ' ' << statusId(s.demarche.status) << ' '
              << s.demarche.specialty << ' ' << s.profileName << ' ' << s.calls << ' '
              << s.distinctPractices << ' ' << s.firstCallAt << ' ' << s.lastCallAt << '\n';
        }
        return o.str();
    });
    for (const auto& d : demarches)
        out << errorOr<std::vector<Call>>(j.calls(d), [](const auto& cs) {
            std::string s;
            for (const auto& c : cs) s += callLine(c);
            return s;
        });
    for (const auto& id : ids)
        out << "conflict " << id.hex() << ' '
            << errorOr<bool>(j.hasConflict(id), [](bool b) { return std::to_string(b); }) << '\n';
    return out.str();
}

std::vector<RecordId> idsOf(const Universe& u) {
    std::vector<RecordId> ids = u.profiles;
    ids.insert(ids.end(), u.demarches.begin(), u.demarches.end());
    ids.insert(ids.end(), u.calls.begin(), u.calls.end());
    return ids;
}

MergeReport importInto(Journal& j, const std::vector<Version>& batch) {
    auto r = j.importVersions(batch);
    EXPECT_TRUE(r) << r.error().message;
    return r ? *r : MergeReport{};
}

Journal journalOf(std::initializer_list<const std::vector<Version>*> batches) {
    Journal j = memoryJournal();
    for (const auto* b : batches) importInto(j, *b);
    return j;
}

// ---- The algebra ---------------------------------------------------------------------

// 600 cases, each checking commutativity, associativity and idempotence (and, one case in
// two, the import order; one in three, the JSON round trip): about 2,300 property checks,
// ~7 s of CPU in a debug build.
constexpr unsigned kAlgebraCases = 600;

TEST(SyncMergeProperties, ImportIsCommutativeAssociativeAndIdempotent) {
    for (unsigned seed : seeds(kAlgebraCases)) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937 rng(seed);
        const Universe u = randomUniverse(rng);
        const auto ids = idsOf(u);
        const auto a = subset(u.all, rng), b = subset(u.all, rng), c = subset(u.all, rng);

        // A then B = B then A.
        Journal ab = journalOf({&a, &b});
        const std::string dab = dump(ab, ids);
        ASSERT_EQ(dab, dump(journalOf({&b, &a}), ids)) << "commutativity, seed " << seed;

        // (A then B) then C = A then (B then C), C relayed through a second journal.
        Journal bc = journalOf({&b, &c});
        Journal left = journalOf({&a, &b, &c});
        Journal right = journalOf({&a});
        importInto(right, bc.versions().value());
        ASSERT_EQ(dump(left, ids), dump(right, ids)) << "associativity, seed " << seed;

        // Importing again: no version added, no record changed, the same journal.
        auto again = importInto(ab, ab.versions().value());
        ASSERT_EQ(again.added, 0U) << "idempotence, seed " << seed;
        ASSERT_EQ(again.recordsUpdated, 0U) << "idempotence, seed " << seed;
        ASSERT_EQ(again.recordsAdded, 0U) << "idempotence, seed " << seed;
        again = importInto(ab, a);
        ASSERT_EQ(again.added, 0U) << "idempotence, seed " << seed;
        ASSERT_EQ(again.recordsUpdated, 0U) << "idempotence, seed " << seed;
        ASSERT_EQ(dump(ab, ids), dab) << "idempotence, seed " << seed;

        // The JSON export read back into an empty journal is the same journal.
        if (seed % 3 == 0) {
            auto text = sync::exportJournalJson(ab);
            ASSERT_TRUE(text) << text.error().message;
            Journal back = memoryJournal();
            auto r = sync::importJournalJson(back, *text);
            ASSERT_TRUE(r) << r.error().message;
            ASSERT_EQ(dump(back, ids), dab) << "JSON round trip, seed " << seed;
        }

        // Everything at once, or one version at a time in any order: the same journal.
        if (seed % 2 == 0) continue;
        Journal whole = journalOf({&u.all});
        auto shuffled = u.all;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        Journal oneByOne = memoryJournal();
        for (const auto& v : shuffled) importInto(oneByOne, {v});
        ASSERT_EQ(dump(oneByOne, ids), dump(whole, ids)) << "order, seed " << seed;
    }
}

// ---- Three devices -------------------------------------------------------------------

struct Device {
    Device(const std::filesystem::path& file, std::int64_t wallMillis) : wall(wallMillis) {
        auto j = Journal::open(file, {wall.fn(), file.stem().string()});
        EXPECT_TRUE(j) << j.error().message;
        journal.emplace(std::move(*j));
    }
    test::FakeWallClock wall;
    std::optional<Journal> journal;
};

// The live démarches and calls a device shows.
struct Live {
    std::vector<Demarche> demarches;
    std::vector<Call> calls;
};
Live liveOf(const Journal& j) {
    Live live;
    const auto summaries = j.demarches().value();
    for (const auto& s : summaries) {
        live.demarches.push_back(s.demarche);
        auto calls = j.calls(s.demarche.id).value();
        for (auto& c : calls) live.calls.push_back(std::move(c));
    }
    return live;
}

// One random thing a person does on a device.
void randomEdit(Device& d, std::mt19937& rng, int step) {
    Journal& j = *d.journal;
    d.wall.advance(static_cast<std::int64_t>(rng() % 5) * kMinute);
    const Live live = liveOf(j);
    const auto note = "step " + std::to_string(step);
    const unsigned action = rng() % 8;
    if (live.demarches.empty() || action == 0) {
        Demarche dm;
        dm.seeking = static_cast<Seeking>(rng() % 4);
        dm.specialty = note;
        ASSERT_TRUE(j.openDemarche(dm));
    } else if (live.calls.empty() || action <= 2) {
        Call c;
        c.demarche = live.demarches[rng() % live.demarches.size()].id;
        c.practice.name = "Cabinet " + std::to_string(rng() % 5);
        c.at = "2026-10-1" + std::to_string(rng() % 10) + "T09:30";
        c.outcome = static_cast<Outcome>(rng() % 10);
        c.note = note;
        ASSERT_TRUE(j.logCall(c));
    } else if (action <= 4) {
        Call c = live.calls[rng() % live.calls.size()];
        c.note = note;
        c.outcome = static_cast<Outcome>(rng() % 10);
        ASSERT_TRUE(j.updateCall(c));
    } else if (action == 5) {
        ASSERT_TRUE(j.deleteCall(live.calls[rng() % live.calls.size()].id));
    } else if (action == 6) {
        Demarche dm = live.demarches[rng() % live.demarches.size()];
        if (dm.status == DemarcheStatus::Open && rng() % 3 == 0) {
            ASSERT_TRUE(j.closeDemarche(dm.id, DemarcheStatus::Found, "2026-10-20T10:00"));
        } else {
            dm.specialty = note;
            ASSERT_TRUE(j.updateDemarche(dm));
        }
    } else {
        auto self = j.defaultProfile().value();
        self.birthYear = 1950 + static_cast<int>(rng() % 60);
        self.displayName = "Moi " + note;
        ASSERT_TRUE(j.updateProfile(self));
    }
}

std::vector<RecordId> everyId(const std::vector<const Journal*>& journals) {
    std::vector<RecordId> ids;
    for (const auto* j : journals) {
        const auto versions = j->versions().value();
        for (const auto& v : versions) ids.push_back(v.id);
    }
    std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

constexpr unsigned kDeviceRuns = 12;
constexpr int kSteps = 60;

TEST(SyncMergeProperties, ThreeDevicesExchangingInAnyOrderConverge) {
    // Over all runs, the edits must have made what the merge is for: deletions and
    // concurrent edits (a generator that never makes them would prove nothing).
    std::size_t tombstones = 0, conflicts = 0, versions = 0, settledConflicts = 0;
    for (unsigned seed : seeds(kDeviceRuns)) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937 rng(seed);
        test::TempDir dir(test::memoryTempRoot());
        // The third device's clock is an hour slow.
        std::array<Device, 3> devices{Device(dir / "phone.sqlite", kWall),
                                      Device(dir / "tablet.sqlite", kWall + 2 * kMinute),
                                      Device(dir / "laptop.sqlite", kWall - kHour)};
        std::vector<std::vector<Version>> exported;  // every copy ever made: stale ones too
        for (int step = 0; step < kSteps; ++step) {
            auto& d = devices[rng() % 3];
            if (rng() % 3 != 0) {
                randomEdit(d, rng, step);
                if (HasFatalFailure()) return;
            } else {
                // A copy of some device's versions now, or an old copy imported again.
                if (exported.empty() || rng() % 3 != 0)
                    exported.push_back(devices[rng() % 3].journal->versions().value());
                importInto(*d.journal, exported[rng() % exported.size()]);
            }
        }
        // Everyone gets everyone's versions, in a random order, some twice.
        for (int round = 0; round < 2; ++round) {
            std::array<int, 9> pairs{};
            std::iota(pairs.begin(), pairs.end(), 0);
            std::shuffle(pairs.begin(), pairs.end(), rng);
            for (int p : pairs)
                importInto(*devices[p / 3].journal, devices[p % 3].journal->versions().value());
        }
        const auto ids =
            everyId({&*devices[0].journal, &*devices[1].journal, &*devices[2].journal});
        const std::string first = dump(*devices[0].journal, ids);
        ASSERT_EQ(dump(*devices[1].journal, ids), first) << "seed " << seed;
        ASSERT_EQ(dump(*devices[2].journal, ids), first) << "seed " << seed;
        const auto all = devices[0].journal->versions().value();
        versions += all.size();
        tombstones += std::ranges::count_if(all, [](const Version& v) { return v.deleted; });
        for (const auto& id : ids) {
            auto conflict = devices[0].journal->hasConflict(id);
            if (conflict && *conflict) ++conflicts;
        }
        // And a stale copy changes nothing any more.
        for (const auto& old : exported) {
            auto r = importInto(*devices[0].journal, old);
            ASSERT_EQ(r.added, 0U) << "seed " << seed;
            ASSERT_EQ(r.recordsUpdated, 0U) << "seed " << seed;
        }
        // The person settles every conflict on one device (a random pick each), the others
        // get its versions: all agree, and nothing is in conflict any more.
        auto& settler = *devices[rng() % 3].journal;
        const auto open = listConflicts(settler).value();
        for (const auto& c : open)
            ASSERT_TRUE(settleConflict(settler, c.id, 1 + rng() % c.versions.size()));
        for (auto& d : devices) importInto(*d.journal, settler.versions().value());
        const std::string settled = dump(*devices[0].journal, ids);
        ASSERT_EQ(dump(*devices[1].journal, ids), settled) << "settled, seed " << seed;
        ASSERT_EQ(dump(*devices[2].journal, ids), settled) << "settled, seed " << seed;
        ASSERT_TRUE(listConflicts(*devices[0].journal).value().empty()) << "seed " << seed;
        settledConflicts += open.size();
    }
    std::cout << "[ stats    ] " << versions << " versions, " << tombstones << " tombstones, "
              << conflicts << " records in conflict at the end of the runs, " << settledConflicts
              << " settled\n";
    if (std::getenv("SYNC_PROPERTIES_SEED")) return;
    EXPECT_GT(tombstones, 0U);
    EXPECT_GT(conflicts, 0U);
}

// ---- Scenarios -----------------------------------------------------------------------

Call aCall(const RecordId& demarche, std::string note) {
    Call c;
    c.demarche = demarche;
    c.practice.name = "Cabinet du Parc";
    c.at = "2026-10-12T09:30";
    c.note = std::move(note);
    return c;
}

TEST(SyncMergeProperties, ADeletedCallStaysDeletedAfterAnOldCopy) {
    test::TempDir dir(test::memoryTempRoot());
    Device a(dir / "a.sqlite", kWall), b(dir / "b.sqlite", kWall);
    const auto demarche = a.journal->openDemarche({}).value();
    const auto call = a.journal->logCall(aCall(demarche, "à supprimer")).value();
    const auto oldCopy = a.journal->versions().value();
    importInto(*b.journal, oldCopy);
    a.wall.advance(kMinute);
    ASSERT_TRUE(a.journal->deleteCall(call));
    importInto(*b.journal, a.journal->versions().value());
    EXPECT_EQ(b.journal->call(call).error().kind, ErrorKind::NotFound);

    // The old copy comes back, to either device, by itself or through the other.
    auto report = importInto(*a.journal, oldCopy);
    EXPECT_EQ(report.added, 0U);
    EXPECT_EQ(report.recordsUnchanged, 3U);  // the profile, the démarche, the call
    EXPECT_EQ(a.journal->call(call).error().kind, ErrorKind::NotFound);
    importInto(*b.journal, oldCopy);
    EXPECT_EQ(b.journal->call(call).error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(b.journal->calls(demarche).value().empty());
    EXPECT_EQ(dumpVersions(*a.journal), dumpVersions(*b.journal));
}

TEST(SyncMergeProperties, AnEditAfterAnImportOnASlowDeviceWins) {
    test::TempDir dir(test::memoryTempRoot());
    Device fast(dir / "fast.sqlite", kWall), slow(dir / "slow.sqlite", kWall - kHour);
    const auto demarche = fast.journal->openDemarche({}).value();
    const auto id = fast.journal->logCall(aCall(demarche, "first")).value();
    fast.wall.advance(kMinute);
    auto c = fast.journal->call(id).value();
    c.note = "edited on the fast device";
    ASSERT_TRUE(fast.journal->updateCall(c));

    importInto(*slow.journal, fast.journal->versions().value());
    slow.wall.advance(kMinute);  // still 59 minutes behind the fast device's last edit
    c.note = "edited on the slow device, after the import";
    ASSERT_TRUE(slow.journal->updateCall(c));
    EXPECT_EQ(slow.journal->call(id).value().note, c.note);

    auto report = importInto(*fast.journal, slow.journal->versions().value());
    EXPECT_EQ(report.added, 1U);
    EXPECT_EQ(report.recordsUpdated, 1U);
    EXPECT_TRUE(report.conflicted.empty());
    EXPECT_EQ(fast.journal->call(id).value().note, c.note);
    EXPECT_FALSE(fast.journal->hasConflict(id).value());
}

// The record counts of a merge report, on a batch made by hand.
TEST(SyncMergeProperties, TheReportCountsVersionsAndRecords) {
    const RecordId here = makeId(0xDE, 1), there = makeId(0xDE, 2);
    const RecordId demarche = makeId(0xB0, 1);
    Demarche d;
    auto version = [](RecordType type, RecordId id, std::int64_t t, RecordId device,
                      std::string payload, const Version* parent = nullptr) {
        Version v{type, id, Hlc::of(kWall + t, 0), device, {}, {}, false, std::move(payload)};
        if (parent) {
            v.parentHlc = parent->hlc;
            v.parentDevice = parent->device;
        }
        return v;
    };
    const auto callPayload = [&](const std::string& note) {
        return encode(aCall(demarche, note), {}).value();
    };
    const Version dm = version(RecordType::Demarche, demarche, 1, here, encode(d, {}).value());
    const Version updated1 = version(RecordType::Call, makeId(0xC0, 1), 2, here, callPayload("1"));
    const Version same1 = version(RecordType::Call, makeId(0xC0, 2), 2, here, callPayload("2"));
    const Version older1 = version(RecordType::Call, makeId(0xC0, 3), 5, here, callPayload("3"));
    const Version conflict1 = version(RecordType::Call, makeId(0xC0, 4), 2, here, callPayload("4"));
    Journal j = memoryJournal(kWall + 10);
    auto first = importInto(j, {dm, updated1, same1, older1, conflict1});
    EXPECT_EQ(first.received, 5U);
    EXPECT_EQ(first.added, 5U);
    EXPECT_EQ(first.recordsAdded, 5U);
    EXPECT_EQ(first.recordsUpdated + first.recordsUnchanged, 0U);

    const std::vector<Version> batch{
        version(RecordType::Call, updated1.id, 3, there, callPayload("1b"), &updated1),  // newer
        same1,                                                                 // already here
        version(RecordType::Call, older1.id, 4, there, callPayload("3b")),     // older, concurrent
        version(RecordType::Call, conflict1.id, 3, there, callPayload("4b")),  // newer, concurrent
        version(RecordType::Call, makeId(0xC0, 5), 3, there, callPayload("5")),  // new record
        same1,                                                                   // twice in a batch
    };
    auto r = importInto(j, batch);
    EXPECT_EQ(r.received, 6U);
    EXPECT_EQ(r.added, 4U);
    EXPECT_EQ(r.recordsAdded, 1U);      // call 5
    EXPECT_EQ(r.recordsUpdated, 2U);    // call 1 (a child), call 4 (a concurrent head)
    EXPECT_EQ(r.recordsUnchanged, 2U);  // call 2 (same version), call 3 (older version)
    std::vector<RecordId> conflicted = r.conflicted;
    std::ranges::sort(conflicted);
    EXPECT_EQ(conflicted, (std::vector<RecordId>{older1.id, conflict1.id}));
    EXPECT_EQ(r.maxHlc, Hlc::of(kWall + 4, 0));
    EXPECT_FALSE(r.clockCapped);
    EXPECT_EQ(j.call(updated1.id).value().note, "1b");
    EXPECT_EQ(j.call(older1.id).value().note, "3");  // its own head stays
    EXPECT_EQ(j.call(conflict1.id).value().note, "4b");
    EXPECT_FALSE(j.hasConflict(updated1.id).value());

    // A clock a year ahead is not followed, and the report says so.
    auto future = importInto(j, {version(RecordType::Call, makeId(0xC0, 6), 365LL * 24 * kHour,
                                         there, callPayload("6"))});
    EXPECT_TRUE(future.clockCapped);
}

}  // namespace
}  // namespace parcours::journal
