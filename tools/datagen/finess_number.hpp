#pragma once
// Well-formed, fictional FINESS numbers.

#include <string>
#include <string_view>

namespace parcours::datagen {

// The territory's prefix ("42", "2A", "9704"), a serial padded to 8 characters, and a Luhn
// key (letters of 2A/2B count as 0): nine characters matching [0-9][0-9A-Z][0-9]{7}.
std::string finessNumber(std::string_view prefix, int serial);

}  // namespace parcours::datagen
