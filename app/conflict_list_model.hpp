#pragma once
// The journal's records in conflict for QML (core's journal::Conflict, listed by
// listConflicts): a row per record, its competing versions as a list of maps. Only adapts
// core; SyncController refills it after an import and after a conflict is settled.

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <QVariantList>
#include <vector>

#include "parcours/journal/conflicts.hpp"

namespace parcours::app {

class ConflictListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read SyncController.conflicts")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,  // 32 hex digits
        TypeLabelRole,                    // "Appel", "Démarche", "Profil"
        TitleRole,                        // "Appel : Cabinet du Parc, 2026-10-12T09:30"
        DifferingRole,                    // list of field labels the versions disagree on
        // [{number, when (local date and time), device (8 hex digits), thisDevice, current,
        //   fields: [{label, value, differs}] (only the differing ones)}], oldest first
        VersionsRole,
    };
    Q_ENUM(Role)

    explicit ConflictListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }

    void setConflicts(std::vector<journal::Conflict> rows);

    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

  signals:
    void countChanged();

  private:
    std::vector<journal::Conflict> rows_;
};

}  // namespace parcours::app
