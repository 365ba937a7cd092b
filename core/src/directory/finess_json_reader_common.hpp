#pragma once
// What the two FINESS JSON readers share: reading coded members whichever way a file
// writes them, and the list of refused entries.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

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

}  // namespace parcours::directory::finess_json
