// JSON → the journal's versions, strictly: every field present, none unknown, each value
// of its type and range; the first problem is reported with its path and nothing is
// imported.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

#include "journal/codec.hpp"
#include "journal/version_store.hpp"
#include "json/json_reader.hpp"
#include "parcours/sync/journal_json.hpp"
#include "sync/journal_json_fields.hpp"

namespace parcours::sync {
namespace {

using journal::RecordId;
using journal::RecordType;
using journal::Version;

// One JSON object being read: each field is asked for once, by name; finish() then refuses
// the fields nobody asked for (a typo, or a file from a newer format) and repeated names.
class Fields {
  public:
    static Result<Fields> of(const json::Value& value, std::string path) {
        if (!value.isObject())
            return badInput((path.empty() ? "the file" : path) + ": expected an object");
        return Fields(value, std::move(path));
    }

    [[nodiscard]] std::string pathOf(std::string_view key) const {
        return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
    }
    Error error(std::string_view key, std::string_view message) const {
        return badInput(pathOf(key) + ": " + std::string(message));
    }

    Result<const json::Value*> value(std::string_view key) {
        if (std::ranges::find(asked_, key) == asked_.end()) asked_.push_back(key);
        const auto* v = object_->find(key);
        if (!v) return badInput(pathOf(key) + ": missing");
        return v;
    }
    Result<std::string> string(std::string_view key) {
        auto v = value(key);
        if (!v) return v.error();
        if (!(*v)->isString()) return error(key, "expected a string");
        return std::string((*v)->asString());
    }
    Result<bool> boolean(std::string_view key) {
        auto v = value(key);
        if (!v) return v.error();
        if (!(*v)->isBool()) return error(key, "expected true or false");
        return (*v)->asBool();
    }
    Result<int> int32(std::string_view key) {
        auto v = value(key);
        if (!v) return v.error();
        if (!(*v)->isNumber()) return error(key, "expected a whole number");
        const double n = (*v)->asNumber();
        if (n != std::trunc(n) || n < std::numeric_limits<std::int32_t>::min() ||
            n > std::numeric_limits<std::int32_t>::max())
            return error(key, "expected a whole number of at most 32 bits");
        return static_cast<int>(n);
    }
    Result<RecordId> id(std::string_view key) {
        auto text = string(key);
        if (!text) return text.error();
        auto id = RecordId::fromHex(*text);
        if (!id) return error(key, "expected a record id of 32 hex digits, not «" + *text + "»");
        return *id;
    }
    // A clock value: a decimal string, since a JSON number is read as a double (53 bits).
    Result<journal::Hlc> hlc(std::string_view key) {
        auto text = string(key);
        if (!text) return text.error();
        std::uint64_t value = 0;
        const auto* end = text->data() + text->size();
        const auto [ptr, ec] = std::from_chars(text->data(), end, value);
        if (text->empty() || ec != std::errc() || ptr != end || (*text)[0] == '+' ||
            (text->size() > 1 && (*text)[0] == '0'))
            return error(key, "expected a clock value as a decimal string of at most 64 bits");
        if (value == 0) return error(key, "a clock value is never 0");
        return journal::Hlc{value};
    }
    template <class E>
    Result<E> choice(std::string_view key, std::optional<E> (*fromId)(std::string_view)) {
        auto text = string(key);
        if (!text) return text.error();
        auto e = fromId(*text);
        if (!e) return error(key, "unknown value «" + *text + "»");
        return *e;
    }

    Result<void> finish() const {
        const auto& members = object_->members();
        for (const auto& m : members)
            if (std::ranges::find(asked_, m.key.str()) == asked_.end())
                return badInput(pathOf(m.key.str()) + ": unknown field");
        // Every member has a known name: more members than known names present means
        // one was repeated.
        const auto present = std::ranges::count_if(
            asked_, [this](std::string_view key) { return object_->find(key) != nullptr; });
        if (members.size() == static_cast<std::size_t>(present)) return {};
        std::set<std::string_view> seen;
        for (const auto& m : members)
            if (!seen.insert(m.key.str()).second)
                return badInput(pathOf(m.key.str()) + ": field given twice");
        return {};
    }

