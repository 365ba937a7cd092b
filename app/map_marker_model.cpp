#include "map_marker_model.hpp"

#include <QMetaObject>
#include <QPointer>
#include <QVariantMap>
#include <QtNumeric>
#include <algorithm>
#include <iterator>

#include "directory_controller.hpp"
#include "model_access.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/kind.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/journal/records.hpp"
#include "path_util.hpp"
#include "structure_list_model.hpp"

namespace parcours::app {

MapMarkerModel::MapMarkerModel(QObject* parent) : QAbstractListModel(parent) {
    // The list's default centre until the map says otherwise.
    viewport_.centre = {DirectoryController::kDefaultLatitude,
                        DirectoryController::kDefaultLongitude};
    pool_.setMaxThreadCount(1);
    pool_.setObjectName(QStringLiteral("MapIndexBuilder"));
}

MapMarkerModel::~MapMarkerModel() {
    pool_.clear();
    pool_.waitForDone();
}

int MapMarkerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant MapMarkerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const map::MapItem& item = items_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case IdRole:
            return toQString(item.id);
        case LatitudeRole:
            return item.position.lat;
        case LongitudeRole:
            return item.position.lon;
        case KindRole:
            return toQString(directory::kindId(item.kind));
        case CountRole:
            return static_cast<int>(item.count);
        case IsClusterRole:
            return item.isCluster;
        case SplitZoomRole:
            return item.splitZoom;
        case LastOutcomeRole:
            return item.isCluster ? QString() : outcomes_.value(toQString(item.id));
        case EmergencyRole:
            return item.emergency;
        case KindCountsRole: {
            QVariantMap counts;
            for (directory::Kind kind : directory::allKinds())
                if (const auto n = item.countsByKind[static_cast<std::size_t>(kind)]; n > 0)
                    counts.insert(toQString(directory::kindId(kind)), static_cast<int>(n));
            return counts;
        }
        case NameRole:
            return item.isCluster ? QString() : nameOf(toQString(item.id));
        case KindLabelRole:
            return toQString(directory::kindLabelFr(item.kind));
        default:
            return {};
    }
}

QString MapMarkerModel::nameOf(const QString& id) const {
    if (const auto cached = names_.constFind(id); cached != names_.cend()) return *cached;
    QString name;
    if (directory_)
        if (auto structure = directory_->get(toStdString(id))) name = toQString(structure->name);
    names_.insert(id, name);
    return name;
}

QVariantMap MapMarkerModel::structure(const QString& id) const {
    return structure(id, qQNaN(), qQNaN());
}

QVariantMap MapMarkerModel::structure(const QString& id, double fromLatitude,
                                      double fromLongitude) const {
    if (!directory_ || id.isEmpty()) return {};
    auto found = directory_->get(toStdString(id));
    if (!found) return {};
    const directory::Structure& s = *found;
    QVariantMap out{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), toQString(s.name)},
        {QStringLiteral("kind"), toQString(directory::kindId(s.kind))},
        {QStringLiteral("kindLabel"), toQString(directory::kindLabelFr(s.kind))},
        {QStringLiteral("address"), toQString(s.address)},
        {QStringLiteral("postcode"), toQString(s.postcode)},
        {QStringLiteral("city"), toQString(s.city)},
        {QStringLiteral("phone"), toQString(s.phone)},
        {QStringLiteral("emergency"), s.emergency.value_or(false)},
        {QStringLiteral("distanceText"), QString()},
        {QStringLiteral("lastOutcome"), outcomes_.value(id)},
    };
    if (s.position) {
        out.insert(QStringLiteral("latitude"), s.position->lat);
        out.insert(QStringLiteral("longitude"), s.position->lon);
        const geo::LatLon from{fromLatitude, fromLongitude};
        if (geo::isValid(from)) {
            const double metres = geo::distanceMetres(from, *s.position);
            out.insert(QStringLiteral("distance"), metres);
            out.insert(QStringLiteral("distanceText"), StructureListModel::formatDistance(metres));
        }
    }
    return out;
}

QHash<int, QByteArray> MapMarkerModel::roleNames() const {
    return {
        {IdRole, "id"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {KindRole, "kind"},
        {CountRole, "count"},
        {IsClusterRole, "isCluster"},
        {SplitZoomRole, "splitZoom"},
        {LastOutcomeRole, "lastOutcome"},
        {EmergencyRole, "emergency"},
        {KindCountsRole, "kindCounts"},
        {NameRole, "name"},
        {KindLabelRole, "kindLabel"},
    };
}

QVariant MapMarkerModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

int MapMarkerModel::structureCount() const {
    return index_ ? static_cast<int>(index_->size()) : 0;
}

void MapMarkerModel::setViewport(double latitude, double longitude, double zoom, double width,
                                 double height) {
    viewport_ = {{latitude, longitude}, zoom, width, height};
    emit viewportChanged();
    update();
}

void MapMarkerModel::setCentreLatitude(double latitude) {
    if (viewport_.centre.lat == latitude) return;
    viewport_.centre.lat = latitude;
    scheduleUpdate();
}
void MapMarkerModel::setCentreLongitude(double longitude) {
    if (viewport_.centre.lon == longitude) return;
    viewport_.centre.lon = longitude;
    scheduleUpdate();
}
void MapMarkerModel::setZoom(double zoom) {
    if (viewport_.zoom == zoom) return;
    viewport_.zoom = zoom;
    scheduleUpdate();
}
void MapMarkerModel::setViewportWidth(double width) {
    if (viewport_.width == width) return;
    viewport_.width = width;
    scheduleUpdate();
}
void MapMarkerModel::setViewportHeight(double height) {
    if (viewport_.height == height) return;
    viewport_.height = height;
    scheduleUpdate();
}
void MapMarkerModel::setRadius(double radius) {
    if (radius_ == radius) return;
    radius_ = radius;
    scheduleUpdate();
}
void MapMarkerModel::setKinds(const QStringList& kinds) {
    if (kinds_ == kinds) return;
    kinds_ = kinds;
    scheduleUpdate();
}
void MapMarkerModel::setEmergencyOnly(bool emergencyOnly) {
    if (emergencyOnly_ == emergencyOnly) return;
    emergencyOnly_ = emergencyOnly;
    scheduleUpdate();
}

// Several properties set in one go (a binding re-evaluated, a pinch) make one update.
void MapMarkerModel::scheduleUpdate() {
    emit viewportChanged();
    if (updateQueued_) return;
    updateQueued_ = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (updateQueued_) update();
        },
        Qt::QueuedConnection);
}

