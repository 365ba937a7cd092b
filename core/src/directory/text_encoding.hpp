#pragma once
// Which encoding a text file of the public data sets is in. FINESS etalab files were
// Windows-1252 (ISO-8859-1 in the notices) up to 2021 and are UTF-8 since; nothing in the
// file says which, so the bytes decide.

#include <string>
#include <string_view>

namespace parcours::directory {

enum class TextEncoding {
    Utf8,
    // UTF-8 with a few damaged bytes: converting it all from Windows-1252 would garble
    // every accent of the file, so it is read as UTF-8 and the lines holding the damaged
    // bytes are refused.
    DamagedUtf8,
    Windows1252,
};

// The content without its UTF-8 byte order mark, if it has one.
std::string_view withoutUtf8Bom(std::string_view content);

// Valid UTF-8 → Utf8. Otherwise: UTF-8 sequences far more numerous than invalid bytes →
// DamagedUtf8; else Windows-1252 (where é is a lone byte 0xE9, never valid UTF-8).
TextEncoding detectEncoding(std::string_view bytes);

// "UTF-8" or "Windows-1252", for the import report.
std::string_view encodingName(TextEncoding encoding);

// The content as UTF-8, BOM removed: a view of `content`, or of `converted` when the file
// is Windows-1252. `encoding` receives what was detected.
std::string_view asUtf8(std::string_view content, std::string& converted, TextEncoding& encoding);

}  // namespace parcours::directory
