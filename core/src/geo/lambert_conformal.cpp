#include "geo/lambert_conformal.hpp"

#include <cmath>

namespace parcours::geo {
namespace {

double m(double phi, double e2) {
    const double s = std::sin(phi);
    return std::cos(phi) / std::sqrt(1 - e2 * s * s);
}

}  // namespace

LambertConformal::LambertConformal(const LambertConformalParameters& p)
    : e_(p.ellipsoid.e()), lon0_(p.lon0 * kDegree), x0_(p.x0), y0_(p.y0) {
    const double e2 = p.ellipsoid.e2();
    const double phi1 = p.lat1 * kDegree, phi2 = p.lat2 * kDegree;
    const double m1 = m(phi1, e2), m2 = m(phi2, e2);
    const double t1 = t(phi1), t2 = t(phi2);
    n_ = (std::log(m1) - std::log(m2)) / (std::log(t1) - std::log(t2));
    f_ = p.ellipsoid.a * m1 / (n_ * std::pow(t1, n_));
    rho0_ = f_ * std::pow(t(p.lat0 * kDegree), n_);
}

double LambertConformal::t(double phi) const {
    const double es = e_ * std::sin(phi);
    return std::tan(kPi / 4 - phi / 2) / std::pow((1 - es) / (1 + es), e_ / 2);
}

ProjectedPoint LambertConformal::forward(LatLon p) const {
    const double rho = f_ * std::pow(t(p.lat * kDegree), n_);
    const double theta = n_ * (p.lon * kDegree - lon0_);
    return {x0_ + rho * std::sin(theta), y0_ + rho0_ - rho * std::cos(theta)};
}

LatLon LambertConformal::inverse(ProjectedPoint p) const {
    const double dx = p.x - x0_;
    const double dy = rho0_ - (p.y - y0_);
    // n > 0 for a cone opening to the north (both parallels in the northern hemisphere).
    const double rho = std::copysign(std::hypot(dx, dy), n_);
    const double theta = std::atan2(std::copysign(1.0, n_) * dx, std::copysign(1.0, n_) * dy);
    const double tp = std::pow(rho / f_, 1 / n_);

    // φ = π/2 − 2·atan(t·((1 − e·sinφ)/(1 + e·sinφ))^(e/2)), solved by fixed-point
    // iteration: it contracts by a factor ~e² per step, so converges to 1e-14 rad (well
    // under a nanometre) in about six steps. The cap only guards against NaN input.
    double phi = kPi / 2 - 2 * std::atan(tp);
    for (int i = 0; i < 30; ++i) {
        const double es = e_ * std::sin(phi);
        const double next = kPi / 2 - 2 * std::atan(tp * std::pow((1 - es) / (1 + es), e_ / 2));
        const double change = std::abs(next - phi);
        phi = next;
        if (change < 1e-14) break;
    }
    return {phi / kDegree, (theta / n_ + lon0_) / kDegree};
}

const LambertConformal& lambert93Projection() {
    static const LambertConformal projection({kGrs80, 46.5, 3.0, 49.0, 44.0, 700000.0, 6600000.0});
    return projection;
}

}  // namespace parcours::geo
