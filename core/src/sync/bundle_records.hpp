#pragma once
// The body's plaintext: length-delimited records, a manifest, every version, a trailer
// whose BLAKE2b covers the prelude and every byte before it.

#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"

namespace parcours::sync {

// `prelude`: the header bytes, hashed with the body.
std::string encodeRecords(const std::vector<journal::Version>& versions,
                          const journal::RecordId& device, std::string_view prelude);

// Every record parsed and checked: sizes against the caps, the manifest first, the
// versions well formed (ids, clocks, known types, payloads decodable), the trailer last
// with the right count and hash, nothing after it.
Result<std::vector<journal::Version>> decodeRecords(std::string_view plaintext,
                                                    std::string_view prelude);

}  // namespace parcours::sync
