#include "map_search.hpp"

#include <QSet>
#include <QVariantMap>

#include "parcours/directory/kind.hpp"
#include "path_util.hpp"

namespace parcours::app {

MapSearch::MapSearch(QObject* parent) : QObject(parent) {}

MapSearch::~MapSearch() = default;

QVariantList MapSearch::kindChoices() {
    QVariantList out;
    for (directory::Kind kind : directory::allKinds())
        if (directory::isCareKind(kind))
            out.append(
                QVariantMap{{QStringLiteral("id"), toQString(directory::kindId(kind))},
                            {QStringLiteral("label"), toQString(directory::kindLabelFr(kind))}});
    return out;
}

void MapSearch::setDatabasePath(const QString& path) {
    if (databasePath_ == path) return;
    databasePath_ = path;
    directory_.reset();
    emit databasePathChanged();
    refresh();
}

void MapSearch::setKinds(const QStringList& kinds) {
    if (kinds_ == kinds) return;
    kinds_ = kinds;
    emit filterChanged();
    refresh();
}

void MapSearch::setEmergencyOnly(bool emergencyOnly) {
    if (emergencyOnly_ == emergencyOnly) return;
    emergencyOnly_ = emergencyOnly;
    emit filterChanged();
    refresh();
}

void MapSearch::setRadiusMetres(double metres) {
    if (radiusMetres_ == metres) return;
    radiusMetres_ = metres;
    emit filterChanged();
    refresh();
}

void MapSearch::nearby(double latitude, double longitude) {
    hasPoint_ = true;
    latitude_ = latitude;
    longitude_ = longitude;
    refresh();
}

const directory::Directory* MapSearch::directory() {
    if (!directory_ && !databasePath_.isEmpty()) {
        auto opened = directory::Directory::open(toPath(databasePath_));
        if (!opened) {
            setErrorText(tr("Annuaire illisible (%1) : %2")
                             .arg(databasePath_, toQString(opened.error().message)));
            return nullptr;
        }
        directory_ = std::make_unique<directory::Directory>(std::move(opened).value());
    }
    return directory_.get();
}

void MapSearch::refresh() {
    const directory::Directory* dir = hasPoint_ ? directory() : nullptr;
    if (!dir) {
        model_.clear();
        return;
    }
    directory::NearbyQuery query;
    query.at = {latitude_, longitude_};
    if (radiusMetres_ > 0) query.radiusMetres = radiusMetres_;
    query.limit = kListLimit;
    query.filter.emergencyOnly = emergencyOnly_;
    for (const QString& id : kinds_) {
        const auto kind = directory::kindFromId(toStdString(id));
        if (!kind) {
            setErrorText(tr("Type de structure inconnu : %1").arg(id));
            model_.clear();
            return;
        }
        query.filter.kinds.push_back(*kind);
    }
    auto hits = dir->nearby(query);
    if (!hits) {
        setErrorText(toQString(hits.error().message));
        model_.clear();
        return;
    }
    setErrorText({});
    model_.setHits(*hits);
}

QVariantList MapSearch::findCommunes(const QString& text) {
    QVariantList out;
    const directory::Directory* dir = directory();
    if (!dir || text.trimmed().isEmpty()) return out;
    auto found = dir->findCommunes(toStdString(text.trimmed()), kCommuneLimit);
    if (!found) {
        setErrorText(toQString(found.error().message));
        return out;
    }
    setErrorText({});
    for (const directory::Commune& commune : *found) {
        if (!commune.position) continue;  // nowhere to centre the map
        out.append(QVariantMap{
            {QStringLiteral("name"), toQString(commune.name)},
            {QStringLiteral("insee"), toQString(commune.insee)},
            {QStringLiteral("postcode"),
             commune.postcodes.empty() ? QString() : toQString(commune.postcodes.front())},
            {QStringLiteral("latitude"), commune.position->lat},
            {QStringLiteral("longitude"), commune.position->lon},
        });
    }
    return out;
}

QVariantList MapSearch::findAddresses(const QString& text) {
    QVariantList out;
    const directory::Directory* dir = directory();
    if (!dir || text.trimmed().isEmpty()) return out;
    directory::SearchQuery query;
    query.text = toStdString(text.trimmed());
    query.limit = kListLimit;
    auto hits = dir->search(query);
    if (!hits) {
        setErrorText(toQString(hits.error().message));
        return out;
    }
    setErrorText({});
    QSet<QString> seen;
    for (const directory::Hit& hit : *hits) {
        const directory::Structure& s = hit.structure;
        if (!s.position || s.address.empty()) continue;
        const QString place =
            QStringLiteral("%1, %2 %3")
                .arg(toQString(s.address), toQString(s.postcode), toQString(s.city))
                .simplified();
        if (seen.contains(place)) continue;
        seen.insert(place);
        out.append(QVariantMap{
            {QStringLiteral("name"), place},
            {QStringLiteral("postcode"), QString()},
            {QStringLiteral("latitude"), s.position->lat},
            {QStringLiteral("longitude"), s.position->lon},
        });
        if (out.size() >= kCommuneLimit) break;
    }
    return out;
}

QVariantList MapSearch::findPlaces(const QString& text) {
    QVariantList communes = findCommunes(text);
    return communes.isEmpty() ? findAddresses(text) : communes;
}

void MapSearch::setErrorText(const QString& text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace parcours::app
