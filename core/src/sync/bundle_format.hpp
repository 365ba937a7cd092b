#pragma once
// The bundle's fixed prelude and header (docs/bundle-format.md), as plain values, so that
// the reader, the writer, the tests and the fuzz target share one encoder and one parser.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "parcours/sync/bundle.hpp"

namespace parcours::sync {

// PNG-style: a high bit (7-bit channels), "PCS" (Parcours sync), CR LF (newline
// conversion), ^Z (DOS `type`), LF.
inline constexpr std::array<unsigned char, 8> kMagic{0x89, 'P', 'C', 'S', 0x0D, 0x0A, 0x1A, 0x0A};
inline constexpr std::uint16_t kFormatMajor = 1;
inline constexpr std::uint16_t kFormatMinor = 0;
inline constexpr std::size_t kPreludeFixedBytes = 16;  // magic, major, minor, header length
inline constexpr std::uint32_t kMaxHeaderBytes = 64 << 10;
inline constexpr std::uint32_t kChunkSize = 64 << 10;
inline constexpr std::uint32_t kMaxChunkSize = 1 << 20;
inline constexpr std::uint32_t kMaxRecordBytes = 1 << 20;
inline constexpr std::uint64_t kMaxVersions = 5'000'000;
inline constexpr std::uint64_t kMaxFileBytes = 1ULL << 30;
inline constexpr std::uint32_t kRecordSchemaVersion = 1;
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kStreamHeaderBytes = 24;
inline constexpr std::size_t kHashBytes = 32;

struct BundleHeader {
    bool encrypted = true;
    KdfParams kdf;
    std::string salt;          // kSaltBytes when encrypted
    std::string streamHeader;  // kStreamHeaderBytes when encrypted
    std::uint32_t chunkSize = kChunkSize;
    journal::RecordId deviceId;
    std::string deviceLabel;
    std::string appVersion;
    journal::Hlc hlc;
    std::uint32_t recordSchemaVersion = kRecordSchemaVersion;
    std::int64_t createdAtDay = 0;
    // Tests and the fuzz target only: values a writer must never produce.
    std::uint16_t formatMajor = kFormatMajor, formatMinor = kFormatMinor;
    std::uint32_t kdfAlgorithm = 1, cipherAlgorithm = 0;  // 0: from `encrypted`
};

// Magic, versions, header length and the protobuf header: the bytes that are authenticated.
std::string encodePrelude(const BundleHeader& header);

struct Prelude {
    BundleHeader header;
    std::size_t bytes = 0;  // where the body starts
};

// Checks everything the header says against the caps, before anything costly: magic,
// major version, header length, KDF parameters, sizes of salt and stream header, chunk size.
Result<Prelude> readPrelude(std::string_view file);

BundleInfo infoOf(const BundleHeader& header, std::uint64_t fileBytes);

}  // namespace parcours::sync
