#include "settings_controller.hpp"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QMetaObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QTemporaryDir>
#include <optional>
#include <utility>

#include "directory_controller.hpp"
#include "journal_controller.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "path_util.hpp"
#include "run_then_deliver.hpp"
#include "url_path.hpp"

namespace parcours::app {

namespace {

const QString kTileSourceKey = QStringLiteral("map/tileSource");
const QString kTileFileKey = QStringLiteral("map/tileFileTemplate");
const QString kLanguageKey = QStringLiteral("app/language");
const QString kFinessUrlKey = QStringLiteral("directory/finessUpdateUrl");
const QString kWipeKey = QStringLiteral("data/wipeAtNextStart");
const QString kCommuneLabelsGroup = QStringLiteral("communeLabels");

std::unique_ptr<QSettings> openSettings(const QString& file) {
    if (file.isEmpty()) return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

std::optional<journal::RecordId> recordId(const QString& hex) {
    return journal::RecordId::fromHex(toStdString(hex));
}

struct ImportOutcome {
    bool ok = false;
    QString error;
    QString source;
    std::size_t imported = 0;
    std::size_t skipped = 0;
};

struct CommuneOutcome {
    QString error;
    QVariantList communes;
};

QString communeLabel(const QString& name, const QString& insee) {
    return insee.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, insee);
}

bool removeDatabase(const QString& path) {
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            qWarning().noquote() << "Cannot remove" << file;
            ok = false;
        }
    }
    return ok;
}

}  // namespace

// Opened on first use and kept: a commune search runs at every key typed.
struct SettingsController::Worker {
    QString path;
    std::unique_ptr<directory::Directory> directory;  // touched on the pool thread only

    Result<directory::Directory*> open() {
        if (!directory) {
            auto opened = directory::Directory::open(toPath(path));
            if (!opened) return opened.error();
            directory = std::make_unique<directory::Directory>(std::move(opened).value());
        }
        return directory.get();
    }
};

SettingsController::SettingsController(Options options, QObject* parent)
    : QObject(parent),
      options_(std::move(options)),
      settings_(openSettings(options_.settingsFile)),
      worker_(std::make_shared<Worker>()) {
    worker_->path = options_.directoryPath;
    pool_.setExpiryTimeout(-1);  // one thread for the connection's whole life
    pool_.setMaxThreadCount(1);  // imports and searches in order, one connection at a time
    pool_.setObjectName(QStringLiteral("SettingsWorker"));
    if (options_.journal)
        connect(options_.journal, &JournalController::journalChanged, this,
                &SettingsController::reloadProfiles);
    reloadProfiles();
}

SettingsController::~SettingsController() {
    if (reply_) reply_->abort();
    pool_.clear();
    pool_.waitForDone();
}

bool SettingsController::applyPendingWipe(const QString& settingsFile, const QString& directoryPath,
                                          const QString& journalPath) {
    auto settings = openSettings(settingsFile);
    if (!settings->value(kWipeKey).toBool()) return false;
    const bool directoryRemoved = removeDatabase(directoryPath);
    const bool ok = removeDatabase(journalPath) && directoryRemoved;
    // Left set on failure, so the next start tries again rather than keep the data.
    if (ok) settings->clear();
    settings->sync();
    return ok;
}

// ---- Profiles -------------------------------------------------------------------------

QVariantMap SettingsController::communeLabels() const {
    QVariantMap labels;
    settings_->beginGroup(kCommuneLabelsGroup);
    for (const QString& key : settings_->childKeys()) labels.insert(key, settings_->value(key));
    settings_->endGroup();
    return labels;
}

void SettingsController::reloadProfiles() {
    journal::Journal* journal = options_.journal ? options_.journal->journal() : nullptr;
    if (!journal) return;
    auto profiles = journal->profiles();
    // The user's own profile ("Moi") is made on first use; the settings page is one.
    if (profiles && profiles->empty()) {
        if (auto self = journal->defaultProfile(); self) profiles->push_back(std::move(*self));
    }
    if (!profiles) {
        fail(tr("Profils illisibles"), toQString(profiles.error().message));
        return;
    }
    QHash<QString, QString> labels;
    const QVariantMap stored = communeLabels();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        labels.insert(it.key(), it->toString());
    profiles_.setProfiles(std::move(*profiles), std::move(labels));
}

