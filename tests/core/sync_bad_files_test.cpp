// Bundles that must be refused (research/sync-security.md §7.4): a wrong passphrase, any
// header byte changed, a file cut at any chunk boundary or a few bytes short, bytes added,
// chunks swapped, lengths and KDF parameters over their caps (refused before the KDF runs),
// garbage, a corrupted unencrypted file. Each is a clear error, and the journal that was
// importing is left exactly as it was, down to its file's bytes.
#include <gtest/gtest.h>

#include <random>

#include "support/sync_bundle_fixture.hpp"
#include "sync/bundle_codec.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_format.hpp"

namespace {

using namespace parcours;
using parcours::test::cheapExport;
using parcours::test::Device;
using parcours::test::sortedVersions;

constexpr const char* kPassphrase = "correct horse battery";
constexpr std::size_t kChunkCipherBytes = 65536 + 17;

// Bytes of the journal's files (database and write-ahead log): "changed nothing" literally.
std::string journalBytes(const std::filesystem::path& file) {
    std::string all = test::readFile(file);
    const auto wal = std::filesystem::path(file.string() + "-wal");
    if (std::filesystem::exists(wal)) all += test::readFile(wal);
    return all;
}

struct SyncBadFiles : ::testing::Test {
    // In memory: some tests import hundreds of broken files.
    test::TempDir dir{test::memoryTempRoot()};
    Device phone{dir, "phone"};
    Device tablet{dir, "tablet"};
    std::optional<journal::Journal> target;  // the tablet's journal, importing
    std::vector<journal::Version> versionsBefore;
    std::string bytesBefore;
    std::filesystem::path candidate = dir / "candidate.parcours";

    void SetUp() override {
        tablet.fill(2);
        target.emplace(tablet.open());
        versionsBefore = sortedVersions(*target);
        bytesBefore = journalBytes(tablet.file);
    }

    // A valid encrypted export of the phone's journal, `calls` calls long.
    std::string validBundle(int calls, sync::ExportOptions options = cheapExport(kPassphrase)) {
        phone.fill(calls);
        auto j = phone.open();
        const auto file = dir / "valid.parcours";
        auto r = sync::exportBundle(j, file, options);
        EXPECT_TRUE(r) << r.error().message;
        return test::readFile(file);
    }

    std::size_t preludeBytes(const std::string& file) {
        auto p = sync::readPrelude(file);
        EXPECT_TRUE(p) << p.error().message;
        return p ? p->bytes : 0;
    }

    // Imports `bytes` and expects a refusal whose message holds `expected`; returns it.
    std::string refused(const std::string& bytes, const std::string& expected,
                        const std::string& passphrase = kPassphrase) {
        test::writeFile(candidate, bytes);
        auto r = sync::importBundle(*target, candidate, passphrase);
        EXPECT_FALSE(r) << "accepted: " << expected;
        if (r) return {};
        EXPECT_NE(r.error().message.find(expected), std::string::npos)
            << "error «" << r.error().message << "» does not say «" << expected << "»";
        EXPECT_NE(r.error().kind, ErrorKind::Storage) << r.error().message;
        return r.error().message;
    }

