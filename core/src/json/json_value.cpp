#include "json/json_value.hpp"

#include <cassert>

#include "parcours/json/json_writer.hpp"

namespace parcours::json {

Value Value::boolean(bool b) {
    Value v;
    v.type_ = Type::Bool;
    v.bool_ = b;
    return v;
}

Value Value::number(double value, std::string_view raw) {
    Value v;
    v.type_ = Type::Number;
    v.number_ = value;
    v.text_ = Text::view(raw);
    return v;
}

Value Value::string(Text text) {
    Value v;
    v.type_ = Type::String;
    v.text_ = std::move(text);
    return v;
}

Value Value::array(std::vector<Value> items) {
    Value v;
    v.type_ = Type::Array;
    v.items_ = std::move(items);
    return v;
}

Value Value::object(std::vector<Member> members) {
    Value v;
    v.type_ = Type::Object;
    v.members_ = std::move(members);
    return v;
}

bool Value::asBool() const {
    assert(isBool());
    return bool_;
}

double Value::asNumber() const {
    assert(isNumber());
    return number_;
}

std::string_view Value::numberText() const {
    assert(isNumber());
    return isNumber() ? text_.str() : std::string_view{};
}

std::string_view Value::asString() const {
    assert(isString());
    return isString() ? text_.str() : std::string_view{};
}

const std::vector<Value>& Value::items() const {
    assert(isArray());
    return items_;  // empty unless an array
}

const std::vector<Member>& Value::members() const {
    assert(isObject());
    return members_;  // empty unless an object
}

const Value* Value::find(std::string_view key) const {
    for (const auto& m : members_)
        if (m.key.str() == key) return &m.value;
    return nullptr;
}

bool operator==(const Value& a, const Value& b) {
    if (a.type_ != b.type_) return false;
    switch (a.type_) {
        case Type::Null:
            return true;
        case Type::Bool:
            return a.bool_ == b.bool_;
        case Type::Number:
            return a.number_ == b.number_;
        case Type::String:
            return a.text_.str() == b.text_.str();
        case Type::Array:
            return a.items_ == b.items_;
        case Type::Object:
            if (a.members_.size() != b.members_.size()) return false;
            for (std::size_t i = 0; i < a.members_.size(); ++i)
                if (a.members_[i].key.str() != b.members_[i].key.str() ||
                    !(a.members_[i].value == b.members_[i].value))
                    return false;
            return true;
    }
    return false;
}

void write(Writer& writer, const Value& value) {
    switch (value.type()) {
        case Type::Null:
            writer.null();
            break;
        case Type::Bool:
            writer.boolean(value.asBool());
            break;
        case Type::Number:
            writer.number(value.asNumber());
            break;
        case Type::String:
            writer.string(value.asString());
            break;
        case Type::Array:
            writer.beginArray();
            for (const auto& item : value.items()) write(writer, item);
            writer.endArray();
            break;
        case Type::Object:
            writer.beginObject();
            for (const auto& m : value.members()) {
                writer.key(m.key.str());
                write(writer, m.value);
            }
            writer.endObject();
            break;
    }
}

}  // namespace parcours::json
