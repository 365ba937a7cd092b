#pragma once
// What the sync bundle tests share: journals on fake clocks filled with a few records,
// cheap KDF parameters (libsodium's minimums: the defaults have their own test), and the
// comparison of two journals' kept versions.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "parcours/journal/journal.hpp"
#include "parcours/sync/bundle.hpp"
#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::test {

inline constexpr std::int64_t kSyncNow = 1'795'420'800'000;  // 2026-11-23T08:00:00Z
inline constexpr std::int64_t kHourMillis = 3600 * 1000;

inline sync::ExportOptions cheapExport(std::string passphrase = "correct horse battery") {
    sync::ExportOptions options;
    options.passphrase = std::move(passphrase);
    options.kdf = {1, 8192};
    return options;
}

inline journal::Call sampleCall(const journal::RecordId& demarche, std::string name,
                                journal::Outcome outcome = journal::Outcome::NoAnswer) {
    journal::Call call;
    call.demarche = demarche;
    call.practice = {"", std::move(name), "03 80 00 00 00", "", ""};
    call.at = "2026-11-23T09:00:00+01:00";
    call.outcome = outcome;
    call.note = "Secrétariat aimable, rappeler à 14 h";
    return call;
}

// Every kept version in a fixed order, for comparing journals.
inline std::vector<journal::Version> sortedVersions(const journal::Journal& j) {
    auto versions = j.versions();
    EXPECT_TRUE(versions) << versions.error().message;
    if (!versions) return {};
    auto out = std::move(versions).value();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.id, a.hlc, a.device) < std::tie(b.id, b.hlc, b.device);
    });
    return out;
}

inline bool sameVersion(const journal::Version& a, const journal::Version& b) {
    return a.type == b.type && a.id == b.id && a.hlc == b.hlc && a.device == b.device &&
           a.parentHlc == b.parentHlc && a.parentDevice == b.parentDevice &&
           a.deleted == b.deleted && a.payload == b.payload;
}

inline ::testing::AssertionResult sameVersions(const std::vector<journal::Version>& a,
                                               const std::vector<journal::Version>& b) {
    if (a.size() != b.size())
        return ::testing::AssertionFailure() << a.size() << " versions against " << b.size();
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameVersion(a[i], b[i]))
            return ::testing::AssertionFailure()
                   << "version " << i << " (" << a[i].id.hex() << ") differs";
    return ::testing::AssertionSuccess();
}

// A journal file on its own fake clock, with a démarche and `calls` calls.
struct Device {
    TempDir& dir;
    std::string name;
    FakeWallClock clock{kSyncNow};
    std::filesystem::path file = dir / (name + ".sqlite");

    journal::Journal open() {
        auto j = journal::Journal::open(file, {clock.fn(), name});
        EXPECT_TRUE(j) << j.error().message;
        return std::move(j).value();
    }
    // Opens the journal and logs `calls` calls in a new démarche; returns the call ids.
    std::vector<journal::RecordId> fill(int calls) {
        auto j = open();
        journal::Demarche d;
        d.openedAt = "2026-11-23T08:55:00+01:00";
        const auto demarche = j.openDemarche(d).value();
        std::vector<journal::RecordId> ids;
        for (int i = 0; i < calls; ++i) {
            clock.advance(1000);
            ids.push_back(
                j.logCall(sampleCall(demarche, name + " cabinet " + std::to_string(i))).value());
        }
        return ids;
    }
};

}  // namespace parcours::test
