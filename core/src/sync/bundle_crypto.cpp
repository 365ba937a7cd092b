#include "sync/bundle_crypto.hpp"

#include <sodium.h>

#include <algorithm>
#include <atomic>

namespace parcours::sync {
namespace {

std::atomic<std::uint64_t> kdfRuns{0};

using State = crypto_secretstream_xchacha20poly1305_state;
constexpr std::size_t kABytes = crypto_secretstream_xchacha20poly1305_ABYTES;

const unsigned char* bytes(std::string_view s) {
    return reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

StreamKey::~StreamKey() {
    sodium_memzero(bytes_.data(), bytes_.size());
}

Result<void> initSodium() {
    if (sodium_init() < 0) return storageError("libsodium cannot start (no entropy source?)");
    return {};
}

Result<void> deriveKey(std::string_view passphrase, std::string_view salt, const KdfParams& kdf,
                       StreamKey& key) {
    static_assert(crypto_pwhash_SALTBYTES == 16);
    if (salt.size() != crypto_pwhash_SALTBYTES) return badInput("key derivation: bad salt size");
    if (kdf.opslimit < crypto_pwhash_OPSLIMIT_MIN || kdf.memlimit < crypto_pwhash_MEMLIMIT_MIN)
        return usageError("key derivation: parameters under libsodium's minimums (1 pass, 8 KiB)");
    ++kdfRuns;
    if (crypto_pwhash(key.data(), 32, passphrase.data(), passphrase.size(), bytes(salt),
                      kdf.opslimit, static_cast<std::size_t>(kdf.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return storageError("key derivation failed: not enough memory for " +
                            std::to_string(kdf.memlimit >> 20) + " MiB?");
    return {};
}

std::uint64_t kdfRunCount() {
    return kdfRuns.load();
}

struct ChunkEncryptor::State {
    crypto_secretstream_xchacha20poly1305_state sodium;
};

ChunkEncryptor::ChunkEncryptor(const StreamKey& key) : state_(std::make_unique<State>()) {
    header_.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state_->sodium, reinterpret_cast<unsigned char*>(header_.data()), key.data());
}

ChunkEncryptor::~ChunkEncryptor() {
    sodium_memzero(&state_->sodium, sizeof state_->sodium);
}

std::string ChunkEncryptor::encrypt(std::string_view associated, std::string_view plaintext,
                                    std::uint32_t chunkSize) {
    const std::size_t chunks =
        std::max<std::size_t>(1, (plaintext.size() + chunkSize - 1) / chunkSize);
    std::string out(plaintext.size() + chunks * kABytes, '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(out.data());
    for (std::size_t i = 0; i < chunks; ++i) {
        const std::string_view piece =
            plaintext.substr(std::min(plaintext.size(), i * chunkSize), chunkSize);
        const bool last = i + 1 == chunks;
        const std::string_view ad = i == 0 ? associated : std::string_view();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state_->sodium, cursor, &written, bytes(piece), piece.size(), bytes(ad), ad.size(),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        cursor += written;
    }
    return out;
}

Result<std::string> decryptChunks(const StreamKey& key, std::string_view header,
                                  std::string_view associated, std::string_view body,
                                  std::uint32_t chunkSize, std::size_t bodyOffset) {
    State state;
    if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(header), key.data()) != 0)
        return badInput("bundle header: invalid stream header");
    std::string plaintext;
    // The ciphertext's size bounds the plaintext's: no allocation from a length we read.
    plaintext.reserve(body.size());
    const std::size_t fullChunk = static_cast<std::size_t>(chunkSize) + kABytes;
    std::size_t at = 0;
    std::size_t index = 0;
    std::string piece(chunkSize, '\0');
    for (;; ++index) {
        if (at == body.size()) {
            sodium_memzero(&state, sizeof state);
            return badInput("bundle truncated: it ends after chunk " + std::to_string(index) +
                            " (byte " + std::to_string(bodyOffset + at) +
                            ") without its final chunk");
        }
        const std::size_t n = std::min(fullChunk, body.size() - at);
        if (n < kABytes) {
            sodium_memzero(&state, sizeof state);
            return badInput("bundle truncated: chunk " + std::to_string(index + 1) + " at byte " +
                            std::to_string(bodyOffset + at) + " is " + std::to_string(n) +
                            " bytes, shorter than its authentication tag");
        }
        const std::string_view ad = index == 0 ? associated : std::string_view();
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(piece.data()), &got, &tag,
                bytes(body.substr(at, n)), n, bytes(ad), ad.size()) != 0) {
            sodium_memzero(&state, sizeof state);
            // A partial last chunk cannot be told from one with bytes cut or added.
            const std::string atEnd =
                at + n == body.size() ? ", or bytes were cut or added at its end" : "";
            if (index == 0)
                return badInput(
                    "cannot decrypt the bundle: wrong passphrase, or the file was "
                    "altered (its header or first chunk changed" +
                    atEnd + ")");
            return badInput("bundle chunk " + std::to_string(index + 1) + " at byte " +
                            std::to_string(bodyOffset + at) +
                            " fails authentication: the file was altered or its chunks "
                            "reordered" +
                            atEnd);
        }
        plaintext.append(piece.data(), got);
        at += n;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) break;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
            sodium_memzero(&state, sizeof state);
            return badInput("bundle chunk " + std::to_string(index + 1) + " has an unknown tag " +
                            std::to_string(tag));
        }
    }
    sodium_memzero(&state, sizeof state);
    sodium_memzero(piece.data(), piece.size());
    if (at != body.size())
        return badInput("bundle has " + std::to_string(body.size() - at) +
                        " bytes after its final chunk (from byte " +
                        std::to_string(bodyOffset + at) + "): appended or corrupted");
    return plaintext;
}

std::string blake2b256(std::string_view a, std::string_view b) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, bytes(a), a.size());
    crypto_generichash_update(&state, bytes(b), b.size());
    std::string out(32, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), out.size());
    return out;
}

}  // namespace parcours::sync
