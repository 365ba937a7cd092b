#pragma once
// What the two FINESS JSON readers share: reading coded members whichever way a file
// writes them, and the list of refused entries.

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>

#include "json/json_reader.hpp"
#include "json/json_value.hpp"
#include "parcours/common/result.hpp"
#include "parcours/directory/import_report.hpp"

namespace parcours::directory::finess_json {

// A string member's text, or a number's as written; empty when absent, null or other.
std::string_view textOf(const json::Value* value);
// The member of `object` named by the first of `keys` it has (the published files and
// the schema spell some names differently: "informationsGeneralesPMEJ" /
// "informationsGeneralesPmej"); nullptr when none, or when `object` is not an object.
const json::Value* findAny(const json::Value* object, std::initializer_list<std::string_view> keys);
// A coded value: "365" in the published files, {"code": "365", "system": …} in the schema.
std::string_view codeOf(const json::Value* value);

// `generatedAt` ("2026-03-09T15:49:37Z") → "2026-03-09"; empty when it is not a date.
std::string extractionDay(std::string_view generatedAt);

// "file.json: " (or nothing without a file name), to prefix a JSON syntax error.
std::string inFile(const ReadOptions& options);

// Refused entries: listed (up to a bound, so a broken national file does not list
// millions) and all counted in the report. With strict, the first one is the error.
class Problems {
  public:
    Problems(const ReadOptions& options, ReadReport& report) : options_(options), report_(report) {}
    // `path` locates the entry in the document: "pmej[12].ege[0]".
    Result<void> refuse(std::uint64_t line, const std::string& path, const std::string& reason);
    // Adds the count of refused entries that were not listed.
    void finish();

  private:
    const ReadOptions& options_;
    ReadReport& report_;
    std::uint64_t unlisted_ = 0;
};

// The establishments ("ege") of one legal entity ("pmej" item), each with its path
// ("pmej[12].ege[0]"). A legal entity that is not an object, or whose "ege" is not an
// array, is refused (and counted as one record); one with no "ege" has no site.
using SiteHandler = std::function<Result<void>(const json::Value& site, const std::string& path)>;
Result<void> forEachSite(const json::StreamedItem& legalEntity, ReadReport& report,
                         Problems& problems, const SiteHandler& onSite);

// Streams the "pmej" array of a FINESS JSON file to onLegalEntity, and `generatedAt` to
// the report's extraction date. `notThisFile` is the error when there is no "pmej"
// array ("not a FINESS structures file (finess-structures-1)"); a JSON syntax error is
// prefixed with the file name, an error of onLegalEntity returned as it is.
Result<void> streamLegalEntities(
    std::istream& in, const ReadOptions& options, ReadReport& report, std::string_view notThisFile,
    const std::function<Result<void>(const json::StreamedItem&)>& onLegalEntity);

}  // namespace parcours::directory::finess_json
