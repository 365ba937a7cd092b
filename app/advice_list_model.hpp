#pragma once
// The advice of the rule engine for one démarche, for QML: core's rules::Advice in the order
// core gives it (priority, then rule id). RightsController refills it; the rows only adapt.

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "parcours/rules/advice.hpp"

namespace parcours::app {

class AdviceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read RightsController.advice")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // "ruleId": "R-REFUS-02" (QML cannot name a property id)
        TitleRole,
        TextRole,        // the advice, placeholders filled
        WhyRole,         // list of strings: the facts that held ("refusals = 4 (≥ 3)")
        PriorityRole,    // int, higher first
        TopicRole,       // the pack's topic
        ConfidenceRole,  // "high", "medium", "low"
        UncertainRole,   // bool: medium or low confidence, shown "à vérifier"
        // list of {code, article, title ("Code de la santé publique, art. L1110-3"),
        // version, summary, url}
        LegalRole,
        // list of {kind ("call", "show-nearby", "document", "legal-text", "url"), label,
        // value (the number, "msp,centre-sante", "cpam"/"ordre", the url…), kinds (list, for
        // show-nearby), radiusKm}
        ActionsRole,
    };
    Q_ENUM(Role)

    explicit AdviceListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }

    void setAdvice(std::vector<rules::Advice> rows);

    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    // The row of a rule, -1 when it does not apply.
    Q_INVOKABLE int rowOf(const QString& ruleId) const;

  signals:
    void countChanged();

  private:
    std::vector<rules::Advice> rows_;
};

}  // namespace parcours::app
