#pragma once
// UTF-8 → Windows-1252, the encoding of FINESS files up to 2021.

#include <string>
#include <string_view>

namespace parcours::datagen {

// Characters Windows-1252 cannot write become '?', as the old exports did. The input is
// our own UTF-8 (well formed); a malformed byte also becomes '?'.
std::string utf8ToWindows1252(std::string_view utf8);

}  // namespace parcours::datagen
