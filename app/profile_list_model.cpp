#include "profile_list_model.hpp"

#include "model_access.hpp"
#include "path_util.hpp"

namespace parcours::app {

ProfileListModel::ProfileListModel(QObject* parent) : QAbstractListModel(parent) {}

int ProfileListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& p = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case ProfileIdRole:
            return toQString(p.id.hex());
        case Qt::DisplayRole:
        case NameRole:
            return toQString(p.displayName);
        case BirthYearRole:
            return p.birthYear;
        case HomeCommuneRole:
            return toQString(p.homeCommune);
        case HomeCommuneLabelRole: {
            const QString stored = toQString(p.homeCommune);
            return communeLabels_.value(stored, stored);
        }
        default:
            return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const {
    return {{ProfileIdRole, "profileId"},
            {NameRole, "name"},
            {BirthYearRole, "birthYear"},
            {HomeCommuneRole, "homeCommune"},
            {HomeCommuneLabelRole, "homeCommuneLabel"}};
}

void ProfileListModel::setProfiles(std::vector<journal::Profile> rows,
                                   QHash<QString, QString> communeLabels) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    communeLabels_ = std::move(communeLabels);
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariant ProfileListModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

int ProfileListModel::rowOf(const QString& profileId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (toQString(rows_[i].id.hex()) == profileId) return static_cast<int>(i);
    return -1;
}

}  // namespace parcours::app
