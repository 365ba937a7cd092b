// Stable string ids for the record enums, and record ids as hex. The ids are part of the
// CLI, JSON and export formats: never rename one.
#include "parcours/journal/records.hpp"

#include <sodium.h>

#include <cstdlib>
#include <utility>

namespace parcours::journal {
namespace {

template <class E, std::size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<Outcome, 10> kOutcomes{{
    {Outcome::Accepted, "accepted"},
    {Outcome::Appointment, "appointment"},
    {Outcome::RefusedNoNewPatients, "refused-no-new-patients"},
    {Outcome::RefusedOther, "refused-other"},
    {Outcome::RefusedDiscrimination, "refused-discrimination"},
    {Outcome::NoAnswer, "no-answer"},
    {Outcome::Voicemail, "voicemail"},
    {Outcome::WaitingList, "waiting-list"},
    {Outcome::Referred, "referred"},
    {Outcome::CallBack, "call-back"},
}};

constexpr Table<Seeking, 4> kSeeking{{
    {Seeking::MedecinTraitant, "medecin-traitant"},
    {Seeking::Specialist, "specialist"},
    {Seeking::SecondOpinion, "second-opinion"},
    {Seeking::Urgent, "urgent"},
}};

constexpr Table<Channel, 5> kChannels{{
    {Channel::Phone, "phone"},
    {Channel::OnSite, "on-site"},
    {Channel::OnlineBooking, "online-booking"},
    {Channel::Email, "email"},
    {Channel::Letter, "letter"},
}};

constexpr Table<DemarcheStatus, 3> kStatuses{{
    {DemarcheStatus::Open, "open"},
    {DemarcheStatus::Found, "found"},
    {DemarcheStatus::Abandoned, "abandoned"},
}};

template <class E, std::size_t N>
std::string_view idOf(const Table<E, N>& table, E value) {
    for (const auto& [e, id] : table)
        if (e == value) return id;
    return {};
}

template <class E, std::size_t N>
std::optional<E> fromId(const Table<E, N>& table, std::string_view id) {
    for (const auto& [e, text] : table)
        if (text == id) return e;
    return std::nullopt;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

RecordId RecordId::random() {
    // sodium_init is idempotent and thread-safe; it picks the best entropy source once.
    static const bool ready = sodium_init() >= 0;
    if (!ready) std::abort();  // no entropy: an id could collide, better not to write
    RecordId id;
    randombytes_buf(id.bytes.data(), id.bytes.size());
    return id;
}

std::optional<RecordId> RecordId::fromHex(std::string_view hex) {
    RecordId id;
    if (hex.size() != id.bytes.size() * 2) return std::nullopt;
    for (std::size_t i = 0; i < id.bytes.size(); ++i) {
        int hi = hexDigit(hex[2 * i]), lo = hexDigit(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        id.bytes[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return id;
}

std::string RecordId::hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (auto b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0xF];
    }
    return out;
}

std::string_view outcomeId(Outcome o) {
    return idOf(kOutcomes, o);
}
std::optional<Outcome> outcomeFromId(std::string_view id) {
    return fromId(kOutcomes, id);
}
std::string_view seekingId(Seeking s) {
    return idOf(kSeeking, s);
}
std::optional<Seeking> seekingFromId(std::string_view id) {
    return fromId(kSeeking, id);
}
std::string_view channelId(Channel c) {
    return idOf(kChannels, c);
}
std::optional<Channel> channelFromId(std::string_view id) {
    return fromId(kChannels, id);
}
std::string_view statusId(DemarcheStatus s) {
    return idOf(kStatuses, s);
}
std::optional<DemarcheStatus> statusFromId(std::string_view id) {
    return fromId(kStatuses, id);
}

bool isRefusal(Outcome o) {
    return o == Outcome::RefusedNoNewPatients || o == Outcome::RefusedOther ||
           o == Outcome::RefusedDiscrimination;
}

}  // namespace parcours::journal
