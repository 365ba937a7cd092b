#pragma once
// The journal's profiles (who a démarche is for: self, a child…) for QML. Only adapts
// core's journal::Profile; SettingsController refills it after every change.

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QHash>
#include <QString>
#include <vector>

#include "parcours/journal/records.hpp"

namespace parcours::app {

class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read SettingsController.profiles")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1,  // 32 hex digits
        NameRole,
        BirthYearRole,         // int, 0 when unknown
        HomeCommuneRole,       // as stored: an INSEE code ("69123") or a name, "" when none
        HomeCommuneLabelRole,  // for people: "LYON (69123)" when the name is known
    };
    Q_ENUM(Role)

    explicit ProfileListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }

    // `communeLabels`: INSEE code → "LYON (69123)", for the codes the user chose here.
    void setProfiles(std::vector<journal::Profile> rows, QHash<QString, QString> communeLabels);

    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    Q_INVOKABLE int rowOf(const QString& profileId) const;

  signals:
    void countChanged();

  private:
    std::vector<journal::Profile> rows_;
    QHash<QString, QString> communeLabels_;
};

}  // namespace parcours::app
