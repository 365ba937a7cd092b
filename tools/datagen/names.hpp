#pragma once
// Fictional names for establishments, built from common French words (trees, places,
// saints, ideals), never copied from a real register.

#include <span>
#include <string>
#include <string_view>

#include "datagen/cities.hpp"
#include "datagen/finess_categories.hpp"
#include "datagen/random.hpp"

namespace parcours::datagen {

namespace words {
std::span<const std::string_view> trees();       // "Tilleuls" (plural: "des Tilleuls")
std::span<const std::string_view> flowers();     // "Glycines"
std::span<const std::string_view> places();      // with their article: "du Parc", "de la Gare"
std::span<const std::string_view> ideals();      // "Lumière", "Horizon"
std::span<const std::string_view> saints();      // "Saint-Éloi", "Sainte-Anne"
std::span<const std::string_view> vals();        // "du Val des Aulnes"
std::span<const std::string_view> firstNames();  // "Claire"
std::span<const std::string_view> surnames();    // "Moreau"
std::span<const std::string_view> streets();  // "des Tilleuls", "Victor Hugo", "de la République"
}  // namespace words

std::string_view pick(std::span<const std::string_view> list, Random& rng);

// Upper case for French text in UTF-8: ASCII and the accented Latin-1 letters, œ.
std::string upperFrench(std::string_view utf8);

// Number of characters (code points) in UTF-8 text: the FINESS length limits count them.
std::size_t characterCount(std::string_view utf8);

// Cut at the last whole word that fits in `max` characters.
std::string fitWords(std::string_view utf8, std::size_t max);

struct FinessName {
    std::string rs;        // ≤ 38 characters
    std::string rslongue;  // ≤ 60 characters, may be empty
};

// An upper-case FINESS name for an establishment of that style in that city. With
// `quoted`, part of the name is in double quotes, as real files have
// (`LIEU DE VIE "MAVOUNA MEMA 1"`).
FinessName finessName(NameStyle style, const City& city, bool quoted, Random& rng);

}  // namespace parcours::datagen