QString SettingsController::addProfile(const QString& name, int birthYear) {
    journal::Journal* journal = options_.journal ? options_.journal->journal() : nullptr;
    if (!journal) {
        fail(tr("Profil non ajouté"), tr("journal fermé"));
        return {};
    }
    journal::Profile p;
    p.displayName = toStdString(name.trimmed());
    p.birthYear = birthYear;
    auto id = journal->addProfile(p);
    if (!id) {
        fail(tr("Profil non ajouté"), toQString(id.error().message));
        return {};
    }
    setErrorText({});
    options_.journal->reload();  // journalChanged → reloadProfiles
    reloadProfiles();
    return toQString(id->hex());
}

namespace {

// Reads the profile, lets `change` edit it, writes it back.
template <class Change>
Result<void> editProfile(journal::Journal& journal, const QString& profileId, Change change) {
    const auto id = recordId(profileId);
    if (!id) return notFound("no such profile " + toStdString(profileId));
    auto profiles = journal.profiles();
    if (!profiles) return profiles.error();
    for (auto& p : *profiles) {
        if (p.id != *id) continue;
        change(p);
        return journal.updateProfile(p);
    }
    return notFound("no such profile " + toStdString(profileId));
}

}  // namespace

bool SettingsController::renameProfile(const QString& profileId, const QString& name) {
    journal::Journal* journal = options_.journal ? options_.journal->journal() : nullptr;
    if (!journal) return fail(tr("Profil non modifié"), tr("journal fermé"));
    const std::string newName = toStdString(name.trimmed());
    auto r =
        editProfile(*journal, profileId, [&](journal::Profile& p) { p.displayName = newName; });
    if (!r) return fail(tr("Profil non modifié"), toQString(r.error().message));
    setErrorText({});
    options_.journal->reload();
    reloadProfiles();
    return true;
}

bool SettingsController::setBirthYear(const QString& profileId, int birthYear) {
    journal::Journal* journal = options_.journal ? options_.journal->journal() : nullptr;
    if (!journal) return fail(tr("Profil non modifié"), tr("journal fermé"));
    auto r =
        editProfile(*journal, profileId, [&](journal::Profile& p) { p.birthYear = birthYear; });
    if (!r) return fail(tr("Profil non modifié"), toQString(r.error().message));
    setErrorText({});
    options_.journal->reload();
    reloadProfiles();
    return true;
}

bool SettingsController::setHomeCommune(const QString& profileId, const QVariantMap& commune) {
    journal::Journal* journal = options_.journal ? options_.journal->journal() : nullptr;
    if (!journal) return fail(tr("Profil non modifié"), tr("journal fermé"));
    // The INSEE code when known (stable, what the rules compare), else the name.
    const QString insee = commune.value(QStringLiteral("insee")).toString();
    const QString name = commune.value(QStringLiteral("name")).toString();
    const QString stored = insee.isEmpty() ? name : insee;
    auto r = editProfile(*journal, profileId,
                         [&](journal::Profile& p) { p.homeCommune = toStdString(stored); });
    if (!r) return fail(tr("Profil non modifié"), toQString(r.error().message));
    if (!insee.isEmpty())
        settings_->setValue(kCommuneLabelsGroup + u'/' + insee, communeLabel(name, insee));
    setErrorText({});
    options_.journal->reload();
    reloadProfiles();
    return true;
}

void SettingsController::searchCommunes(const QString& text) {
    const quint64 generation = ++communeGeneration_;
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 2) {
        communeResults_.clear();
        emit communeResultsChanged();
        return;
    }
    runThenDeliver(
        pool_, this,
        [worker = worker_, trimmed] {
            CommuneOutcome out;
            auto directory = worker->open();
            if (!directory) {
                out.error = toQString(directory.error().message);
                return out;
            }
            auto found = (*directory)->findCommunes(toStdString(trimmed), 10);
            if (!found) {
                out.error = toQString(found.error().message);
                return out;
            }
            for (const auto& c : *found) {
                QStringList postcodes;
                for (const auto& p : c.postcodes) postcodes.append(toQString(p));
                const QString name = toQString(c.name), insee = toQString(c.insee);
                QString label = communeLabel(name, insee);
                if (!postcodes.isEmpty()) label = postcodes.first() + u' ' + label;
                out.communes.append(QVariantMap{{QStringLiteral("insee"), insee},
                                                {QStringLiteral("name"), name},
                                                {QStringLiteral("postcodes"), postcodes},
                                                {QStringLiteral("label"), label}});
            }
            return out;
        },
        [this, generation](const CommuneOutcome& out) {
            if (generation != communeGeneration_) return;  // a newer search replaced it
            if (!out.error.isEmpty()) fail(tr("Recherche de commune impossible"), out.error);
            communeResults_ = out.communes;
            emit communeResultsChanged();
        });
}

// ---- Preferences ------------------------------------------------------------------------

