// Stable identifiers of a structure's enumerations, for the database, the CLI and JSON.
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

std::string_view positionPrecisionId(PositionPrecision p) {
    switch (p) {
        case PositionPrecision::Exact:
            return "exact";
        case PositionPrecision::Address:
            return "address";
        case PositionPrecision::Commune:
            return "commune";
    }
    return "exact";
}

std::optional<PositionPrecision> positionPrecisionFromId(std::string_view id) {
    if (id == "exact") return PositionPrecision::Exact;
    if (id == "address") return PositionPrecision::Address;
    if (id == "commune") return PositionPrecision::Commune;
    return std::nullopt;
}

}  // namespace parcours::directory
