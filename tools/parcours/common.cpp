#include "common.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace parcours::cli {
namespace {

Result<double> parseDouble(std::string_view text, std::string_view what) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return usageError(std::string(what) + ": «" + std::string(text) + "» is not a number");
    return value;
}

}  // namespace

int exitCodeFor(const Error& error) {
    switch (error.kind) {
        case ErrorKind::Usage:
            return kUsage;
        case ErrorKind::BadInput:
        case ErrorKind::NotFound:
            return kBadInput;
        case ErrorKind::Storage:
            return kStorage;
    }
    return kStorage;
}

int fail(const Error& error) {
    std::cerr << "parcours: " << error.message << '\n';
    return exitCodeFor(error);
}

Result<std::filesystem::path> defaultDataFile(std::string_view name) {
    std::filesystem::path dir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        dir = std::filesystem::path(xdg) / "parcours";
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        dir = std::filesystem::path(home) / ".local" / "share" / "parcours";
    } else {
        return usageError("no HOME nor XDG_DATA_HOME: give the file with --db");
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return storageError("cannot create " + dir.string() + ": " + ec.message());
    return dir / std::string(name);
}

Result<geo::LatLon> parseLatLon(std::string_view text, std::string_view option) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos)
        return usageError(std::string(option) + " wants LAT,LON (e.g. 45.7578,4.8320)");
    auto lat = parseDouble(text.substr(0, comma), option);
    if (!lat) return lat.error();
    auto lon = parseDouble(text.substr(comma + 1), option);
    if (!lon) return lon.error();
    geo::LatLon p{*lat, *lon};
    if (!geo::isValid(p))
        return usageError(std::string(option) + ": latitude must be within ±90 and longitude ±180");
    return p;
}

Result<double> parsePositive(std::string_view text, std::string_view option) {
    auto v = parseDouble(text, option);
    if (!v) return v.error();
    if (*v <= 0) return usageError(std::string(option) + " must be positive");
    return *v;
}

Result<std::size_t> parseCount(std::string_view text, std::string_view option) {
    std::size_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value == 0)
        return usageError(std::string(option) + " wants a whole number ≥ 1");
    return value;
}

std::string formatDistance(double metres) {
    char buffer[32] = "";
    if (metres < 1000) {
        (void)std::snprintf(buffer, sizeof buffer, "%.0f m", metres);
    } else {
        (void)std::snprintf(buffer, sizeof buffer, "%.1f km", metres / 1000);
        for (char* c = buffer; *c; ++c)
            if (*c == '.') *c = ',';
    }
    return buffer;
}

}  // namespace parcours::cli
