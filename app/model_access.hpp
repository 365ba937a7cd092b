#pragma once
// What every list model offers QML beside its roles: one value by row and role name
// (`model.get(0, "name")`), for tests and for pages that read a row outside a delegate.

#include <QAbstractListModel>
#include <QString>
#include <QVariant>

namespace parcours::app {

inline QVariant roleValue(const QAbstractListModel& model, int row, const QString& roleName) {
    const int role = model.roleNames().key(roleName.toUtf8(), -1);
    if (role < 0 || row < 0 || row >= model.rowCount()) return {};
    return model.data(model.index(row), role);
}

}  // namespace parcours::app