QString SettingsController::tileSource() const {
    const QString source = settings_->value(kTileSourceKey, QStringLiteral("none")).toString();
    return source == QStringLiteral("osm") || source == QStringLiteral("file")
               ? source
               : QStringLiteral("none");
}

void SettingsController::setTileSource(const QString& source) {
    if (source != QStringLiteral("none") && source != QStringLiteral("osm") &&
        source != QStringLiteral("file")) {
        fail(tr("Source de tuiles inconnue"), source);
        return;
    }
    if (source == tileSource()) return;
    settings_->setValue(kTileSourceKey, source);
    emit tilesChanged();
}

QString SettingsController::tileFileTemplate() const {
    return settings_->value(kTileFileKey).toString();
}

void SettingsController::setTileFileTemplate(const QString& tileTemplate) {
    const QString t = tileTemplate.trimmed();
    if (t == tileFileTemplate()) return;
    // What MapView can read: a local file:// template with the three placeholders.
    if (!t.isEmpty() &&
        (!t.startsWith(QStringLiteral("file://")) || !t.contains(QStringLiteral("{z}")) ||
         !t.contains(QStringLiteral("{x}")) || !t.contains(QStringLiteral("{y}")))) {
        fail(tr("Modèle de tuiles refusé"),
             tr("%1 : il faut une adresse file:// avec {z}, {x} et {y}").arg(t));
        return;
    }
    setErrorText({});
    settings_->setValue(kTileFileKey, t);
    emit tilesChanged();
}

QString SettingsController::tileUrlTemplate() const {
    const QString source = tileSource();
    if (source == QStringLiteral("osm")) return QString::fromLatin1(kOsmTiles);
    if (source == QStringLiteral("file")) return tileFileTemplate();
    return {};
}

QString SettingsController::language() const {
    return settings_->value(kLanguageKey, QStringLiteral("fr")).toString() == QStringLiteral("en")
               ? QStringLiteral("en")
               : QStringLiteral("fr");
}

void SettingsController::setLanguage(const QString& language) {
    if (language != QStringLiteral("fr") && language != QStringLiteral("en")) {
        fail(tr("Langue inconnue"), language);
        return;
    }
    if (language == this->language()) return;
    settings_->setValue(kLanguageKey, language);
    emit languageChanged();
}

QString SettingsController::finessUpdateUrl() const {
    return settings_->value(kFinessUrlKey, QString::fromLatin1(kDefaultFinessUrl)).toString();
}

void SettingsController::setFinessUpdateUrl(const QString& url) {
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty()) {
        fail(tr("Adresse refusée"), url);
        return;
    }
    if (url.trimmed() == finessUpdateUrl()) return;
    settings_->setValue(kFinessUrlKey, url.trimmed());
    emit finessUpdateUrlChanged();
}

bool SettingsController::wipePending() const {
    return settings_->value(kWipeKey).toBool();
}

QString SettingsController::appVersion() {
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("?") : version;
}

QVariantList SettingsController::licences() const {
    const auto entry = [](const QString& name, const QString& licence, const QString& notice) {
        return QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("licence"), licence},
                           {QStringLiteral("notice"), notice}};
    };
    return {
        entry(tr("FINESS (fichier national des établissements sanitaires et sociaux)"),
              QStringLiteral("Licence Ouverte 2.0"),
              tr("Ministère chargé de la santé, via data.gouv.fr")),
        entry(QStringLiteral("OpenStreetMap"), QStringLiteral("ODbL"),
              tr("© les contributeurs d'OpenStreetMap")),
        entry(QStringLiteral("Natural Earth"), tr("Domaine public"),
              tr("Fond de carte (côtes et frontières)")),
    };
}

// ---- Directory data ---------------------------------------------------------------------

void SettingsController::importDirectoryFile(const QUrl& file) {
    const QString path = localPath(file);
    if (path.isEmpty()) {
        fail(tr("Import impossible"), tr("%1 n'est pas un fichier local").arg(file.toString()));
        emit importFinished(false);
        return;
    }
    runImport(path, QFileInfo(path).fileName(), {});
}

