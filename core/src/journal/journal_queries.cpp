// What the journal answers: calls in time order, follow-ups, practices, duplicates and
// the démarche summaries. Everything reads the views; deleted records are hidden.
#include <algorithm>
#include <map>
#include <set>

#include "journal/codec.hpp"
#include "journal/datetime.hpp"
#include "journal/journal_impl.hpp"
#include "journal/version_store.hpp"

namespace parcours::journal {
namespace {

constexpr std::int64_t kDuplicateWindowMillis = 2 * 60 * 1000;

// The head payload beside the view row, for decoding whole calls.
constexpr std::string_view kCallRows =
    "SELECT c.id, v.payload FROM calls c JOIN versions v "
    "ON v.id = c.id AND v.hlc = c.hlc AND v.device = c.device WHERE c.deleted = 0 ";

Result<std::vector<Call>> readCalls(sqlite::Statement& stmt) {
    std::vector<Call> out;
    for (;;) {
        auto row = stmt.step();
        if (!row) return row.error();
        if (!*row) break;
        auto call = decodeCall(idFromBlob(stmt.blob(0)), stmt.blob(1));
        if (!call) return call.error();
        out.push_back(std::move(*call));
    }
    return out;
}

// The columns the summaries need, for every live call.
struct CallRow {
    RecordId id, demarche;
    std::string practiceId, name, phone, at, outcome;
    std::int64_t atMillis = 0;
};

Result<std::vector<CallRow>> callRows(const sqlite::Database& db) {
    auto stmt = db.prepare(
        "SELECT id, demarche, practice_id, practice_name, practice_phone, at, outcome, at_ms "
        "FROM calls WHERE deleted = 0 ORDER BY at_ms, created_hlc, id");
    if (!stmt) return stmt.error();
    std::vector<CallRow> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back({idFromBlob(stmt->blob(0)), idFromBlob(stmt->blob(1)),
                       std::string(stmt->text(2)), std::string(stmt->text(3)),
                       std::string(stmt->text(4)), std::string(stmt->text(5)),
                       std::string(stmt->text(6)), stmt->integer(7)});
    }
    return out;
}

// One practice: its directory id, or for one typed by hand its name (case aside) and
// its phone number's digits, so "01 23 45 67 89" and "0123456789" are the same place.
std::string practiceKey(const CallRow& c) {
    if (!c.practiceId.empty()) return "d:" + c.practiceId;
    std::string key = "h:";
    for (char ch : c.name) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    key += '\x1f';
    for (char ch : c.phone)
        if (ch >= '0' && ch <= '9') key += ch;
    return key;
}

}  // namespace

Result<std::vector<Call>> Journal::calls(const RecordId& demarche) const {
    if (auto live = livePayload(impl_->db, RecordType::Demarche, demarche); !live)
        return live.error();
    auto stmt = impl_->db.prepare(std::string(kCallRows) +
                                  "AND c.demarche = ?1 ORDER BY c.at_ms, c.created_hlc, c.id");
    if (!stmt) return stmt.error();
    stmt->bindBlob(1, blobOf(demarche));
    return readCalls(*stmt);
}

Result<std::vector<Call>> Journal::followUpsDue(const Date& onOrBefore) const {
    if (!isValidDate(onOrBefore))
        return usageError("«" + onOrBefore + "»: expected a date such as 2026-10-19 (YYYY-MM-DD)");
    auto stmt = impl_->db.prepare(std::string(kCallRows) +
                                  "AND c.follow_up <> '' AND c.follow_up <= ?1 "
                                  "ORDER BY c.follow_up, c.at_ms, c.id");
    if (!stmt) return stmt.error();
    stmt->bind(1, onOrBefore);
    return readCalls(*stmt);
}

Result<std::vector<PracticeHistory>> Journal::practicesCalled() const {
    auto rows = callRows(impl_->db);
    if (!rows) return rows.error();
    std::map<std::string, PracticeHistory> byKey;
    std::map<std::string, std::int64_t> lastMillis;
    for (const auto& c : *rows) {  // in time order: the last call seen is the latest
        const std::string key = practiceKey(c);
        auto& p = byKey[key];
        p.directoryId = c.practiceId;
        p.name = c.name;
        p.phone = c.phone;
        ++p.calls;
        p.lastOutcome = outcomeFromId(c.outcome).value_or(Outcome::NoAnswer);
        p.lastAt = c.at;
        lastMillis[key] = c.atMillis;
    }
    std::vector<std::pair<std::int64_t, PracticeHistory>> sorted;
    for (auto& [key, p] : byKey) sorted.emplace_back(lastMillis[key], std::move(p));
    // The most recently called first: what the user is working on.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<PracticeHistory> out;
    for (auto& [millis, p] : sorted) out.push_back(std::move(p));
    return out;
}

Result<std::vector<DuplicateHint>> Journal::possibleDuplicates() const {
    auto rows = callRows(impl_->db);
    if (!rows) return rows.error();
    std::map<std::string, std::vector<const CallRow*>> byPractice;
    for (const auto& c : *rows) byPractice[practiceKey(c)].push_back(&c);
    std::vector<DuplicateHint> out;
    for (const auto& [key, calls] : byPractice)
        for (std::size_t i = 0; i < calls.size(); ++i)
            for (std::size_t j = i + 1;
                 j < calls.size() &&
                 calls[j]->atMillis - calls[i]->atMillis <= kDuplicateWindowMillis;
                 ++j)
                out.push_back({calls[i]->id, calls[j]->id});
    return out;
}

Result<std::vector<DemarcheSummary>> Journal::demarches() const {
    auto stmt = impl_->db.prepare(
        "SELECT d.id, v.payload, coalesce(p.display_name, '') FROM demarches d "
        "JOIN versions v ON v.id = d.id AND v.hlc = d.hlc AND v.device = d.device "
        "LEFT JOIN profiles p ON p.id = d.profile "
        "WHERE d.deleted = 0 ORDER BY d.created_hlc, d.id");
    if (!stmt) return stmt.error();
    std::vector<DemarcheSummary> out;
    std::map<RecordId, std::size_t> index;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        auto d = decodeDemarche(idFromBlob(stmt->blob(0)), stmt->blob(1));
        if (!d) return d.error();
        index[d->id] = out.size();
        DemarcheSummary summary;
        summary.demarche = std::move(*d);
        summary.profileName = stmt->text(2);
        out.push_back(std::move(summary));
    }

    auto rows = callRows(impl_->db);
    if (!rows) return rows.error();
    std::map<RecordId, std::map<Outcome, std::size_t>> outcomes;
    std::map<RecordId, std::set<std::string>> practices;
    for (const auto& c : *rows) {  // in time order
        auto it = index.find(c.demarche);
        if (it == index.end()) continue;
        auto& s = out[it->second];
        if (s.calls++ == 0) s.firstCallAt = c.at;
        s.lastCallAt = c.at;
        ++outcomes[c.demarche][outcomeFromId(c.outcome).value_or(Outcome::NoAnswer)];
        practices[c.demarche].insert(practiceKey(c));
    }
    for (auto& s : out) {
        for (const auto& [outcome, count] : outcomes[s.demarche.id])  // std::map: enum order
            s.byOutcome.push_back({outcome, count});
        s.distinctPractices = practices[s.demarche.id].size();
    }
    return out;
}

}  // namespace parcours::journal