    void expectUnchanged() {
        EXPECT_TRUE(test::sameVersions(versionsBefore, sortedVersions(*target)));
        EXPECT_EQ(bytesBefore, journalBytes(tablet.file)) << "the journal's file changed";
    }
};

TEST_F(SyncBadFiles, WrongPassphrase) {
    const auto bytes = validBundle(3);
    refused(bytes, "wrong passphrase", "Correct horse battery");
    refused(bytes, "wrong passphrase", std::string(kPassphrase) + " ");
    // No passphrase for an encrypted file: said plainly.
    const auto message = refused(bytes, "passphrase is needed", "");
    expectUnchanged();
}

TEST_F(SyncBadFiles, EveryHeaderByteFlippedIsRefused) {
    const auto bytes = validBundle(2);
    const std::size_t prelude = preludeBytes(bytes);
    ASSERT_GT(prelude, 60u);
    for (std::size_t i = 0; i < prelude; ++i) {
        for (int mask : {0x01, 0x80}) {
            std::string altered = bytes;
            altered[i] = static_cast<char>(altered[i] ^ mask);
            SCOPED_TRACE("byte " + std::to_string(i) + " ^ " + std::to_string(mask));
            refused(altered, "bundle");
        }
    }
    expectUnchanged();
}

TEST_F(SyncBadFiles, TruncatedAtEveryChunkBoundaryOrAFewBytesShort) {
    // 800 calls: a plaintext over two 64 KiB chunks, so three chunks.
    const auto bytes = validBundle(800);
    const std::size_t prelude = preludeBytes(bytes);
    const std::size_t chunks = (bytes.size() - prelude + kChunkCipherBytes - 1) / kChunkCipherBytes;
    ASSERT_GE(chunks, 3u) << "too small to test chunk boundaries";
    for (std::size_t k = 0; k < chunks; ++k) {
        SCOPED_TRACE("after chunk " + std::to_string(k));
        refused(bytes.substr(0, prelude + k * kChunkCipherBytes), "without its final chunk");
    }
    for (std::size_t shortBy : {1, 2, 16, 17, 18, 100}) {
        SCOPED_TRACE("short by " + std::to_string(shortBy));
        refused(bytes.substr(0, bytes.size() - shortBy), "bundle");
    }
    refused(bytes.substr(0, prelude - 1), "truncated");
    refused(bytes.substr(0, 10), "truncated");
    expectUnchanged();
}

TEST_F(SyncBadFiles, BytesAppendedAreRefused) {
    // After a partial last chunk, added bytes make it fail authentication.
    const auto bytes = validBundle(3);
    refused(bytes + '\0', "added at its end");
    refused(bytes + std::string(100, 'x'), "added at its end");
    refused(bytes + std::string(kChunkCipherBytes, 'x'), "first chunk changed");
    refused(bytes + bytes, "added at its end");
    // After a full final chunk, they are seen as what they are.
    sync::BundleHeader header;
    header.deviceId = journal::RecordId::random();
    header.kdf = {1, 8192};
    auto full = sync::sealPlaintext(header, kPassphrase, std::string(65536, 'r'));
    ASSERT_TRUE(full);
    refused(*full + '\0', "1 bytes after its final chunk");
    refused(*full + *full, "after its final chunk");
    expectUnchanged();
}

TEST_F(SyncBadFiles, SwappedOrRepeatedChunksAreRefused) {
    const auto bytes = validBundle(800);
    const std::size_t p = preludeBytes(bytes);
    ASSERT_GT(bytes.size(), p + 2 * kChunkCipherBytes);
    const std::string first = bytes.substr(p, kChunkCipherBytes);
    const std::string second = bytes.substr(p + kChunkCipherBytes, kChunkCipherBytes);
    const std::string rest = bytes.substr(p + 2 * kChunkCipherBytes);
    refused(bytes.substr(0, p) + second + first + rest, "first chunk changed");
    refused(bytes.substr(0, p) + first + first + rest, "chunk 2");
    refused(bytes.substr(0, p) + first + rest, "chunk 2");  // one dropped
    expectUnchanged();
}

TEST_F(SyncBadFiles, OversizedHeaderLengthIsRefused) {
    auto bytes = validBundle(1);
    for (const std::uint32_t length : {65537u, 0x7FFFFFFFu, 0xFFFFFFFFu}) {
        std::string altered = bytes;
        for (int i = 0; i < 4; ++i) altered[12 + i] = static_cast<char>((length >> (8 * i)) & 0xFF);
        refused(altered, "over the cap of 65536");
    }
    expectUnchanged();
}

TEST_F(SyncBadFiles, AbsurdKdfParametersAreRefusedBeforeTheKdfRuns) {
    sync::BundleHeader header;
    header.deviceId = journal::RecordId::random();
    struct Case {
        sync::KdfParams kdf;
        const char* cap;
    };
    for (const Case& c :
         {Case{{3, 4ULL << 30}, "(memlimit)"}, Case{{3, (256ULL << 20) + 1}, "(memlimit)"},
          Case{{11, 8192}, "(opslimit)"}, Case{{1ULL << 40, 8192}, "(opslimit)"}}) {
        // Written with cheap parameters, then the header claims costly ones.
        header.kdf = {1, 8192};
        auto good = sync::sealVersions(header, kPassphrase, {});
        ASSERT_TRUE(good);
        auto claimed = header;
        claimed.kdf = c.kdf;
        claimed.salt = std::string(16, 's');
        claimed.streamHeader = std::string(24, 'h');
        const std::string altered =
            sync::encodePrelude(claimed) + good->substr(preludeBytes(*good));
        const auto runs = sync::kdfRunCount();
        const auto message = refused(altered, c.cap);
        EXPECT_NE(message.find("refused before deriving"), std::string::npos) << message;
        EXPECT_EQ(sync::kdfRunCount(), runs) << "the KDF ran for " << message;
    }
    // inspect refuses them too, naming the cap.
    auto claimed = header;
    claimed.kdf = {3, 4ULL << 30};
    claimed.salt = std::string(16, 's');
    claimed.streamHeader = std::string(24, 'h');
    test::writeFile(candidate, sync::encodePrelude(claimed));
    auto info = sync::inspectBundle(candidate);
    ASSERT_FALSE(info);
    EXPECT_NE(info.error().message.find("4096 MiB"), std::string::npos) << info.error().message;
    expectUnchanged();
}

TEST_F(SyncBadFiles, OversizedRecordLengthAndCountAreRefused) {
    sync::BundleHeader header;
    header.deviceId = journal::RecordId::random();
    header.kdf = {1, 8192};
    // A manifest announcing one version (field 4 = 1), then a record of 2 MiB + 1 announced.
    const std::string manifest = std::string("\x04\x0A\x02\x20\x01", 5);
    const std::string hugeLength = "\x81\x80\x80\x01";
    auto sealed = sync::sealPlaintext(header, kPassphrase, manifest + hugeLength + "xyz");
    ASSERT_TRUE(sealed);
    refused(*sealed, "over the cap of 1048576 bytes per record");
    // The manifest itself announcing a billion versions.
    const std::string billion =
        std::string("\x08\x0A\x06\x20", 4) + "\x80\x94\xEB\xDC\x03";  // 1e9 as a varint
    sealed = sync::sealPlaintext(header, kPassphrase, billion);
    ASSERT_TRUE(sealed);
    refused(*sealed, "over the cap of 5000000");
    // A length that never ends.
    sealed = sync::sealPlaintext(header, kPassphrase, manifest + std::string(12, '\xFF'));
    ASSERT_TRUE(sealed);
    refused(*sealed, "malformed length");
    expectUnchanged();
}

TEST_F(SyncBadFiles, NewerMajorFormatIsRefusedNewerMinorIsRead) {
    phone.fill(1);
    const auto versions = sortedVersions(phone.open());
    sync::BundleHeader header;
    header.deviceId = journal::RecordId::random();
    header.kdf = {1, 8192};
    header.formatMajor = 2;
    auto newer = sync::sealVersions(header, kPassphrase, versions);
    ASSERT_TRUE(newer);
    refused(*newer, "newer than this app reads");
    expectUnchanged();

    header.formatMajor = 1;
    header.formatMinor = 9;
    auto minor = sync::sealVersions(header, kPassphrase, versions);
    ASSERT_TRUE(minor);
    test::writeFile(candidate, *minor);
    auto r = sync::importBundle(*target, candidate, kPassphrase);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->bundle.formatMinor, 9);
    EXPECT_EQ(r->merge.added, versions.size());
}

