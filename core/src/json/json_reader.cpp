#include "json/json_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <istream>
#include <limits>
#include <optional>
#include <string>
#include <system_error>

#include "common/utf8.hpp"

namespace parcours::json {
namespace {

bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}

int hexValue(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string_view view(const unsigned char* from, const unsigned char* to) {
    return {reinterpret_cast<const char*>(from), static_cast<std::size_t>(to - from)};
}

// The value of a number std::from_chars rejected as out of range: ±infinity when its
// magnitude is huge, ±0 when tiny. `raw` is already known to match the JSON grammar.
double outOfRange(std::string_view raw) {
    const bool negative = raw.front() == '-';
    // Decimal exponent of the first significant digit, from the digits and the exponent.
    long long magnitude = -1;
    bool seenPoint = false, seenSignificant = false;
    std::size_t i = negative ? 1 : 0;
    for (; i < raw.size() && raw[i] != 'e' && raw[i] != 'E'; ++i) {
        if (raw[i] == '.') {
            seenPoint = true;
        } else if (!seenSignificant && raw[i] == '0') {
            if (seenPoint) --magnitude;
        } else {
            if (!seenSignificant && !seenPoint) magnitude = 0;
            if (seenSignificant && !seenPoint) ++magnitude;
            seenSignificant = true;
        }
    }
    long long exponent = 0;
    if (i < raw.size()) {
        ++i;
        bool negativeExponent = false;
        if (raw[i] == '+' || raw[i] == '-') negativeExponent = raw[i++] == '-';
        for (; i < raw.size(); ++i)  // saturates: only the sign of the sum matters
            exponent = std::min(exponent * 10 + (raw[i] - '0'), 1'000'000'000LL);
        if (negativeExponent) exponent = -exponent;
    }
    const double huge = std::numeric_limits<double>::infinity();
    const double result = magnitude + exponent > 0 ? huge : 0.0;
    return negative ? -result : result;
}

class Parser {
  public:
    Parser(std::string_view text, const ParseOptions& options)
        : begin_(reinterpret_cast<const unsigned char*>(text.data())),
          p_(begin_),
          end_(begin_ + text.size()),
          maxDepth_(options.maxDepth) {
        // RFC 8259 §8.1: a parser may ignore a byte order mark.
        if (text.starts_with("\xEF\xBB\xBF")) p_ = content_ = begin_ + 3;
    }

    // Chunked input: the text is a window on `in` that moves on as the walk goes.
    Parser(std::istream& in, const StreamOptions& options)
        : begin_(nullptr), p_(nullptr), end_(nullptr), maxDepth_(options.parse.maxDepth) {
        in_ = &in;
        eof_ = false;
        chunk_ = std::max<std::size_t>(options.chunkBytes, 1);
        maxValue_ = options.maxValueBytes;
        rebase(0);
        while (end_ - begin_ < 3 && more()) {
        }
        if (end_ - begin_ >= 3 && std::memcmp(begin_, "\xEF\xBB\xBF", 3) == 0)
            p_ = content_ = begin_ + 3;
    }

    Result<Value> document() {
        Value root;
        skipSpace();
        if (p_ == end_) {
            fail("unexpected end of input: the document is empty");
            return error();
        }
        if (!value<true>(&root, 0)) return error();
        if (!finish()) return error();
        return root;
    }

    Result<StreamSummary> stream(const StreamOptions& options);

  private:
    // ----- errors

    bool failAt(const unsigned char* at, std::string message) {
        errorAt_ = at;
        message_ = std::move(message);
        return false;
    }
    bool fail(std::string message) { return failAt(p_, std::move(message)); }
    // "expected ':'", or, at the end of the text, why the text ended too soon.
    bool expected(std::string_view what) {
        if (p_ == end_) return fail("unexpected end of input, expected " + std::string(what));
        return fail("expected " + std::string(what) + ", found " + describeHere());
    }
    // describe(p_), after making a chunked window hold the whole character there (the
    // window may end inside it). Only on the way to an error at p_: a refill drops what
    // lies before p_, which nothing reads once the parse fails.
    std::string describeHere() {
        while (end_ - p_ < 4 && more()) {
        }
        return describe(p_);
    }
    std::string describe(const unsigned char* at) const {
        if (*at >= 0x20 && *at < 0x7F) return std::string("'") + static_cast<char>(*at) + "'";
        if (*at >= 0x80)
            if (std::size_t n = utf8::sequenceLength(at, end_))
                return "'" + std::string(view(at, at + n)) + "'";
        static constexpr char kHex[] = "0123456789ABCDEF";
        return std::string("byte 0x") + kHex[*at >> 4] + kHex[*at & 0xF];
    }
    Error error() const {
        if (readFailed_)
            return badInput("cannot read the input after line " + std::to_string(baseLine_));
        // Lines count '\n'; columns count characters (not continuation bytes) from the
        // line start, so an editor's cursor lands on the offending character. A chunked
        // window starts at baseLine_, baseColumn_.
        const unsigned char* at = errorAt_;
        std::uint64_t line = baseLine_ + static_cast<std::uint64_t>(std::count(begin_, at, '\n'));
        const unsigned char* lineStart = at;
        while (lineStart > content_ && lineStart[-1] != '\n') --lineStart;
        std::uint64_t column = lineStart == content_ ? baseColumn_ : 1;
        column += characters(lineStart, at);
        return badInput("line " + std::to_string(line) + ", column " + std::to_string(column) +
                        ": " + message_);
    }

    static std::uint64_t characters(const unsigned char* from, const unsigned char* to) {
        std::uint64_t n = 0;
        for (const unsigned char* q = from; q < to; ++q)
            if ((*q & 0xC0) != 0x80) ++n;
        return n;
    }

    // ----- chunked input (a no-op on a whole text, which is all there from the start)

    // Points the window at buffer_, p_ at `offset` in it.
    void rebase(std::size_t offset) {
        begin_ = content_ = lineCursor_ = reinterpret_cast<const unsigned char*>(buffer_.data());
        end_ = begin_ + buffer_.size();
        p_ = begin_ + offset;
    }

    // Reads more of the stream, dropping what lies before p_ (remembered as the line and
    // column where the window now starts). False when nothing more came.
    bool more() {
        if (eof_) return false;
        lineAt(p_);
        const unsigned char* lastNewline = nullptr;
        for (const unsigned char* q = p_; q > content_; --q)
            if (q[-1] == '\n') {
                lastNewline = q - 1;
                break;
            }
        baseColumn_ = lastNewline ? 1 + characters(lastNewline + 1, p_)
                                  : baseColumn_ + characters(content_, p_);
        baseLine_ = line_;
        const auto dropped = static_cast<std::size_t>(p_ - begin_);
        buffer_.erase(0, dropped);
        const std::size_t kept = buffer_.size();
        // At least as much as is kept: a long value is read in doubling steps, so that
        // rescanning it costs linear time overall.
        const std::size_t want = std::max(chunk_, kept);
        buffer_.resize(kept + want);
        in_->read(buffer_.data() + kept, static_cast<std::streamsize>(want));
        const auto got = static_cast<std::size_t>(in_->gcount());
        buffer_.resize(kept + got);
        if (in_->bad()) readFailed_ = true;
        if (got < want || !*in_) eof_ = true;
        rebase(0);
        line_ = baseLine_;
        return got > 0;
    }

    // Skips white space, reading on while the window ends in it.
    void space() {
        for (;;) {
            skipSpace();
            if (p_ < end_ || !more()) return;
        }
    }

    // Makes the window hold the whole value that starts at p_ (or all that is left of the
    // stream), so that the parser proper never meets the window's end inside a value.
    // Only brackets, strings and escapes are followed here: the parser checks the rest.
    bool holdValue() {
        if (in_ == nullptr || p_ == end_) return true;
        const unsigned char first = *p_;
        const bool scalar = first != '{' && first != '[' && first != '"';
        std::size_t scanned = 0, depth = 0;
        bool inString = false, escaped = false;
        for (;;) {
            const unsigned char* q = p_ + scanned;
            for (; q < end_; ++q) {
                const unsigned char c = *q;
                if (scalar) {
                    if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          c == '-' || c == '+' || c == '.'))
                        return true;
                } else if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"') {
                        inString = false;
                        if (depth == 0) return true;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && (depth == 0 || --depth == 0)) {
                    return true;
                }
            }
            scanned = static_cast<std::size_t>(q - p_);
            if (scanned > maxValue_)
                return fail("a value larger than " + std::to_string(maxValue_) +
                            " bytes (an unclosed string or bracket?)");
            if (!more()) return true;  // the parser reports where the text ends too soon
        }
    }

