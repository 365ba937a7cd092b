// Calls: logging, editing and deleting one, with the checks that keep the journal readable.
#include "journal/codec.hpp"
#include "journal/datetime.hpp"
#include "journal/journal_impl.hpp"
#include "journal/version_store.hpp"

namespace parcours::journal {
namespace {

constexpr std::string_view kDateTimeHelp =
    "expected an ISO 8601 date and time such as 2026-10-12T09:30, optionally with seconds "
    "and Z or an offset like +02:00";

Result<void> checkCall(const sqlite::Database& db, const Call& call) {
    if (auto demarche = livePayload(db, RecordType::Demarche, call.demarche); !demarche) {
        if (demarche.error().kind != ErrorKind::NotFound) return demarche.error();
        return usageError("a call belongs to a démarche: no open record for démarche " +
                          call.demarche.hex());
    }
    if (call.at.empty())
        return usageError("a call needs its date and time (" + std::string(kDateTimeHelp) + ")");
    if (!instantOf(call.at))
        return usageError("call time «" + call.at + "»: " + std::string(kDateTimeHelp));
    if (!call.followUp.empty() && !isValidDate(call.followUp))
        return usageError("follow-up «" + call.followUp +
                          "»: expected a date such as 2026-10-19 (YYYY-MM-DD)");
    if (!call.appointmentAt.empty() && !instantOf(call.appointmentAt) &&
        !isValidDate(call.appointmentAt))
        return usageError("appointment «" + call.appointmentAt + "»: expected a date or " +
                          std::string(kDateTimeHelp));
    if (call.practice.name.empty() && call.practice.directoryId.empty())
        return usageError("which practice was called? Give its name or its directory id");
    return {};
}

}  // namespace

Result<RecordId> Journal::logCall(Call call) {
    if (auto r = checkCall(impl_->db, call); !r) return r.error();
    call.id = RecordId::random();
    auto r = impl_->write(Impl::Change::Create, RecordType::Call, call.id,
                          [&](std::string_view head) { return encode(call, head); });
    if (!r) return r.error();
    return call.id;
}

Result<void> Journal::updateCall(const Call& call) {
    if (auto live = livePayload(impl_->db, RecordType::Call, call.id); !live) return live.error();
    if (auto r = checkCall(impl_->db, call); !r) return r;
    return impl_->write(Impl::Change::Edit, RecordType::Call, call.id,
                        [&](std::string_view head) { return encode(call, head); });
}

// A tombstone: the content goes (for privacy), the id and its history of clocks stay so
// an older copy of the call imported later cannot bring it back.
Result<void> Journal::deleteCall(const RecordId& id) {
    if (auto live = livePayload(impl_->db, RecordType::Call, id); !live) return live.error();
    auto r = impl_->write(Impl::Change::Delete, RecordType::Call, id, nullptr);
    if (!r) return r;
    // secure_delete zeroes freed pages of the database file; the WAL may still hold the
    // old text until a checkpoint, so make one.
    (void)impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

Result<Call> Journal::call(const RecordId& id) const {
    auto payload = livePayload(impl_->db, RecordType::Call, id);
    if (!payload) return payload.error();
    return decodeCall(id, *payload);
}

}  // namespace parcours::journal
