// Reads the coordinate system at the end of a FINESS `sourcecoordet` field.
#include <cctype>
#include <charconv>
#include <optional>
#include <string>

#include "common/text.hpp"
#include "parcours/geo/projection.hpp"

namespace parcours::geo {
namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Digits at the start of `s`, as a number; nullopt when there are none.
std::optional<int> leadingNumber(std::string_view s) {
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end == s.data()) return std::nullopt;
    return value;
}

struct UtmZone {
    int zone;
    bool south;
};

// "UTM ZONE 20N", "UTM ZONE 1S" anywhere in an upper-cased label.
std::optional<UtmZone> utmZoneInLabel(std::string_view label) {
    const auto at = label.find("UTM ZONE ");
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view rest = label.substr(at + 9);
    const auto zone = leadingNumber(rest);
    if (!zone) return std::nullopt;
    rest.remove_prefix(std::to_string(*zone).size());
    if (rest.empty() || (rest[0] != 'N' && rest[0] != 'S')) return std::nullopt;
    if (*zone < 1 || *zone > 60) return std::nullopt;
    return UtmZone{*zone, rest[0] == 'S'};
}

// The old tokens: UTM_N20, UTM_S40 (and any other zone written the same way).
std::optional<UtmZone> oldUtmToken(std::string_view token) {
    if (token.size() < 6 || token.substr(0, 4) != "UTM_") return std::nullopt;
    if (token[4] != 'N' && token[4] != 'S') return std::nullopt;
    const std::string_view digits = token.substr(5);
    const auto zone = leadingNumber(digits);
    if (!zone || digits.size() > 2 || std::to_string(*zone).size() != digits.size() || *zone < 1 ||
        *zone > 60)
        return std::nullopt;
    return UtmZone{*zone, token[4] == 'S'};
}

// The EPSG code the old tokens stand for: the legal datum of each territory (RGAF09,
// RGSPM06, RGFG95, RGM04, RGR92). These ITRF-based datums are within centimetres of
// WGS84, so the code only names the system: the arithmetic is GRS80 UTM for all.
int epsgForOldUtm(UtmZone z) {
    if (!z.south && z.zone == 20) return 5490;
    if (!z.south && z.zone == 21) return 4467;
    if (!z.south && z.zone == 22) return 2972;
    if (z.south && z.zone == 38) return 4471;
    if (z.south && z.zone == 40) return 2975;
    return (z.south ? 32700 : 32600) + z.zone;  // WGS 84 / UTM
}

std::string quoted(std::string_view field) {
    return "sourcecoordet \"" + std::string(field) + "\"";
}

Result<CoordinateSystem> fromEpsgLabel(std::string_view field, std::string_view label) {
    const auto code = leadingNumber(label);
    if (!code) return badInput("EPSG without a code in " + quoted(field));
    auto system = coordinateSystemFromEpsg(*code);
    if (!system) {
        return badInput("unknown coordinate system EPSG:" + std::to_string(*code) + " in " +
                        quoted(field));
    }
    // "EPSG:5490 … UTM Zone 22N" contradicts itself: refuse rather than pick one.
    if (const auto zone = utmZoneInLabel(label)) {
        if (system->projection != Projection::TransverseMercator || zone->zone != system->utmZone ||
            zone->south != system->south) {
            return badInput("EPSG:" + std::to_string(*code) +
                            " and the UTM zone named disagree in " + quoted(field));
        }
    }
    return system;
}

}  // namespace

Result<CoordinateSystem> parseCoordinateSystem(std::string_view sourcecoordet) {
    const std::string field = upper(text::trim(sourcecoordet));
    if (field.empty()) return badInput("no coordinate system in " + quoted(sourcecoordet));

    // Newer labels: "…,EPSG:2154 RGF93 / Lambert-93 (Métropole)". The code decides.
    if (const auto at = field.rfind("EPSG:"); at != std::string::npos) {
        return fromEpsgLabel(sourcecoordet, std::string_view(field).substr(at + 5));
    }

    const auto comma = field.rfind(',');
    const std::string_view last =
        text::trim(std::string_view(field).substr(comma == std::string::npos ? 0 : comma + 1));

    // Older tokens: "…,LAMBERT_93", "…,UTM_N20".
    if (last == "LAMBERT_93") return lambert93();
    if (const auto zone = oldUtmToken(last)) {
        return utm(zone->zone, zone->south, epsgForOldUtm(*zone));
    }
    // Labels without a code: "…,WGS84/UTM zone 21N" (Saint-Pierre-et-Miquelon),
    // "…,WGS84/UTM zone 1S" (Wallis). They say WGS84, hence WGS 84 / UTM codes.
    if (const auto zone = utmZoneInLabel(last)) {
        return utm(zone->zone, zone->south, (zone->south ? 32700 : 32600) + zone->zone);
    }
    if (last.find("LAMBERT-93") != std::string_view::npos ||
        last.find("LAMBERT 93") != std::string_view::npos) {
        return lambert93();
    }
    return badInput("unknown coordinate system in " + quoted(sourcecoordet));
}

}  // namespace parcours::geo
