#pragma once
// Sync by exported files for QML: export the journal to an encrypted bundle, inspect and
// import one, list the records in conflict and settle them. Only adapts core's sync
// (sync/bundle.hpp, sync/passphrase.hpp) and journal/conflicts.hpp.
//
// Threading: export and import (Argon2id, about a second by design, then encryption and
// the merge) run on one worker thread, each on its own connection to the journal file, so
// the UI thread keeps its own (JournalController's); results come back by a queued call.
// After an import, JournalController.reload() refills its models. Conflicts are listed and
// settled on the UI thread through JournalController's journal (one short transaction).
//
// Sharing: on mobile the platform shares a file (platform/, a FileSharer given with
// setSharer()); on desktop there is none and the page asks for a path (a save dialog).
//
// QML: a typed singleton (`import Parcours` → SyncController), built in main() (or the
// test setup) after JournalController and handed over with setInstance().

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QVariantMap>

#include "app_singleton.hpp"
#include "conflict_list_model.hpp"
#include "parcours/sync/bundle.hpp"

class QQmlEngine;
class QJSEngine;

namespace parcours::app {

class JournalController;

// The platform's share sheet (Android intent, iOS UIActivityViewController): hands a
// finished file to another app. Implemented in platform/; absent on desktop.
class FileSharer {
  public:
    virtual ~FileSharer() = default;
    // `path` is a complete file the sharer may copy; `mimeType` "application/x-parcours".
    virtual void share(const QString& path, const QString& mimeType) = 0;
};

class SyncController : public QObject, public AppSingleton<SyncController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // What the worker is doing ("Chiffrement…"), "" when idle.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    // The last failure, in core's words (wrong passphrase, altered file…); "" after success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(
        QString suggestedPassphrase READ suggestedPassphrase NOTIFY suggestedPassphraseChanged)
    Q_PROPERTY(bool canShare READ canShare CONSTANT)
    // The last export: {path, versions, bytes}; empty before one.
    Q_PROPERTY(QVariantMap lastExport READ lastExport NOTIFY lastExportChanged)
    // The file chosen for import and what its header says: {url, fileName, deviceLabel,
    // createdAt (local date), encrypted, appVersion, bytes}; empty when none.
    Q_PROPERTY(QVariantMap pendingImport READ pendingImport NOTIFY pendingImportChanged)
    // The last import: {added, updated, unchanged, conflicts, versionsAdded, clockCapped,
    // deviceLabel}; empty before one.
    Q_PROPERTY(QVariantMap lastImport READ lastImport NOTIFY lastImportChanged)
    Q_PROPERTY(parcours::app::ConflictListModel* conflicts READ conflicts CONSTANT)
    // exportFolder/suggestedFileName() as a file:// URL: the save dialog's proposal.
    Q_PROPERTY(QUrl defaultExportUrl READ defaultExportUrl NOTIFY lastExportChanged)

  public:
    struct Options {
        // Argon2id cost of exports (tests use libsodium's minimum, 1 pass and 8 KiB).
        sync::KdfParams kdf;
        QString deviceLabel;  // "Téléphone de Léa", shown by inspect on the other device
        // Where the save dialog opens; empty: the documents folder.
        QString exportFolder;
        // Time the KDF on this device before the first export (core's calibrateKdf, about
        // a second) and use that cost rather than `kdf`. The app sets it; tests do not.
        bool calibrateKdf = false;
    };

    SyncController(JournalController* journal, Options options, QObject* parent = nullptr);
    ~SyncController() override;

    // Not owned; null on desktop.
    void setSharer(FileSharer* sharer) { sharer_ = sharer; }

    // A new suggested passphrase (six words of the French list, 72 bits).
    Q_INVOKABLE QString newPassphrase();
    // {bits, strong, fromWordList}: a rough hint for a passphrase the user typed.
    Q_INVOKABLE QVariantMap passphraseStrength(const QString& passphrase) const;
    // A file name for an export: "parcours-2026-11-23.parcours".
    Q_INVOKABLE QString suggestedFileName() const;

    // Exports the whole journal, encrypted with `passphrase`, to `file` (a file:// URL or a
    // path; ".parcours" is added to a name without an extension), written durably.
    // exportFinished(ok) when done; errorText on failure.
    Q_INVOKABLE void exportTo(const QUrl& file, const QString& passphrase);
    // Exports to a temporary file and hands it to the platform's sharer (canShare).
    Q_INVOKABLE void exportAndShare(const QString& passphrase);

    // Reads the file's header (no passphrase): pendingImport, or errorText and false.
    Q_INVOKABLE bool inspect(const QUrl& file);
    // A .parcours file opened from outside (the OS, the command line): inspected, then
    // importRequested() so the sync page asks for the passphrase.
    Q_INVOKABLE void openFile(const QUrl& file);
    // Imports pendingImport's file with `passphrase` ("" for an unencrypted file).
    // importFinished(ok); the journal is unchanged on failure.
    Q_INVOKABLE void importPending(const QString& passphrase);
    Q_INVOKABLE void cancelImport();

    // Re-reads the conflicts (after a change elsewhere).
    Q_INVOKABLE void refreshConflicts();
    // "Keep this version": settles the record with its competing version `number`.
    Q_INVOKABLE bool keepVersion(const QString& recordId, int number);

    [[nodiscard]] bool busy() const { return busy_; }
    [[nodiscard]] QString statusText() const { return statusText_; }
    [[nodiscard]] QString errorText() const { return errorText_; }
    [[nodiscard]] QString suggestedPassphrase() const { return suggested_; }
    [[nodiscard]] bool canShare() const { return sharer_ != nullptr; }
    [[nodiscard]] QVariantMap lastExport() const { return lastExport_; }
    [[nodiscard]] QVariantMap pendingImport() const { return pending_; }
    [[nodiscard]] QVariantMap lastImport() const { return lastImport_; }
    [[nodiscard]] ConflictListModel* conflicts() { return &conflicts_; }
    [[nodiscard]] QUrl defaultExportUrl() const;

  signals:
    void busyChanged();
    void statusTextChanged();
    void errorTextChanged();
    void suggestedPassphraseChanged();
    void lastExportChanged();
    void pendingImportChanged();
    void lastImportChanged();
    void exportFinished(bool ok);
    void importFinished(bool ok);
    // A file came from outside: the page shows the import with the passphrase asked.
    void importRequested();

  private:
    void startExport(const QString& path, bool share, const QString& passphrase);
    void setBusy(bool busy, const QString& status = {});
    void setErrorText(const QString& text);
    [[nodiscard]] QString journalPath() const;

    JournalController* journal_;
    Options options_;
    FileSharer* sharer_ = nullptr;
    QThreadPool pool_;
    bool kdfCalibrated_ = false;
    ConflictListModel conflicts_;
    bool busy_ = false;
    QString statusText_;
    QString errorText_;
    QString suggested_;
    QVariantMap lastExport_;
    QVariantMap pending_;
    QVariantMap lastImport_;
};

}  // namespace parcours::app
