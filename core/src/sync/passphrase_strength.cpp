#include <algorithm>
#include <cmath>
#include <vector>

#include "parcours/sync/passphrase.hpp"
#include "sync/wordlist.hpp"

namespace parcours::sync {
namespace {

// The words of `text` split on '-' and spaces, if every one is in the list.
std::size_t listWords(std::string_view text) {
    std::size_t count = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find_first_of("- ", start), text.size());
        const auto word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!std::ranges::binary_search(wordlist::french(), word)) return 0;
            ++count;
        }
        start = end + 1;
    }
    return count;
}

}  // namespace

PassphraseStrength estimatePassphrase(std::string_view passphrase) {
    if (const auto words = listWords(passphrase); words > 0)
        return {passphraseBits(static_cast<int>(words)), true};

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    std::size_t characters = 0;
    for (const char c : passphrase) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: same character
        ++characters;
        if (b >= 'a' && b <= 'z')
            lower = true;
        else if (b >= 'A' && b <= 'Z')
            upper = true;
        else if (b >= '0' && b <= '9')
            digit = true;
        else if (b < 0x80)
            symbol = true;
        else
            other = true;
    }
    // Pool sizes: letters 26 each, digits 10, ASCII symbols and space 33, and a guess of
    // 100 for accented and other letters.
    const double pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                        (other ? 100 : 0);
    if (characters == 0 || pool <= 1) return {};
    return {static_cast<double>(characters) * std::log2(pool), false};
}

}  // namespace parcours::sync
