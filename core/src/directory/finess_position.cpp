#include "directory/finess_position.hpp"

#include <cstdio>
#include <string>

#include "common/number.hpp"
#include "common/text.hpp"

namespace parcours::directory {
namespace {

// Metres to the decimetre, degrees to ~1 m; %g so that absurd values stay short.
std::string formatNumber(double value, int digits) {
    char buffer[40];
    if (std::snprintf(buffer, sizeof buffer, "%.*g", digits, value) < 0) return "?";
    return buffer;
}

Result<double> coordinate(std::string_view name, std::string_view raw) {
    std::string_view value = text::trim(raw);
    if (value.empty()) return badInput("bad coordinate " + std::string(name) + ": empty");
    if (auto number = text::parseFiniteDouble(value)) return *number;
    return badInput("bad coordinate " + std::string(name) + " \"" +
                    text::printableExcerpt(value, 40) + "\": not a finite decimal number");
}

}  // namespace

bool isInside(const geo::BoundingBox& box, geo::LatLon p) {
    // Written so that a NaN coordinate is outside.
    if (!(p.lat >= box.minLat && p.lat <= box.maxLat)) return false;
    if (box.minLon <= box.maxLon) return p.lon >= box.minLon && p.lon <= box.maxLon;
    return p.lon >= box.minLon || p.lon <= box.maxLon;
}

const Result<geo::CoordinateSystem>& FinessPositionResolver::system(std::string_view label) {
    if (auto it = systems_.find(label); it != systems_.end()) return it->second;
    Result<geo::CoordinateSystem> parsed = geo::parseCoordinateSystem(label);
    if (systems_.size() >= kMaxCachedSystems) systems_.clear();
    return systems_.emplace(label, std::move(parsed)).first->second;
}

Result<geo::LatLon> FinessPositionResolver::resolve(std::string_view coordxet,
                                                    std::string_view coordyet,
                                                    std::string_view sourcecoordet) {
    Result<double> x = coordinate("coordxet", coordxet);
    if (!x) return x.error();
    Result<double> y = coordinate("coordyet", coordyet);
    if (!y) return y.error();

    const Result<geo::CoordinateSystem>& parsed = system(sourcecoordet);
    // The message names the field: "unknown coordinate system in sourcecoordet \"…\"".
    if (!parsed) return badInput(text::printableExcerpt(parsed.error().message, 200));
    const geo::CoordinateSystem& cs = parsed.value();
    // Only for messages: built on the (rare) error paths.
    auto where = [&] {
        return " (" + formatNumber(*x, 10) + ", " + formatNumber(*y, 10) + ") in " +
               geo::describe(cs);
    };

    Result<geo::LatLon> position = geo::toWgs84(cs, {*x, *y});
    if (!position) {
        return badInput("coordinates" + where() +
                        " cannot be converted: " + position.error().message);
    }
    // A NaN out of the conversion fails these comparisons too.
    if (!isInside(geo::areaOfUse(cs), *position)) {
        return badInput("coordinates" + where() + " give lat " + formatNumber(position->lat, 8) +
                        ", lon " + formatNumber(position->lon, 8) +
                        ", outside the area of that system");
    }
    return position;
}

}  // namespace parcours::directory
