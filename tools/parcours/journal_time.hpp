#pragma once
// Dates and times as the journal keeps them (text, as the user lived them): "now" on this
// machine, and the checks that keep typos out of a patient's record.

#include <string>
#include <string_view>

#include "parcours/common/result.hpp"

namespace parcours::cli {

// "2026-10-12T09:30:00+02:00": local wall time with its UTC offset, to the second.
std::string nowLocalIso();
// "2026-10-12", local.
std::string todayLocal();
// "20261012T073000Z", for iCalendar's DTSTAMP.
std::string nowUtcBasic();

// A real calendar date written YYYY-MM-DD.
Result<std::string> parseDate(std::string_view text, std::string_view option);
// ISO 8601 YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]. Without an offset the time is taken as local
// and this machine's offset for that moment is added, so that the record stays exact.
Result<std::string> parseDateTime(std::string_view text, std::string_view option);

}  // namespace parcours::cli
