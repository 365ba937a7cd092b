#include "journal_controller.hpp"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QStandardPaths>
#include <utility>
#include <vector>

#include "parcours/journal/exports.hpp"
#include "parcours/journal/stats.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

// The outcomes in core's enum order (records.hpp), first to last.
constexpr journal::Outcome kFirstOutcome = journal::Outcome::Accepted;
constexpr journal::Outcome kLastOutcome = journal::Outcome::CallBack;

std::optional<journal::RecordId> recordId(const QString& hex) {
    return journal::RecordId::fromHex(toStdString(hex));
}

QString text(const QVariantMap& map, const char* key) {
    return map.value(QLatin1String(key)).toString().trimmed();
}

QVariantMap demarcheMap(const journal::Demarche& d) {
    const QDateTime opened = QDateTime::fromString(toQString(d.openedAt), Qt::ISODate);
    return {
        {QStringLiteral("demarcheId"), toQString(d.id.hex())},
        {QStringLiteral("seeking"), toQString(journal::seekingId(d.seeking))},
        {QStringLiteral("seekingLabel"), toQString(journal::seekingLabelFr(d.seeking))},
        {QStringLiteral("specialty"), toQString(d.specialty)},
        {QStringLiteral("openedAt"), toQString(d.openedAt)},
        {QStringLiteral("openedText"),
         opened.isValid() ? QLocale().toString(opened.toLocalTime().date(), QLocale::ShortFormat)
                          : toQString(d.openedAt)},
    };
}

QVariantMap periodMap(const journal::PeriodCount& p) {
    return {
        {QStringLiteral("key"), toQString(p.key)},
        {QStringLiteral("start"), toQString(p.start)},
        {QStringLiteral("calls"), static_cast<int>(p.calls)},
        {QStringLiteral("refusals"), static_cast<int>(p.refusals)},
    };
}

}  // namespace

JournalController::JournalController(Options options, QObject* parent)
    : QObject(parent), options_(std::move(options)) {
    undoTimer_.setSingleShot(true);
    undoTimer_.setInterval(options_.undoMillis);
    connect(&undoTimer_, &QTimer::timeout, this, &JournalController::clearUndo);
}

JournalController::~JournalController() {}

