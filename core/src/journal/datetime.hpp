#pragma once
// Checking the dates and times users type, and turning a date-time into an instant so
// calls sort in time order whatever offsets they were written with. The text itself is
// what the journal keeps.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parcours::journal {

// "2026-10-12": a real calendar day (years 1900–9999).
bool isValidDate(std::string_view text);

// ISO 8601 "YYYY-MM-DDTHH:MM", optional ":SS" and ".fraction", optional "Z" or "±hh:mm",
// → Unix milliseconds. A time without an offset is taken as UTC: it only has to sort
// consistently with the user's other entries. nullopt when malformed.
std::optional<std::int64_t> instantOf(std::string_view text);

// Unix milliseconds → "2026-10-12T07:30:00Z", for times the journal fills in itself.
std::string formatUtc(std::int64_t millis);

}  // namespace parcours::journal
