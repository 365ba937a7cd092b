#pragma once
// Facts: what the rules read, computed from a profile, a démarche, its calls, the date,
// the situation the user states, and the directory around them. Each fact has a name, a
// type and, for text facts, its possible values; the catalogue is what pack validation
// checks rules against. A fact may be unknown (no birth year → no age): a predicate on
// an unknown fact is false, except IS_SET which tells whether it is known.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::directory {
class Directory;
}

namespace parcours::rules {

enum class FactType { Bool, Int, Text };

struct FactSpec {
    std::string_view name;
    FactType type;
    std::vector<std::string_view> values;  // Text facts with a closed set; empty otherwise
    std::string_view description;          // English, for `parcours rules facts` and docs
};

// The catalogue (names below are the contract with the packs):
//   age (int, years on the date), age_band (text: "0-5", "6-15", "16-17", "18-25", "26-69",
//   "70+"), minor (bool), ald, c2s_or_ame, has_medecin_traitant, mt_left (bool: the MT
//   retired or moved), mt_left_within_year (bool), mt_left_days (int), seeking (text:
//   "medecin-traitant", "specialist", "second-opinion", "urgent"), specialty (text: a
//   normalised specialty id, see normalizeSpecialty), direct_access (bool: the specialty
//   may be seen without referral at this age), demarche_status (text: "open", "found",
//   "abandoned"), calls, refusals, refusals_no_new_patients, refusals_other,
//   refusals_discrimination, no_answers (no answer + voicemail), waiting_lists, referred,
//   call_backs (ints), accepted, appointment (bool: any call ended so), distinct_practices,
//   days_since_first_call, days_since_last_call (int), suspected_discrimination (bool),
//   urgency (bool: seeking urgent or stated), away_from_home, sees_mt_replacement, new_gp,
//   pregnant_6_months, teleconsultation (bool, stated), nearby_msp, nearby_centre_sante,
//   nearby_cpts, nearby_emergency (int: within the pack's radius; unknown without a place).
// How computeFacts reads the journal:
//   - age is year(today) − birthYear: only the birth year is known, so it may be one more
//     than the age in completed years until the birthday; unknown without a birth year.
//   - has_medecin_traitant: a name is given and the MT has not left. mt_left_within_year:
//     left 0 to 365 days before today; unknown when it left on an unknown date.
//   - specialty: normalizeSpecialty of the démarche's specialty; "medecine-generale" for a
//     médecin traitant search; unknown when nothing is said. direct_access is unknown for
//     psychiatrie / neuropsychiatrie without an age.
//   - days_since_*: from the date part of Call::at as written (the user's local day);
//     unknown without calls. distinct_practices: by directory id, else phone digits,
//     else the folded name.
const std::vector<FactSpec>& factCatalogue();
const FactSpec* findFact(std::string_view name);

// "Gynécologie médicale" / "gynecology" / "gynécologue" → "gynecologie"; the ids:
// "medecine-generale", "gynecologie", "ophtalmologie", "psychiatrie", "neuropsychiatrie",
// "stomatologie", "pediatrie", "dermatologie", "cardiologie", … ; unknown text → its fold.
std::string normalizeSpecialty(std::string_view input);

// What the user states about now; the journal does not hold it.
struct Situation {
    bool urgency = false;
    bool awayFromHome = false;
    bool seesMtReplacement = false;  // the MT's replacement or a doctor of the MT's group
    bool newGp = false;              // a GP installed less than 5 years ago
    bool pregnant6Months = false;    // from the 6th month to 12 days after delivery
    bool teleconsultation = false;
};

// How many structures of each kind are near the person (from the directory).
struct NearbyCounts {
    int radiusKm = 10;
    std::int64_t msp = 0, centreSante = 0, cpts = 0, emergency = 0;
};
Result<NearbyCounts> countNearby(const directory::Directory& directory, geo::LatLon at,
                                 int radiusKm);

struct FactInput {
    journal::Profile profile;
    journal::Demarche demarche;
    std::vector<journal::Call> calls;
    journal::Date today;  // YYYY-MM-DD
    Situation situation;
    std::optional<NearbyCounts> nearby;  // unknown when there is no place
};

using FactValue = std::variant<bool, std::int64_t, std::string>;

class Facts {
  public:
    [[nodiscard]] const FactValue* find(std::string_view name) const;
    void set(std::string name, FactValue value);
    [[nodiscard]] const std::map<std::string, FactValue, std::less<>>& all() const {
        return values_;
    }

  private:
    std::map<std::string, FactValue, std::less<>> values_;
};

// Usage error when today is not a date.
Result<Facts> computeFacts(const FactInput& input);

std::string formatFact(const FactValue& value);  // "true", "3", "gynecologie"

}  // namespace parcours::rules