    // Makes the window hold the separator after a value and, after a comma, the next
    // character that is not white space (a trailing comma is an error).
    void holdSeparator() {
        space();
        if (in_ == nullptr || p_ == end_ || *p_ != ',') return;
        for (;;) {
            const unsigned char* q = p_ + 1;
            while (q < end_ && (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t')) ++q;
            if (q < end_ || !more()) return;
        }
    }

    // ----- tokens

    void skipSpace() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool finish() {
        space();
        if (p_ != end_) return fail("unexpected " + describeHere() + " after the JSON value");
        return true;
    }

    // Line of `at`, counting only the newlines since the last call: the streamed items
    // come in order, so the whole file is counted once.
    std::uint64_t lineAt(const unsigned char* at) {
        line_ += static_cast<std::uint64_t>(std::count(lineCursor_, at, '\n'));
        lineCursor_ = at;
        return line_;
    }

    bool enter(std::size_t depth) {
        if (depth >= maxDepth_)
            return fail("nesting deeper than " + std::to_string(maxDepth_) + " levels");
        return true;
    }

    // Parses one value at p_ into *out (Build), or only checks it (skip mode, for the
    // members a stream does not want: nothing is allocated).
    template <bool Build>
    bool value(Value* out, std::size_t depth) {
        if (p_ == end_) return fail("unexpected end of input, expected a value");
        switch (*p_) {
            case '{':
                return object<Build>(out, depth);
            case '[':
                return array<Build>(out, depth);
            case '"': {
                Text text;
                if (!string<Build>(&text)) return false;
                if constexpr (Build) *out = Value::string(std::move(text));
                return true;
            }
            case 't':
                return literal<Build>(out, "true", Value::boolean(true));
            case 'f':
                return literal<Build>(out, "false", Value::boolean(false));
            case 'n':
                return literal<Build>(out, "null", Value());
            default:
                if (*p_ == '-' || isDigit(*p_)) return number<Build>(out);
                return fail("unexpected " + describeHere() + ", expected a value");
        }
    }

    template <bool Build>
    bool literal(Value* out, std::string_view word, Value v) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::memcmp(p_, word.data(), word.size()) != 0)
            return fail("invalid literal, expected '" + std::string(word) + "'");
        p_ += word.size();
        if constexpr (Build) *out = std::move(v);
        return true;
    }

