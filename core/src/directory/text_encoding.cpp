#include "directory/text_encoding.hpp"

#include "common/text.hpp"

namespace parcours::directory {

std::string_view withoutUtf8Bom(std::string_view content) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (content.substr(0, kBom.size()) == kBom) content.remove_prefix(kBom.size());
    return content;
}

TextEncoding detectEncoding(std::string_view bytes) {
    if (text::isValidUtf8(bytes)) return TextEncoding::Utf8;
    const text::Utf8Census census = text::utf8Census(bytes);
    // In Windows-1252 French text a valid multi-byte sequence needs an accented capital
    // followed by a symbol byte ("É’"): rare. Four to one leaves a wide margin.
    if (census.multibyte > 4 * census.invalid) return TextEncoding::DamagedUtf8;
    return TextEncoding::Windows1252;
}

std::string_view encodingName(TextEncoding encoding) {
    return encoding == TextEncoding::Windows1252 ? "Windows-1252" : "UTF-8";
}

std::string_view asUtf8(std::string_view content, std::string& converted, TextEncoding& encoding) {
    std::string_view body = withoutUtf8Bom(content);
    encoding = detectEncoding(body);
    if (encoding != TextEncoding::Windows1252) return body;
    converted = text::windows1252ToUtf8(body);
    return converted;
}

}  // namespace parcours::directory
