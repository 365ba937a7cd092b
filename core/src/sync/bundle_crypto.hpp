#pragma once
// The bundle's cryptography over libsodium: the Argon2id key, the secretstream of chunks
// bound to the header, and the BLAKE2b hash of the trailer.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "parcours/sync/bundle.hpp"

namespace parcours::sync {

// 32 bytes, wiped when it goes.
class StreamKey {
  public:
    StreamKey() = default;
    StreamKey(const StreamKey&) = delete;
    StreamKey& operator=(const StreamKey&) = delete;
    ~StreamKey();
    [[nodiscard]] unsigned char* data() { return bytes_.data(); }
    [[nodiscard]] const unsigned char* data() const { return bytes_.data(); }

  private:
    std::array<unsigned char, 32> bytes_{};
};

Result<void> initSodium();

// Argon2id13 (libsodium, parallelism 1). Callers check the parameters against the caps.
Result<void> deriveKey(std::string_view passphrase, std::string_view salt, const KdfParams& kdf,
                       StreamKey& key);
// How many derivations this process ran: lets tests check that a refused file never
// reached the KDF, by counting rather than timing.
std::uint64_t kdfRunCount();

// A secretstream being written: its header exists before the prelude that holds it, and
// the prelude is bound to the first chunk, hence two steps.
class ChunkEncryptor {
  public:
    explicit ChunkEncryptor(const StreamKey& key);
    ChunkEncryptor(const ChunkEncryptor&) = delete;
    ChunkEncryptor& operator=(const ChunkEncryptor&) = delete;
    ~ChunkEncryptor();
    [[nodiscard]] const std::string& header() const { return header_; }
    // `plaintext` in chunks of `chunkSize`, the first bound to `associated` (the prelude),
    // the last tagged FINAL. Once only.
    std::string encrypt(std::string_view associated, std::string_view plaintext,
                        std::uint32_t chunkSize);

  private:
    struct State;
    std::unique_ptr<State> state_;
    std::string header_;
};

// The reverse, refusing a chunk that fails authentication, a stream that ends without
// FINAL and any byte after FINAL. `bodyOffset` names offsets in messages.
Result<std::string> decryptChunks(const StreamKey& key, std::string_view header,
                                  std::string_view associated, std::string_view body,
                                  std::uint32_t chunkSize, std::size_t bodyOffset);

// BLAKE2b-256 of a then b.
std::string blake2b256(std::string_view a, std::string_view b);

}  // namespace parcours::sync