    template <bool Build>
    bool number(Value* out) {
        const unsigned char* start = p_;
        if (*p_ == '-') ++p_;
        if (p_ == end_ || !isDigit(*p_)) return expected("a digit");
        if (*p_ == '0') {
            ++p_;
            if (p_ < end_ && isDigit(*p_)) return failAt(p_ - 1, "leading zeros are not allowed");
        } else {
            while (p_ < end_ && isDigit(*p_)) ++p_;
        }
        if (p_ < end_ && *p_ == '.') {
            ++p_;
            if (p_ == end_ || !isDigit(*p_)) return expected("a digit after '.'");
            while (p_ < end_ && isDigit(*p_)) ++p_;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ == end_ || !isDigit(*p_)) return expected("a digit in the exponent");
            while (p_ < end_ && isDigit(*p_)) ++p_;
        }
        if constexpr (Build) {
            const std::string_view raw = view(start, p_);
            double d = 0;
            auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), d);
            if (ec == std::errc::result_out_of_range) d = outOfRange(raw);
            *out = Value::number(d, raw);
        }
        return true;
    }

    // One \-escape at p_ (the backslash), appended to `decoded`.
    template <bool Build>
    bool escape(std::string& decoded, const unsigned char* open) {
        const unsigned char* backslash = p_++;
        if (p_ == end_) return failAt(open, "unterminated string");
        char simple = 0;
        switch (*p_) {
            case '"':
                simple = '"';
                break;
            case '\\':
                simple = '\\';
                break;
            case '/':
                simple = '/';
                break;
            case 'b':
                simple = '\b';
                break;
            case 'f':
                simple = '\f';
                break;
            case 'n':
                simple = '\n';
                break;
            case 'r':
                simple = '\r';
                break;
            case 't':
                simple = '\t';
                break;
            case 'u':
                break;
            default:
                if (*p_ >= 0x20 && *p_ < 0x7F)
                    return failAt(backslash,
                                  std::string("invalid escape '\\") + static_cast<char>(*p_) + "'");
                return failAt(backslash, "invalid escape: backslash before " + describe(p_));
        }
        if (simple) {
            ++p_;
            if constexpr (Build) decoded += simple;
            return true;
        }
        ++p_;
        auto cp = hex4();
        if (!cp) return failAt(backslash, "invalid \\u escape: expected 4 hex digits");
        char32_t code = *cp;
        if (code >= 0xDC00 && code <= 0xDFFF)
            return failAt(backslash, "lone surrogate \\u" + std::string(view(p_ - 4, p_)));
        if (code >= 0xD800 && code <= 0xDBFF) {
            // A high surrogate must be followed at once by an escaped low one.
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                return failAt(backslash, "lone surrogate \\u" + std::string(view(p_ - 4, p_)));
            const unsigned char* save = p_;
            p_ += 2;
            auto low = hex4();
            if (!low) return failAt(save, "invalid \\u escape: expected 4 hex digits");
            if (*low < 0xDC00 || *low > 0xDFFF)
                return failAt(backslash, "lone surrogate \\u" + std::string(view(save - 4, save)));
            code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
        }
        if constexpr (Build) utf8::append(decoded, code);
        return true;
    }

    std::optional<char32_t> hex4() {
        if (end_ - p_ < 4) return std::nullopt;
        char32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            int h = hexValue(p_[i]);
            if (h < 0) return std::nullopt;
            cp = (cp << 4) | static_cast<char32_t>(h);
        }
        p_ += 4;
        return cp;
    }

    bool controlCharacter() {
        static constexpr char kHex[] = "0123456789ABCDEF";
        return fail(std::string("control character U+00") + kHex[*p_ >> 4] + kHex[*p_ & 0xF] +
                    " in string (write it as an escape)");
    }

    // Advances over the characters that need no decoding; false on a bad one.
    bool plainRun() {
        while (p_ < end_) {
            const unsigned char c = *p_;
            if (c == '"' || c == '\\') return true;
            if (c < 0x20) return controlCharacter();
            if (c < 0x80) {
                ++p_;
                continue;
            }
            const std::size_t n = utf8::sequenceLength(p_, end_);
            if (n == 0) return fail("invalid UTF-8 in string");
            p_ += n;
        }
        return true;
    }

    template <bool Build>
    bool string(Text* out) {
        const unsigned char* open = p_++;
        const unsigned char* start = p_;
        if (!plainRun()) return false;
        if (p_ == end_) return failAt(open, "unterminated string");
        if (*p_ == '"') {  // no escapes: the text is a view of the input
            if constexpr (Build) *out = Text::view(view(start, p_));
            ++p_;
            return true;
        }
        std::string decoded;
        if constexpr (Build) decoded.assign(view(start, p_));
        for (;;) {
            if (!escape<Build>(decoded, open)) return false;
            const unsigned char* run = p_;
            if (!plainRun()) return false;
            if constexpr (Build) decoded.append(view(run, p_));
            if (p_ == end_) return failAt(open, "unterminated string");
            if (*p_ == '"') break;
        }
        ++p_;
        if constexpr (Build) *out = Text::decoded(std::move(decoded));
        return true;
    }

    template <bool Build>
    bool array(Value* out, std::size_t depth) {
        if (!enter(depth)) return false;
        ++p_;
        std::vector<Value> items;
        skipSpace();
        if (p_ < end_ && *p_ == ']') {
            ++p_;
            if constexpr (Build) *out = Value::array(std::move(items));
            return true;
        }
        for (;;) {
            Value item;
            if (!value<Build>(&item, depth + 1)) return false;
            if constexpr (Build) items.push_back(std::move(item));
            if (!separator(']')) return false;
            if (closed_) break;
        }
        if constexpr (Build) *out = Value::array(std::move(items));
        return true;
    }

    template <bool Build>
    bool object(Value* out, std::size_t depth) {
        if (!enter(depth)) return false;
        ++p_;
        std::vector<Member> members;
        skipSpace();
        if (p_ < end_ && *p_ == '}') {
            ++p_;
            if constexpr (Build) *out = Value::object(std::move(members));
            return true;
        }
        for (;;) {
            Member m;
            if (!key<Build>(&m.key)) return false;
            if (!value<Build>(&m.value, depth + 1)) return false;
            if constexpr (Build) members.push_back(std::move(m));
            if (!separator('}')) return false;
            if (closed_) break;
        }
        if constexpr (Build) *out = Value::object(std::move(members));
        return true;
    }

    // A member's name and its colon, leaving p_ at the value.
    template <bool Build>
    bool key(Text* out) {
        if (p_ == end_ || *p_ != '"') return expected("a string key");
        if (!string<Build>(out)) return false;
        skipSpace();
        if (p_ == end_ || *p_ != ':') return expected("':'");
        ++p_;
        skipSpace();
        return true;
    }

    // After an item: a comma and the next item (closed_ false), or the closing bracket
    // (closed_ true).
    bool separator(unsigned char close) {
        skipSpace();
        if (p_ < end_ && *p_ == ',') {
            const unsigned char* comma = p_++;
            skipSpace();
            if (p_ < end_ && *p_ == close)
                return failAt(
                    comma, std::string("trailing comma before '") + static_cast<char>(close) + "'");
            closed_ = false;
            return true;
        }
        if (p_ < end_ && *p_ == close) {
            ++p_;
            closed_ = true;
            return true;
        }
        return expected(std::string("',' or '") + static_cast<char>(close) + "'");
    }

    const unsigned char* begin_;
    const unsigned char* content_ = begin_;  // after the byte order mark, if any
    const unsigned char* p_;
    const unsigned char* end_;
    std::size_t maxDepth_;
    bool closed_ = false;

    const unsigned char* errorAt_ = nullptr;
    std::string message_;

    const unsigned char* lineCursor_ = begin_;
    std::uint64_t line_ = 1;

    // Chunked input: the stream, the window's text and where it starts in the file.
    std::istream* in_ = nullptr;
    std::string buffer_;
    bool eof_ = true;
    bool readFailed_ = false;
    std::size_t chunk_ = 0;
    std::size_t maxValue_ = 0;
    std::uint64_t baseLine_ = 1;
    std::uint64_t baseColumn_ = 1;
};

