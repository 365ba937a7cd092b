#include "directory/osm_tags.hpp"

namespace parcours::directory::osm {

std::optional<std::string_view> OsmTags::find(std::string_view key) const {
    for (const auto& [k, v] : views_)
        if (k == key) return v;
    for (const auto& [k, v] : owned_)
        if (k == key) return std::string_view(v);
    return std::nullopt;
}

void addJsonTags(OsmTags& tags, const json::Value& object) {
    for (const auto& member : object.members()) {
        const json::Value& v = member.value;
        switch (v.type()) {
            case json::Type::String:
                tags.add(member.key.str(), v.asString());
                break;
            case json::Type::Number:
                tags.add(member.key.str(), v.numberText());
                break;
            case json::Type::Bool:
                tags.add(member.key.str(), v.asBool() ? "yes" : "no");
                break;
            default:
                break;
        }
    }
}

}  // namespace parcours::directory::osm
