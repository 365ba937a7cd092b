#include "demarche_list_model.hpp"

#include <QVariantList>
#include <QVariantMap>
#include <utility>

#include "model_access.hpp"
#include "parcours/journal/exports.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

QVariantList outcomeCounts(const journal::DemarcheSummary& s) {
    QVariantList out;
    for (const auto& c : s.byOutcome)
        out.append(QVariantMap{
            {QStringLiteral("outcome"), toQString(journal::outcomeId(c.outcome))},
            {QStringLiteral("label"), toQString(journal::outcomeLabelFr(c.outcome))},
            {QStringLiteral("count"), static_cast<int>(c.count)},
            {QStringLiteral("refusal"), journal::isRefusal(c.outcome)},
        });
    return out;
}

int refusals(const journal::DemarcheSummary& s) {
    std::size_t n = 0;
    for (const auto& c : s.byOutcome)
        if (journal::isRefusal(c.outcome)) n += c.count;
    return static_cast<int>(n);
}

}  // namespace

DemarcheListModel::DemarcheListModel(QObject* parent) : QAbstractListModel(parent) {}

int DemarcheListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant DemarcheListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const journal::DemarcheSummary& s = rows_[static_cast<std::size_t>(index.row())];
    const journal::Demarche& d = s.demarche;
    switch (role) {
        case Qt::DisplayRole:
        case SeekingLabelRole:
            return toQString(journal::seekingLabelFr(d.seeking));
        case IdRole:
            return toQString(d.id.hex());
        case SeekingRole:
            return toQString(journal::seekingId(d.seeking));
        case SpecialtyRole:
            return toQString(d.specialty);
        case StatusRole:
            return toQString(journal::statusId(d.status));
        case StatusLabelRole:
            return toQString(journal::statusLabelFr(d.status));
        case OpenRole:
            return d.status == journal::DemarcheStatus::Open;
        case OpenedAtRole:
            return toQString(d.openedAt);
        case ProfileNameRole:
            return toQString(s.profileName);
        case CallsRole:
            return static_cast<int>(s.calls);
        case RefusalsRole:
            return refusals(s);
        case OutcomeCountsRole:
            return outcomeCounts(s);
        case DistinctPracticesRole:
            return static_cast<int>(s.distinctPractices);
        case FirstCallAtRole:
            return toQString(s.firstCallAt);
        case LastCallAtRole:
            return toQString(s.lastCallAt);
        default:
            return {};
    }
}

QHash<int, QByteArray> DemarcheListModel::roleNames() const {
    return {
        {IdRole, "demarcheId"},
        {SeekingRole, "seeking"},
        {SeekingLabelRole, "seekingLabel"},
        {SpecialtyRole, "specialty"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {OpenRole, "open"},
        {OpenedAtRole, "openedAt"},
        {ProfileNameRole, "profileName"},
        {CallsRole, "calls"},
        {RefusalsRole, "refusals"},
        {OutcomeCountsRole, "outcomeCounts"},
        {DistinctPracticesRole, "distinctPractices"},
        {FirstCallAtRole, "firstCallAt"},
        {LastCallAtRole, "lastCallAt"},
    };
}

void DemarcheListModel::setDemarches(std::vector<journal::DemarcheSummary> rows) {
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (count() != before) emit countChanged();
}

void DemarcheListModel::clear() {
    setDemarches({});
}

QVariant DemarcheListModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

int DemarcheListModel::rowOf(const QString& id) const {
    const std::string hex = toStdString(id);
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].demarche.id.hex() == hex) return static_cast<int>(i);
    return -1;
}

}  // namespace parcours::app