TEST_F(SyncBadFiles, RandomGarbageIsRefused) {
    std::mt19937 rng(20261123);
    for (std::size_t size : {0, 1, 7, 8, 16, 100, 5000, 200000}) {
        std::string garbage(size, '\0');
        for (auto& c : garbage) c = static_cast<char>(rng());
        refused(garbage, "not a Parcours bundle");
    }
    // Garbage after a valid prelude: the first chunk does not authenticate.
    const auto bytes = validBundle(1);
    const std::size_t p = preludeBytes(bytes);
    std::string tail(bytes.size() - p, '\0');
    for (auto& c : tail) c = static_cast<char>(rng());
    refused(bytes.substr(0, p) + tail, "wrong passphrase, or the file was altered");
    expectUnchanged();
}

TEST_F(SyncBadFiles, AnUnencryptedFileWithAnyByteFlippedIsRefused) {
    sync::ExportOptions plain;
    plain.encrypt = false;
    const auto bytes = validBundle(3, plain);
    // A byte of a note: only the BLAKE2b trailer can tell.
    const auto note = bytes.find("aimable");
    ASSERT_NE(note, std::string::npos);
    std::string altered = bytes;
    altered[note] = 'A';
    refused(altered, "BLAKE2b", "");
    // Every byte, header included: each flip is caught by a check or by the hash.
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        altered = bytes;
        altered[i] = static_cast<char>(altered[i] ^ 0x01);
        SCOPED_TRACE("byte " + std::to_string(i));
        refused(altered, "", "");
    }
    refused(bytes + "x", "after its trailer", "");
    refused(bytes.substr(0, bytes.size() - 1), "", "");
    expectUnchanged();
}

TEST_F(SyncBadFiles, AnUnencryptedFileIsRefusedWhereAPassphraseWasExpected) {
    sync::ExportOptions plain;
    plain.encrypt = false;
    const auto bytes = validBundle(1, plain);
    refused(bytes, "not encrypted, yet a passphrase was given");
    expectUnchanged();
}

TEST_F(SyncBadFiles, AVersionThatDoesNotDecodeRefusesTheWholeFile) {
    phone.fill(2);
    auto versions = sortedVersions(phone.open());
    ASSERT_GE(versions.size(), 3u);
    versions.back().payload = "\xFF\xFF\xFF";  // not a record of its type
    sync::BundleHeader header;
    header.deviceId = journal::RecordId::random();
    header.kdf = {1, 8192};
    auto sealed = sync::sealVersions(header, kPassphrase, versions);
    ASSERT_TRUE(sealed);
    refused(*sealed, "bundle record " + std::to_string(versions.size()));
    versions.back().payload.clear();
    versions.back().id.bytes = {};
    versions.back().hlc = {};
    sealed = sync::sealVersions(header, kPassphrase, versions);
    ASSERT_TRUE(sealed);
    refused(*sealed, "no clock value");
    expectUnchanged();
}

TEST_F(SyncBadFiles, AMissingFileIsNotFound) {
    auto r = sync::importBundle(*target, dir / "nowhere.parcours", kPassphrase);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
    expectUnchanged();
}

}  // namespace