QString JournalController::defaultJournalPath(const QString& directoryPath) {
    const QString fromEnvironment = qEnvironmentVariable(kJournalEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    const QString folder = directoryPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : QFileInfo(directoryPath).absolutePath();
    return folder + QStringLiteral("/journal.sqlite");
}

bool JournalController::start() {
    if (journal_) return true;
    const QFileInfo info(options_.journalPath);
    if (!QDir().mkpath(info.absolutePath())) {
        setErrorText(tr("Impossible d'ouvrir le journal : dossier %1 impossible à créer")
                         .arg(info.absolutePath()));
        return false;
    }
    auto opened = journal::Journal::open(toPath(options_.journalPath));
    if (!opened) return fail(tr("Impossible d'ouvrir le journal"), opened.error());
    journal_ = std::make_unique<journal::Journal>(std::move(opened).value());
    emit readyChanged();
    refresh();
    return true;
}

QVariantList JournalController::outcomes() const {
    QVariantList out;
    for (int i = static_cast<int>(kFirstOutcome); i <= static_cast<int>(kLastOutcome); ++i) {
        const auto o = static_cast<journal::Outcome>(i);
        out.append(QVariantMap{
            {QStringLiteral("outcome"), toQString(journal::outcomeId(o))},
            {QStringLiteral("label"), toQString(journal::outcomeLabelFr(o))},
            {QStringLiteral("refusal"), journal::isRefusal(o)},
        });
    }
    return out;
}

QString JournalController::outcomeLabel(const QString& outcomeId) const {
    const auto o = journal::outcomeFromId(toStdString(outcomeId));
    return o ? toQString(journal::outcomeLabelFr(*o)) : QString();
}

QString JournalController::logCall(const QVariantMap& practice, const QString& outcome,
                                   const QString& reason, const QString& note,
                                   const QString& followUp, const QString& demarcheId) {
    if (!journal_) {
        setErrorText(tr("Le journal n'est pas ouvert"));
        return {};
    }
    const auto o = journal::outcomeFromId(toStdString(outcome));
    if (!o) {
        setErrorText(tr("Résultat d'appel inconnu : %1").arg(outcome));
        return {};
    }
    const QString now = nowText();  // one instant for the call and a démarche opened for it
    const auto demarche = demarcheForNewCall(demarcheId, now);
    if (!demarche) return {};

    journal::Call call;
    call.demarche = *demarche;
    call.practice.directoryId = toStdString(text(practice, "structureId"));
    call.practice.name = toStdString(text(practice, "name"));
    call.practice.phone = toStdString(text(practice, "phone"));
    call.practice.address = toStdString(text(practice, "address"));
    call.practice.kind = toStdString(text(practice, "kind"));
    call.at = toStdString(now);
    call.outcome = *o;
    call.reason = toStdString(reason.trimmed());
    call.note = toStdString(note.trimmed());
    call.followUp = toStdString(followUp.trimmed());
    auto id = journal_->logCall(call);
    if (!id) {
        fail(tr("Appel non enregistré"), id.error());
        return {};
    }
    setErrorText({});
    // The journal page then shows the démarche the call went to.
    demarchePinned_ = true;
    if (const QString hex = toQString(demarche->hex()); hex != currentDemarche_) {
        currentDemarche_ = hex;
        emit currentDemarcheChanged();
    }
    refresh();
    return toQString(id->hex());
}

bool JournalController::updateCall(const QString& callId, const QString& outcome,
                                   const QString& reason, const QString& note,
                                   const QString& followUp, const QString& day) {
    if (!journal_) return false;
    const auto id = recordId(callId);
    const auto o = journal::outcomeFromId(toStdString(outcome));
    if (!id || !o) {
        setErrorText(tr("Appel ou résultat inconnu"));
        return false;
    }
    auto call = journal_->call(*id);
    if (!call) return fail(tr("Appel introuvable"), call.error());
    call->outcome = *o;
    call->reason = toStdString(reason.trimmed());
    call->note = toStdString(note.trimmed());
    call->followUp = toStdString(followUp.trimmed());
    if (!day.trimmed().isEmpty()) {
        auto at = journal::onDay(call->at, toStdString(day.trimmed()));
        if (!at) return fail(tr("Date de l'appel refusée"), at.error());
        call->at = std::move(at).value();
    }
    if (auto r = journal_->updateCall(*call); !r)
        return fail(tr("Modification non enregistrée"), r.error());
    setErrorText({});
    refresh();
    return true;
}

bool JournalController::deleteCall(const QString& callId) {
    if (!journal_) return false;
    const auto id = recordId(callId);
    if (!id) {
        setErrorText(tr("Appel inconnu"));
        return false;
    }
    auto call = journal_->call(*id);
    if (!call) return fail(tr("Appel introuvable"), call.error());
    if (auto r = journal_->deleteCall(*id); !r)
        return fail(tr("Suppression impossible"), r.error());
    deleted_ = std::move(call).value();
    undoTimer_.start();
    emit undoAvailableChanged();
    setErrorText({});
    refresh();
    return true;
}

QString JournalController::undoDelete() {
    if (!journal_ || !deleted_) return {};
    journal::Call call = *deleted_;
    clearUndo();
    auto id = journal_->logCall(call);  // a new id: the tombstone stays (see the header)
    if (!id) {
        fail(tr("Annulation impossible"), id.error());
        return {};
    }
    setErrorText({});
    refresh();
    return toQString(id->hex());
}

void JournalController::reload() {
    refresh();
}

void JournalController::selectDemarche(const QString& demarcheId) {
    demarchePinned_ = !demarcheId.isEmpty();
    if (demarchePinned_ && currentDemarche_ != demarcheId) {
        currentDemarche_ = demarcheId;
        emit currentDemarcheChanged();
    }
    refresh();
}

void JournalController::showPractice(const QString& structureId) {
    practice_ = structureId;
    refresh();
}

bool JournalController::fail(const QString& what, const Error& error) {
    qWarning().noquote() << what << ":" << toQString(error.message);
    setErrorText(tr("%1 : %2").arg(what, toQString(error.message)));
    return false;
}

void JournalController::setErrorText(const QString& text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

// The démarche a new call goes to: the one chosen, else core's newest open one, else a
// new "médecin traitant" démarche for the default profile (the app's first use).
std::optional<journal::RecordId> JournalController::demarcheForNewCall(const QString& demarcheId,
                                                                       const QString& now) {
    if (!demarcheId.isEmpty()) {
        const auto id = recordId(demarcheId);
        if (!id) {
            setErrorText(tr("Démarche inconnue : %1").arg(demarcheId));
            return std::nullopt;
        }
        return id;
    }
    auto summaries = journal_->demarches();
    if (!summaries) {
        fail(tr("Journal illisible"), summaries.error());
        return std::nullopt;
    }
    if (auto open = journal::newestOpenDemarche(*summaries)) return open->id;
    auto demarche = journal::newDemarche(journal::Seeking::MedecinTraitant, {}, toStdString(now));
    if (!demarche) {
        fail(tr("Démarche impossible à ouvrir"), demarche.error());
        return std::nullopt;
    }
    auto id = journal_->openDemarche(std::move(demarche).value());
    if (!id) {
        fail(tr("Démarche impossible à ouvrir"), id.error());
        return std::nullopt;
    }
    return *id;
}

QVariantList JournalController::seekingChoices() const {
    QVariantList out;
    for (const auto& c : journal::seekingChoices())
        out.append(QVariantMap{
            {QStringLiteral("seeking"), toQString(journal::seekingId(c.seeking))},
            {QStringLiteral("label"), toQString(journal::seekingLabelFr(c.seeking))},
            {QStringLiteral("needsSpecialty"), c.needsSpecialty},
        });
    return out;
}

QVariantList JournalController::specialtyChoices() const {
    QVariantList out;
    for (const auto& c : journal::specialtyChoices())
        out.append(QVariantMap{{QStringLiteral("id"), toQString(c.id)},
                               {QStringLiteral("label"), toQString(c.labelFr)}});
    return out;
}

QString JournalController::openNewDemarche(const QString& seeking, const QString& specialty) {
    if (!journal_) return {};
    const auto s = journal::seekingFromId(toStdString(seeking));
    if (!s) {
        setErrorText(tr("Type de démarche inconnu : %1").arg(seeking));
        return {};
    }
    auto demarche = journal::newDemarche(*s, toStdString(specialty), toStdString(nowText()));
    if (!demarche) {
        fail(tr("Démarche non ouverte"), demarche.error());
        return {};
    }
    auto id = journal_->openDemarche(std::move(demarche).value());
    if (!id) {
        fail(tr("Démarche non ouverte"), id.error());
        return {};
    }
    setErrorText({});
    const QString hex = toQString(id->hex());
    selectDemarche(hex);  // refreshes
    return hex;
}

QVariantList JournalController::closingChoices() const {
    QVariantList out;
    for (const auto status : {journal::DemarcheStatus::Found, journal::DemarcheStatus::Abandoned})
        out.append(
            QVariantMap{{QStringLiteral("status"), toQString(journal::statusId(status))},
                        {QStringLiteral("label"), toQString(journal::statusLabelFr(status))}});
    return out;
}

bool JournalController::closeDemarche(const QString& demarcheId, const QString& status) {
    if (!journal_) return false;
    const auto id = recordId(demarcheId);
    const auto s = journal::statusFromId(toStdString(status));
    if (!id || !s) {
        setErrorText(tr("Démarche ou issue inconnue"));
        return false;
    }
    if (auto r = journal_->closeDemarche(*id, *s, toStdString(nowText())); !r)
        return fail(tr("Démarche non close"), r.error());
    setErrorText({});
    refresh();
    return true;
}

bool JournalController::reopenDemarche(const QString& demarcheId) {
    if (!journal_) return false;
    const auto id = recordId(demarcheId);
    if (!id) {
        setErrorText(tr("Démarche inconnue : %1").arg(demarcheId));
        return false;
    }
    if (auto r = journal::reopenDemarche(*journal_, *id); !r)
        return fail(tr("Démarche non rouverte"), r.error());
    setErrorText({});
    refresh();
    return true;
}

void JournalController::refresh() {
    if (!journal_) return;
    auto summaries = journal_->demarches();
    if (!summaries) {
        fail(tr("Journal illisible"), summaries.error());
        return;
    }
    const auto open = journal::openDemarchesNewestFirst(*summaries);

    // The current démarche: the one chosen, while it exists; else core's newest open one;
    // else the one created last.
    QString current;
    if (demarchePinned_)
        for (const auto& s : *summaries)
            if (toQString(s.demarche.id.hex()) == currentDemarche_) current = currentDemarche_;
    if (current.isEmpty()) {
        demarchePinned_ = false;
        if (!open.empty())
            current = toQString(open.front().id.hex());
        else if (!summaries->empty())
            current = toQString(summaries->back().demarche.id.hex());
    }

    std::vector<journal::Call> currentCalls;
    if (const auto id = recordId(current)) {
        auto calls = journal_->calls(*id);
        if (!calls) {
            fail(tr("Journal illisible"), calls.error());
            return;
        }
        currentCalls = std::move(calls).value();
    }
    auto atPractice = journal::callsToPractice(*journal_, toStdString(practice_));
    if (!atPractice) {
        fail(tr("Journal illisible"), atPractice.error());
        return;
    }

    const journal::Period period = journal::chartPeriod(currentCalls);
    chartPeriod_ =
        period == journal::Period::IsoWeek ? QStringLiteral("week") : QStringLiteral("month");
    chartBars_.clear();
    for (const auto& p : journal::callsPerPeriod(currentCalls, period))
        chartBars_.append(periodMap(p));
    openDemarches_.clear();
    for (const auto& d : open) openDemarches_.append(demarcheMap(d));

    demarches_.setDemarches(std::move(summaries).value());
    calls_.setCalls(std::move(currentCalls));
    practiceCalls_.setCalls(std::move(atPractice).value());
    if (current != currentDemarche_) {
        currentDemarche_ = current;
        emit currentDemarcheChanged();
    }
    emit journalChanged();
}

void JournalController::clearUndo() {
    undoTimer_.stop();
    if (!deleted_) return;
    deleted_.reset();
    emit undoAvailableChanged();
}

QString JournalController::nowText() const {
    const QDateTime now = options_.now ? options_.now() : QDateTime::currentDateTime();
    // Local time with its offset ("2026-11-23T15:04:05+01:00"): what the user saw.
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

}  // namespace parcours::app
