#include "directory/osm_hstore.hpp"

#include <optional>
#include <string>

namespace parcours::directory::osm {
namespace {

void skipSpaces(std::string_view s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
}

// A double-quoted hstore string at s[i]; backslash escapes the next character.
std::optional<std::string> quoted(std::string_view s, std::size_t& i) {
    if (i >= s.size() || s[i] != '"') return std::nullopt;
    std::string out;
    for (++i; i < s.size(); ++i) {
        if (s[i] == '"') {
            ++i;
            return out;
        }
        if (s[i] == '\\' && ++i == s.size()) break;
        out += s[i];
    }
    return std::nullopt;  // unterminated
}

}  // namespace

bool addHstoreTags(OsmTags& tags, std::string_view hstore) {
    std::size_t i = 0;
    skipSpaces(hstore, i);
    while (i < hstore.size()) {
        auto key = quoted(hstore, i);
        if (!key) return false;
        skipSpaces(hstore, i);
        if (hstore.substr(i, 2) != "=>") return false;
        i += 2;
        skipSpaces(hstore, i);
        auto value = quoted(hstore, i);
        if (!value) {
            // hstore's NULL value: the key is there without a value, so it is no tag.
            if (hstore.substr(i, 4) != "NULL") return false;
            i += 4;
        } else {
            tags.addOwned(std::move(*key), std::move(*value));
        }
        skipSpaces(hstore, i);
        if (i < hstore.size()) {
            if (hstore[i] != ',') return false;
            ++i;
            skipSpaces(hstore, i);
            if (i == hstore.size()) return false;  // a trailing comma
        }
    }
    return true;
}

}  // namespace parcours::directory::osm
