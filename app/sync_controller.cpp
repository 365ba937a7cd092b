#include "sync_controller.hpp"

#include <QDate>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QMetaObject>
#include <QStandardPaths>
#include <optional>
#include <utility>

#include "journal_controller.hpp"
#include "parcours/journal/conflicts.hpp"
#include "parcours/sync/passphrase.hpp"
#include "path_util.hpp"
#include "run_then_deliver.hpp"
#include "url_path.hpp"

namespace parcours::app {

namespace {

constexpr char kMimeType[] = "application/x-parcours";

struct ExportOutcome {
    bool ok = false;
    QString error;
    QString path;
    sync::ExportReport report;
    std::optional<sync::KdfParams> calibrated;  // when this export timed the KDF
};

struct ImportOutcome {
    bool ok = false;
    QString error;
    sync::ImportReport report;
};

// Runs `op` on the journal file, on the worker's thread. Each job opens its own connection:
// the UI thread keeps JournalController's, and SQLite (WAL, busy_timeout) lets both work on
// one file.
template <class Op>
auto onJournal(const QString& path, Op op) -> decltype(op(std::declval<journal::Journal&>())) {
    auto journal = journal::Journal::open(toPath(path));
    if (!journal) return journal.error();
    return op(*journal);
}

// A job's outcome from core's report, or its error.
template <class Outcome, class Report>
Outcome& fill(Outcome& out, const Result<Report>& report) {
    if (!report) {
        out.error = toQString(report.error().message);
    } else {
        out.ok = true;
        out.report = *report;
    }
    return out;
}

QVariantMap toMap(const sync::BundleInfo& info, const QUrl& url) {
    const QDate created = QDate(1970, 1, 1).addDays(info.createdAtDay);
    return {
        {QStringLiteral("url"), url},
        {QStringLiteral("fileName"), QFileInfo(localPath(url)).fileName()},
        {QStringLiteral("deviceLabel"), toQString(info.deviceLabel)},
        {QStringLiteral("createdAt"), QLocale().toString(created, QLocale::LongFormat)},
        {QStringLiteral("encrypted"), info.encrypted},
        {QStringLiteral("appVersion"), toQString(info.appVersion)},
        {QStringLiteral("bytes"), static_cast<qulonglong>(info.fileBytes)},
    };
}

}  // namespace

SyncController::SyncController(JournalController* journal, Options options, QObject* parent)
    : QObject(parent), journal_(journal), options_(std::move(options)) {
    pool_.setMaxThreadCount(1);  // one job at a time: an import never overlaps an export
    pool_.setObjectName(QStringLiteral("SyncWorker"));
    suggested_ = toQString(sync::suggestPassphrase());
    if (journal_)
        connect(journal_, &JournalController::journalChanged, this,
                &SyncController::refreshConflicts);
}

SyncController::~SyncController() {
    pool_.clear();
    pool_.waitForDone();
}

QString SyncController::newPassphrase() {
    suggested_ = toQString(sync::suggestPassphrase());
    emit suggestedPassphraseChanged();
    return suggested_;
}

QVariantMap SyncController::passphraseStrength(const QString& passphrase) const {
    const auto s = sync::estimatePassphrase(toStdString(passphrase));
    return {{QStringLiteral("bits"), s.bits},
            {QStringLiteral("strong"), s.strong()},
            {QStringLiteral("fromWordList"), s.fromWordList}};
}

QString SyncController::suggestedFileName() const {
    return QStringLiteral("parcours-%1.parcours").arg(QDate::currentDate().toString(Qt::ISODate));
}

QUrl SyncController::defaultExportUrl() const {
    const QString folder = options_.exportFolder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : options_.exportFolder;
    return QUrl::fromLocalFile(QDir(folder).filePath(suggestedFileName()));
}

QString SyncController::journalPath() const {
    return journal_ ? journal_->journalPath() : QString();
}

void SyncController::exportTo(const QUrl& file, const QString& passphrase) {
    QString path = localPath(file);
    // A name typed without an extension gets ours, so that the other device opens it.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".parcours");
    if (path.isEmpty()) {
        setErrorText(tr("Export impossible : %1 n'est pas un fichier local").arg(file.toString()));
        emit exportFinished(false);
        return;
    }
    startExport(path, false, passphrase);
}

void SyncController::exportAndShare(const QString& passphrase) {
    if (!sharer_) {
        setErrorText(tr("Le partage n'est pas disponible sur cet appareil"));
        emit exportFinished(false);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    startExport(folder + u'/' + suggestedFileName(), true, passphrase);
}

void SyncController::startExport(const QString& path, bool share, const QString& passphrase) {
    if (busy_) return;
    if (passphrase.isEmpty()) {
        // Unencrypted exports exist in core (--no-encryption) but the app never makes one.
        setErrorText(tr("Export impossible : choisissez une phrase de passe"));
        emit exportFinished(false);
        return;
    }
    setErrorText({});
    setBusy(true, tr("Chiffrement et écriture du fichier…"));
    sync::ExportOptions options;
    options.passphrase = toStdString(passphrase);
    options.kdf = options_.kdf;
    options.deviceLabel = toStdString(options_.deviceLabel);
    const bool calibrate = options_.calibrateKdf && !kdfCalibrated_;
    runThenDeliver(
        pool_, this,
        [journalFile = journalPath(), path, options, calibrate]() mutable {
            ExportOutcome out;
            out.path = path;
            if (calibrate) {
                // A failed timing keeps the default cost: slower on a slow phone, never weaker.
                if (auto params = sync::calibrateKdf(); params) {
                    options.kdf = *params;
                    out.calibrated = *params;
                }
            }
            return fill(out, onJournal(journalFile, [&](journal::Journal& journal) {
                            return sync::exportBundle(journal, toPath(path), options);
                        }));
        },
        [this, share](const ExportOutcome& out) {
            setBusy(false);
            if (out.calibrated) {
                options_.kdf = *out.calibrated;
                kdfCalibrated_ = true;
            }
            if (!out.ok) {
                setErrorText(tr("Export impossible : %1").arg(out.error));
                emit exportFinished(false);
                return;
            }
            lastExport_ = {
                {QStringLiteral("path"), out.path},
                {QStringLiteral("versions"), static_cast<qulonglong>(out.report.versions)},
                {QStringLiteral("bytes"), static_cast<qulonglong>(out.report.bytes)}};
            emit lastExportChanged();
            if (share && sharer_) sharer_->share(out.path, QString::fromLatin1(kMimeType));
            emit exportFinished(true);
        });
}

bool SyncController::inspect(const QUrl& file) {
    const QString path = localPath(file);
    if (path.isEmpty()) {
        setErrorText(tr("Fichier illisible : %1 n'est pas un fichier local").arg(file.toString()));
        return false;
    }
    auto info = sync::inspectBundle(toPath(path));
    if (!info) {
        pending_.clear();
        emit pendingImportChanged();
        setErrorText(tr("Ce fichier n'est pas un export Parcours lisible : %1")
                         .arg(toQString(info.error().message)));
        return false;
    }
    setErrorText({});
    pending_ = toMap(*info, QUrl::fromLocalFile(path));
    emit pendingImportChanged();
    return true;
}

void SyncController::openFile(const QUrl& file) {
    inspect(file);
    emit importRequested();  // the page shows the error, or asks for the passphrase
}

void SyncController::cancelImport() {
    pending_.clear();
    emit pendingImportChanged();
}

void SyncController::importPending(const QString& passphrase) {
    if (busy_) return;
    if (pending_.isEmpty()) {
        setErrorText(tr("Choisissez d'abord un fichier à importer"));
        emit importFinished(false);
        return;
    }
    const QString path = pending_.value(QStringLiteral("url")).toUrl().toLocalFile();
    // core refuses a passphrase for an unencrypted file (anyone can write one).
    const bool encrypted = pending_.value(QStringLiteral("encrypted")).toBool();
    const std::string secret = encrypted ? toStdString(passphrase) : std::string();
    setErrorText({});
    setBusy(true, tr("Déchiffrement et fusion…"));
    runThenDeliver(
        pool_, this,
        [journalFile = journalPath(), path, secret] {
            ImportOutcome out;
            return fill(out, onJournal(journalFile, [&](journal::Journal& journal) {
                            return sync::importBundle(journal, toPath(path), secret);
                        }));
        },
        [this](const ImportOutcome& out) {
            setBusy(false);
            if (!out.ok) {
                setErrorText(tr("Import impossible, rien n'a changé : %1").arg(out.error));
                emit importFinished(false);
                return;
            }
            const auto& m = out.report.merge;
            lastImport_ = {
                {QStringLiteral("added"), static_cast<qulonglong>(m.recordsAdded)},
                {QStringLiteral("updated"), static_cast<qulonglong>(m.recordsUpdated)},
                {QStringLiteral("unchanged"), static_cast<qulonglong>(m.recordsUnchanged)},
                {QStringLiteral("conflicts"), static_cast<qulonglong>(m.conflicted.size())},
                {QStringLiteral("versionsAdded"), static_cast<qulonglong>(m.added)},
                {QStringLiteral("clockCapped"), m.clockCapped},
                {QStringLiteral("deviceLabel"), toQString(out.report.bundle.deviceLabel)},
            };
            emit lastImportChanged();
            pending_.clear();
            emit pendingImportChanged();
            if (journal_) journal_->reload();  // refills its models; journalChanged → conflicts
            refreshConflicts();
            emit importFinished(true);
        });
}

void SyncController::refreshConflicts() {
    journal::Journal* journal = journal_ ? journal_->journal() : nullptr;
    if (!journal) return;
    auto list = journal::listConflicts(*journal);
    if (!list) {
        setErrorText(tr("Conflits illisibles : %1").arg(toQString(list.error().message)));
        return;
    }
    conflicts_.setConflicts(std::move(*list));
}

bool SyncController::keepVersion(const QString& recordId, int number) {
    journal::Journal* journal = journal_ ? journal_->journal() : nullptr;
    const auto id = journal::RecordId::fromHex(toStdString(recordId));
    if (!journal || !id || number < 1) {
        setErrorText(tr("Version introuvable"));
        return false;
    }
    auto settled = journal::settleConflict(*journal, *id, static_cast<std::size_t>(number));
    if (!settled) {
        setErrorText(
            tr("Impossible de garder cette version : %1").arg(toQString(settled.error().message)));
        refreshConflicts();
        return false;
    }
    setErrorText({});
    journal_->reload();
    refreshConflicts();
    return true;
}

void SyncController::setBusy(bool busy, const QString& status) {
    if (statusText_ != status) {
        statusText_ = status;
        emit statusTextChanged();
    }
    if (busy_ == busy) return;
    busy_ = busy;
    emit busyChanged();
}

void SyncController::setErrorText(const QString& text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace parcours::app
