#pragma once
// Calls of the journal for QML: the calls of one démarche in time order, or the calls made
// to one practice. It only adapts core values (journal::Call); JournalController decides
// which calls to show and refills the model after every change.

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "parcours/journal/records.hpp"

namespace parcours::app {

class CallListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read JournalController.calls or JournalController.practiceCalls")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // 32 hex digits
        DemarcheIdRole,
        AtRole,          // ISO 8601 as stored: "2026-11-23T15:04:05+01:00"
        AtTextRole,      // "23/11/2026 15:04", default locale
        PracticeIdRole,  // directory id, "" when typed by hand
        PracticeNameRole,
        PracticePhoneRole,
        PracticeAddressRole,
        OutcomeRole,       // stable id: "refused-no-new-patients", …
        OutcomeLabelRole,  // French label from core
        RefusalRole,       // bool: one of the refused-* outcomes (core's isRefusal)
        ChannelRole,       // "phone", …
        ChannelLabelRole,
        ReasonRole,
        NoteRole,
        FollowUpRole,  // "2026-12-01" or ""
    };
    Q_ENUM(Role)

    explicit CallListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(calls_.size()); }

    // Replaces the whole list, kept in the order given.
    void setCalls(std::vector<journal::Call> calls);
    void clear();

    // For QML and tests: the value of `role` (by name) at `row`, undefined out of range.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    // The row of the call with this id, -1 when absent.
    Q_INVOKABLE int rowOf(const QString& id) const;

  signals:
    void countChanged();

  private:
    std::vector<journal::Call> calls_;
};

}  // namespace parcours::app
