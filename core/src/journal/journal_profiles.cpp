// Profiles and démarches: who a search is for, and the searches.
#include "journal/codec.hpp"
#include "journal/datetime.hpp"
#include "journal/journal_impl.hpp"
#include "journal/version_store.hpp"

namespace parcours::journal {
namespace {

template <class Record, class Decode>
Result<std::vector<Record>> liveRecords(const sqlite::Database& db, std::string_view sql,
                                        Decode decode) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    std::vector<Record> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        auto record = decode(idFromBlob(stmt->blob(0)), stmt->blob(1));
        if (!record) return record.error();
        out.push_back(std::move(*record));
    }
    return out;
}

Result<void> checkDemarche(const Demarche& d) {
    if (!d.openedAt.empty() && !instantOf(d.openedAt))
        return usageError("opened at «" + d.openedAt +
                          "»: not a date and time (expected 2026-10-12T09:30, optionally with "
                          "seconds and Z or +02:00)");
    if (!d.closedAt.empty() && !instantOf(d.closedAt))
        return usageError("closed at «" + d.closedAt + "»: not a date and time");
    return {};
}

}  // namespace

Result<RecordId> Journal::addProfile(Profile profile) {
    if (profile.displayName.empty()) return usageError("a profile needs a name");
    profile.id = RecordId::random();
    auto r = impl_->write(Impl::Change::Create, RecordType::Profile, profile.id,
                          [&](std::string_view head) { return encode(profile, head); });
    if (!r) return r.error();
    return profile.id;
}

Result<void> Journal::updateProfile(const Profile& profile) {
    if (profile.displayName.empty()) return usageError("a profile needs a name");
    if (auto live = livePayload(impl_->db, RecordType::Profile, profile.id); !live)
        return live.error();
    return impl_->write(Impl::Change::Edit, RecordType::Profile, profile.id,
                        [&](std::string_view head) { return encode(profile, head); });
}

Result<std::vector<Profile>> Journal::profiles() const {
    return liveRecords<Profile>(impl_->db,
                                "SELECT p.id, v.payload FROM profiles p JOIN versions v "
                                "ON v.id = p.id AND v.hlc = p.hlc AND v.device = p.device "
                                "WHERE p.deleted = 0 ORDER BY p.created_hlc, p.id",
                                decodeProfile);
}

// The default profile is the user's own, marked in its payload; if two devices each made
// one before they synced, the oldest is the default on both.
Result<Profile> Journal::defaultProfile() {
    auto own = liveRecords<Profile>(
        impl_->db,
        "SELECT p.id, v.payload FROM profiles p JOIN versions v "
        "ON v.id = p.id AND v.hlc = p.hlc AND v.device = p.device "
        "WHERE p.deleted = 0 AND p.is_self = 1 ORDER BY p.created_hlc, p.id LIMIT 1",
        decodeProfile);
    if (!own) return own.error();
    if (!own->empty()) return own->front();
    Profile me;
    me.displayName = "Moi";
    me.id = RecordId::random();
    auto r =
        impl_->write(Impl::Change::Create, RecordType::Profile, me.id,
                     [&](std::string_view head) { return encode(me, head, /*markSelf=*/true); });
    if (!r) return r.error();
    return me;
}

Result<RecordId> Journal::openDemarche(Demarche demarche) {
    if (auto r = checkDemarche(demarche); !r) return r.error();
    if (demarche.profile == RecordId{}) {
        auto me = defaultProfile();
        if (!me) return me.error();
        demarche.profile = me->id;
    } else if (auto live = livePayload(impl_->db, RecordType::Profile, demarche.profile); !live) {
        return live.error();
    }
    if (demarche.openedAt.empty()) demarche.openedAt = formatUtc(impl_->wall());
    demarche.id = RecordId::random();
    auto r = impl_->write(Impl::Change::Create, RecordType::Demarche, demarche.id,
                          [&](std::string_view head) { return encode(demarche, head); });
    if (!r) return r.error();
    return demarche.id;
}

Result<void> Journal::updateDemarche(const Demarche& demarche) {
    if (auto r = checkDemarche(demarche); !r) return r;
    if (auto live = livePayload(impl_->db, RecordType::Demarche, demarche.id); !live)
        return live.error();
    if (auto live = livePayload(impl_->db, RecordType::Profile, demarche.profile); !live)
        return live.error();
    return impl_->write(Impl::Change::Edit, RecordType::Demarche, demarche.id,
                        [&](std::string_view head) { return encode(demarche, head); });
}

Result<void> Journal::closeDemarche(const RecordId& id, DemarcheStatus status, const DateTime& at) {
    if (status == DemarcheStatus::Open)
        return usageError("closing a démarche needs an outcome: found or abandoned");
    if (!at.empty() && !instantOf(at))
        return usageError("closed at «" + at + "»: not a date and time");
    const DateTime closedAt = at.empty() ? formatUtc(impl_->wall()) : at;
    // Read inside the write: only the status and the date change, whatever else was
    // edited meanwhile.
    return impl_->write(Impl::Change::Edit, RecordType::Demarche, id,
                        [&](std::string_view head) -> Result<std::string> {
                            auto current = decodeDemarche(id, head);
                            if (!current) return current.error();
                            current->status = status;
                            current->closedAt = closedAt;
                            return encode(*current, head);
                        });
}

Result<Demarche> Journal::demarche(const RecordId& id) const {
    auto payload = livePayload(impl_->db, RecordType::Demarche, id);
    if (!payload) return payload.error();
    return decodeDemarche(id, *payload);
}

}  // namespace parcours::journal
