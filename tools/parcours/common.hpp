#pragma once
// What every `parcours` command shares: exit codes, default paths, value parsing.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::cli {

// The exit codes are part of the tool's contract.
enum ExitCode : int { kOk = 0, kUsage = 2, kBadInput = 3, kStorage = 4 };

int exitCodeFor(const Error& error);

// Prints "parcours: <message>" on stderr and returns the matching exit code.
int fail(const Error& error);

// $XDG_DATA_HOME/parcours/<name>, else ~/.local/share/parcours/<name>; the folder is made.
Result<std::filesystem::path> defaultDataFile(std::string_view name);

// "45.76,4.83" → LatLon, checked.
Result<geo::LatLon> parseLatLon(std::string_view text, std::string_view option);
Result<double> parsePositive(std::string_view text, std::string_view option);
Result<std::size_t> parseCount(std::string_view text, std::string_view option);

// "1,2 km" / "350 m", French style, for people.
std::string formatDistance(double metres);

}  // namespace parcours::cli