bool listed(const std::vector<std::string_view>& keys, std::string_view key,
            std::string_view* match) {
    for (auto k : keys)
        if (k == key) {
            *match = k;  // the caller's copy, which outlives the decoded key
            return true;
        }
    return false;
}

Result<StreamSummary> Parser::stream(const StreamOptions& options) {
    // Every step first makes the window hold what it reads (holdValue, holdSeparator,
    // space): then the same value and separator code serves a whole text and a stream.
    StreamSummary summary;
    space();
    if (p_ == end_ || *p_ != '{') {
        expected("'{' (a JSON object)");
        return error();
    }
    if (!enter(0)) return error();
    ++p_;
    space();
    if (p_ < end_ && *p_ == '}') {
        ++p_;
        if (!finish()) return error();
        return summary;
    }
    for (;;) {
        if (p_ == end_ || *p_ != '"') {
            expected("a string key");
            return error();
        }
        if (!holdValue()) return error();
        Text text;
        if (!string<true>(&text)) return error();
        const std::string name(text.str());  // the window may move on before it is used
        space();
        if (p_ == end_ || *p_ != ':') {
            expected("':'");
            return error();
        }
        ++p_;
        space();
        std::string_view match;
        const bool streamed = listed(options.arrayKeys, name, &match);
        if (streamed || (p_ < end_ && *p_ == '[' && !listed(options.memberKeys, name, &match))) {
            // A streamed array, or one skipped item by item (a big one stays bounded).
            if (streamed && (p_ == end_ || *p_ != '[')) {
                fail("\"" + std::string(match) + "\" must be an array");
                return error();
            }
            if (!enter(1)) return error();
            if (streamed) summary.arrays.push_back(match);
            ++p_;
            space();
            if (p_ < end_ && *p_ == ']') {
                ++p_;
                closed_ = true;
            } else {
                closed_ = false;
            }
            for (std::uint64_t index = 0; !closed_; ++index) {
                if (!holdValue()) return error();
                if (!streamed) {
                    if (!value<false>(nullptr, 2)) return error();
                } else {
                    StreamedItem item;
                    item.arrayKey = match;
                    item.index = index;
                    item.line = lineAt(p_);
                    if (!value<true>(&item.value, 2)) return error();
                    ++summary.items;
                    if (options.onItem)
                        if (auto r = options.onItem(item); !r) return r.error();
                }
                holdSeparator();
                if (!separator(']')) return error();
            }
        } else if (listed(options.memberKeys, name, &match)) {
            if (!holdValue()) return error();
            Value v;
            if (!value<true>(&v, 1)) return error();
            if (options.onMember)
                if (auto r = options.onMember(match, v); !r) return r.error();
        } else {
            if (!holdValue()) return error();
            if (!value<false>(nullptr, 1)) return error();
        }
        holdSeparator();
        if (!separator('}')) return error();
        if (closed_) break;
    }
    if (!finish()) return error();
    return summary;
}

}  // namespace

Result<Value> parse(std::string_view text, const ParseOptions& options) {
    return Parser(text, options).document();
}

Result<StreamSummary> streamArrays(std::string_view text, const StreamOptions& options) {
    return Parser(text, options.parse).stream(options);
}

Result<StreamSummary> streamArrays(std::istream& in, const StreamOptions& options) {
    return Parser(in, options).stream(options);
}

}  // namespace parcours::json
