#include "datagen/finess_number.hpp"

namespace parcours::datagen {

std::string finessNumber(std::string_view prefix, int serial) {
    std::string body(prefix);
    const std::string digits = std::to_string(serial);
    const std::size_t width = 8 - prefix.size();
    if (digits.size() < width) body.append(width - digits.size(), '0');
    body += digits;
    int sum = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
        int d = (body[i] >= '0' && body[i] <= '9') ? body[i] - '0' : 0;
        if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return body + static_cast<char>('0' + (10 - sum % 10) % 10);
}

}  // namespace parcours::datagen
