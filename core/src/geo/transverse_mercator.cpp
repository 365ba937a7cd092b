#include "geo/transverse_mercator.hpp"

#include <cmath>

namespace parcours::geo {
namespace {

// The conformal latitude τ' = tan χ from τ = tan φ (Karney 2011, eqs. 7–9), written with
// hyperbolic functions so it stays accurate near the poles.
double conformalTau(double tau, double e) {
    const double tau1 = std::hypot(1.0, tau);
    const double sigma = std::sinh(e * std::atanh(e * tau / tau1));
    return tau * std::hypot(1.0, sigma) - sigma * tau1;
}

// The inverse: τ from τ' by Newton's method (Karney 2011, eqs. 19–21). Starting from τ'
// itself, three steps reach double precision; we stop on convergence.
double geodeticTau(double tauPrime, double e, double e2) {
    double tau = tauPrime;
    for (int i = 0; i < 10; ++i) {
        const double tauPrimeI = conformalTau(tau, e);
        const double dTau = (tauPrime - tauPrimeI) / std::hypot(1.0, tauPrimeI) *
                            (1 + (1 - e2) * tau * tau) / ((1 - e2) * std::hypot(1.0, tau));
        tau += dTau;
        if (std::abs(dTau) < 1e-15 * std::max(1.0, std::abs(tau))) break;
    }
    return tau;
}

// An angle brought into [-π, π], so a zone next to the antimeridian (zone 1, Wallis)
// works on both sides of it.
double wrapRadians(double angle) {
    return std::remainder(angle, 2 * kPi);
}

}  // namespace

TransverseMercator::TransverseMercator(const TransverseMercatorParameters& p)
    : e_(p.ellipsoid.e()), e2_(p.ellipsoid.e2()), lon0_(p.lon0 * kDegree), x0_(p.x0), y0_(p.y0) {
    const double n = p.ellipsoid.n();
    const double n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
    // Karney 2011, eq. 14: the rectifying radius.
    const double a = p.ellipsoid.a / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
    k0a_ = p.k0 * a;
    // Karney 2011, eq. 35.
    alpha_ = {
        n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
        13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
        61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
        49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
        34729 * n5 / 80640 - 3418889 * n6 / 1995840,
        212378941 * n6 / 319334400,
    };
    // Karney 2011, eq. 36.
    beta_ = {
        n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360 - 81 * n5 / 512 + 96199 * n6 / 604800,
        n2 / 48 + n3 / 15 - 437 * n4 / 1440 + 46 * n5 / 105 - 1118711 * n6 / 3870720,
        17 * n3 / 480 - 37 * n4 / 840 - 209 * n5 / 4480 + 5569 * n6 / 90720,
        4397 * n4 / 161280 - 11 * n5 / 504 - 830251 * n6 / 7257600,
        4583 * n5 / 161280 - 108847 * n6 / 3991680,
        20648693 * n6 / 638668800,
    };
}

ProjectedPoint TransverseMercator::forward(LatLon p) const {
    const double lambda = wrapRadians(p.lon * kDegree - lon0_);
    const double tauPrime = conformalTau(std::tan(p.lat * kDegree), e_);
    const double cosLambda = std::cos(lambda);
    // Gauss–Schreiber: conformal sphere → transverse spherical Mercator (ξ', η').
    const double xiPrime = std::atan2(tauPrime, cosLambda);
    const double etaPrime = std::asinh(std::sin(lambda) / std::hypot(tauPrime, cosLambda));
    double xi = xiPrime, eta = etaPrime;
    for (int j = 1; j <= 6; ++j) {
        xi += alpha_[j - 1] * std::sin(2 * j * xiPrime) * std::cosh(2 * j * etaPrime);
        eta += alpha_[j - 1] * std::cos(2 * j * xiPrime) * std::sinh(2 * j * etaPrime);
    }
    return {x0_ + k0a_ * eta, y0_ + k0a_ * xi};
}

LatLon TransverseMercator::inverse(ProjectedPoint p) const {
    const double xi = (p.y - y0_) / k0a_;
    const double eta = (p.x - x0_) / k0a_;
    double xiPrime = xi, etaPrime = eta;
    for (int j = 1; j <= 6; ++j) {
        xiPrime -= beta_[j - 1] * std::sin(2 * j * xi) * std::cosh(2 * j * eta);
        etaPrime -= beta_[j - 1] * std::cos(2 * j * xi) * std::sinh(2 * j * eta);
    }
    const double sinhEta = std::sinh(etaPrime);
    const double cosXi = std::cos(xiPrime);
    const double tauPrime = std::sin(xiPrime) / std::hypot(sinhEta, cosXi);
    const double lambda = std::atan2(sinhEta, cosXi);
    const double tau = geodeticTau(tauPrime, e_, e2_);
    return {std::atan(tau) / kDegree, wrapRadians(lambda + lon0_) / kDegree};
}

TransverseMercatorParameters utmParameters(const Ellipsoid& ellipsoid, int zone, bool south) {
    return {ellipsoid, -183.0 + 6.0 * zone, 0.9996, 500000.0, south ? 10000000.0 : 0.0};
}

}  // namespace parcours::geo
