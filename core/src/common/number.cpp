#include "common/number.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

namespace parcours::text {

std::optional<double> parseFiniteDouble(std::string_view text) {
    if (text.empty()) return std::nullopt;
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (ec != std::errc{} || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

}  // namespace parcours::text
