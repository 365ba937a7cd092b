#pragma once
// The journal for people outside the app: a CSV table for a spreadsheet (to show a
// CPAM conciliator, a médiateur or the Défenseur des droits what was tried) and an
// iCalendar file of the follow-ups for any calendar. Pure functions over plain values.

#include <string>
#include <string_view>
#include <vector>

#include "parcours/journal/records.hpp"

namespace parcours::journal {

// One call with what the reader needs of its démarche, so that a row stands alone.
struct CallRow {
    std::string profileName;  // who the démarche is for ("Moi", "Léa")
    Seeking seeking = Seeking::MedecinTraitant;
    std::string specialty;  // may be empty
    Call call;
};

// Labels in French, for people (ids for machines are in records.hpp).
std::string_view outcomeLabelFr(Outcome o);
std::string_view channelLabelFr(Channel c);
std::string_view seekingLabelFr(Seeking s);
std::string_view statusLabelFr(DemarcheStatus s);

// RFC 4180 CSV, UTF-8, CRLF line ends, a header row of French column names, one row per
// call in the order given. `withBom` puts a UTF-8 byte order mark first, without which
// Excel reads the file as Windows-1252 and garbles every accent.
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
// = + - @ (or tab / CR) as a formula, and a note or a practice name is text anyone may
// have typed or imported. Such a field gets a leading apostrophe, which spreadsheets show
// as text; the value is otherwise unchanged (a phone number "+33 …" reads "'+33 …").
std::string callsCsv(const std::vector<CallRow>& rows, bool withBom);

// RFC 5545 iCalendar: one all-day VEVENT per row with a follow-up date (rows without one,
// or with a date that is not a real YYYY-MM-DD, are left out). UID is the call id
// "@parcours" (stable: importing the file again updates the events instead of doubling
// them). `productId` is the PRODID ("-//Parcours//Journal//FR"); `nowUtc` the DTSTAMP as
// "20261123T120000Z" (the ISO extended "2026-11-23T12:00:00Z" is accepted too).
// Text is escaped and lines are folded at 75 octets on UTF-8 character boundaries.
std::string followUpsIcs(const std::vector<CallRow>& rows, std::string_view productId,
                         std::string_view nowUtc);

}  // namespace parcours::journal
