#pragma once
// What the two dossiers (dossier_cpam.cpp, dossier_ordre.cpp) share.

#include <string>
#include <vector>

#include "dossier_document.hpp"
#include "pack_impl.hpp"
#include "parcours/rules/dossier.hpp"

namespace parcours::rules::detail {

// "2026-10-12T09:30:00+02:00" → date "12/10/2026" and time "09:30"; text that is not an
// ISO date-time is kept as the date, with no time.
struct DayAndTime {
    std::string day, time;
};
DayAndTime dayAndTime(const std::string& isoDateTime);

// The identity lines the user filled ("Nom : …"), none for an empty field.
std::vector<std::string> identityLines(const Identity& identity);

// What the letter says of an article, in substance: the summary of the pack's legal text
// for this code and article (its text when it has no summary), else the summary of a
// rule's reference to it, else `fallback` (from research/rules-fr.md); with its url.
struct LegalQuote {
    std::string text, url;
};
LegalQuote legalText(const pb::RulePack& pack, const std::string& code, const std::string& article,
                     const std::string& fallback);

Document cpamDocument(const pb::RulePack& pack, const DossierInput& input);
Result<Document> ordreDocument(const pb::RulePack& pack, const DossierInput& input);

}  // namespace parcours::rules::detail
