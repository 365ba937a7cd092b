#pragma once
// The French word list of the suggested passphrases, embedded at build time from
// data/sync/wordlist-fr.txt (core/src/sync/wordlist_fr.cpp.in).

#include <cstddef>
#include <span>
#include <string_view>

namespace parcours::sync::wordlist {

inline constexpr std::size_t kSize = 4096;  // 12 bits a word

// Sorted, as tools/make-wordlist writes it.
std::span<const std::string_view, kSize> french();

}  // namespace parcours::sync::wordlist
