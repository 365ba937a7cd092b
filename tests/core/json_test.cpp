// The JSON reader (strict RFC 8259, DOM and streaming) and writer of core.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "json/json_reader.hpp"
#include "parcours/json/json_writer.hpp"

using namespace parcours;
using namespace parcours::json;

namespace {

Value parsed(std::string_view text) {
    auto r = parse(text);
    EXPECT_TRUE(r.ok()) << text << " → " << (r.ok() ? "" : r.error().message);
    return r.ok() ? std::move(r).value() : Value();
}

// The message of the error `text` must produce.
std::string errorOf(std::string_view text, const ParseOptions& options = {}) {
    auto r = parse(text, options);
    if (r.ok()) return "(accepted)";
    EXPECT_EQ(r.error().kind, ErrorKind::BadInput);
    return r.error().message;
}

std::string nested(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

}  // namespace

// ----- valid documents

TEST(JsonReader, ReadsEveryKindOfValue) {
    Value v = parsed(R"( {"n": null, "t": true, "f": false, "x": -12.5e1, "s": "hé",
                          "a": [1, [], {}], "o": {"k": "v"}} )");
    ASSERT_TRUE(v.isObject());
    EXPECT_TRUE(v.find("n")->isNull());
    EXPECT_TRUE(v.find("t")->asBool());
    EXPECT_FALSE(v.find("f")->asBool());
    EXPECT_EQ(v.find("x")->asNumber(), -125.0);
    EXPECT_EQ(v.find("x")->numberText(), "-12.5e1");
    EXPECT_EQ(v.find("s")->asString(), "hé");
    ASSERT_EQ(v.find("a")->items().size(), 3u);
    EXPECT_TRUE(v.find("a")->items()[1].isArray());
    EXPECT_TRUE(v.find("a")->items()[2].isObject());
    EXPECT_EQ(v.find("o")->find("k")->asString(), "v");
    EXPECT_EQ(v.find("missing"), nullptr);
}

TEST(JsonReader, ObjectsKeepKeyOrderAndTheFirstDuplicateWins) {
    Value v = parsed(R"({"b": 1, "a": 2, "c": 3, "a": 4})");
    std::vector<std::string_view> keys;
    for (const auto& m : v.members()) keys.push_back(m.key.str());
    EXPECT_EQ(keys, (std::vector<std::string_view>{"b", "a", "c", "a"}));
    EXPECT_EQ(v.find("a")->asNumber(), 2.0);
}

TEST(JsonReader, ScalarsAreDocumentsToo) {
    EXPECT_EQ(parsed("42").asNumber(), 42.0);
    EXPECT_EQ(parsed(" \"x\" ").asString(), "x");
    EXPECT_TRUE(parsed("\t\r\nnull\n").isNull());
}

TEST(JsonReader, SkipsAByteOrderMark) {
    EXPECT_EQ(parsed("\xEF\xBB\xBF[1]").items().size(), 1u);
    // and columns on line 1 do not count it
    EXPECT_EQ(errorOf("\xEF\xBB\xBF[1,]"), "line 1, column 3: trailing comma before ']'");
}

TEST(JsonReader, DecodesEscapes) {
    EXPECT_EQ(parsed(R"("a\"b\\c\/d\be\ff\ng\rh\ti")").asString(), "a\"b\\c/d\be\ff\ng\rh\ti");
    EXPECT_EQ(parsed(R"("caf\u00e9 \u20AC")").asString(), "café €");
    EXPECT_EQ(parsed(R"("\ud83d\ude00!")").asString(), "\xF0\x9F\x98\x80!");  // U+1F600
    EXPECT_EQ(parsed(R"("\u0000")").asString(), std::string_view("\0", 1));
    EXPECT_EQ(parsed(R"({"k\u0041y": 1})").members()[0].key.str(), "kAy");
}

