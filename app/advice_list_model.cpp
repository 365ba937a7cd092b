#include "advice_list_model.hpp"

#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <utility>

#include "model_access.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

QStringList why(const rules::Advice& a) {
    QStringList out;
    for (const auto& line : a.why) out.append(toQString(line));
    return out;
}

QVariantList legal(const rules::Advice& a) {
    QVariantList out;
    for (const auto& ref : a.legal) {
        const QString code = toQString(ref.code);
        const QString article = toQString(ref.article);
        out.append(QVariantMap{
            {QStringLiteral("code"), code},
            {QStringLiteral("article"), article},
            {QStringLiteral("title"),
             code.isEmpty() ? article : QStringLiteral("%1, art. %2").arg(code, article)},
            {QStringLiteral("version"), toQString(ref.version)},
            {QStringLiteral("summary"), toQString(ref.summary)},
            {QStringLiteral("url"), toQString(ref.url)},
        });
    }
    return out;
}

QVariantList actions(const rules::Advice& a) {
    QVariantList out;
    for (const auto& action : a.actions) {
        const QString value = toQString(action.target);
        QStringList kinds;
        if (action.type == "show-nearby")
            for (const QString& kind : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                kinds.append(kind.trimmed());
        out.append(QVariantMap{
            {QStringLiteral("kind"), toQString(action.type)},
            {QStringLiteral("label"), toQString(action.label)},
            {QStringLiteral("value"), value},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("radiusKm"), action.radiusKm},
        });
    }
    return out;
}

}  // namespace

AdviceListModel::AdviceListModel(QObject* parent) : QAbstractListModel(parent) {}

int AdviceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant AdviceListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rules::Advice& a = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return toQString(a.title);
        case IdRole:
            return toQString(a.ruleId);
        case TextRole:
            return toQString(a.text);
        case WhyRole:
            return why(a);
        case PriorityRole:
            return a.priority;
        case TopicRole:
            return toQString(a.topic);
        case ConfidenceRole:
            return toQString(rules::confidenceId(a.confidence));
        case UncertainRole:
            return a.confidence != rules::Confidence::High;
        case LegalRole:
            return legal(a);
        case ActionsRole:
            return actions(a);
        default:
            return {};
    }
}

QHash<int, QByteArray> AdviceListModel::roleNames() const {
    return {
        {IdRole, "ruleId"},
        {TitleRole, "title"},
        {TextRole, "text"},
        {WhyRole, "why"},
        {PriorityRole, "priority"},
        {TopicRole, "topic"},
        {ConfidenceRole, "confidence"},
        {UncertainRole, "uncertain"},
        {LegalRole, "legal"},
        {ActionsRole, "actions"},
    };
}

void AdviceListModel::setAdvice(std::vector<rules::Advice> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariant AdviceListModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

int AdviceListModel::rowOf(const QString& ruleId) const {
    const std::string id = toStdString(ruleId);
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].ruleId == id) return static_cast<int>(i);
    return -1;
}

}  // namespace parcours::app
