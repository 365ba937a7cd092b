#pragma once
// Settings for QML: the journal's profiles (name, birth year, home commune chosen by a
// commune search), the map's tile source, the language, the directory data (import a
// FINESS / OpenStreetMap file, or update from data.gouv.fr), deleting all data, and the
// about page's licences. Only adapts core (journal profiles, directory import and
// commune search); preferences live in QSettings.
//
// Threading: imports and commune searches run on one worker thread with their own
// connection to the directory file (DirectoryController keeps its own); results and
// progress come back by queued calls, then DirectoryController.reloadAfterImport()
// re-queries. The download runs on the UI thread's event loop (QNetworkAccessManager)
// into a temporary file, then goes through the same import. Profiles are edited on the
// UI thread through JournalController's journal (one short transaction each).
//
// Deleting all data: the journal and the directory are open (here and in the other
// controllers), and an open SQLite file cannot be safely removed on every platform. So
// deleteAllData() records the wish and clears the preferences; main() calls
// applyPendingWipe() before opening anything at the next start, which removes both files
// (with their -wal and -shm), so that the app starts as on first run.
//
// QML: a typed singleton (`import Parcours` → SettingsController), built in main() after
// DirectoryController and JournalController and handed over with setInstance().

#include <QtQml/qqmlregistration.h>

#include <QFile>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <memory>

#include "app_singleton.hpp"
#include "profile_list_model.hpp"

class QQmlEngine;
class QJSEngine;
class QNetworkReply;
class QSettings;
class QTemporaryDir;

