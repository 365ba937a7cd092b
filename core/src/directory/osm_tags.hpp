#pragma once
// The tags of one OpenStreetMap object, as the readers found them.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json/json_value.hpp"

namespace parcours::directory::osm {

class OsmTags {
  public:
    // A tag whose text lives elsewhere (in the JSON being read): no copy.
    void add(std::string_view key, std::string_view value) { views_.emplace_back(key, value); }
    // A tag decoded into new text (from an ogr2ogr `other_tags` list).
    void addOwned(std::string key, std::string value) {
        owned_.emplace_back(std::move(key), std::move(value));
    }

    // The first value given for `key`.
    [[nodiscard]] std::optional<std::string_view> find(std::string_view key) const;
    [[nodiscard]] bool empty() const { return views_.empty() && owned_.empty(); }

  private:
    std::vector<std::pair<std::string_view, std::string_view>> views_;
    std::vector<std::pair<std::string, std::string>> owned_;
};

// Adds the members of a JSON object as tags. Strings are tags as they are; numbers keep
// their text as written and booleans become "yes"/"no" (ogr2ogr types some columns);
// null, arrays and objects are not tags (osmtogeojson puts "meta", "relations" there).
void addJsonTags(OsmTags& tags, const json::Value& object);

}  // namespace parcours::directory::osm