TEST(JsonReader, StringsWithoutEscapesAreNotCopied) {
    const std::string text = R"(["plain", "esc\naped"])";
    Value v = parsed(text);
    const char* plain = v.items()[0].asString().data();
    const char* escaped = v.items()[1].asString().data();
    EXPECT_TRUE(plain >= text.data() && plain < text.data() + text.size());
    EXPECT_FALSE(escaped >= text.data() && escaped < text.data() + text.size());
}

TEST(JsonReader, NumbersKeepTheirRawText) {
    Value zero = parsed("-0");
    EXPECT_EQ(zero.asNumber(), 0.0);
    EXPECT_TRUE(std::signbit(zero.asNumber()));
    EXPECT_EQ(zero.numberText(), "-0");

    Value big = parsed("123456789012345678901234567890");
    EXPECT_EQ(big.numberText(), "123456789012345678901234567890");
    EXPECT_DOUBLE_EQ(big.asNumber(), 1.2345678901234568e29);

    EXPECT_EQ(parsed("9007199254740993").numberText(), "9007199254740993");  // 2^53 + 1
    EXPECT_EQ(parsed("0.1").asNumber(), 0.1);
    EXPECT_EQ(parsed("1E+2").asNumber(), 100.0);
    EXPECT_EQ(parsed("2e-3").asNumber(), 0.002);
    EXPECT_EQ(parsed("5e-324").asNumber(), 5e-324);
}

TEST(JsonReader, NumbersBeyondDoubleSaturate) {
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(parsed("1e400").asNumber(), inf);
    EXPECT_EQ(parsed("1e400").numberText(), "1e400");
    EXPECT_EQ(parsed("-1e400").asNumber(), -inf);
    EXPECT_EQ(parsed("0.00001e310").asNumber(), 1e305);
    EXPECT_EQ(parsed("123e99999999999999999999").asNumber(), inf);

    EXPECT_EQ(parsed("1e-400").asNumber(), 0.0);
    EXPECT_TRUE(std::signbit(parsed("-1e-400").asNumber()));
    EXPECT_EQ(parsed("1000e-326").asNumber(), 1e-323);  // a subnormal, still representable
    EXPECT_EQ(parsed("0.0000001e-320").asNumber(), 0.0);
}

TEST(JsonReader, AcceptsNestingUpToTheLimit) {
    EXPECT_TRUE(parse(nested(256)).ok());
    EXPECT_TRUE(parse(nested(10), ParseOptions{10}).ok());
}

// ----- invalid documents (the RFC 8259 test-suite cases, "n_…")

TEST(JsonReader, RefusesTrailingCommas) {
    EXPECT_EQ(errorOf("[1,2,]"), "line 1, column 5: trailing comma before ']'");
    EXPECT_EQ(errorOf(R"({"a":1,})"), "line 1, column 7: trailing comma before '}'");
    EXPECT_EQ(errorOf("[,1]"), "line 1, column 2: unexpected ',', expected a value");
    EXPECT_EQ(errorOf("[1,,2]"), "line 1, column 4: unexpected ',', expected a value");
}

TEST(JsonReader, RefusesNumbersOutsideTheGrammar) {
    EXPECT_EQ(errorOf("012"), "line 1, column 1: leading zeros are not allowed");
    EXPECT_EQ(errorOf("[-01]"), "line 1, column 3: leading zeros are not allowed");
    EXPECT_EQ(errorOf("+1"), "line 1, column 1: unexpected '+', expected a value");
    EXPECT_EQ(errorOf(".5"), "line 1, column 1: unexpected '.', expected a value");
    EXPECT_EQ(errorOf("1."),
              "line 1, column 3: unexpected end of input, expected a digit after '.'");
    EXPECT_EQ(errorOf("1.e3"), "line 1, column 3: expected a digit after '.', found 'e'");
    EXPECT_EQ(errorOf("1e"),
              "line 1, column 3: unexpected end of input, expected a digit in the exponent");
    EXPECT_EQ(errorOf("-"), "line 1, column 2: unexpected end of input, expected a digit");
    EXPECT_EQ(errorOf("- 1"), "line 1, column 2: expected a digit, found ' '");
    EXPECT_EQ(errorOf("0x10"), "line 1, column 2: unexpected 'x' after the JSON value");
    EXPECT_EQ(errorOf("NaN"), "line 1, column 1: unexpected 'N', expected a value");
    EXPECT_EQ(errorOf("[Infinity]"), "line 1, column 2: unexpected 'I', expected a value");
    EXPECT_EQ(errorOf("1 2"), "line 1, column 3: unexpected '2' after the JSON value");
}

