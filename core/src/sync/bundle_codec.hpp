#pragma once
// A whole bundle in memory, both ways, with no file and no journal: what export and import
// wrap, and what the fuzz target, the bench and the bad-file tests drive directly.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"
#include "sync/bundle_format.hpp"

namespace parcours::sync {

// Fills the header's salt and stream header (when encrypting) and returns the file bytes
// for the body plaintext `makePlaintext(prelude)` makes (the trailer hashes the prelude).
Result<std::string> sealBundle(BundleHeader header, std::string_view passphrase,
                               const std::function<std::string(std::string_view)>& makePlaintext);

// The file's bytes with any body plaintext (tests write malformed bodies with it).
Result<std::string> sealPlaintext(BundleHeader header, std::string_view passphrase,
                                  std::string_view plaintext);
// The file's bytes for these versions.
Result<std::string> sealVersions(BundleHeader header, std::string_view passphrase,
                                 const std::vector<journal::Version>& versions);

struct DecodedBundle {
    BundleHeader header;
    std::vector<journal::Version> versions;
};

// Checks the prelude, derives the key (only after the caps), decrypts every chunk and
// checks every record.
Result<DecodedBundle> decodeBundle(std::string_view file, std::string_view passphrase);

}  // namespace parcours::sync