namespace parcours::app {

class DirectoryController;
class JournalController;

class SettingsController : public QObject, public AppSingleton<SettingsController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(parcours::app::ProfileListModel* profiles READ profiles CONSTANT)
    // The last commune search: [{insee, name, postcodes (list), label}].
    Q_PROPERTY(QVariantList communeResults READ communeResults NOTIFY communeResultsChanged)
    // "none" (the embedded basemap only), "osm" (OpenStreetMap's tile server, online) or
    // "file" (tileFileTemplate, offline tiles on disk).
    Q_PROPERTY(QString tileSource READ tileSource WRITE setTileSource NOTIFY tilesChanged)
    Q_PROPERTY(QString tileFileTemplate READ tileFileTemplate WRITE setTileFileTemplate NOTIFY
                   tilesChanged)
    // What MapView.tileUrlTemplate takes: "" for none.
    Q_PROPERTY(QString tileUrlTemplate READ tileUrlTemplate NOTIFY tilesChanged)
    // "fr" or "en"; the translator follows languageChanged.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Where "mettre à jour depuis data.gouv.fr" downloads the FINESS extraction from.
    Q_PROPERTY(QString finessUpdateUrl READ finessUpdateUrl WRITE setFinessUpdateUrl NOTIFY
                   finessUpdateUrlChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // 0…1 while a download or an import says how far it is; -1 when it cannot tell.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The last directory import: {source, imported, skipped}; empty before one.
    Q_PROPERTY(QVariantMap lastImport READ lastImport NOTIFY lastImportChanged)
    Q_PROPERTY(bool wipePending READ wipePending NOTIFY wipePendingChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    // [{name, licence, notice}], for the about page.
    Q_PROPERTY(QVariantList licences READ licences CONSTANT)

  public:
    static constexpr char kOsmTiles[] = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    // The etalab FINESS extraction with positions, data.gouv.fr's stable link to its latest
    // file (a setting: the user may point it elsewhere).
    static constexpr char kDefaultFinessUrl[] =
        "https://www.data.gouv.fr/fr/datasets/r/2ce43ade-8d2c-4d1d-81da-ca06c82abc68";

    struct Options {
        QString directoryPath;  // the directory file (DirectoryController's)
        QString settingsFile;   // an INI file (tests); empty: the platform's QSettings
        DirectoryController* directory = nullptr;  // re-queried after an import; may be null
        JournalController* journal = nullptr;      // the profiles' journal; may be null
    };

    explicit SettingsController(Options options, QObject* parent = nullptr);
    ~SettingsController() override;

    // At start, before any file is opened: removes the directory and the journal (and
    // their -wal, -shm) if deleteAllData() asked for it. True when it wiped.
    static bool applyPendingWipe(const QString& settingsFile, const QString& directoryPath,
                                 const QString& journalPath);

    // Profiles. Each returns false (errorText) when refused; the list is read again.
    Q_INVOKABLE void reloadProfiles();
    Q_INVOKABLE QString addProfile(const QString& name, int birthYear);
    Q_INVOKABLE bool renameProfile(const QString& profileId, const QString& name);
    Q_INVOKABLE bool setBirthYear(const QString& profileId, int birthYear);
    // `commune`: one of communeResults; an empty map clears the home commune.
    Q_INVOKABLE bool setHomeCommune(const QString& profileId, const QVariantMap& commune);

    // Communes by name or postcode (core's findCommunes), into communeResults.
    Q_INVOKABLE void searchCommunes(const QString& text);

    // Replaces a source of the directory with a FINESS or OpenStreetMap file (its format
    // detected from its content), all or nothing. importFinished(ok).
    Q_INVOKABLE void importDirectoryFile(const QUrl& file);
    // Downloads finessUpdateUrl to a temporary file, then imports it the same way.
    Q_INVOKABLE void updateFromDataGouv();
    Q_INVOKABLE void cancelDownload();

    // Records that all data is to be deleted at the next start (see above) and clears the
    // preferences. The page has asked twice.
    Q_INVOKABLE bool deleteAllData();

    [[nodiscard]] ProfileListModel* profiles() { return &profiles_; }
    [[nodiscard]] QVariantList communeResults() const { return communeResults_; }
    [[nodiscard]] QString tileSource() const;
    void setTileSource(const QString& source);
    [[nodiscard]] QString tileFileTemplate() const;
    void setTileFileTemplate(const QString& tileTemplate);
    [[nodiscard]] QString tileUrlTemplate() const;
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);
    [[nodiscard]] QString finessUpdateUrl() const;
    void setFinessUpdateUrl(const QString& url);
    [[nodiscard]] bool busy() const { return busy_; }
    [[nodiscard]] double progress() const { return progress_; }
    [[nodiscard]] QString statusText() const { return statusText_; }
    [[nodiscard]] QString errorText() const { return errorText_; }
    [[nodiscard]] QVariantMap lastImport() const { return lastImport_; }
    [[nodiscard]] bool wipePending() const;
    [[nodiscard]] static QString appVersion();
    [[nodiscard]] QVariantList licences() const;

  signals:
    void communeResultsChanged();
    void tilesChanged();
    void languageChanged();
    void finessUpdateUrlChanged();
    void busyChanged();
    void progressChanged();
    void statusTextChanged();
    void errorTextChanged();
    void lastImportChanged();
    void wipePendingChanged();
    void importFinished(bool ok);

  private:
    struct Worker;  // what the pool thread owns: its connection to the directory

    // `origin`: the URL a downloaded file came from, named in errors instead of `path`.
    void runImport(const QString& path, const QString& shownName, const QString& origin);
    void downloadFinished();
    void setBusy(bool busy, const QString& status = {});
    void setProgress(double progress);
    void setErrorText(const QString& text);
    bool fail(const QString& what, const QString& message);
    [[nodiscard]] QVariantMap communeLabels() const;

    Options options_;
    std::unique_ptr<QSettings> settings_;
    ProfileListModel profiles_;
    QThreadPool pool_;
    std::shared_ptr<Worker> worker_;
    QNetworkAccessManager network_;
    QPointer<QNetworkReply> reply_;
    std::unique_ptr<QTemporaryDir> downloadDir_;
    QFile download_;
    QVariantList communeResults_;
    quint64 communeGeneration_ = 0;
    bool busy_ = false;
    double progress_ = -1;
    QString statusText_;
    QString errorText_;
    QVariantMap lastImport_;
};

}  // namespace parcours::app
