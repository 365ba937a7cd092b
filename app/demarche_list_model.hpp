#pragma once
// The démarches of the journal for QML, oldest first, with what core counts for each:
// calls, calls by outcome, refusals, practices called. It only adapts core's
// journal::DemarcheSummary; JournalController refills it after every change.

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "parcours/journal/journal.hpp"

namespace parcours::app {

class DemarcheListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read JournalController.demarches")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // 32 hex digits
        SeekingRole,                // "medecin-traitant", …
        SeekingLabelRole,           // "Médecin traitant"
        SpecialtyRole,
        StatusRole,  // "open", "found", "abandoned"
        StatusLabelRole,
        OpenRole,  // bool
        OpenedAtRole,
        ProfileNameRole,
        CallsRole,              // int
        RefusalsRole,           // int: calls with a refused-* outcome
        OutcomeCountsRole,      // list of {outcome, label, count, refusal}, outcomes with a count
        DistinctPracticesRole,  // int
        FirstCallAtRole,        // "" when no call
        LastCallAtRole,
    };
    Q_ENUM(Role)

    explicit DemarcheListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }

    void setDemarches(std::vector<journal::DemarcheSummary> rows);
    void clear();

    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    Q_INVOKABLE int rowOf(const QString& id) const;

  signals:
    void countChanged();

  private:
    std::vector<journal::DemarcheSummary> rows_;
};

}  // namespace parcours::app
