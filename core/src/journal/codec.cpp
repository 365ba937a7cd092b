#include "journal/codec.hpp"

#include <cstring>

#include "journal.pb.h"

namespace parcours::journal {
namespace {

// Our enums start at 0; the protobuf ones keep 0 for "unspecified" (proto3 style), so a
// value is ours + 1. An unknown value (from a newer app) reads as `fallback`.
template <class E>
int toPb(E value) {
    return static_cast<int>(value) + 1;
}

template <class E>
E fromPb(int value, E last, E fallback) {
    if (value < 1 || value > static_cast<int>(last) + 1) return fallback;
    return static_cast<E>(value - 1);
}

// The value to store for an enum field being edited. A value from a newer app reads as
// `fallback` here; if the user left it so, the stored value stays (not overwritten by
// the fallback, which would lose "refused-xyz" to "no-answer" on an unrelated edit).
template <class E>
int merged(int previous, E value, E last, E fallback) {
    const bool unknown = previous > static_cast<int>(last) + 1;
    return unknown && value == fallback ? previous : toPb(value);
}

std::string idBytes(const RecordId& id) {
    return {reinterpret_cast<const char*>(id.bytes.data()), id.bytes.size()};
}

RecordId idFromBytes(const std::string& bytes) {
    RecordId id;
    if (bytes.size() == id.bytes.size()) std::memcpy(id.bytes.data(), bytes.data(), bytes.size());
    return id;
}

template <class Message>
Result<Message> parse(std::string_view payload, const char* what) {
    Message message;
    if (!message.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
        return badInput(std::string("malformed ") + what + " record");
    return message;
}

template <class Message>
Result<std::string> serialise(const Message& message) {
    std::string out;
    if (!message.SerializeToString(&out)) return storageError("cannot encode a journal record");
    return out;
}

}  // namespace

Result<std::string> encode(const Profile& p, std::string_view previous, bool markSelf) {
    auto m = parse<pb::Profile>(previous, "profile");
    if (!m) return m.error();
    m->set_display_name(p.displayName);
    m->set_birth_year(p.birthYear);
    m->set_ald(p.ald);
    m->set_c2s_or_ame(p.c2sOrAme);
    m->set_medecin_traitant(p.medecinTraitant);
    m->set_medecin_traitant_since(p.medecinTraitantSince);
    m->set_medecin_traitant_left(p.medecinTraitantLeft);
    m->set_medecin_traitant_left_on(p.medecinTraitantLeftOn);
    m->set_home_commune(p.homeCommune);
    if (markSelf) m->set_is_self(true);
    return serialise(*m);
}

Result<std::string> encode(const Demarche& d, std::string_view previous) {
    auto m = parse<pb::Demarche>(previous, "démarche");
    if (!m) return m.error();
    m->set_profile(idBytes(d.profile));
    m->set_seeking(static_cast<pb::Demarche::Seeking>(
        merged(m->seeking(), d.seeking, Seeking::Urgent, Seeking::MedecinTraitant)));
    m->set_specialty(d.specialty);
    m->set_opened_at(d.openedAt);
    m->set_closed_at(d.closedAt);
    m->set_status(static_cast<pb::Demarche::Status>(
        merged(m->status(), d.status, DemarcheStatus::Abandoned, DemarcheStatus::Open)));
    return serialise(*m);
}

Result<std::string> encode(const Call& c, std::string_view previous) {
    auto m = parse<pb::Call>(previous, "call");
    if (!m) return m.error();
    m->set_demarche(idBytes(c.demarche));
    auto* practice = m->mutable_practice();  // kept, with its own unknown fields
    practice->set_directory_id(c.practice.directoryId);
    practice->set_name(c.practice.name);
    practice->set_phone(c.practice.phone);
    practice->set_address(c.practice.address);
    practice->set_kind(c.practice.kind);
    m->set_at(c.at);
    m->set_channel(static_cast<pb::Call::Channel>(
        merged(m->channel(), c.channel, Channel::Letter, Channel::Phone)));
    m->set_outcome(static_cast<pb::Call::Outcome>(
        merged(m->outcome(), c.outcome, Outcome::CallBack, Outcome::NoAnswer)));
    m->set_appointment_at(c.appointmentAt);
    m->set_referred_to(c.referredTo);
    m->set_reason(c.reason);
    m->set_note(c.note);
    m->set_follow_up(c.followUp);
    return serialise(*m);
}

bool isSelfProfile(std::string_view payload) {
    auto m = parse<pb::Profile>(payload, "profile");
    return m && m->is_self();
}

Result<Profile> decodeProfile(const RecordId& id, std::string_view payload) {
    auto m = parse<pb::Profile>(payload, "profile");
    if (!m) return m.error();
    Profile p;
    p.id = id;
    p.displayName = m->display_name();
    p.birthYear = m->birth_year();
    p.ald = m->ald();
    p.c2sOrAme = m->c2s_or_ame();
    p.medecinTraitant = m->medecin_traitant();
    p.medecinTraitantSince = m->medecin_traitant_since();
    p.medecinTraitantLeft = m->medecin_traitant_left();
    p.medecinTraitantLeftOn = m->medecin_traitant_left_on();
    p.homeCommune = m->home_commune();
    return p;
}

Result<Demarche> decodeDemarche(const RecordId& id, std::string_view payload) {
    auto m = parse<pb::Demarche>(payload, "démarche");
    if (!m) return m.error();
    Demarche d;
    d.id = id;
    d.profile = idFromBytes(m->profile());
    d.seeking = fromPb(m->seeking(), Seeking::Urgent, Seeking::MedecinTraitant);
    d.specialty = m->specialty();
    d.openedAt = m->opened_at();
    d.closedAt = m->closed_at();
    d.status = fromPb(m->status(), DemarcheStatus::Abandoned, DemarcheStatus::Open);
    return d;
}

Result<Call> decodeCall(const RecordId& id, std::string_view payload) {
    auto m = parse<pb::Call>(payload, "call");
    if (!m) return m.error();
    Call c;
    c.id = id;
    c.demarche = idFromBytes(m->demarche());
    c.practice.directoryId = m->practice().directory_id();
    c.practice.name = m->practice().name();
    c.practice.phone = m->practice().phone();
    c.practice.address = m->practice().address();
    c.practice.kind = m->practice().kind();
    c.at = m->at();
    c.channel = fromPb(m->channel(), Channel::Letter, Channel::Phone);
    c.outcome = fromPb(m->outcome(), Outcome::CallBack, Outcome::NoAnswer);
    c.appointmentAt = m->appointment_at();
    c.referredTo = m->referred_to();
    c.reason = m->reason();
    c.note = m->note();
    c.followUp = m->follow_up();
    return c;
}

}  // namespace parcours::journal