void SettingsController::runImport(const QString& path, const QString& shownName,
                                   const QString& origin) {
    if (busy_) return;
    setErrorText({});
    setBusy(true, tr("Import de %1…").arg(shownName));
    setProgress(-1);
    QPointer<SettingsController> self(this);
    runThenDeliver(
        pool_, this,
        [path, worker = worker_, self] {
            ImportOutcome out;
            auto directory = worker->open();
            if (!directory) {
                out.error = toQString(directory.error().message);
                return out;
            }
            directory::ImportRequest request;
            request.files = {toPath(path)};
            // Streaming importers report bytes read; the others say nothing (-1 stays).
            request.progress = [self](std::uint64_t done, std::uint64_t total) {
                if (total == 0) return;
                const double fraction = static_cast<double>(done) / static_cast<double>(total);
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, fraction] {
                        if (self) self->setProgress(fraction);
                    },
                    Qt::QueuedConnection);
            };
            auto result = directory::importFiles(**directory, request);
            if (!result) {
                out.error = toQString(result.error().message);
                return out;
            }
            out.ok = true;
            out.source = toQString(result->source);
            out.imported = result->imported;
            out.skipped = result->report.skipped;
            return out;
        },
        [this, shownName, path, origin](const ImportOutcome& out) {
            setBusy(false);
            setProgress(-1);
            if (!out.ok) {
                // A downloaded file is named by where it came from, not its temporary copy.
                QString message = out.error;
                if (!origin.isEmpty()) message.replace(path, origin);
                fail(tr("Import de %1 refusé, l'annuaire n'a pas changé").arg(shownName), message);
                emit importFinished(false);
                return;
            }
            lastImport_ = {{QStringLiteral("source"), out.source},
                           {QStringLiteral("imported"), static_cast<qulonglong>(out.imported)},
                           {QStringLiteral("skipped"), static_cast<qulonglong>(out.skipped)}};
            emit lastImportChanged();
            if (options_.directory) options_.directory->reloadAfterImport();
            emit importFinished(true);
        });
}

void SettingsController::updateFromDataGouv() {
    if (busy_) return;
    const QUrl url(finessUpdateUrl());
    downloadDir_ = std::make_unique<QTemporaryDir>();
    download_.setFileName(downloadDir_->filePath(QStringLiteral("finess.csv")));
    if (!downloadDir_->isValid() || !download_.open(QIODevice::WriteOnly)) {
        fail(tr("Téléchargement impossible"), tr("dossier temporaire impossible à créer"));
        emit importFinished(false);
        return;
    }
    setErrorText({});
    setBusy(
        true,
        tr("Téléchargement depuis %1…").arg(url.host().isEmpty() ? url.toString() : url.host()));
    setProgress(-1);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    reply_ = network_.get(request);
    connect(reply_, &QNetworkReply::readyRead, this, [this] {
        if (reply_) download_.write(reply_->readAll());
    });
    connect(reply_, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        if (total > 0) setProgress(static_cast<double>(done) / static_cast<double>(total));
    });
    connect(reply_, &QNetworkReply::finished, this, &SettingsController::downloadFinished);
}

void SettingsController::cancelDownload() {
    if (reply_) reply_->abort();
}

void SettingsController::downloadFinished() {
    QNetworkReply* reply = reply_;
    if (!reply) return;
    reply->deleteLater();
    reply_ = nullptr;
    download_.write(reply->readAll());
    download_.close();
    if (reply->error() != QNetworkReply::NoError) {
        setBusy(false);
        fail(tr("Téléchargement impossible, l'annuaire n'a pas changé"), reply->errorString());
        downloadDir_.reset();
        emit importFinished(false);
        return;
    }
    setBusy(false);
    // The temporary folder lives until the next download: the import reads it on the worker.
    runImport(download_.fileName(), tr("l'extraction FINESS"), reply->url().toString());
}

// ---- Deleting everything ----------------------------------------------------------------

bool SettingsController::deleteAllData() {
    settings_->clear();
    settings_->setValue(kWipeKey, true);
    settings_->sync();
    if (settings_->status() != QSettings::NoError)
        return fail(tr("Effacement impossible"), tr("préférences non enregistrées"));
    emit wipePendingChanged();
    emit tilesChanged();
    emit languageChanged();
    emit finessUpdateUrlChanged();
    return true;
}

// ---- State ------------------------------------------------------------------------------

bool SettingsController::fail(const QString& what, const QString& message) {
    qWarning().noquote() << what << ":" << message;
    setErrorText(QStringLiteral("%1 : %2").arg(what, message));
    return false;
}

void SettingsController::setBusy(bool busy, const QString& status) {
    if (statusText_ != status) {
        statusText_ = status;
        emit statusTextChanged();
    }
    if (busy_ == busy) return;
    busy_ = busy;
    emit busyChanged();
}

void SettingsController::setProgress(double progress) {
    if (qFuzzyCompare(progress_ + 2, progress + 2)) return;
    progress_ = progress;
    emit progressChanged();
}

void SettingsController::setErrorText(const QString& text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace parcours::app
