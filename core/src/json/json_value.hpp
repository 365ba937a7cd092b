#pragma once
// The DOM the JSON reader builds: null, bool, number, string, array, object.
//
// A Value views the text it was parsed from (strings without escapes, the raw text of
// numbers are not copied): keep that text alive as long as the Value. Values move but do
// not copy, so a large tree is never duplicated by accident.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parcours::json {

class Writer;

enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };

// Text of a JSON string: a view of the input when the string had no escapes (the common
// case, no copy), else a view of its decoded UTF-8, kept on the heap so that moving a Text
// never moves the characters its view points to.
class Text {
  public:
    Text() = default;
    static Text view(std::string_view raw) {
        Text t;
        t.view_ = raw;
        return t;
    }
    static Text decoded(std::string decoded) {
        Text t;
        t.decoded_ = std::make_unique<std::string>(std::move(decoded));
        t.view_ = *t.decoded_;
        return t;
    }
    [[nodiscard]] std::string_view str() const { return view_; }

  private:
    std::string_view view_;
    std::unique_ptr<std::string> decoded_;
};

struct Member;

class Value {
  public:
    Value() = default;  // null

    static Value boolean(bool b);
    static Value number(double value, std::string_view raw);
    static Value string(Text text);
    static Value array(std::vector<Value> items);
    static Value object(std::vector<Member> members);

    [[nodiscard]] Type type() const { return type_; }
    [[nodiscard]] bool isNull() const { return type_ == Type::Null; }
    [[nodiscard]] bool isBool() const { return type_ == Type::Bool; }
    [[nodiscard]] bool isNumber() const { return type_ == Type::Number; }
    [[nodiscard]] bool isString() const { return type_ == Type::String; }
    [[nodiscard]] bool isArray() const { return type_ == Type::Array; }
    [[nodiscard]] bool isObject() const { return type_ == Type::Object; }

    // Each accessor expects its type (asserted); a wrong type gives false, 0 or empty.
    [[nodiscard]] bool asBool() const;
    // Numbers beyond the range of double are ±infinity (1e400) or ±0 (1e-400); the raw
    // text keeps what the file said, digit for digit (big integers, "-0").
    [[nodiscard]] double asNumber() const;
    [[nodiscard]] std::string_view numberText() const;
    [[nodiscard]] std::string_view asString() const;
    [[nodiscard]] const std::vector<Value>& items() const;     // array
    [[nodiscard]] const std::vector<Member>& members() const;  // object, in file order

    // The value of the first member named `key`, or nullptr (also when not an object).
    // Linear: objects are small; RFC 8259 leaves duplicate names to the reader, and the
    // first one wins here.
    [[nodiscard]] const Value* find(std::string_view key) const;

    // Structural equality; numbers compare by value (so 1.0 == 1, -0 == 0).
    friend bool operator==(const Value& a, const Value& b);

  private:
    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0;
    Text text_;  // a string, or the raw text of a number
    std::vector<Value> items_;
    std::vector<Member> members_;
};

struct Member {
    Text key;
    Value value;
};

// Writes `value` with `writer` (numbers through Writer::number: shortest round-trip form).
void write(Writer& writer, const Value& value);

}  // namespace parcours::json