void MapMarkerModel::update() {
    updateQueued_ = false;
    const int before = count();
    std::vector<map::MapItem> items;
    // A map not laid out yet (zero size) shows nothing and is no error.
    const bool laidOut = viewport_.width > 0 && viewport_.height > 0;
    if (!laidOut) setErrorText({});
    if (index_ && laidOut) {
        map::ClusterQuery query;
        query.viewport = viewport_;
        query.radiusPixels = radius_;
        QString problem;
        for (const QString& id : kinds_) {
            if (auto kind = directory::kindFromId(toStdString(id)))
                query.filter.kinds.push_back(*kind);
            else
                problem = tr("Type de structure inconnu : %1").arg(id);
        }
        query.filter.emergencyOnly = emergencyOnly_;
        if (problem.isEmpty()) {
            auto result = index_->items(query);
            if (result)
                items = std::move(result).value();
            else
                problem = toQString(result.error().message);
        }
        setErrorText(problem);
    }
    replaceItems(std::move(items));
    if (count() != before) emit countChanged();
    emit updated();
}

// Rows are recycled, not reset: a pan keeps the map's delegates and changes their data; only
// the difference in number is inserted or removed at the end.
void MapMarkerModel::replaceItems(std::vector<map::MapItem> items) {
    const auto kept = std::min(items_.size(), items.size());
    if (items.size() < items_.size()) {
        beginRemoveRows({}, static_cast<int>(kept), count() - 1);
        items_.resize(kept);
        endRemoveRows();
    }
    std::move(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(kept), items_.begin());
    if (kept > 0) emit dataChanged(index(0), index(static_cast<int>(kept) - 1));
    if (items.size() > kept) {
        beginInsertRows({}, static_cast<int>(kept), static_cast<int>(items.size()) - 1);
        std::move(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end(),
                  std::back_inserter(items_));
        endInsertRows();
    }
}

void MapMarkerModel::setIndex(std::shared_ptr<const map::ClusterIndex> index) {
    ++generation_;  // a load under way would replace this one
    setLoading(false);
    index_ = std::move(index);
    emit indexChanged();
    update();
}

void MapMarkerModel::setPracticesCalled(const std::vector<journal::PracticeHistory>& practices) {
    outcomes_.clear();
    for (const auto& practice : practices)
        if (!practice.directoryId.empty())
            outcomes_.insert(toQString(practice.directoryId),
                             toQString(journal::outcomeId(practice.lastOutcome)));
    if (!items_.empty()) emit dataChanged(index(0), index(count() - 1), {LastOutcomeRole});
}

bool MapMarkerModel::loadJournal(const QString& path) {
    auto opened = journal::Journal::open(toPath(path));
    if (!opened) {
        setErrorText(toQString(opened.error().message));
        return false;
    }
    auto practices = opened->practicesCalled();
    if (!practices) {
        setErrorText(toQString(practices.error().message));
        return false;
    }
    setPracticesCalled(*practices);
    return true;
}

void MapMarkerModel::setDatabasePath(const QString& path) {
    if (databasePath_ == path) return;
    databasePath_ = path;
    emit databasePathChanged();
    reload();
}

void MapMarkerModel::reload() {
    const QString path = databasePath_;
    const quint64 generation = ++generation_;
    if (path.isEmpty()) {
        setLoading(false);
        index_.reset();
        directory_.reset();
        names_.clear();
        emit indexChanged();
        update();
        return;
    }
    setLoading(true);
    struct Loaded {
        std::shared_ptr<const map::ClusterIndex> index;
        std::shared_ptr<const directory::Directory> directory;
        QString error;
    };
    QPointer<MapMarkerModel> self(this);
    pool_.start([self, generation, file = toPath(path)] {
        Loaded loaded;
        auto directory = directory::Directory::open(file);
        if (!directory) {
            loaded.error = toQString(directory.error().message);
        } else if (auto index = map::loadClusterIndex(*directory); !index) {
            loaded.error = toQString(index.error().message);
        } else {
            loaded.index = std::make_shared<const map::ClusterIndex>(std::move(index).value());
            loaded.directory =
                std::make_shared<const directory::Directory>(std::move(directory).value());
        }
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, loaded = std::move(loaded)]() mutable {
                if (!self || generation != self->generation_) return;  // replaced meanwhile
                self->setLoading(false);
                self->index_ = std::move(loaded.index);
                self->directory_ = std::move(loaded.directory);
                self->names_.clear();
                emit self->indexChanged();
                self->update();  // clears the error of an earlier viewport
                if (!loaded.error.isEmpty()) self->setErrorText(loaded.error);
            },
            Qt::QueuedConnection);
    });
}

void MapMarkerModel::setLoading(bool loading) {
    if (loading_ == loading) return;
    loading_ = loading;
    emit loadingChanged();
}

void MapMarkerModel::setErrorText(const QString& text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace parcours::app
