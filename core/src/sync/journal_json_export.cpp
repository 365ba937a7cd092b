// The journal → JSON: the header, then one version a line, its record decoded by name.
#include <chrono>

#include "journal/codec.hpp"
#include "journal/datetime.hpp"
#include "journal/version_store.hpp"
#include "parcours/json/json_writer.hpp"
#include "parcours/sync/journal_json.hpp"
#include "sync/journal_json_fields.hpp"

namespace parcours::sync {
namespace {

using journal::RecordType;
using journal::Version;

void writeProfile(json::Writer& w, const journal::Profile& p, bool self) {
    w.key("display_name").string(p.displayName);
    w.key("birth_year").integer(p.birthYear);
    w.key("ald").boolean(p.ald);
    w.key("c2s_or_ame").boolean(p.c2sOrAme);
    w.key("medecin_traitant").string(p.medecinTraitant);
    w.key("medecin_traitant_since").string(p.medecinTraitantSince);
    w.key("medecin_traitant_left").boolean(p.medecinTraitantLeft);
    w.key("medecin_traitant_left_on").string(p.medecinTraitantLeftOn);
    w.key("home_commune").string(p.homeCommune);
    w.key("self").boolean(self);
}

void writeDemarche(json::Writer& w, const journal::Demarche& d) {
    w.key("profile").string(d.profile.hex());
    w.key("seeking").string(journal::seekingId(d.seeking));
    w.key("specialty").string(d.specialty);
    w.key("opened_at").string(d.openedAt);
    w.key("closed_at").string(d.closedAt);
    w.key("status").string(journal::statusId(d.status));
}

void writeCall(json::Writer& w, const journal::Call& c) {
    w.key("demarche").string(c.demarche.hex());
    w.key("practice").beginObject();
    w.key("directory_id").string(c.practice.directoryId);
    w.key("name").string(c.practice.name);
    w.key("phone").string(c.practice.phone);
    w.key("address").string(c.practice.address);
    w.key("kind").string(c.practice.kind);
    w.endObject();
    w.key("at").string(c.at);
    w.key("channel").string(journal::channelId(c.channel));
    w.key("outcome").string(journal::outcomeId(c.outcome));
    w.key("appointment_at").string(c.appointmentAt);
    w.key("referred_to").string(c.referredTo);
    w.key("reason").string(c.reason);
    w.key("note").string(c.note);
    w.key("follow_up").string(c.followUp);
}

// The record's fields, and whether encoding them again gives the payload back (false for
// a payload from a newer app, whose unknown fields the decoded record does not carry).
Result<bool> writeRecord(json::Writer& w, const Version& v) {
    Result<std::string> again = std::string();
    w.key("record").beginObject();
    switch (v.type) {
        case RecordType::Profile: {
            auto p = journal::decodeProfile(v.id, v.payload);
            if (!p) return p.error();
            const bool self = journal::isSelfProfile(v.payload);
            writeProfile(w, *p, self);
            again = journal::encode(*p, "", self);
            break;
        }
        case RecordType::Demarche: {
            auto d = journal::decodeDemarche(v.id, v.payload);
            if (!d) return d.error();
            writeDemarche(w, *d);
            again = journal::encode(*d, "");
            break;
        }
        case RecordType::Call: {
            auto c = journal::decodeCall(v.id, v.payload);
            if (!c) return c.error();
            writeCall(w, *c);
            again = journal::encode(*c, "");
            break;
        }
    }
    w.endObject();
    if (!again) return again.error();
    return *again == v.payload;
}

Result<std::string> versionLine(const Version& v) {
    json::Writer w;
    w.beginObject();
    w.key("type").string(journal::typeName(v.type));
    w.key("id").string(v.id.hex());
    // A decimal string: 64 bits do not fit a JSON number read as a double.
    w.key("hlc").string(std::to_string(v.hlc.value));
    w.key("device").string(v.device.hex());
    w.key("parent");
    if (v.parentHlc.value == 0) {
        w.null();
    } else {
        w.beginObject();
        w.key("hlc").string(std::to_string(v.parentHlc.value));
        w.key("device").string(v.parentDevice.hex());
        w.endObject();
    }
    w.key("deleted").boolean(v.deleted);
    // A tombstone has no content, and neither have the older versions of a deleted
    // record: the journal erases them, for privacy.
    if (v.deleted || v.payload.empty()) {
        w.key("record").null();
    } else {
        auto exact = writeRecord(w, v);
        if (!exact)
            return Error{exact.error().kind,
                         "version " + v.id.hex() + ": " + exact.error().message};
        if (!*exact) w.key("payload").string(journal_json::toBase64(v.payload));
    }
    w.endObject();
    return w.take();
}

std::string jsonString(std::string_view text) {
    json::Writer w;
    w.string(text);
    return w.take();
}

}  // namespace

Result<std::string> exportJournalJson(const journal::Journal& journal,
                                      const JournalJsonOptions& options) {
    auto versions = journal.versions();
    if (!versions) return versions.error();
    std::string exportedAt = options.exportedAt;
    if (exportedAt.empty()) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        exportedAt =
            journal::formatUtc(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
    }
    std::string out = "{\n";
    out += "\"format\": " + jsonString(kJournalJsonFormat) + ",\n";
    out += "\"version\": " + std::to_string(kJournalJsonVersion) + ",\n";
    out += "\"exported_at\": " + jsonString(exportedAt) + ",\n";
    out += "\"device\": " + jsonString(journal.deviceId().hex()) + ",\n";
    out += "\"versions\": [";
    bool first = true;
    for (const auto& v : *versions) {
        auto line = versionLine(v);
        if (!line) return line.error();
        out += first ? "\n" : ",\n";
        out += *line;
        first = false;
    }
    out += "\n]\n}\n";
    return out;
}

}  // namespace parcours::sync
