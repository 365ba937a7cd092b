// Sync bundles between journals: what a person relies on when moving their journal from
// one device to another by file. Round trips both ways end identical; an import is a
// merge that is idempotent, keeps deletions, and lets a later edit win on a slow clock.
#include <gtest/gtest.h>

#include <cstdlib>

#include "parcours/sync/bundle.hpp"
#include "support/sync_bundle_fixture.hpp"
#include "sync/bundle_codec.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_format.hpp"

namespace {

using namespace parcours;
using parcours::test::cheapExport;
using parcours::test::Device;
using parcours::test::kHourMillis;
using parcours::test::sameVersions;
using parcours::test::sortedVersions;

struct SyncBundle : ::testing::Test {
    test::TempDir dir;
    Device phone{dir, "phone"};
    Device tablet{dir, "tablet"};
    std::filesystem::path bundle(const std::string& name) { return dir / (name + ".parcours"); }

    sync::ImportReport importOk(journal::Journal& j, const std::filesystem::path& file,
                                const std::string& passphrase = "correct horse battery") {
        auto r = sync::importBundle(j, file, passphrase);
        EXPECT_TRUE(r) << r.error().message;
        return r ? std::move(r).value() : sync::ImportReport{};
    }
    void exportOk(const journal::Journal& j, const std::filesystem::path& file,
                  const sync::ExportOptions& options = cheapExport()) {
        auto r = sync::exportBundle(j, file, options);
        ASSERT_TRUE(r) << r.error().message;
    }
};

TEST_F(SyncBundle, RoundTripBothWaysEndsIdentical) {
    phone.fill(3);
    tablet.fill(2);
    auto a = phone.open();
    auto b = tablet.open();
    const std::size_t phoneVersions = sortedVersions(a).size();

    exportOk(a, bundle("from-phone"));
    const auto first = importOk(b, bundle("from-phone"));
    EXPECT_EQ(first.merge.received, phoneVersions);
    EXPECT_EQ(first.merge.added, phoneVersions);
    EXPECT_EQ(first.merge.recordsAdded, phoneVersions);  // one version per record so far
    EXPECT_TRUE(first.bundle.encrypted);
    EXPECT_EQ(first.bundle.deviceId, a.deviceId());

    exportOk(b, bundle("from-tablet"));
    const auto second = importOk(a, bundle("from-tablet"));
    EXPECT_EQ(second.merge.recordsUpdated, 0u);
    EXPECT_EQ(second.merge.recordsUnchanged, phoneVersions);

    EXPECT_TRUE(sameVersions(sortedVersions(a), sortedVersions(b)));
    EXPECT_EQ(a.demarches()->size(), 2u);
}

TEST_F(SyncBundle, ImportingTheSameFileTwiceChangesNothing) {
    phone.fill(4);
    tablet.fill(1);
    auto a = phone.open();
    auto b = tablet.open();
    exportOk(a, bundle("phone"));
    importOk(b, bundle("phone"));
    const auto before = sortedVersions(b);
    const auto again = importOk(b, bundle("phone"));
    EXPECT_EQ(again.merge.added, 0u);
    EXPECT_EQ(again.merge.recordsAdded, 0u);
    EXPECT_EQ(again.merge.recordsUpdated, 0u);
    EXPECT_EQ(again.merge.recordsUnchanged, again.merge.received);
    EXPECT_TRUE(again.merge.conflicted.empty());
    EXPECT_TRUE(sameVersions(before, sortedVersions(b)));
}

TEST_F(SyncBundle, ADeletedCallStaysDeletedAfterImportingAnOldFile) {
    const auto calls = phone.fill(2);
    auto a = phone.open();
    exportOk(a, bundle("old"));
    // The tablet learns of both calls, then the phone deletes one.
    auto b = tablet.open();
    importOk(b, bundle("old"));
    phone.clock.advance(60'000);
    ASSERT_TRUE(a.deleteCall(calls[0]));
    exportOk(a, bundle("new"));
    importOk(b, bundle("new"));
    EXPECT_FALSE(b.call(calls[0]));
    // The old file again, on both devices: the deletion holds.
    const auto r = importOk(b, bundle("old"));
    EXPECT_EQ(r.merge.recordsUpdated, 0u);
    EXPECT_FALSE(b.call(calls[0]));
    importOk(a, bundle("old"));
    EXPECT_FALSE(a.call(calls[0]));
    EXPECT_TRUE(a.call(calls[1]));
    EXPECT_TRUE(sameVersions(sortedVersions(a), sortedVersions(b)));
}

TEST_F(SyncBundle, AnEditOnADeviceWhoseClockIsAnHourSlowStillWinsAfterAnImport) {
    const auto calls = phone.fill(1);
    tablet.clock.set(test::kSyncNow - kHourMillis);  // the tablet runs an hour slow
    auto a = phone.open();
    auto b = tablet.open();
    exportOk(a, bundle("phone"));
    const auto r = importOk(b, bundle("phone"));
    EXPECT_FALSE(r.merge.clockCapped);
    // The tablet edits the call after seeing it: its wall clock says an hour earlier.
    auto call = b.call(calls[0]).value();
    call.outcome = journal::Outcome::Appointment;
    call.appointmentAt = "2026-12-01T10:00:00+01:00";
    ASSERT_TRUE(b.updateCall(call));
    EXPECT_EQ(b.call(calls[0])->outcome, journal::Outcome::Appointment);
    exportOk(b, bundle("tablet"));
    const auto back = importOk(a, bundle("tablet"));
    EXPECT_EQ(back.merge.recordsUpdated, 1u);
    EXPECT_TRUE(back.merge.conflicted.empty());
    EXPECT_EQ(a.call(calls[0])->outcome, journal::Outcome::Appointment);
}

TEST_F(SyncBundle, ACloneFromTheFutureIsMergedWithTheClockCapped) {
    phone.clock.set(test::kSyncNow + 3 * 24 * kHourMillis);  // three days ahead
    phone.fill(1);
    auto a = phone.open();
    auto b = tablet.open();
    exportOk(a, bundle("future"));
    const auto r = importOk(b, bundle("future"));
    EXPECT_TRUE(r.merge.clockCapped);
    EXPECT_EQ(r.merge.recordsAdded, r.merge.received);
}

TEST_F(SyncBundle, TheDefaultKeyDerivationRoundTrips) {
    phone.fill(1);
    auto a = phone.open();
    sync::ExportOptions options;  // 64 MiB, 3 passes
    options.passphrase = "lapin-orange-velours-caillou-tisane-marelle";
    exportOk(a, bundle("default"), options);
    const auto info = sync::inspectBundle(bundle("default"));
    ASSERT_TRUE(info) << info.error().message;
    EXPECT_EQ(info->kdf.memlimit, 64u << 20);
    EXPECT_EQ(info->kdf.opslimit, 3u);
    auto b = tablet.open();
    importOk(b, bundle("default"), options.passphrase);
    EXPECT_TRUE(sameVersions(sortedVersions(a), sortedVersions(b)));
}

TEST_F(SyncBundle, InspectReadsTheHeaderWithoutThePassphrase) {
    phone.fill(1);
    auto a = phone.open();
    auto options = cheapExport();
    options.deviceLabel = "Téléphone de Léa";
    exportOk(a, bundle("phone"), options);
    const auto runs = sync::kdfRunCount();
    const auto info = sync::inspectBundle(bundle("phone"));
    ASSERT_TRUE(info) << info.error().message;
    EXPECT_EQ(sync::kdfRunCount(), runs);
    EXPECT_TRUE(info->encrypted);
    EXPECT_EQ(info->formatMajor, 1);
    EXPECT_EQ(info->deviceId, a.deviceId());
    EXPECT_EQ(info->deviceLabel, "Téléphone de Léa");
    EXPECT_EQ(info->chunkSize, 65536u);
    EXPECT_EQ(info->kdf.opslimit, 1u);
    EXPECT_FALSE(info->appVersion.empty());
    journal::Hlc newest;
    for (const auto& v : sortedVersions(a)) newest = std::max(newest, v.hlc);
    EXPECT_EQ(info->hlc, newest);
    EXPECT_EQ(info->fileBytes, std::filesystem::file_size(bundle("phone")));
}

TEST_F(SyncBundle, AnUnencryptedExportIsExplicitAndSaysSo) {
    phone.fill(2);
    auto a = phone.open();
    sync::ExportOptions plain;
    plain.encrypt = false;
    exportOk(a, bundle("plain"), plain);
    const auto info = sync::inspectBundle(bundle("plain"));
    ASSERT_TRUE(info);
    EXPECT_FALSE(info->encrypted);
    // The notes are readable in the file: that is what "unencrypted" means.
    EXPECT_NE(test::readFile(bundle("plain")).find("rappeler"), std::string::npos);
    auto b = tablet.open();
    importOk(b, bundle("plain"), "");
    EXPECT_TRUE(sameVersions(sortedVersions(a), sortedVersions(b)));
}

TEST_F(SyncBundle, EncryptedFilesHideTheirContent) {
    phone.fill(2);
    auto a = phone.open();
    exportOk(a, bundle("secret"));
    const auto bytes = test::readFile(bundle("secret"));
    EXPECT_EQ(bytes.find("rappeler"), std::string::npos);
    EXPECT_EQ(bytes.find("cabinet"), std::string::npos);
}

TEST_F(SyncBundle, ExportOptionsThatMakeNoSenseAreRefused) {
    auto a = phone.open();
    auto noPassphrase = cheapExport("");
    auto r = sync::exportBundle(a, bundle("x"), noPassphrase);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Usage);
    sync::ExportOptions plainWithPassphrase;
    plainWithPassphrase.encrypt = false;
    plainWithPassphrase.passphrase = "secret";
    EXPECT_FALSE(sync::exportBundle(a, bundle("x"), plainWithPassphrase));
    auto tooCostly = cheapExport();
    tooCostly.kdf = {3, 512ULL << 20};  // other devices would refuse it
    EXPECT_FALSE(sync::exportBundle(a, bundle("x"), tooCostly));
    EXPECT_FALSE(std::filesystem::exists(bundle("x")));
}

TEST_F(SyncBundle, ExportReplacesAnOldFileAndLeavesNoTemporary) {
    phone.fill(1);
    auto a = phone.open();
    test::writeFile(bundle("phone"), "an older export");
    exportOk(a, bundle("phone"));
    EXPECT_TRUE(sync::inspectBundle(bundle("phone")));
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_NE(entry.path().filename().string()[0], '.') << entry.path();  // no temporary
}

TEST(SyncKdfCalibration, RaisesPassesThenMemoryAndNeverGoesUnderTheFloor) {
    // A fast device (25 ms a pass over 64 MiB) aiming at one second: ten passes, more memory.
    auto fast = sync::kdfParamsFor(25, 1000);
    EXPECT_EQ(fast.opslimit, 10u);
    EXPECT_EQ(fast.memlimit, 256ULL << 20);  // capped at what importers accept
    // A device where a pass takes 200 ms: five passes of 64 MiB.
    auto middle = sync::kdfParamsFor(200, 1000);
    EXPECT_EQ(middle.opslimit, 5u);
    EXPECT_EQ(middle.memlimit, 64ULL << 20);
    // A slow device: fewer passes and less memory, but OWASP's floor holds.
    auto slow = sync::kdfParamsFor(2000, 1000);
    EXPECT_EQ(slow.opslimit, sync::kKdfFloor.opslimit);
    EXPECT_EQ(slow.memlimit, sync::kKdfFloor.memlimit);
    auto between = sync::kdfParamsFor(400, 1000);
    EXPECT_EQ(between.opslimit, 2u);
    EXPECT_GE(between.memlimit, sync::kKdfFloor.memlimit);
    EXPECT_LE(between.memlimit, 64ULL << 20);
}

}  // namespace

