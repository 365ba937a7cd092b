#pragma once
// Passphrases for encrypted sync bundles: a suggested one made of random words from the
// project's French word list (data/sync/wordlist-fr.txt, 4096 plain-ASCII words, so 12
// bits a word), and a rough strength estimate for one the user chose.

#include <span>
#include <string>
#include <string_view>

namespace parcours::sync {

// The word list, sorted, as built by tools/make-wordlist.
std::span<const std::string_view> passphraseWords();

// `words` words drawn uniformly and independently from the list (libsodium
// randombytes_uniform, no modulo bias), joined by "-": "rouf-spleen-palan-…".
// Six words give 72 bits. words < 1 is taken as 1.
std::string suggestPassphrase(int words = 6);

// The entropy of a suggested passphrase of `words` words: words × log2(4096).
double passphraseBits(int words);

// A ROUGH estimate of a passphrase the user typed, for a "weak / good" hint, never a
// guarantee: a passphrase made only of list words (separated by '-' or spaces) counts 12
// bits a word; anything else counts its characters × log2 of the character classes it
// uses (lower, upper, digits, symbols, non-ASCII), which overrates words and patterns
// ("Motdepasse1!"). No dictionary of common passwords: that would not be cheap.
struct PassphraseStrength {
    double bits = 0;
    bool fromWordList = false;  // counted as list words
    // Our threshold: 60 bits resist offline guessing behind Argon2id for a long time (five
    // list words; the suggested six give 72).
    [[nodiscard]] bool strong() const { return bits >= 60; }
};
PassphraseStrength estimatePassphrase(std::string_view passphrase);

}  // namespace parcours::sync
