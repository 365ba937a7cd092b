#include "call_list_model.hpp"

#include <QDateTime>
#include <QLocale>
#include <utility>

#include "model_access.hpp"
#include "parcours/journal/exports.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

// The stored text is kept as typed (with its offset); shown in local time when Qt can read
// it, as stored otherwise.
QString dateTimeText(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid()) return iso;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

}  // namespace

CallListModel::CallListModel(QObject* parent) : QAbstractListModel(parent) {}

int CallListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CallListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const journal::Call& c = calls_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case PracticeNameRole:
            return toQString(c.practice.name);
        case IdRole:
            return toQString(c.id.hex());
        case DemarcheIdRole:
            return toQString(c.demarche.hex());
        case AtRole:
            return toQString(c.at);
        case AtTextRole:
            return dateTimeText(toQString(c.at));
        case PracticeIdRole:
            return toQString(c.practice.directoryId);
        case PracticePhoneRole:
            return toQString(c.practice.phone);
        case PracticeAddressRole:
            return toQString(c.practice.address);
        case OutcomeRole:
            return toQString(journal::outcomeId(c.outcome));
        case OutcomeLabelRole:
            return toQString(journal::outcomeLabelFr(c.outcome));
        case RefusalRole:
            return journal::isRefusal(c.outcome);
        case ChannelRole:
            return toQString(journal::channelId(c.channel));
        case ChannelLabelRole:
            return toQString(journal::channelLabelFr(c.channel));
        case ReasonRole:
            return toQString(c.reason);
        case NoteRole:
            return toQString(c.note);
        case FollowUpRole:
            return toQString(c.followUp);
        default:
            return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const {
    return {
        {IdRole, "callId"},
        {DemarcheIdRole, "demarcheId"},
        {AtRole, "at"},
        {AtTextRole, "atText"},
        {PracticeIdRole, "practiceId"},
        {PracticeNameRole, "practiceName"},
        {PracticePhoneRole, "practicePhone"},
        {PracticeAddressRole, "practiceAddress"},
        {OutcomeRole, "outcome"},
        {OutcomeLabelRole, "outcomeLabel"},
        {RefusalRole, "refusal"},
        {ChannelRole, "channel"},
        {ChannelLabelRole, "channelLabel"},
        {ReasonRole, "reason"},
        {NoteRole, "note"},
        {FollowUpRole, "followUp"},
    };
}

void CallListModel::setCalls(std::vector<journal::Call> calls) {
    const int before = count();
    beginResetModel();
    calls_ = std::move(calls);
    endResetModel();
    if (count() != before) emit countChanged();
}

void CallListModel::clear() {
    setCalls({});
}

QVariant CallListModel::get(int row, const QString& roleName) const {
    return roleValue(*this, row, roleName);
}

int CallListModel::rowOf(const QString& id) const {
    const std::string hex = toStdString(id);
    for (std::size_t i = 0; i < calls_.size(); ++i)
        if (calls_[i].id.hex() == hex) return static_cast<int>(i);
    return -1;
}

}  // namespace parcours::app
