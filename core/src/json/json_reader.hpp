#pragma once
// A strict RFC 8259 JSON reader: a whole document as a DOM, or the items of a big array
// one at a time (memory bounded by the largest item, not by the file).
//
// Strict: no comments, no trailing commas, no leading zeros, no NaN; strings must be
// well-formed UTF-8 without raw control characters, and \u escapes must pair their
// surrogates. A leading UTF-8 byte order mark is skipped (RFC 8259 §8.1 allows it).
// Errors are BadInput with the position of the offending character:
// "line 12, column 5: expected ':'" (lines and columns 1-based, columns in characters).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "json/json_value.hpp"
#include "parcours/common/result.hpp"

namespace parcours::json {

struct ParseOptions {
    // Arrays and objects nested deeper than this are an error, which bounds the
    // recursion (and the stack) whatever the input.
    std::size_t maxDepth = 256;
};

// The whole text as one value. The Value views `text`: keep it alive.
Result<Value> parse(std::string_view text, const ParseOptions& options = {});

// One item of a streamed array.
struct StreamedItem {
    std::string_view arrayKey;  // the top-level key whose array it belongs to
    std::uint64_t index = 0;    // 0-based, within that array
    std::uint64_t line = 0;     // line of its first character, 1-based
    Value value;
};

struct StreamOptions {
    // Top-level keys whose arrays are streamed, item by item, to onItem: "elements"
    // (Overpass), "features" (GeoJSON).
    std::vector<std::string_view> arrayKeys;
    std::function<Result<void>(StreamedItem& item)> onItem;
    // Other top-level keys whose values are built whole and given to onMember (small
    // metadata such as Overpass' "osm3s"); every other member is checked and skipped.
    std::vector<std::string_view> memberKeys;
    std::function<Result<void>(std::string_view key, const Value& value)> onMember;
    ParseOptions parse;
    // Reading from a stream only: the bytes read at a time, and the largest single value
    // (an item, a member, a key) held at once. A bigger value is an error, so that a
    // broken file (a string never closed) cannot fill the memory.
    std::size_t chunkBytes = std::size_t{64} * 1024;
    std::size_t maxValueBytes = std::size_t{64} * 1024 * 1024;
};

struct StreamSummary {
    std::uint64_t items = 0;               // items given to onItem
    std::vector<std::string_view> arrays;  // the array keys found, in file order
};

// Walks a document whose top level is an object. The whole text is still checked: a
// syntax error anywhere (even after the last item) is an error, though items before it
// have already been given. An error returned by a callback stops the walk and is
// returned as is. A listed array key whose value is not an array is an error.
Result<StreamSummary> streamArrays(std::string_view text, const StreamOptions& options);

// The same walk, same checks and same messages, over a stream read in chunks: memory is
// bounded by the largest item plus a chunk, whatever the size of the file (a national
// extraction of hundreds of MB). The buffer moves on as the walk goes: a StreamedItem's
// value, and a member's, views it only until its callback returns. A read error is
// BadInput "cannot read …".
Result<StreamSummary> streamArrays(std::istream& in, const StreamOptions& options);

}  // namespace parcours::json
