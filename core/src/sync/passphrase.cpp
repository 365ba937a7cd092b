#include "parcours/sync/passphrase.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "sync/wordlist.hpp"

namespace parcours::sync {

std::span<const std::string_view> passphraseWords() {
    return wordlist::french();
}

std::string suggestPassphrase(int words) {
    // sodium_init is idempotent and thread-safe; without entropy a passphrase would be
    // guessable, so better to stop than to suggest one.
    static const bool ready = sodium_init() >= 0;
    if (!ready) std::abort();
    std::string out;
    for (int i = 0; i < std::max(words, 1); ++i) {
        if (i > 0) out += '-';
        out += wordlist::french()[randombytes_uniform(wordlist::kSize)];
    }
    return out;
}

double passphraseBits(int words) {
    return std::max(words, 1) * std::log2(static_cast<double>(wordlist::kSize));
}

}  // namespace parcours::sync
