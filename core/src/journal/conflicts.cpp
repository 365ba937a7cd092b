// Listing the records in conflict and settling one (journal/conflicts.hpp). The rule of
// what competes is in conflicts_graph.hpp, shared with the views.
#include "parcours/journal/conflicts.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "journal/codec.hpp"
#include "journal/conflicts_graph.hpp"
#include "parcours/journal/exports.hpp"

namespace parcours::journal {
namespace {

std::string yesNo(bool b) {
    return b ? "oui" : "non";
}

std::string year(int y) {
    return y == 0 ? std::string{} : std::to_string(y);
}

using Names = std::map<RecordId, std::string>;  // profile id → display name

std::vector<ConflictField> profileFields(const Profile& p) {
    return {{"Nom", p.displayName},
            {"Année de naissance", year(p.birthYear)},
            {"ALD", yesNo(p.ald)},
            {"C2S ou AME", yesNo(p.c2sOrAme)},
            {"Médecin traitant", p.medecinTraitant},
            {"Médecin traitant depuis", p.medecinTraitantSince},
            {"Médecin traitant parti", yesNo(p.medecinTraitantLeft)},
            {"Parti le", p.medecinTraitantLeftOn},
            {"Commune", p.homeCommune}};
}

std::vector<ConflictField> demarcheFields(const Demarche& d, const Names& names) {
    auto name = names.find(d.profile);
    return {{"Pour", name == names.end() ? std::string{} : name->second},
            {"Recherche", std::string(seekingLabelFr(d.seeking))},
            {"Spécialité", d.specialty},
            {"Ouverte le", d.openedAt},
            {"Statut", std::string(statusLabelFr(d.status))},
            {"Close le", d.closedAt}};
}

std::vector<ConflictField> callFields(const Call& c) {
    return {{"Cabinet", c.practice.name},
            {"Téléphone", c.practice.phone},
            {"Adresse", c.practice.address},
            {"Date", c.at},
            {"Moyen", std::string(channelLabelFr(c.channel))},
            {"Résultat", std::string(outcomeLabelFr(c.outcome))},
            {"Rendez-vous", c.appointmentAt},
            {"Orienté vers", c.referredTo},
            {"Motif", c.reason},
            {"Note", c.note},
            {"Relance", c.followUp}};
}

// The fields of a live version and the title it would give the record.
Result<std::pair<std::vector<ConflictField>, std::string>> describeVersion(const Version& v,
                                                                           const Names& names) {
    switch (v.type) {
        case RecordType::Profile: {
            auto p = decodeProfile(v.id, v.payload);
            if (!p) return p.error();
            return std::pair{profileFields(*p), "Profil : " + p->displayName};
        }
        case RecordType::Demarche: {
            auto d = decodeDemarche(v.id, v.payload);
            if (!d) return d.error();
            std::string title = "Démarche : " + std::string(seekingLabelFr(d->seeking));
            if (!d->specialty.empty()) title += " (" + d->specialty + ")";
            return std::pair{demarcheFields(*d, names), title};
        }
        case RecordType::Call: {
            auto c = decodeCall(v.id, v.payload);
            if (!c) return c.error();
            return std::pair{callFields(*c), "Appel : " + c->practice.name + ", " + c->at};
        }
    }
    return badInput("unknown record type");
}

// The conflict of one record from its versions (all of the same id), if it is in one.
Result<std::optional<Conflict>> conflictFrom(std::span<const Version> versions,
                                             const RecordId& self, const Names& names) {
    if (versions.empty() || !inConflict(versions)) return std::optional<Conflict>{};
    // The head: the greatest (hlc, device) of all, a leaf unless it is a tombstone.
    const auto head = std::ranges::max_element(versions, {}, [](const Version& v) {
        return std::pair{v.hlc, v.device};
    });
    Conflict conflict;
    conflict.type = versions.front().type;
    conflict.id = versions.front().id;
    // One entry per distinct content: leaves that say the same (a settlement written over
    // two branches, the same edit made twice) are one choice, shown as the latest of them.
    std::vector<const std::string*> contents;
    for (std::size_t index : liveLeaves(versions)) {
        const Version& v = versions[index];
        const bool current = &v == &*head;
        auto same =
            std::ranges::find_if(contents, [&](const std::string* c) { return *c == v.payload; });
        if (same != contents.end()) {
            auto& cv = conflict.versions[static_cast<std::size_t>(same - contents.begin())];
            cv.hlc = v.hlc;
            cv.device = v.device;
            cv.thisDevice = v.device == self;
            cv.current = cv.current || current;
            continue;
        }
        auto described = describeVersion(v, names);
        if (!described) return described.error();
        CompetingVersion cv;
        cv.number = conflict.versions.size() + 1;
        cv.hlc = v.hlc;
        cv.device = v.device;
        cv.thisDevice = v.device == self;
        cv.current = current;
        cv.fields = std::move(described->first);
        if (cv.current || conflict.title.empty()) conflict.title = described->second;
        conflict.versions.push_back(std::move(cv));
        contents.push_back(&v.payload);
    }
    const auto& first = conflict.versions.front().fields;
    for (std::size_t f = 0; f < first.size(); ++f) {
        const bool differs = std::ranges::any_of(
            conflict.versions,
            [&](const CompetingVersion& cv) { return cv.fields[f].value != first[f].value; });
        if (differs) conflict.differing.push_back(first[f].label);
    }
    return std::optional<Conflict>{std::move(conflict)};
}

Result<Names> profileNames(const Journal& journal) {
    auto profiles = journal.profiles();
    if (!profiles) return profiles.error();
    Names names;
    for (const auto& p : *profiles) names[p.id] = p.displayName;
    return names;
}

int typeOrder(RecordType t) {
    return t == RecordType::Profile ? 0 : t == RecordType::Demarche ? 1 : 2;
}

}  // namespace

std::string recordTypeLabelFr(RecordType type) {
    switch (type) {
        case RecordType::Profile:
            return "Profil";
        case RecordType::Demarche:
            return "Démarche";
        case RecordType::Call:
            return "Appel";
    }
    return "?";
}

Result<std::vector<Conflict>> listConflicts(const Journal& journal) {
    // Every version at once: a journal holds thousands, and versions() is one ordered scan.
    auto all = journal.versions();
    if (!all) return all.error();
    auto names = profileNames(journal);
    if (!names) return names.error();
    std::vector<Conflict> out;
    const std::span<const Version> versions(*all);
    for (std::size_t begin = 0; begin < versions.size();) {
        std::size_t end = begin + 1;
        while (end < versions.size() && versions[end].id == versions[begin].id) ++end;
        auto conflict =
            conflictFrom(versions.subspan(begin, end - begin), journal.deviceId(), *names);
        if (!conflict) return conflict.error();
        if (*conflict) out.push_back(std::move(**conflict));
        begin = end;
    }
    std::ranges::stable_sort(out, {}, [](const Conflict& c) { return typeOrder(c.type); });
    return out;
}

Result<Conflict> conflictOf(const Journal& journal, const RecordId& id) {
    auto all = journal.versions();
    if (!all) return all.error();
    std::vector<Version> mine;
    for (auto& v : *all)
        if (v.id == id) mine.push_back(std::move(v));
    auto names = profileNames(journal);
    if (!names) return names.error();
    auto conflict = conflictFrom(mine, journal.deviceId(), *names);
    if (!conflict) return conflict.error();
    if (!*conflict) return notFound("record " + id.hex() + " is not in conflict");
    return std::move(**conflict);
}

Result<void> settleConflict(Journal& journal, const RecordId& id, std::size_t number) {
    auto conflict = conflictOf(journal, id);
    if (!conflict) return conflict.error();
    if (number < 1 || number > conflict->versions.size())
        return usageError("version " + std::to_string(number) + " of " + id.hex() +
                          ": choose between 1 and " + std::to_string(conflict->versions.size()));
    const auto& chosen = conflict->versions[number - 1];
    return journal.settle(id, chosen.hlc, chosen.device);
}

}  // namespace parcours::journal
