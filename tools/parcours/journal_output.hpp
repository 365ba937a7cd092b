#pragma once
// How the journal looks on the terminal (French labels, for people) and in --json (stable
// ids, for scripts; the structure is documented in the README).

#include <iosfwd>
#include <string>
#include <vector>

#include "parcours/journal/exports.hpp"
#include "parcours/journal/journal.hpp"

namespace parcours::cli {

// A démarche with its calls in time order, as `journal show` prints it.
struct DemarcheTimeline {
    journal::DemarcheSummary summary;
    std::vector<journal::Call> calls;
};

// The id of what a command created: 32 hex digits, or {"id": "…"}.
void printCreatedId(std::ostream& out, const journal::RecordId& id, bool asJson);

std::string profilesJson(const std::vector<journal::Profile>& profiles);
void printProfiles(std::ostream& out, const std::vector<journal::Profile>& profiles);

std::string demarchesJson(const std::vector<journal::DemarcheSummary>& demarches);
void printDemarches(std::ostream& out, const std::vector<journal::DemarcheSummary>& demarches);

std::string timelinesJson(const std::vector<DemarcheTimeline>& timelines);
void printTimelines(std::ostream& out, const std::vector<DemarcheTimeline>& timelines);

std::string followUpsJson(const std::vector<journal::CallRow>& rows);
void printFollowUps(std::ostream& out, const std::vector<journal::CallRow>& rows);

}  // namespace parcours::cli
