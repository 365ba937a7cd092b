#include "conflict_list_model.hpp"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>
#include <algorithm>

#include "model_access.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

QVariantList versionsOf(const journal::Conflict& c) {
    QVariantList out;
    for (const auto& v : c.versions) {
        QVariantList fields;
        for (const auto& f : v.fields) {
            const bool differs = std::ranges::find(c.differing, f.label) != c.differing.end();
            if (!differs) continue;
            fields.append(QVariantMap{{QStringLiteral("label"), toQString(f.label)},
                                      {QStringLiteral("value"), toQString(f.value)},
                                      {QStringLiteral("differs"), differs}});
        }
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(v.hlc.millis()).toLocalTime();
        out.append(QVariantMap{
            {QStringLiteral("number"), static_cast<int>(v.number)},
            {QStringLiteral("when"), QLocale().toString(when, QLocale::ShortFormat)},
            {QStringLiteral("device"), toQString(v.device.hex()).left(8)},
            {QStringLiteral("thisDevice"), v.thisDevice},
            {QStringLiteral("current"), v.current},
            {QStringLiteral("fields"), fields},
        });
    }
    return out;
}

}  // namespace

ConflictListModel::ConflictListModel(QObject* parent) : QAbstractListModel(parent) {}

int ConflictListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& c = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return toQString(c.title);
        case RecordIdRole:
            return toQString(c.id.hex());
        case TypeLabelRole:
            return toQString(journal::recordTypeLabelFr(c.type));
        case DifferingRole: {
            QStringList labels;
            for (const auto& l : c.differing) labels.append(toQString(l));
            return labels;
        }
        case VersionsRole:
            return versionsOf(c);
        default:
            return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const {
    return {{RecordIdRole, "recordId"},
            {TypeLabelRole, "typeLabel"},
            {TitleRole, "title"},
            {DifferingRole, "differing"},
            {VersionsRole, "versions"}};
}

void ConflictListModel::setConflicts(std::vector<journal::Conflict> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariant ConflictListModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

}  // namespace parcours::app
