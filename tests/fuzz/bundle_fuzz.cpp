// libFuzzer target: the sync bundle reader on arbitrary bytes — the prelude and header
// checks, the unencrypted path, the encrypted path with a known passphrase (seeds are
// sealed with "fuzz" and libsodium's minimum KDF cost), and the plaintext record parser
// alone. Beyond the sanitizers, it checks what the reader promises: a bundle it accepts
// holds well-formed versions, and sealing them again reads back the same.
#include <cstdint>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "reader_invariants.hpp"
#include "sync/bundle_codec.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_records.hpp"

using namespace parcours;
using parcours::fuzz::check;

namespace {

constexpr std::string_view kPassphrase = "fuzz";

void checkAccepted(const sync::DecodedBundle& bundle) {
    for (const auto& v : bundle.versions) {
        check(v.hlc.value != 0, "a clock value");
        check(v.parentHlc < v.hlc, "parent older");
        check(!v.deleted || v.payload.empty(), "tombstones are empty");
    }
    // Sealed again (unencrypted, no KDF), the same versions come back.
    sync::BundleHeader header = bundle.header;
    header.encrypted = false;
    header.formatMajor = sync::kFormatMajor;
    header.formatMinor = sync::kFormatMinor;
    auto again = sync::sealVersions(header, "", bundle.versions);
    check(again.ok(), "re-sealing works");
    auto back = sync::decodeBundle(*again, "");
    check(back.ok(), "a re-sealed bundle reads back");
    check(back->versions.size() == bundle.versions.size(), "same count");
    for (std::size_t i = 0; i < bundle.versions.size(); ++i) {
        const auto& a = bundle.versions[i];
        const auto& b = back->versions[i];
        check(a.id == b.id && a.hlc == b.hlc && a.device == b.device && a.payload == b.payload &&
                  a.deleted == b.deleted && a.parentHlc == b.parentHlc,
              "same versions");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The plaintext record parser on its own.
    (void)sync::decodeRecords(bytes, {});

    auto prelude = sync::readPrelude(bytes);
    if (!prelude) return 0;
    check(prelude->bytes <= size, "the header lies within the file");
    if (!prelude->header.encrypted) {
        auto decoded = sync::decodeBundle(bytes, "");
        if (decoded) checkAccepted(*decoded);
        return 0;
    }
    // The KDF at its cheapest only: the caps (256 MiB, 10 passes) are checked by readPrelude,
    // and anything costlier would only slow the fuzzer down, not reach new code.
    if (prelude->header.kdf.opslimit > 1 || prelude->header.kdf.memlimit > 8192) return 0;
    auto decoded = sync::decodeBundle(bytes, kPassphrase);
    if (decoded) checkAccepted(*decoded);
    return 0;
}
