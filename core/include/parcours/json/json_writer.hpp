#pragma once
// Builds a compact JSON text (RFC 8259), for the `parcours` tool's `--json` output.
//
//     json::Writer w;
//     w.beginObject().key("name").string("Cabinet").key("lat").number(45.76).endObject();
//     std::string text = w.take();
//
// Commas and colons are placed by the writer. Calls out of order (a value in an object
// with no key before it, an unbalanced end) are programming errors, caught by asserts.

#include <charconv>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parcours::json {

class Writer {
  public:
    Writer& beginObject();
    Writer& endObject();
    Writer& beginArray();
    Writer& endArray();
    Writer& key(std::string_view name);

    // Escapes quotes, backslashes and control characters; UTF-8 passes through, and a byte
    // that is not well-formed UTF-8 becomes U+FFFD so the output is always valid JSON.
    Writer& string(std::string_view value);
    // The shortest text that reads back as the same double; NaN and infinities (which
    // JSON cannot express) become null.
    Writer& number(double value);
    template <std::integral T>
    requires(!std::same_as<T, bool>) Writer& integer(T value) {
        char buffer[24];
        auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        return scalar(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
    }
    Writer& boolean(bool value);
    Writer& null();

    // True once every object and array begun has been ended.
    [[nodiscard]] bool complete() const { return open_.empty() && !text_.empty(); }
    [[nodiscard]] const std::string& text() const { return text_; }
    std::string take() { return std::move(text_); }

  private:
    Writer& scalar(std::string_view text);  // a value written as is, after its separator
    void separate();                        // the comma before a value or key, if needed
    Writer& open(char bracket, bool isObject);
    Writer& close(char bracket, bool isObject);

    struct Level {
        bool isObject = false;
        bool empty = true;
    };
    std::string text_;
    std::vector<Level> open_;
    bool afterKey_ = false;  // a key was written and waits for its value
};

}  // namespace parcours::json
