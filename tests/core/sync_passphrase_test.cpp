// The suggested sync passphrases: words from the committed list, drawn uniformly.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parcours/sync/passphrase.hpp"

namespace {

using parcours::sync::estimatePassphrase;
using parcours::sync::passphraseBits;
using parcours::sync::passphraseWords;
using parcours::sync::suggestPassphrase;

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('-', start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string::npos) return parts;
        start = end + 1;
    }
}

TEST(SyncPassphrase, ListIs4096UniqueSortedPlainAsciiWords) {
    const auto words = passphraseWords();
    ASSERT_EQ(words.size(), 4096U);
    EXPECT_TRUE(std::ranges::is_sorted(words));
    EXPECT_EQ(std::set<std::string_view>(words.begin(), words.end()).size(), 4096U);
    for (const auto word : words) {
        EXPECT_GE(word.size(), 4U) << word;
        EXPECT_LE(word.size(), 8U) << word;
        EXPECT_TRUE(std::ranges::all_of(word, [](char c) { return c >= 'a' && c <= 'z'; })) << word;
    }
}

TEST(SyncPassphrase, SuggestsSixWordsFromTheList) {
    const auto words = passphraseWords();
    for (int i = 0; i < 100; ++i) {
        const auto passphrase = suggestPassphrase();
        const auto parts = split(passphrase);
        ASSERT_EQ(parts.size(), 6U) << passphrase;
        for (const auto& part : parts)
            EXPECT_TRUE(std::ranges::binary_search(words, std::string_view(part))) << part;
    }
    EXPECT_EQ(split(suggestPassphrase(4)).size(), 4U);
    EXPECT_EQ(split(suggestPassphrase(0)).size(), 1U);
}

TEST(SyncPassphrase, WordsAreDrawnUniformly) {
    // 40,960 words: each of the 4096 expected 10 times. Under uniform draws the count of
    // words never drawn is about 4096·e^-10 ≈ 0.19 and no word reaches 40 (Poisson tail
    // ~1e-11 each); a biased or truncated draw (a modulo on a short range, half the list
    // unused) breaks both at once. The first and last words must appear too.
    std::map<std::string, int> counts;
    for (int i = 0; i < 40960 / 8; ++i)
        for (auto& word : split(suggestPassphrase(8))) ++counts[word];
    EXPECT_GE(counts.size(), 4090U);
    const auto most =
        std::ranges::max_element(counts, {}, [](const auto& kv) { return kv.second; });
    EXPECT_LT(most->second, 40) << most->first;
    const auto words = passphraseWords();
    EXPECT_TRUE(counts.contains(std::string(words.front())));
    EXPECT_TRUE(counts.contains(std::string(words.back())));
}

TEST(SyncPassphrase, SuggestionsDoNotRepeat) {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) EXPECT_TRUE(seen.insert(suggestPassphrase()).second);
}

TEST(SyncPassphrase, BitsAreTwelveAWord) {
    EXPECT_DOUBLE_EQ(passphraseBits(6), 72.0);
    EXPECT_DOUBLE_EQ(passphraseBits(1), 12.0);
}

TEST(SyncPassphrase, RoughStrengthOfTypedPassphrases) {
    const auto suggested = estimatePassphrase(suggestPassphrase());
    EXPECT_TRUE(suggested.fromWordList);
    EXPECT_DOUBLE_EQ(suggested.bits, 72.0);
    EXPECT_TRUE(suggested.strong());

    EXPECT_FALSE(estimatePassphrase("").strong());
    EXPECT_DOUBLE_EQ(estimatePassphrase("").bits, 0.0);
    EXPECT_FALSE(estimatePassphrase("chaton").strong());
    EXPECT_FALSE(estimatePassphrase("Azerty12").strong());
    // More classes and more characters count more; accented letters count as characters.
    EXPECT_GT(estimatePassphrase("Azerty12!").bits, estimatePassphrase("azerty12").bits);
    EXPECT_DOUBLE_EQ(estimatePassphrase("é").bits, estimatePassphrase("€").bits);
    EXPECT_TRUE(estimatePassphrase("Le chat de Léa dort sur le toit, 3 fois").strong());
}

}  // namespace
