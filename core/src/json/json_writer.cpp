#include "parcours/json/json_writer.hpp"

#include <cassert>
#include <cmath>

#include "common/utf8.hpp"

namespace parcours::json {
namespace {

void appendEscaped(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        // Copy the run of characters that need no escaping in one go.
        const auto* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
        out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
        if (p == end) break;
        const unsigned char c = *p;
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
            ++p;
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
            ++p;
        } else if (std::size_t n = utf8::sequenceLength(p, end); n != 0) {
            out.append(reinterpret_cast<const char*>(p), n);
            p += n;
        } else {
            utf8::append(out, 0xFFFD);
            ++p;
        }
    }
    out += '"';
}

}  // namespace

void Writer::separate() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (open_.empty()) {
        assert(text_.empty() && "a JSON text holds one top-level value");
        return;
    }
    assert(!open_.back().isObject && "a value in an object needs a key first");
    if (!open_.back().empty) text_ += ',';
    open_.back().empty = false;
}

Writer& Writer::scalar(std::string_view text) {
    separate();
    text_ += text;
    return *this;
}

Writer& Writer::open(char bracket, bool isObject) {
    separate();
    text_ += bracket;
    open_.push_back({isObject, true});
    return *this;
}

Writer& Writer::close(char bracket, bool isObject) {
    assert(!open_.empty() && open_.back().isObject == isObject && !afterKey_);
    (void)isObject;
    open_.pop_back();
    text_ += bracket;
    return *this;
}

Writer& Writer::beginObject() {
    return open('{', true);
}
Writer& Writer::endObject() {
    return close('}', true);
}
Writer& Writer::beginArray() {
    return open('[', false);
}
Writer& Writer::endArray() {
    return close(']', false);
}

Writer& Writer::key(std::string_view name) {
    assert(!open_.empty() && open_.back().isObject && !afterKey_);
    if (!open_.back().empty) text_ += ',';
    open_.back().empty = false;
    appendEscaped(text_, name);
    text_ += ':';
    afterKey_ = true;
    return *this;
}

Writer& Writer::string(std::string_view value) {
    separate();
    appendEscaped(text_, value);
    return *this;
}

Writer& Writer::number(double value) {
    if (!std::isfinite(value)) return null();
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return scalar(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

Writer& Writer::boolean(bool value) {
    return scalar(value ? "true" : "false");
}
Writer& Writer::null() {
    return scalar("null");
}

}  // namespace parcours::json
