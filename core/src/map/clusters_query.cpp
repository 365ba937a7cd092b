// The items of a viewport: the visible cells of the grid level that matches the zoom and
// radius, each cell's accepted points aggregated in one pass (see clusters.hpp).
#include <algorithm>
#include <cmath>

#include "map/morton.hpp"
#include "parcours/map/clusters.hpp"

namespace parcours::map {
namespace {

constexpr double kMinRadius = 8, kMaxRadius = 1024, kMaxViewportSide = 16384;

// Inclusive [first, last] columns or rows.
struct Span {
    std::uint32_t first, last;
};

// The cells of `level` covering [from, to] (in [0, 1]).
Span cellsCovering(double from, double to, int level) {
    const double cells = std::exp2(level);
    const double last = cells - 1;
    return {static_cast<std::uint32_t>(std::clamp(std::floor(from * cells), 0.0, last)),
            static_cast<std::uint32_t>(std::clamp(std::floor(to * cells), 0.0, last))};
}

// The visible columns: the viewport cut at the antimeridian, the parts' cells merged so no
// column is walked twice.
std::vector<Span> visibleColumns(double centreX, double halfWidth, int level) {
    std::vector<Span> spans;
    if (2 * halfWidth >= 1) {
        spans.push_back(cellsCovering(0, 1, level));
        return spans;
    }
    const double from = centreX - halfWidth, to = centreX + halfWidth;
    if (from < 0) {
        spans.push_back(cellsCovering(0, to, level));
        spans.push_back(cellsCovering(from + 1, 1, level));
    } else if (to > 1) {
        spans.push_back(cellsCovering(0, to - 1, level));
        spans.push_back(cellsCovering(from, 1, level));
    } else {
        spans.push_back(cellsCovering(from, to, level));
    }
    if (spans.size() == 2 && spans[1].first <= spans[0].last + 1) {
        spans[0].last = std::max(spans[0].last, spans[1].last);
        spans.pop_back();
    }
    return spans;
}

geo::LatLon toLatLon(double x, double y) {
    return unproject({x * kTileSize, y * kTileSize}, 0);
}

Result<std::uint32_t> kindMask(const directory::Filter& filter) {
    if (!filter.specialty.empty())
        return usageError("the map cannot filter by specialty («" + filter.specialty + "»)");
    std::uint32_t mask = 0;
    if (filter.kinds.empty()) {
        for (directory::Kind kind : directory::allKinds())
            if (directory::isCareKind(kind)) mask |= 1U << static_cast<unsigned>(kind);
    }
    for (directory::Kind kind : filter.kinds) mask |= 1U << static_cast<unsigned>(kind);
    return mask;
}

}  // namespace

Result<std::vector<MapItem>> ClusterIndex::items(const ClusterQuery& query) const {
    const Viewport& v = query.viewport;
    if (!geo::isValid(v.centre)) return usageError("invalid map centre");
    if (!(v.zoom >= 0 && v.zoom <= 30)) return usageError("the zoom must be within 0 and 30");
    if (!(v.width > 0 && v.width <= kMaxViewportSide && v.height > 0 &&
          v.height <= kMaxViewportSide))
        return usageError("the viewport must be 1 to 16384 pixels wide and high");
    if (!(query.radiusPixels >= kMinRadius && query.radiusPixels <= kMaxRadius))
        return usageError("the cluster radius must be within 8 and 1024 pixels");
    auto mask = kindMask(query.filter);
    if (!mask) return mask.error();
    const bool emergencyOnly = query.filter.emergencyOnly;
    const auto accepts = [&](std::uint8_t code) {
        if (emergencyOnly && (code & kEmergencyBit) == 0) return false;
        return ((*mask >> (code & 0x7FU)) & 1U) != 0;
    };

    // Cells about radiusPixels wide on screen: level = zoom + log2(256 / radius), rounded.
    const double shift = std::log2(kTileSize / query.radiusPixels);
    const int level = std::clamp(static_cast<int>(std::lround(v.zoom + shift)), 0, kMaxLevel);
    const bool singlesOnly = v.zoom >= kMaxClusterZoom;
    const auto splitZoomOf = [&](int commonCellLevel) {
        // The first integer zoom whose level is finer than the points' common cell.
        const double z = std::ceil(commonCellLevel + 0.5 - shift);
        return static_cast<int>(std::clamp(z, std::floor(v.zoom) + 1, double{kMaxClusterZoom}));
    };

    const WorldPoint c = project(v.centre, 0);
    const double centreX = std::clamp(c.x / kTileSize, 0.0, 1.0);
    const double centreY = c.y / kTileSize;
    const double size = worldSize(v.zoom);
    const double halfWidth = v.width / 2 / size, halfHeight = v.height / 2 / size;
    const Span rows = cellsCovering(std::max(0.0, centreY - halfHeight),
                                    std::min(1.0, centreY + halfHeight), level);
    const std::vector<Span> columns = visibleColumns(centreX, halfWidth, level);

    std::vector<MapItem> items;
    const auto single = [&](std::size_t i) {
        MapItem item;
        item.id = ids_[i];
        item.position = toLatLon(x_[i], y_[i]);
        item.kind = static_cast<directory::Kind>(kinds_[i] & 0x7FU);
        item.emergency = (kinds_[i] & kEmergencyBit) != 0;
        item.bounds = {item.position.lat, item.position.lon, item.position.lat, item.position.lon};
        item.countsByKind[static_cast<std::size_t>(item.kind)] = 1;
        item.splitZoom = static_cast<int>(std::floor(v.zoom));
        items.push_back(std::move(item));
    };

    for (std::uint32_t row = rows.first; row <= rows.last; ++row) {
        for (const Span& span : columns) {
            for (std::uint32_t column = span.first; column <= span.last; ++column) {
                const KeyRange keys = cellKeys(column, row, level);
                const auto begin = std::lower_bound(keys_.begin(), keys_.end(), keys.first);
                const auto end = std::upper_bound(begin, keys_.end(), keys.last);
                const auto first = static_cast<std::size_t>(begin - keys_.begin());
                const auto last = static_cast<std::size_t>(end - keys_.begin());
                std::size_t count = 0, firstAccepted = 0, lastAccepted = 0;
                double sumX = 0, sumY = 0, minX = 1, minY = 1, maxX = 0, maxY = 0;
                std::array<std::size_t, kKindCount> byKind{};
                bool emergency = false;
                for (std::size_t i = first; i < last; ++i) {
                    const std::uint8_t code = kinds_[i];
                    if (!accepts(code)) continue;
                    if (singlesOnly) {
                        single(i);
                        continue;
                    }
                    if (count == 0) firstAccepted = i;
                    lastAccepted = i;
                    ++count;
                    sumX += x_[i];
                    sumY += y_[i];
                    minX = std::min(minX, x_[i]);
                    maxX = std::max(maxX, x_[i]);
                    minY = std::min(minY, y_[i]);
                    maxY = std::max(maxY, y_[i]);
                    ++byKind[code & 0x7FU];
                    emergency = emergency || (code & kEmergencyBit) != 0;
                }
                if (count == 0) continue;
                if (count == 1) {
                    single(firstAccepted);
                    continue;
                }
                MapItem item;
                item.isCluster = true;
                item.count = count;
                const auto n = static_cast<double>(count);
                item.position = toLatLon(sumX / n, sumY / n);
                const geo::LatLon northWest = toLatLon(minX, minY);
                const geo::LatLon southEast = toLatLon(maxX, maxY);
                item.bounds = {southEast.lat, northWest.lon, northWest.lat, southEast.lon};
                item.countsByKind = byKind;
                item.kind = static_cast<directory::Kind>(
                    std::max_element(byKind.begin(), byKind.end()) - byKind.begin());
                item.emergency = emergency;
                item.splitZoom =
                    splitZoomOf(commonLevel(keys_[firstAccepted], keys_[lastAccepted]));
                items.push_back(std::move(item));
            }
        }
    }
    return items;
}

}  // namespace parcours::map
