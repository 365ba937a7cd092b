#pragma once
// Maps a source's own categories to our kinds, from the tables in data/kinds.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "parcours/directory/kind.hpp"

namespace parcours::directory {

// FINESS `categetab` → kind; every category not in the table is Other.
Kind kindForFinessCategory(std::string_view categetab);

struct OsmClassification {
    Kind kind = Kind::Other;
    std::string specialty;  // healthcare:speciality, or implied by the tag (dentist…)
    std::string category;   // the tag that decided, "amenity=doctors"
};

// `tag(key)` returns the object's value for key, or nullopt. Returns nullopt for an
// object that is not a health structure.
using OsmTagLookup = std::function<std::optional<std::string_view>(std::string_view key)>;
std::optional<OsmClassification> classifyOsm(const OsmTagLookup& tag);

}  // namespace parcours::directory