TEST(JsonReader, RefusesBadLiterals) {
    EXPECT_EQ(errorOf("tru"), "line 1, column 1: invalid literal, expected 'true'");
    EXPECT_EQ(errorOf("[nul]"), "line 1, column 2: invalid literal, expected 'null'");
    EXPECT_EQ(errorOf("True"), "line 1, column 1: unexpected 'T', expected a value");
}

TEST(JsonReader, RefusesBadStrings) {
    EXPECT_EQ(errorOf(R"(["abc)"), "line 1, column 2: unterminated string");
    EXPECT_EQ(errorOf(R"("abc\)"), "line 1, column 1: unterminated string");
    EXPECT_EQ(errorOf("'single'"), "line 1, column 1: unexpected ''', expected a value");
    EXPECT_EQ(errorOf(R"("a\x")"), "line 1, column 3: invalid escape '\\x'");
    EXPECT_EQ(errorOf(R"("a\')"), "line 1, column 3: invalid escape '\\''");
    EXPECT_EQ(errorOf(R"("\u12G4")"),
              "line 1, column 2: invalid \\u escape: expected 4 hex digits");
    EXPECT_EQ(errorOf(R"("\u12")"), "line 1, column 2: invalid \\u escape: expected 4 hex digits");
    EXPECT_EQ(errorOf("\"tab\there\""),
              "line 1, column 5: control character U+0009 in string (write it as an escape)");
    EXPECT_EQ(errorOf("\"line\nbreak\""),
              "line 1, column 6: control character U+000A in string (write it as an escape)");
}

TEST(JsonReader, RefusesLoneSurrogates) {
    EXPECT_EQ(errorOf(R"("\ud800")"), "line 1, column 2: lone surrogate \\ud800");
    EXPECT_EQ(errorOf(R"("x\uDC00y")"), "line 1, column 3: lone surrogate \\uDC00");
    EXPECT_EQ(errorOf(R"("\ud800\u0041")"), "line 1, column 2: lone surrogate \\ud800");
    EXPECT_EQ(errorOf(R"("\ud800\n")"), "line 1, column 2: lone surrogate \\ud800");
    EXPECT_EQ(errorOf(R"("\ud83d\ude0")"),
              "line 1, column 8: invalid \\u escape: expected 4 hex digits");
}

TEST(JsonReader, RefusesInvalidUtf8) {
    EXPECT_EQ(errorOf("\"\xC3\x28\""), "line 1, column 2: invalid UTF-8 in string");  // truncated
    EXPECT_EQ(errorOf("\"\xC0\xAF\""), "line 1, column 2: invalid UTF-8 in string");  // overlong
    EXPECT_EQ(errorOf("\"\xED\xA0\x80\""),
              "line 1, column 2: invalid UTF-8 in string");  // surrogate
    EXPECT_EQ(errorOf("\"\xF4\x90\x80\x80\""),
              "line 1, column 2: invalid UTF-8 in string");  // > U+10FFFF
    EXPECT_EQ(errorOf("\"ok \x80\""), "line 1, column 5: invalid UTF-8 in string");
    EXPECT_EQ(errorOf("\"\xE2\x82\""), "line 1, column 2: invalid UTF-8 in string");
    EXPECT_EQ(errorOf("\xFF"), "line 1, column 1: unexpected byte 0xFF, expected a value");
    EXPECT_EQ(errorOf("[é]"), "line 1, column 2: unexpected 'é', expected a value");
}

TEST(JsonReader, RefusesBadStructure) {
    EXPECT_EQ(errorOf(""), "line 1, column 1: unexpected end of input: the document is empty");
    EXPECT_EQ(errorOf("  \n "), "line 2, column 2: unexpected end of input: the document is empty");
    EXPECT_EQ(errorOf(R"({"a" 1})"), "line 1, column 6: expected ':', found '1'");
    EXPECT_EQ(errorOf(R"({a: 1})"), "line 1, column 2: expected a string key, found 'a'");
    EXPECT_EQ(errorOf(R"({"a": 1 "b": 2})"), "line 1, column 9: expected ',' or '}', found '\"'");
    EXPECT_EQ(errorOf("[1 2]"), "line 1, column 4: expected ',' or ']', found '2'");
    EXPECT_EQ(errorOf("[1"), "line 1, column 3: unexpected end of input, expected ',' or ']'");
    EXPECT_EQ(errorOf(R"({"a":)"), "line 1, column 6: unexpected end of input, expected a value");
    EXPECT_EQ(errorOf("[1] // comment"), "line 1, column 5: unexpected '/' after the JSON value");
    EXPECT_EQ(errorOf("]"), "line 1, column 1: unexpected ']', expected a value");
}

TEST(JsonReader, RefusesNestingBeyondTheLimit) {
    EXPECT_EQ(errorOf(nested(257)), "line 1, column 257: nesting deeper than 256 levels");
    EXPECT_EQ(errorOf(nested(11), ParseOptions{10}),
              "line 1, column 11: nesting deeper than 10 levels");
    // Far deeper than the stack could take if the limit were not checked first.
    EXPECT_FALSE(parse(std::string(1'000'000, '[')).ok());
    EXPECT_FALSE(parse(std::string(500'000, '{')).ok());
}

TEST(JsonReader, ErrorsSayLineAndColumnInCharacters) {
    const std::string text =
        "{\n"
        "  \"name\": \"Cabinet\",\n"
        "  \"ville\": \"Orléans\", \"x\"  1\n"
        "}\n";
    EXPECT_EQ(errorOf(text), "line 3, column 28: expected ':', found '1'");
    EXPECT_EQ(errorOf("[1,\r\n2,\r\n]"), "line 2, column 2: trailing comma before ']'");
}

// ----- streaming

namespace {

struct Streamed {
    std::vector<std::string> keys;
    std::vector<std::uint64_t> lines;
    std::vector<std::uint64_t> indexes;
    std::vector<Value> values;
};

StreamOptions collecting(Streamed& out, std::vector<std::string_view> keys) {
    StreamOptions options;
    options.arrayKeys = std::move(keys);
    options.onItem = [&out](StreamedItem& item) -> Result<void> {
        out.keys.emplace_back(item.arrayKey);
        out.lines.push_back(item.line);
        out.indexes.push_back(item.index);
        out.values.push_back(std::move(item.value));
        return {};
    };
    return options;
}

}  // namespace

TEST(JsonStream, GivesEachItemWithItsLine) {
    const std::string text = R"({
  "version": 0.6,
  "skipped": {"deep": [1, 2, {"x": "\u00e9"}]},
  "elements": [
    {"type": "node", "id": 1},
    {"type": "way",
     "id": 2},

    3, "four", [5]
  ]
})";
    Streamed got;
    auto r = streamArrays(text, collecting(got, {"elements"}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->items, 5u);
    EXPECT_EQ(r->arrays, (std::vector<std::string_view>{"elements"}));
    EXPECT_EQ(got.lines, (std::vector<std::uint64_t>{5, 6, 9, 9, 9}));
    EXPECT_EQ(got.indexes, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
    EXPECT_EQ(got.values[1].find("id")->asNumber(), 2.0);
    EXPECT_EQ(got.values[3].asString(), "four");
    EXPECT_EQ(got.values[4], parsed("[5]"));
}

TEST(JsonStream, StreamsSeveralArraysAndHandsOverChosenMembers) {
    const std::string text =
        R"({"features": [{"a": 1}], "meta": {"date": "2024-05-01"}, "other": [9],)"
        R"( "elements": [], "type": "x"})";
    Streamed got;
    StreamOptions options = collecting(got, {"elements", "features"});
    options.memberKeys = {"meta", "type"};
    std::vector<std::string> members;
    options.onMember = [&](std::string_view key, const Value& v) -> Result<void> {
        members.push_back(std::string(key) + "=" + (v.isObject() ? "object" : "scalar"));
        return {};
    };
    auto r = streamArrays(text, options);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->arrays, (std::vector<std::string_view>{"features", "elements"}));
    EXPECT_EQ(got.keys, (std::vector<std::string>{"features"}));
    EXPECT_EQ(members, (std::vector<std::string>{"meta=object", "type=scalar"}));
}

TEST(JsonStream, StillChecksTheWholeText) {
    Streamed got;
    // An error in a skipped member…
    auto r = streamArrays("{\"skip\": [1, 01], \"elements\": [1]}", collecting(got, {"elements"}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "line 1, column 14: leading zeros are not allowed");
    EXPECT_TRUE(got.values.empty());
    // …and after the last item, once the items before it were given.
    r = streamArrays("{\"elements\": [1, 2]\n,}", collecting(got, {"elements"}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "line 2, column 1: trailing comma before '}'");
    EXPECT_EQ(got.values.size(), 2u);
    r = streamArrays("{\"elements\": []} []", collecting(got, {"elements"}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "line 1, column 18: unexpected '[' after the JSON value");
}

TEST(JsonStream, NeedsAnObjectHoldingArrays) {
    Streamed got;
    auto r = streamArrays("[1, 2]", collecting(got, {"elements"}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "line 1, column 1: expected '{' (a JSON object), found '['");
    r = streamArrays("{\"elements\": {\"a\": 1}}", collecting(got, {"elements"}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "line 1, column 14: \"elements\" must be an array");
    r = streamArrays(" {} ", collecting(got, {"elements"}));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->arrays.empty());
}

TEST(JsonStream, ACallbackErrorStopsTheWalk) {
    int calls = 0;
    StreamOptions options;
    options.arrayKeys = {"elements"};
    options.onItem = [&](StreamedItem& item) -> Result<void> {
        ++calls;
        if (item.index == 1) return usageError("stop at " + std::to_string(item.line));
        return {};
    };
    auto r = streamArrays("{\"elements\": [1,\n2,\n3]}", options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Usage);
    EXPECT_EQ(r.error().message, "stop at 2");
    EXPECT_EQ(calls, 2);
}

TEST(JsonStream, ItemsCountTowardsTheDepthLimit) {
    Streamed got;
    StreamOptions options = collecting(got, {"elements"});
    options.parse.maxDepth = 4;
    EXPECT_TRUE(streamArrays(R"({"elements": [[[1]]]})", options).ok());
    auto r = streamArrays(R"({"elements": [[[[1]]]]})", options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "line 1, column 17: nesting deeper than 4 levels");
}

// ----- writer

TEST(JsonWriter, PlacesCommasAndColons) {
    Writer w;
    w.beginObject()
        .key("a")
        .integer(1)
        .key("b")
        .beginArray()
        .boolean(true)
        .null()
        .beginObject()
        .endObject()
        .beginArray()
        .endArray()
        .string("s")
        .endArray()
        .key("c")
        .number(2.5)
        .endObject();
    EXPECT_TRUE(w.complete());
    EXPECT_EQ(w.text(), R"({"a":1,"b":[true,null,{},[],"s"],"c":2.5})");
}

TEST(JsonWriter, EscapesStrings) {
    Writer w;
    w.beginArray()
        .string("quote \" backslash \\ slash /")
        .string(std::string_view("\x01\n\t\x1f\0", 5))
        .string("UTF-8 passes: é € 😀")
        .string("bad \xFF byte \xC3")
        .endArray();
    EXPECT_EQ(w.text(),
              "[\"quote \\\" backslash \\\\ slash /\","
              "\"\\u0001\\u000a\\u0009\\u001f\\u0000\","
              "\"UTF-8 passes: é € 😀\","
              "\"bad \xEF\xBF\xBD byte \xEF\xBF\xBD\"]");
}

TEST(JsonWriter, WritesNumbersThatReadBackExactly) {
    Writer w;
    w.beginArray()
        .number(0.1)
        .number(-0.0)
        .number(1e300)
        .number(5e-324)
        .number(123456789.0)
        .number(std::nan(""))
        .number(std::numeric_limits<double>::infinity())
        .integer(std::numeric_limits<std::int64_t>::min())
        .integer(std::numeric_limits<std::uint64_t>::max())
        .integer(-7)
        .endArray();
    EXPECT_EQ(w.text(),
              "[0.1,-0,1e+300,5e-324,123456789,null,null,-9223372036854775808,"
              "18446744073709551615,-7]");
}

TEST(JsonWriter, IsIncompleteUntilEveryContainerIsClosed) {
    Writer w;
    EXPECT_FALSE(w.complete());
    w.beginObject().key("a").beginArray();
    EXPECT_FALSE(w.complete());
    w.endArray().endObject();
    EXPECT_TRUE(w.complete());
}

// ----- round trips

TEST(JsonRoundTrip, WriterOutputReadsBack) {
    std::string every;
    for (int c = 0; c < 0x80; ++c) every += static_cast<char>(c);
    every += "é€😀";
    Writer w;
    w.beginObject().key(every).string(every).key("n").beginArray();
    const double numbers[] = {0.0,
                              -0.0,
                              1.0 / 3,
                              6.02214076e23,
                              -2.2250738585072014e-308,
                              4.9e-324,
                              1.7976931348623157e308,
                              48.8566,
                              2.3522};
    for (double d : numbers) w.number(d);
    w.endArray().endObject();

    Value v = parsed(w.text());
    ASSERT_EQ(v.members().size(), 2u);
    EXPECT_EQ(v.members()[0].key.str(), every);
    EXPECT_EQ(v.members()[0].value.asString(), every);
    const auto& items = v.find("n")->items();
    ASSERT_EQ(items.size(), std::size(numbers));
    for (std::size_t i = 0; i < items.size(); ++i) {
        EXPECT_EQ(items[i].asNumber(), numbers[i]) << items[i].numberText();
        EXPECT_EQ(std::signbit(items[i].asNumber()), std::signbit(numbers[i]));
    }
}

TEST(JsonRoundTrip, ParsedDocumentsWriteBackToTheSameValue) {
    const std::string text = R"({"elements": [{"type": "node", "id": 123, "lat": 48.8566,
        "lon": 2.3522, "tags": {"name": "Dr \"Martin\"\n", "x": "\ud83d\ude00"}},
        [], {}, [null, true, false, -0, 1e-7, 12345678901234567890]], "big": 1e400})";
    Value original = parsed(text);
    Writer w;
    write(w, original);
    Value again = parsed(w.text());
    // 1e400 cannot be written: it becomes null, the one thing that changes.
    EXPECT_TRUE(again.find("big")->isNull());
    EXPECT_EQ(*again.find("elements"), *original.find("elements"));
    Writer w2;
    write(w2, again);
    EXPECT_EQ(w2.text(), w.text());
}
