#include "sync/bundle_codec.hpp"

#include <sodium.h>

#include <optional>

#include "sync/bundle_crypto.hpp"
#include "sync/bundle_records.hpp"

namespace parcours::sync {

Result<std::string> sealBundle(BundleHeader header, std::string_view passphrase,
                               const std::function<std::string(std::string_view)>& makePlaintext) {
    if (auto r = initSodium(); !r) return r.error();
    std::optional<ChunkEncryptor> encryptor;
    StreamKey key;
    if (header.encrypted) {
        if (passphrase.empty()) return usageError("an encrypted bundle needs a passphrase");
        header.salt.assign(kSaltBytes, '\0');
        randombytes_buf(header.salt.data(), header.salt.size());
        if (auto r = deriveKey(passphrase, header.salt, header.kdf, key); !r) return r.error();
        encryptor.emplace(key);
        header.streamHeader = encryptor->header();
    } else if (!passphrase.empty()) {
        return usageError("a passphrase was given for an unencrypted bundle");
    }
    const std::string prelude = encodePrelude(header);
    std::string plaintext = makePlaintext(prelude);
    std::string file = prelude;
    if (encryptor) {
        file += encryptor->encrypt(prelude, plaintext, header.chunkSize);
        sodium_memzero(plaintext.data(), plaintext.size());
    } else {
        file += plaintext;
    }
    return file;
}

Result<std::string> sealPlaintext(BundleHeader header, std::string_view passphrase,
                                  std::string_view plaintext) {
    return sealBundle(std::move(header), passphrase,
                      [&](std::string_view) { return std::string(plaintext); });
}

Result<std::string> sealVersions(BundleHeader header, std::string_view passphrase,
                                 const std::vector<journal::Version>& versions) {
    const journal::RecordId device = header.deviceId;
    return sealBundle(std::move(header), passphrase, [&](std::string_view prelude) {
        return encodeRecords(versions, device, prelude);
    });
}

Result<DecodedBundle> decodeBundle(std::string_view file, std::string_view passphrase) {
    auto prelude = readPrelude(file);
    if (!prelude) return prelude.error();
    DecodedBundle out;
    out.header = std::move(prelude->header);
    const std::string_view preludeBytes = file.substr(0, prelude->bytes);
    const std::string_view body = file.substr(prelude->bytes);
    if (!out.header.encrypted) {
        // Anyone can write an unencrypted file: one given where an encrypted one was expected
        // (a passphrase) is refused rather than trusted.
        if (!passphrase.empty())
            return badInput(
                "the bundle is not encrypted, yet a passphrase was given: refused "
                "(an unencrypted file proves nothing about who made it)");
        auto versions = decodeRecords(body, preludeBytes);
        if (!versions) return versions.error();
        out.versions = std::move(*versions);
        return out;
    }
    if (passphrase.empty()) return usageError("the bundle is encrypted: a passphrase is needed");
    if (auto r = initSodium(); !r) return r.error();
    StreamKey key;
    if (auto r = deriveKey(passphrase, out.header.salt, out.header.kdf, key); !r) return r.error();
    auto plaintext = decryptChunks(key, out.header.streamHeader, preludeBytes, body,
                                   out.header.chunkSize, prelude->bytes);
    if (!plaintext) return plaintext.error();
    auto versions = decodeRecords(*plaintext, preludeBytes);
    sodium_memzero(plaintext->data(), plaintext->size());
    if (!versions) return versions.error();
    out.versions = std::move(*versions);
    return out;
}

}  // namespace parcours::sync
