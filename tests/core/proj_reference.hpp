#pragma once
// PROJ, the reference implementation, wrapped for the projection tests: one projected
// CRS ↔ WGS84 (EPSG:4326), in longitude/latitude order.

#include <proj.h>

#include <stdexcept>
#include <string>

#include "parcours/geo/lat_lon.hpp"
#include "parcours/geo/projection.hpp"

namespace parcours::testing {

class ProjReference {
  public:
    explicit ProjReference(int epsg) : context_(proj_context_create()) {
        const std::string source = "EPSG:" + std::to_string(epsg);
        PJ* raw = proj_create_crs_to_crs(context_, source.c_str(), "EPSG:4326", nullptr);
        if (raw == nullptr) throw std::runtime_error("PROJ does not know " + source);
        // EPSG:4326 is latitude first; the normalised form is longitude, latitude.
        transform_ = proj_normalize_for_visualization(context_, raw);
        proj_destroy(raw);
        if (transform_ == nullptr) throw std::runtime_error("PROJ cannot normalise " + source);
    }
    ~ProjReference() {
        proj_destroy(transform_);
        proj_context_destroy(context_);
    }
    ProjReference(const ProjReference&) = delete;
    ProjReference& operator=(const ProjReference&) = delete;

    [[nodiscard]] geo::LatLon toWgs84(geo::ProjectedPoint p) const {
        const PJ_COORD out = proj_trans(transform_, PJ_FWD, proj_coord(p.x, p.y, 0, 0));
        return {out.lp.phi, out.lp.lam};
    }
    [[nodiscard]] geo::ProjectedPoint fromWgs84(geo::LatLon p) const {
        const PJ_COORD out = proj_trans(transform_, PJ_INV, proj_coord(p.lon, p.lat, 0, 0));
        return {out.xy.x, out.xy.y};
    }

  private:
    PJ_CONTEXT* context_;
    PJ* transform_ = nullptr;
};

}  // namespace parcours::testing
