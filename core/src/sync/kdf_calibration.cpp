// Choosing Argon2id parameters for this device (research/sync-security.md §3.3): the
// importing phone pays the same cost, so aim at about a second, within the import caps.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "parcours/sync/bundle.hpp"
#include "sync/bundle_crypto.hpp"

namespace parcours::sync {

KdfParams kdfParamsFor(double millisPerPassAt64MiB, double targetMillis) {
    constexpr std::uint64_t kBase = 64ULL << 20;
    constexpr std::uint64_t kMiB = 1ULL << 20;
    const double perPass = std::max(millisPerPassAt64MiB, 0.001);
    const double passes = targetMillis / perPass;
    if (passes >= 3) {
        const auto t = static_cast<std::uint64_t>(std::min<double>(passes, kMaxImportOpslimit));
        KdfParams p{t, kBase};
        // Ten passes still under the target: more memory, which costs attackers most.
        if (t == kMaxImportOpslimit) {
            const double scale = targetMillis / (perPass * static_cast<double>(t));
            const auto m = static_cast<std::uint64_t>(static_cast<double>(kBase) * scale);
            p.memlimit = std::clamp<std::uint64_t>(m / kMiB * kMiB, kBase, kMaxImportMemlimit);
        }
        return p;
    }
    // A slow device: fewer passes and less memory, never under OWASP's floor.
    KdfParams p{std::max<std::uint64_t>(kKdfFloor.opslimit, static_cast<std::uint64_t>(passes)),
                kBase};
    const double scale = targetMillis / (perPass * static_cast<double>(p.opslimit));
    const auto m = static_cast<std::uint64_t>(static_cast<double>(kBase) * std::min(scale, 1.0));
    p.memlimit = std::max<std::uint64_t>(m / kMiB * kMiB, kKdfFloor.memlimit);
    return p;
}

Result<KdfParams> calibrateKdf(std::chrono::milliseconds target) {
    if (auto r = initSodium(); !r) return r.error();
    StreamKey key;
    const std::string salt(16, '\x5a');
    const auto start = std::chrono::steady_clock::now();
    if (auto r = deriveKey("calibration", salt, {1, 64ULL << 20}, key); !r) return r.error();
    const double millis =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return kdfParamsFor(millis, static_cast<double>(target.count()));
}

}  // namespace parcours::sync
