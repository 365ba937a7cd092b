#include "directory/finess_number.hpp"

namespace parcours::directory {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::optional<std::uint32_t> finessNumberKey(std::string_view number) {
    if (number.size() != 9) return std::nullopt;
    std::uint32_t department;
    if (isDigit(number[0]) && isDigit(number[1]))
        department = static_cast<std::uint32_t>((number[0] - '0') * 10 + (number[1] - '0'));
    else if (number[0] == '2' && (number[1] == 'A' || number[1] == 'B'))
        department = number[1] == 'A' ? 100 : 101;  // after 00…99
    else
        return std::nullopt;
    std::uint32_t rest = 0;
    for (char c : number.substr(2)) {
        if (!isDigit(c)) return std::nullopt;
        rest = rest * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return department * 10'000'000 + rest;  // at most 1,019,999,999: fits in 32 bits
}

}  // namespace parcours::directory
