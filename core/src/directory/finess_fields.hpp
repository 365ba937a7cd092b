#pragma once
// Field positions of the FINESS etalab lines (notice etalab_cs1100502, 0-based here: the
// leading tag is field 0).

#include <cstddef>

namespace parcours::directory::finess {

namespace structureet {
constexpr std::size_t kCount = 32;
constexpr std::size_t kNofinesset = 1;
constexpr std::size_t kRs = 3;
constexpr std::size_t kRslongue = 4;
constexpr std::size_t kCompldistrib = 6;
constexpr std::size_t kNumvoie = 7;
constexpr std::size_t kTypvoie = 8;
constexpr std::size_t kVoie = 9;
constexpr std::size_t kCompvoie = 10;
constexpr std::size_t kLieuditbp = 11;
constexpr std::size_t kLigneacheminement = 15;
constexpr std::size_t kTelephone = 16;
constexpr std::size_t kCategetab = 18;
}  // namespace structureet

namespace geolocalisation {
constexpr std::size_t kCount = 6;
constexpr std::size_t kNofinesset = 1;
constexpr std::size_t kCoordx = 2;
constexpr std::size_t kCoordy = 3;
constexpr std::size_t kSourcecoord = 4;
}  // namespace geolocalisation

}  // namespace parcours::directory::finess
