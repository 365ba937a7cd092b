#pragma once
// What the export and the import of the journal JSON share: a payload that the decoded
// fields would not give back byte for byte (fields or enum values from a newer app) is
// kept beside them in base64, so that nothing is lost.

#include <optional>
#include <string>
#include <string_view>

namespace parcours::sync::journal_json {

std::string toBase64(std::string_view bytes);
std::optional<std::string> fromBase64(std::string_view text);  // nullopt unless valid

}  // namespace parcours::sync::journal_json
