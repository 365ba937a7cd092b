#include "journal_output.hpp"

#include <ostream>

#include "parcours/json/json_writer.hpp"

namespace parcours::cli {
namespace {

using namespace journal;

// Ids in text output are cut to 8 hex digits: enough to tell records apart and to give
// back to a command (which accepts a unique prefix), short enough to read.
std::string shortId(const RecordId& id) {
    return id.hex().substr(0, 8);
}

// "2026-10-12T09:30:00+02:00" → "2026-10-12 09:30", the wall time the user lived.
std::string readable(const DateTime& at) {
    if (at.size() >= 16 && at[10] == 'T') return at.substr(0, 10) + ' ' + at.substr(11, 5);
    return at;
}

void field(json::Writer& out, std::string_view key, std::string_view value) {
    out.key(key);
    out.string(value);
}

void count(json::Writer& out, std::string_view key, std::size_t value) {
    out.key(key);
    out.integer(static_cast<std::int64_t>(value));
}

void writeProfile(json::Writer& out, const Profile& p) {
    out.beginObject();
    field(out, "id", p.id.hex());
    field(out, "name", p.displayName);
    out.key("birth_year");
    out.integer(p.birthYear);
    out.key("ald");
    out.boolean(p.ald);
    out.key("c2s");
    out.boolean(p.c2sOrAme);
    field(out, "medecin_traitant", p.medecinTraitant);
    field(out, "medecin_traitant_since", p.medecinTraitantSince);
    out.key("medecin_traitant_left");
    out.boolean(p.medecinTraitantLeft);
    field(out, "medecin_traitant_left_on", p.medecinTraitantLeftOn);
    field(out, "home", p.homeCommune);
    out.endObject();
}

void writeSummaryFields(json::Writer& out, const DemarcheSummary& s) {
    const Demarche& d = s.demarche;
    field(out, "id", d.id.hex());
    field(out, "profile_id", d.profile.hex());
    field(out, "profile_name", s.profileName);
    field(out, "seeking", seekingId(d.seeking));
    field(out, "specialty", d.specialty);
    field(out, "status", statusId(d.status));
    field(out, "opened_at", d.openedAt);
    field(out, "closed_at", d.closedAt);
    count(out, "calls", s.calls);
    count(out, "distinct_practices", s.distinctPractices);
    out.key("by_outcome");
    out.beginObject();
    for (const auto& c : s.byOutcome) count(out, outcomeId(c.outcome), c.count);
    out.endObject();
    field(out, "first_call_at", s.firstCallAt);
    field(out, "last_call_at", s.lastCallAt);
}

void writeCallFields(json::Writer& out, const Call& c) {
    field(out, "id", c.id.hex());
    field(out, "demarche", c.demarche.hex());
    field(out, "at", c.at);
    field(out, "channel", channelId(c.channel));
    field(out, "outcome", outcomeId(c.outcome));
    field(out, "outcome_label", outcomeLabelFr(c.outcome));
    out.key("practice");
    out.beginObject();
    field(out, "directory_id", c.practice.directoryId);
    field(out, "name", c.practice.name);
    field(out, "phone", c.practice.phone);
    field(out, "address", c.practice.address);
    field(out, "kind", c.practice.kind);
    out.endObject();
    field(out, "reason", c.reason);
    field(out, "note", c.note);
    field(out, "follow_up", c.followUp);
    field(out, "appointment_at", c.appointmentAt);
    field(out, "referred_to", c.referredTo);
}

std::string demarcheTitle(const Demarche& d, const std::string& profileName) {
    std::string title(seekingLabelFr(d.seeking));
    if (!d.specialty.empty()) title += " : " + d.specialty;
    title += " — pour " + profileName;
    return title;
}

std::string practiceText(const PracticeRef& p) {
    std::string text = p.name;
    if (!p.phone.empty()) text += " · " + p.phone;
    return text;
}

}  // namespace

void printCreatedId(std::ostream& out, const RecordId& id, bool asJson) {
    if (!asJson) {
        out << id.hex() << '\n';
        return;
    }
    json::Writer w;
    w.beginObject();
    field(w, "id", id.hex());
    w.endObject();
    out << w.take() << '\n';
}

std::string profilesJson(const std::vector<Profile>& profiles) {
    json::Writer out;
    out.beginArray();
    for (const auto& p : profiles) writeProfile(out, p);
    out.endArray();
    return out.take();
}

void printProfiles(std::ostream& out, const std::vector<Profile>& profiles) {
    if (profiles.empty()) out << "Aucun profil.\n";
    for (const auto& p : profiles) {
        out << shortId(p.id) << "  " << p.displayName;
        if (p.birthYear) out << ", né(e) en " << p.birthYear;
        if (p.ald) out << ", ALD";
        if (p.c2sOrAme) out << ", C2S/AME";
        if (!p.medecinTraitant.empty()) {
            out << ", médecin traitant " << p.medecinTraitant;
            if (p.medecinTraitantLeft) out << " (parti";
            if (p.medecinTraitantLeft && !p.medecinTraitantLeftOn.empty())
                out << " le " << p.medecinTraitantLeftOn;
            if (p.medecinTraitantLeft) out << ")";
        } else {
            out << ", sans médecin traitant";
        }
        if (!p.homeCommune.empty()) out << ", domicile " << p.homeCommune;
        out << '\n';
    }
}

std::string demarchesJson(const std::vector<DemarcheSummary>& demarches) {
    json::Writer out;
    out.beginArray();
    for (const auto& s : demarches) {
        out.beginObject();
        writeSummaryFields(out, s);
        out.endObject();
    }
    out.endArray();
    return out.take();
}

void printDemarches(std::ostream& out, const std::vector<DemarcheSummary>& demarches) {
    if (demarches.empty()) out << "Aucune démarche.\n";
    for (const auto& s : demarches) {
        const Demarche& d = s.demarche;
        out << shortId(d.id) << "  " << demarcheTitle(d, s.profileName) << "\n          "
            << statusLabelFr(d.status) << ", ouverte le " << readable(d.openedAt);
        if (!d.closedAt.empty()) out << ", close le " << readable(d.closedAt);
        out << ", " << s.calls << " appel(s) à " << s.distinctPractices << " cabinet(s)\n";
    }
}

std::string timelinesJson(const std::vector<DemarcheTimeline>& timelines) {
    json::Writer out;
    out.beginArray();
    for (const auto& t : timelines) {
        out.beginObject();
        writeSummaryFields(out, t.summary);
        out.key("timeline");
        out.beginArray();
        for (const auto& c : t.calls) {
            out.beginObject();
            writeCallFields(out, c);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    return out.take();
}

void printTimelines(std::ostream& out, const std::vector<DemarcheTimeline>& timelines) {
    if (timelines.empty()) out << "Aucune démarche.\n";
    for (const auto& t : timelines) {
        const auto& s = t.summary;
        const Demarche& d = s.demarche;
        out << "Démarche " << shortId(d.id) << " — " << demarcheTitle(d, s.profileName) << '\n'
            << "  " << statusLabelFr(d.status) << " depuis le " << readable(d.openedAt);
        if (!d.closedAt.empty()) out << ", close le " << readable(d.closedAt);
        out << "\n  " << s.calls << " appel(s) à " << s.distinctPractices << " cabinet(s)";
        for (const auto& c : s.byOutcome)
            out << (&c == &s.byOutcome.front() ? " : " : ", ") << outcomeLabelFr(c.outcome) << " × "
                << c.count;
        out << '\n';
        for (const auto& c : t.calls) {
            out << "  " << readable(c.at) << "  " << practiceText(c.practice) << "\n"
                << "      " << outcomeLabelFr(c.outcome);
            if (c.channel != Channel::Phone) out << " (" << channelLabelFr(c.channel) << ")";
            if (!c.appointmentAt.empty()) out << ", rendez-vous le " << readable(c.appointmentAt);
            if (!c.referredTo.empty()) out << ", vers " << c.referredTo;
            if (!c.followUp.empty()) out << ", relance le " << c.followUp;
            out << "  [" << shortId(c.id) << "]\n";
            if (!c.reason.empty()) out << "      Motif : " << c.reason << '\n';
            if (!c.note.empty()) out << "      Note : " << c.note << '\n';
        }
        out << '\n';
    }
}

std::string followUpsJson(const std::vector<CallRow>& rows) {
    json::Writer out;
    out.beginArray();
    for (const auto& r : rows) {
        out.beginObject();
        writeCallFields(out, r.call);
        field(out, "profile_name", r.profileName);
        field(out, "seeking", seekingId(r.seeking));
        field(out, "specialty", r.specialty);
        out.endObject();
    }
    out.endArray();
    return out.take();
}

void printFollowUps(std::ostream& out, const std::vector<CallRow>& rows) {
    if (rows.empty()) out << "Aucune relance à faire.\n";
    for (const auto& r : rows) {
        const Call& c = r.call;
        out << c.followUp << "  Relancer " << practiceText(c.practice) << '\n'
            << "            dernier appel le " << readable(c.at) << " : "
            << outcomeLabelFr(c.outcome) << " (" << seekingLabelFr(r.seeking) << ", pour "
            << r.profileName << ")  [" << shortId(c.id) << "]\n";
    }
}

}  // namespace parcours::cli
