#pragma once
// What the patient keeps: profiles (who a search is for), démarches (a search for a
// doctor) and calls (each attempt to reach a practice). Plain values; the Journal stores
// them as versioned protobuf payloads (proto/journal.proto).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parcours::journal {

// Random 128-bit id, made once, never regenerated (not even by a sync import).
struct RecordId {
    std::array<std::uint8_t, 16> bytes{};
    static RecordId random();                                      // libsodium randombytes
    static std::optional<RecordId> fromHex(std::string_view hex);  // 32 hex digits
    [[nodiscard]] std::string hex() const;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 flags the defaulted <=> itself
    friend auto operator<=>(const RecordId&, const RecordId&) = default;
};

// Dates and times as the user gave them: "2026-10-12" and ISO 8601 "2026-10-12T09:30:00+02:00"
// are kept as text (validated on input), so nothing is lost to time zones.
using Date = std::string;
using DateTime = std::string;

struct Profile {
    RecordId id;
    std::string displayName;           // "Moi", "Léa"
    int birthYear = 0;                 // for the age bands the rules need (under 16, 16–25, …)
    bool ald = false;                  // affection de longue durée
    bool c2sOrAme = false;             // complémentaire santé solidaire or AME
    std::string medecinTraitant;       // name, empty when none
    Date medecinTraitantSince;         // may be empty
    bool medecinTraitantLeft = false;  // retired or moved
    Date medecinTraitantLeftOn;        // may be empty
    std::string homeCommune;           // INSEE code or name, for "away from home"
};

enum class Seeking { MedecinTraitant, Specialist, SecondOpinion, Urgent };
enum class DemarcheStatus { Open, Found, Abandoned };

struct Demarche {
    RecordId id;
    RecordId profile;
    Seeking seeking = Seeking::MedecinTraitant;
    std::string specialty;  // for Specialist; the subject for SecondOpinion
    DateTime openedAt;
    DateTime closedAt;  // empty while open
    DemarcheStatus status = DemarcheStatus::Open;
};

enum class Channel { Phone, OnSite, OnlineBooking, Email, Letter };

enum class Outcome {
    Accepted,     // accepted as médecin traitant
    Appointment,  // appointment given (appointmentAt)
    RefusedNoNewPatients,
    RefusedOther,
    RefusedDiscrimination,  // suspected discrimination
    NoAnswer,
    Voicemail,
    WaitingList,
    Referred,  // referred to a colleague (referredTo)
    CallBack,  // call back on a date (followUp)
};

// A practice as it was when called: a directory reference and a snapshot, so the journal
// stays readable whatever happens to the directory; or a practice typed by hand.
struct PracticeRef {
    std::string directoryId;  // "finess:010000024", empty when typed by hand
    std::string name;
    std::string phone;
    std::string address;
    std::string kind;  // directory kind id, may be empty
};

struct Call {
    RecordId id;
    RecordId demarche;
    PracticeRef practice;
    DateTime at;
    Channel channel = Channel::Phone;
    Outcome outcome = Outcome::NoAnswer;
    DateTime appointmentAt;  // Appointment
    std::string referredTo;  // Referred
    std::string reason;      // as said
    std::string note;
    Date followUp;  // may be empty
};

// Stable identifiers for the CLI, JSON and exports ("refused-no-new-patients", …).
std::string_view outcomeId(Outcome o);
std::optional<Outcome> outcomeFromId(std::string_view id);
std::string_view seekingId(
    Seeking s);  // "medecin-traitant", "specialist", "second-opinion", "urgent"
std::optional<Seeking> seekingFromId(std::string_view id);
std::string_view channelId(Channel c);  // "phone", "on-site", "online-booking", "email", "letter"
std::optional<Channel> channelFromId(std::string_view id);
std::string_view statusId(DemarcheStatus s);  // "open", "found", "abandoned"
std::optional<DemarcheStatus> statusFromId(std::string_view id);

bool isRefusal(Outcome o);  // the three refused-* outcomes

}  // namespace parcours::journal
