#include "structure_list_model.hpp"

#include <QLocale>
#include <cmath>

#include "model_access.hpp"
#include "parcours/directory/kind.hpp"
#include "path_util.hpp"

namespace parcours::app {

StructureListModel::StructureListModel(QObject* parent) : QAbstractListModel(parent) {}

int StructureListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant StructureListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const auto optional = [](const std::optional<double>& v) {
        return v ? QVariant(*v) : QVariant();
    };
    switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return row.name;
        case IdRole:
            return row.id;
        case KindRole:
            return row.kind;
        case KindLabelRole:
            return row.kindLabel;
        case AddressRole:
            return row.address;
        case PostcodeRole:
            return row.postcode;
        case CityRole:
            return row.city;
        case PhoneRole:
            return row.phone;
        case EmergencyRole:
            return row.emergency;
        case DistanceRole:
            return optional(row.distance);
        case DistanceTextRole:
            return row.distance ? formatDistance(*row.distance) : QString();
        case LatitudeRole:
            return optional(row.latitude);
        case LongitudeRole:
            return optional(row.longitude);
        default:
            return {};
    }
}

QHash<int, QByteArray> StructureListModel::roleNames() const {
    return {
        {IdRole, "id"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {KindLabelRole, "kindLabel"},
        {AddressRole, "address"},
        {PostcodeRole, "postcode"},
        {CityRole, "city"},
        {PhoneRole, "phone"},
        {EmergencyRole, "emergency"},
        {DistanceRole, "distance"},
        {DistanceTextRole, "distanceText"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
    };
}

void StructureListModel::setHits(const std::vector<directory::Hit>& hits) {
    const int before = count();
    beginResetModel();
    rows_.clear();
    rows_.reserve(hits.size());
    // The interface's language (UiLanguage sets the default locale with it).
    const std::string_view language = QLocale().language() == QLocale::English ? "en" : "fr";
    for (const auto& hit : hits) {
        const directory::Structure& s = hit.structure;
        Row row;
        row.id = toQString(s.id());
        row.name = toQString(s.name);
        row.kind = toQString(directory::kindId(s.kind));
        row.kindLabel = toQString(directory::kindLabel(s.kind, language));
        row.address = toQString(s.address);
        row.postcode = toQString(s.postcode);
        row.city = toQString(s.city);
        row.phone = toQString(s.phone);
        row.emergency = s.emergency.value_or(false);
        row.distance = hit.distanceMetres;
        if (s.position) {
            row.latitude = s.position->lat;
            row.longitude = s.position->lon;
        }
        rows_.push_back(std::move(row));
    }
    endResetModel();
    if (count() != before) emit countChanged();
}

void StructureListModel::clear() {
    setHits({});
}

QVariant StructureListModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

QString StructureListModel::formatDistance(double metres, const QLocale& locale) {
    if (!std::isfinite(metres) || metres < 0) return {};
    const double tens = std::round(metres / 10.0) * 10.0;
    if (tens < 1000.0) return QStringLiteral("%1\u00a0m").arg(locale.toString(tens, 'f', 0));
    const double km = metres / 1000.0;
    if (std::round(km * 10.0) / 10.0 < 10.0)
        return QStringLiteral("%1\u00a0km").arg(locale.toString(km, 'f', 1));
    return QStringLiteral("%1\u00a0km").arg(locale.toString(std::round(km), 'f', 0));
}

}  // namespace parcours::app