  private:
    Fields(const json::Value& object, std::string path)
        : object_(&object), path_(std::move(path)) {}
    const json::Value* object_;
    std::string path_;
    std::vector<std::string_view> asked_;  // the names asked for: string literals
};

// Each helper below stops at the first error; TRY keeps them readable. `var` is a name
// being declared, which parentheses would break.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define PARCOURS_TRY(var, expr)         \
    auto var##_ = (expr);               \
    if (!var##_) return var##_.error(); \
    auto var = std::move(*var##_)
// NOLINTEND(bugprone-macro-parentheses)

Result<std::string> profilePayload(Fields& f, std::string_view previous) {
    journal::Profile p;
    PARCOURS_TRY(name, f.string("display_name"));
    PARCOURS_TRY(year, f.int32("birth_year"));
    PARCOURS_TRY(ald, f.boolean("ald"));
    PARCOURS_TRY(c2s, f.boolean("c2s_or_ame"));
    PARCOURS_TRY(mt, f.string("medecin_traitant"));
    PARCOURS_TRY(since, f.string("medecin_traitant_since"));
    PARCOURS_TRY(left, f.boolean("medecin_traitant_left"));
    PARCOURS_TRY(leftOn, f.string("medecin_traitant_left_on"));
    PARCOURS_TRY(home, f.string("home_commune"));
    PARCOURS_TRY(self, f.boolean("self"));
    p.displayName = std::move(name);
    p.birthYear = year;
    p.ald = ald;
    p.c2sOrAme = c2s;
    p.medecinTraitant = std::move(mt);
    p.medecinTraitantSince = std::move(since);
    p.medecinTraitantLeft = left;
    p.medecinTraitantLeftOn = std::move(leftOn);
    p.homeCommune = std::move(home);
    return journal::encode(p, previous, self);
}

Result<std::string> demarchePayload(Fields& f, std::string_view previous) {
    journal::Demarche d;
    PARCOURS_TRY(profile, f.id("profile"));
    PARCOURS_TRY(seeking, f.choice("seeking", journal::seekingFromId));
    PARCOURS_TRY(specialty, f.string("specialty"));
    PARCOURS_TRY(opened, f.string("opened_at"));
    PARCOURS_TRY(closed, f.string("closed_at"));
    PARCOURS_TRY(status, f.choice("status", journal::statusFromId));
    d.profile = profile;
    d.seeking = seeking;
    d.specialty = std::move(specialty);
    d.openedAt = std::move(opened);
    d.closedAt = std::move(closed);
    d.status = status;
    return journal::encode(d, previous);
}

Result<std::string> callPayload(Fields& f, std::string_view previous) {
    journal::Call c;
    PARCOURS_TRY(demarche, f.id("demarche"));
    PARCOURS_TRY(practiceValue, f.value("practice"));
    PARCOURS_TRY(practice, Fields::of(*practiceValue, f.pathOf("practice")));
    PARCOURS_TRY(directoryId, practice.string("directory_id"));
    PARCOURS_TRY(practiceName, practice.string("name"));
    PARCOURS_TRY(phone, practice.string("phone"));
    PARCOURS_TRY(address, practice.string("address"));
    PARCOURS_TRY(kind, practice.string("kind"));
    if (auto r = practice.finish(); !r) return r.error();
    PARCOURS_TRY(at, f.string("at"));
    PARCOURS_TRY(channel, f.choice("channel", journal::channelFromId));
    PARCOURS_TRY(outcome, f.choice("outcome", journal::outcomeFromId));
    PARCOURS_TRY(appointment, f.string("appointment_at"));
    PARCOURS_TRY(referred, f.string("referred_to"));
    PARCOURS_TRY(reason, f.string("reason"));
    PARCOURS_TRY(note, f.string("note"));
    PARCOURS_TRY(followUp, f.string("follow_up"));
    c.demarche = demarche;
    c.practice = {std::move(directoryId), std::move(practiceName), std::move(phone),
                  std::move(address), std::move(kind)};
    c.at = std::move(at);
    c.channel = channel;
    c.outcome = outcome;
    c.appointmentAt = std::move(appointment);
    c.referredTo = std::move(referred);
    c.reason = std::move(reason);
    c.note = std::move(note);
    c.followUp = std::move(followUp);
    return journal::encode(c, previous);
}

Result<std::string> payloadOf(RecordType type, Fields& record, std::string_view previous) {
    switch (type) {
        case RecordType::Profile:
            return profilePayload(record, previous);
        case RecordType::Demarche:
            return demarchePayload(record, previous);
        case RecordType::Call:
            return callPayload(record, previous);
    }
    return std::string();
}

// The payload of a live version: the fields encoded by the journal's codec, over the raw
// payload when the export kept one. When the fields are those the raw payload decodes to,
// the raw bytes themselves (a newer app's payload, exactly as it was).
Result<std::string> livePayload(RecordType type, Fields& version, const json::Value& recordValue,
                                const std::string& path) {
    std::string raw;
    if (version.value("payload")) {  // optional: absent is the common case
        PARCOURS_TRY(text, version.string("payload"));
        auto bytes = journal_json::fromBase64(text);
        if (!bytes) return version.error("payload", "expected base64");
        raw = std::move(*bytes);
    }
    // The raw payload re-encoded over itself: what the fields give when left as exported.
    Result<std::string> same = std::string();
    if (!raw.empty()) {
        switch (type) {
            case RecordType::Profile: {
                auto p = journal::decodeProfile({}, raw);
                if (!p) return version.error("payload", p.error().message);
                same = journal::encode(*p, raw, journal::isSelfProfile(raw));
                break;
            }
            case RecordType::Demarche: {
                auto d = journal::decodeDemarche({}, raw);
                if (!d) return version.error("payload", d.error().message);
                same = journal::encode(*d, raw);
                break;
            }
            case RecordType::Call: {
                auto c = journal::decodeCall({}, raw);
                if (!c) return version.error("payload", c.error().message);
                same = journal::encode(*c, raw);
                break;
            }
        }
    }
    PARCOURS_TRY(record, Fields::of(recordValue, path + ".record"));
    // (raw, when given, decodes: so encoding over it fails only on a malformed field.)
    PARCOURS_TRY(payload, payloadOf(type, record, raw));
    if (auto r = record.finish(); !r) return r.error();
    if (raw.empty()) return payload;
    if (same && *same == payload) return raw;
    return payload;
}

Result<Version> readVersion(const json::Value& value, const std::string& path) {
    PARCOURS_TRY(f, Fields::of(value, path));
    Version v;
    PARCOURS_TRY(type, f.string("type"));
    auto t = journal::typeFromName(type);
    if (!t) return f.error("type", "expected profile, demarche or call, not «" + type + "»");
    v.type = *t;
    PARCOURS_TRY(id, f.id("id"));
    PARCOURS_TRY(hlc, f.hlc("hlc"));
    PARCOURS_TRY(device, f.id("device"));
    v.id = id;
    v.hlc = hlc;
    v.device = device;

    PARCOURS_TRY(parent, f.value("parent"));
    if (!parent->isNull()) {
        PARCOURS_TRY(p, Fields::of(*parent, f.pathOf("parent")));
        PARCOURS_TRY(parentHlc, p.hlc("hlc"));
        PARCOURS_TRY(parentDevice, p.id("device"));
        if (auto r = p.finish(); !r) return r.error();
        if (parentHlc >= hlc) return f.error("parent", "not older than the version itself");
        v.parentHlc = parentHlc;
        v.parentDevice = parentDevice;
    }

    PARCOURS_TRY(deleted, f.boolean("deleted"));
    v.deleted = deleted;
    PARCOURS_TRY(record, f.value("record"));
    if (deleted) {
        // A tombstone keeps no content, for privacy: a record here is a mistake.
        if (!record->isNull()) return f.error("record", "a deleted version has no record (null)");
    } else if (!record->isNull()) {
        // (null: an older version of a deleted record, its content erased.)
        PARCOURS_TRY(payload, livePayload(v.type, f, *record, path));
        v.payload = std::move(payload);
    }
    if (auto r = f.finish(); !r) return r.error();
    return v;
}

#undef PARCOURS_TRY

}  // namespace

Result<std::vector<Version>> readJournalJson(std::string_view text) {
    auto document = json::parse(text);
    if (!document) return document.error();
    auto header = Fields::of(*document, "");
    if (!header) return header.error();
    auto format = header->string("format");
    if (!format) return format.error();
    if (*format != kJournalJsonFormat)
        return header->error("format", "not a Parcours journal export («" + *format + "»)");
    auto version = header->int32("version");
    if (!version) return version.error();
    if (*version != kJournalJsonVersion)
        return header->error("version", "version " + std::to_string(*version) +
                                            " is not supported (this app reads version " +
                                            std::to_string(kJournalJsonVersion) + ")");
    if (auto r = header->string("exported_at"); !r) return r.error();
    if (auto r = header->id("device"); !r) return r.error();
    auto list = header->value("versions");
    if (!list) return list.error();
    if (!(*list)->isArray()) return header->error("versions", "expected an array");
    if (auto r = header->finish(); !r) return r.error();

    std::vector<Version> versions;
    versions.reserve((*list)->items().size());
    for (std::size_t i = 0; i < (*list)->items().size(); ++i) {
        auto v = readVersion((*list)->items()[i], "versions[" + std::to_string(i) + "]");
        if (!v) return v.error();
        versions.push_back(std::move(*v));
    }
    return versions;
}

Result<journal::MergeReport> importJournalJson(journal::Journal& journal, std::string_view text) {
    auto versions = readJournalJson(text);
    if (!versions) return versions.error();
    return journal.importVersions(*versions);
}

}  // namespace parcours::sync