namespace {

// The fuzz target's seeds (tests/fuzz/corpus/bundle): small bundles of the current format,
// unencrypted and sealed with "fuzz" at libsodium's minimum cost, and a bare record
// stream. Rewritten by `PARCOURS_WRITE_BUNDLE_SEEDS=1 core_tests
// --gtest_filter=SyncFuzzSeeds.*`; otherwise checked to still read.
TEST(SyncFuzzSeeds, AreBundlesThisReaderAccepts) {
    const std::filesystem::path corpus =
        std::filesystem::path(PARCOURS_SOURCE_DIR) / "tests/fuzz/corpus/bundle";
    if (std::getenv("PARCOURS_WRITE_BUNDLE_SEEDS")) {
        test::TempDir dir;
        Device phone{dir, "phone"};
        const auto calls = phone.fill(2);
        auto j = phone.open();
        auto edited = j.call(calls[1]).value();
        edited.outcome = journal::Outcome::WaitingList;
        ASSERT_TRUE(j.updateCall(edited));
        ASSERT_TRUE(j.deleteCall(calls[0]));  // a tombstone too
        std::filesystem::create_directories(corpus);
        sync::ExportOptions plain;
        plain.encrypt = false;
        ASSERT_TRUE(sync::exportBundle(j, corpus / "plain.parcours", plain));
        ASSERT_TRUE(sync::exportBundle(j, corpus / "encrypted.parcours", cheapExport("fuzz")));
        Device empty{dir, "empty"};
        auto e = empty.open();
        ASSERT_TRUE(sync::exportBundle(e, corpus / "empty.parcours", plain));
        const auto bytes = test::readFile(corpus / "plain.parcours");
        const auto prelude = sync::readPrelude(bytes);
        ASSERT_TRUE(prelude);
        test::writeFile(corpus / "plain.records", bytes.substr(prelude->bytes));
    }
    std::size_t bundles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
        if (entry.path().extension() != ".parcours") continue;
        const auto bytes = test::readFile(entry.path());
        const auto prelude = sync::readPrelude(bytes);
        ASSERT_TRUE(prelude) << entry.path();
        auto decoded = sync::decodeBundle(bytes, prelude->header.encrypted ? "fuzz" : "");
        EXPECT_TRUE(decoded) << entry.path() << ": " << decoded.error().message;
        ++bundles;
    }
    EXPECT_GE(bundles, 3u);
}

}  // namespace
