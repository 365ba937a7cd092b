#include "sync/bundle_format.hpp"

#include <algorithm>
#include <cstring>

#include "bundle.pb.h"

#ifndef PARCOURS_VERSION
#define PARCOURS_VERSION "unknown"
#endif

namespace parcours::sync {
namespace {

void putLittleEndian(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint64_t getLittleEndian(std::string_view in, std::size_t at, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    return value;
}

std::string mib(std::uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

Result<journal::RecordId> idFrom(const std::string& bytes, const char* what) {
    journal::RecordId id;
    if (bytes.size() != id.bytes.size())
        return badInput(std::string("bundle header: ") + what + " is " +
                        std::to_string(bytes.size()) + " bytes, not 16");
    std::memcpy(id.bytes.data(), bytes.data(), id.bytes.size());
    return id;
}

// The KDF caps (research/sync-security.md §3.3): checked from the header's numbers alone.
Result<void> checkKdf(const pb::Kdf& kdf) {
    if (kdf.algorithm() != pb::Kdf::ALGORITHM_ARGON2ID13)
        return badInput("bundle header: unknown key derivation (algorithm " +
                        std::to_string(kdf.algorithm()) + "), made by a newer app?");
    if (kdf.memlimit() > kMaxImportMemlimit)
        return badInput("bundle header: the key derivation asks for " + mib(kdf.memlimit()) +
                        " of memory, over the cap of " + mib(kMaxImportMemlimit) +
                        " (memlimit): refused before deriving anything");
    if (kdf.opslimit() > kMaxImportOpslimit)
        return badInput("bundle header: the key derivation asks for " +
                        std::to_string(kdf.opslimit()) + " passes, over the cap of " +
                        std::to_string(kMaxImportOpslimit) +
                        " (opslimit): refused before deriving anything");
    if (kdf.opslimit() < 1 || kdf.memlimit() < 8192)
        return badInput("bundle header: key derivation parameters under libsodium's minimums");
    if (kdf.salt().size() != kSaltBytes)
        return badInput("bundle header: the salt is " + std::to_string(kdf.salt().size()) +
                        " bytes, not " + std::to_string(kSaltBytes));
    return {};
}

}  // namespace

std::string encodePrelude(const BundleHeader& header) {
    pb::Header message;
    auto* cipher = message.mutable_cipher();
    if (header.encrypted) {
        auto* kdf = message.mutable_kdf();
        kdf->set_algorithm(static_cast<pb::Kdf::Algorithm>(header.kdfAlgorithm));
        kdf->set_opslimit(header.kdf.opslimit);
        kdf->set_memlimit(header.kdf.memlimit);
        kdf->set_salt(header.salt);
        cipher->set_algorithm(pb::Cipher::ALGORITHM_SECRETSTREAM_XCHACHA20POLY1305);
        cipher->set_stream_header(header.streamHeader);
        cipher->set_chunk_size(header.chunkSize);
    } else {
        cipher->set_algorithm(pb::Cipher::ALGORITHM_NONE);
    }
    if (header.cipherAlgorithm != 0)
        cipher->set_algorithm(static_cast<pb::Cipher::Algorithm>(header.cipherAlgorithm));
    auto* exporter = message.mutable_exporter();
    exporter->set_device_id(header.deviceId.bytes.data(), header.deviceId.bytes.size());
    exporter->set_device_label(header.deviceLabel);
    exporter->set_app_version(header.appVersion.empty() ? PARCOURS_VERSION : header.appVersion);
    exporter->set_hlc(header.hlc.value);
    message.set_record_schema_version(header.recordSchemaVersion);
    message.set_created_at_day(header.createdAtDay);

    const std::string body = message.SerializeAsString();
    std::string out(reinterpret_cast<const char*>(kMagic.data()), kMagic.size());
    putLittleEndian(out, header.formatMajor, 2);
    putLittleEndian(out, header.formatMinor, 2);
    putLittleEndian(out, body.size(), 4);
    return out + body;
}

Result<Prelude> readPrelude(std::string_view file) {
    if (file.size() < kMagic.size() ||
        std::memcmp(file.data(), kMagic.data(), kMagic.size()) != 0) {
        // A text tool that rewrote newlines leaves a recognisable magic: say so.
        if (file.size() >= 4 && file.substr(1, 3) == "PCS")
            return badInput(
                "not a readable Parcours bundle: its first bytes were altered "
                "(sent as text? newline conversion?)");
        return badInput("not a Parcours bundle (no «PCS» magic at the start of the file)");
    }
    if (file.size() < kPreludeFixedBytes)
        return badInput("bundle truncated: the file ends inside its " +
                        std::to_string(kPreludeFixedBytes) + "-byte prelude");
    Prelude prelude;
    BundleHeader& h = prelude.header;
    h.formatMajor = static_cast<std::uint16_t>(getLittleEndian(file, 8, 2));
    h.formatMinor = static_cast<std::uint16_t>(getLittleEndian(file, 10, 2));
    if (h.formatMajor > kFormatMajor)
        return badInput("bundle format " + std::to_string(h.formatMajor) + "." +
                        std::to_string(h.formatMinor) + " is newer than this app reads (" +
                        std::to_string(kFormatMajor) + ".x): update Parcours");
    if (h.formatMajor == 0)
        return badInput("bundle format 0." + std::to_string(h.formatMinor) + " does not exist");
    const std::uint64_t headerBytes = getLittleEndian(file, 12, 4);
    if (headerBytes > kMaxHeaderBytes)
        return badInput("bundle header length " + std::to_string(headerBytes) +
                        " (at byte 12) is over the cap of " + std::to_string(kMaxHeaderBytes));
    if (file.size() - kPreludeFixedBytes < headerBytes)
        return badInput("bundle truncated: the file ends inside its " +
                        std::to_string(headerBytes) + "-byte header");
    pb::Header message;
    if (!message.ParseFromArray(file.data() + kPreludeFixedBytes, static_cast<int>(headerBytes)))
        return badInput("bundle header (bytes 16 to " +
                        std::to_string(kPreludeFixedBytes + headerBytes) +
                        ") is not a valid header message");
    prelude.bytes = kPreludeFixedBytes + headerBytes;

    const auto& cipher = message.cipher();
    if (cipher.algorithm() == pb::Cipher::ALGORITHM_NONE) {
        h.encrypted = false;
        h.chunkSize = 0;
        h.kdf = {0, 0};
        if (message.has_kdf())
            return badInput("bundle header: says unencrypted but has key derivation parameters");
    } else if (cipher.algorithm() == pb::Cipher::ALGORITHM_SECRETSTREAM_XCHACHA20POLY1305) {
        h.encrypted = true;
        if (!message.has_kdf()) return badInput("bundle header: encrypted but no key derivation");
        if (auto r = checkKdf(message.kdf()); !r) return r.error();
        h.kdf = {message.kdf().opslimit(), message.kdf().memlimit()};
        h.salt = message.kdf().salt();
        h.streamHeader = cipher.stream_header();
        if (h.streamHeader.size() != kStreamHeaderBytes)
            return badInput("bundle header: the stream header is " +
                            std::to_string(h.streamHeader.size()) + " bytes, not " +
                            std::to_string(kStreamHeaderBytes));
        h.chunkSize = cipher.chunk_size();
        if (h.chunkSize < 1 || h.chunkSize > kMaxChunkSize)
            return badInput("bundle header: chunk size " + std::to_string(h.chunkSize) +
                            " outside 1 to " + std::to_string(kMaxChunkSize));
    } else {
        return badInput("bundle header: unknown cipher (algorithm " +
                        std::to_string(cipher.algorithm()) + "), made by a newer app?");
    }
    auto device = idFrom(message.exporter().device_id(), "the device id");
    if (!device) return device.error();
    h.deviceId = *device;
    h.deviceLabel = message.exporter().device_label();
    h.appVersion = message.exporter().app_version();
    h.hlc = {message.exporter().hlc()};
    h.recordSchemaVersion = message.record_schema_version();
    h.createdAtDay = message.created_at_day();
    return prelude;
}

BundleInfo infoOf(const BundleHeader& header, std::uint64_t fileBytes) {
    BundleInfo info;
    info.formatMajor = header.formatMajor;
    info.formatMinor = header.formatMinor;
    info.encrypted = header.encrypted;
    info.kdf = header.kdf;
    info.chunkSize = header.chunkSize;
    info.deviceId = header.deviceId;
    info.deviceLabel = header.deviceLabel;
    info.appVersion = header.appVersion;
    info.hlc = header.hlc;
    info.createdAtDay = header.createdAtDay;
    info.fileBytes = fileBytes;
    return info;
}

}  // namespace parcours::sync
