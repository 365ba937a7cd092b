#pragma once
// Reads the successors of the FINESS etalab extraction, the JSON datasets published since
// 2026 (schemas: github ansforge/finess, flux/out/data.gouv):
// - "finess-structures-1": legal entities ("pmej") each with its establishments ("ege").
//   An establishment is the same FINESS record as an etalab `structureet` line: both files
//   are two encodings of ONE source, "finess", and an establishment keeps its id
//   ("finess:010780195") whichever was imported, so the journal's references stay valid.
// - "finess-activites-1": the activities authorised and exercised at each establishment;
//   only emergency medicine is kept (see readFinessActivities).
// Both are streamed: memory is bounded by one legal entity, never the whole file.

#include <functional>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/emergency_site.hpp"
#include "parcours/directory/import_report.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory {

// Receives each structure as it is read; an error stops the read and is returned.
using StructureSink = std::function<Result<void>(Structure&& structure)>;

// Open establishments only (etatObjet "I", or a closing date without a state, are left
// out, as the etalab extraction leaves them out), in file order, with the category
// (categorieEntiteGeographiqueExercice, mapped to a kind as for the etalab file), name,
// street address, postcode, city, phone and WGS84 position (directionLatitude,
// directionLongitude). The extraction date is `generatedAt`'s day. A malformed
// establishment is listed with its line and path ("pmej[12].ege[0]: …") and skipped, or,
// with options.strict, fails the read; invalid JSON is always fatal.
Result<void> readFinessJson(std::istream& in, const ReadOptions& options, ReadReport& report,
                            const StructureSink& sink);

// The establishments (ege[].numFinessEge) that exercise emergency medicine: activity
// "14" (Médecine d'urgence, ANS TRE_R276) of nature AMF with modality "23" (SU, structure
// des urgences) or "24" (SUP, structure des urgences pédiatriques), ANS TRE_R275, still
// active (etatObjet not "I", no dateFinEffectiveActivite). SAMU and SMUR (modalities 22,
// 26, 27, 29) are mobile teams a patient cannot walk into: not kept. Authorisations held
// by a legal entity (pmej[].activitesAutorisees) name no site and are not kept either.
// One site per FINESS number, its labels joined.
Result<std::vector<EmergencySite>> readFinessActivities(std::istream& in,
                                                        const ReadOptions& options,
                                                        ReadReport& report);

// For --source auto-detection, on the first few KiB of a file.
bool looksLikeFinessJson(std::string_view start);
bool looksLikeFinessActivities(std::string_view start);

}  // namespace parcours::directory
