#pragma once
// The whole journal as documented JSON (docs/journal-json.md), for people leaving the app
// or moving their data by hand: every kept version, tombstones included, with the record's
// fields by name, not as protobuf. Read back losslessly: importing an export into an empty
// journal gives the same versions, byte for byte.

#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"

namespace parcours::sync {

inline constexpr std::string_view kJournalJsonFormat = "parcours-journal";
inline constexpr int kJournalJsonVersion = 1;

struct JournalJsonOptions {
    std::string exportedAt;  // "2026-11-23T14:05:00Z"; empty: now (tests set their own)
};

// One version a line, so that the file reads (and diffs) in any text editor.
Result<std::string> exportJournalJson(const journal::Journal& journal,
                                      const JournalJsonOptions& options = {});

// The versions of an export, checked: an unknown format or version, a bad id or value, a
// missing or unknown field is BadInput naming where ("versions[12].hlc: …").
Result<std::vector<journal::Version>> readJournalJson(std::string_view text);

// readJournalJson then Journal::importVersions, the same merge as a sync bundle: nothing is
// imported unless the whole file is valid.
Result<journal::MergeReport> importJournalJson(journal::Journal& journal, std::string_view text);

}  // namespace parcours::sync
