#pragma once
// FileOpenHandler: the sync bundle (.parcours) the system asked the app to open, handed to
// the sync page. The ways a file arrives, all ending in offer():
//   - the command line (`parcours-app FILE.parcours`: AppOptions::openFile; the desktop
//     file's `Exec=parcours-app %f`, so a double click on Linux);
//   - a QFileOpenEvent (macOS Finder; watched by the event filter install() sets up);
//   - iOS: UIKit's openURL reaches Qt's QDesktopServices, whose "file" handler install()
//     registers on iOS only (Qt sends no QFileOpenEvent there);
//   - Android: the VIEW intent (platform/android), a content:// or file:// URL.
// The handler only checks that the URL names a bundle and keeps it: pendingFile stays set
// until the sync page takes it (take()), so a file that arrives before QML is loaded, or
// while another page shows, is not lost. Reading and importing it is SyncController's job.
//
// QML: a typed singleton (`import Parcours` → FileOpenHandler), built in main() and handed
// over with setInstance(); without one (tests), QML gets a fresh handler of its own.

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QUrl>

class QEvent;
class QLocalServer;
class QQmlEngine;
class QJSEngine;

namespace parcours::app {

// The file name extension of a sync bundle (docs/bundle-format.md), without the dot.
inline constexpr char kBundleExtension[] = "parcours";

// Why `path` cannot be opened as a bundle ("" when it can): it must exist, be a file and end
// in .parcours (any case). French, for the usage message and the log.
QString bundlePathProblem(const QString& path);

class FileOpenHandler : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The bundle waiting for the sync page; empty when none.
    Q_PROPERTY(QUrl pendingFile READ pendingFile NOTIFY pendingFileChanged)

  public:
    // No default argument: Qt 6.4 builds a QML singleton with a default constructor when
    // there is one (before create()), and QML would get a second instance.
    explicit FileOpenHandler(QObject* parent);
    ~FileOpenHandler() override;

    static void setInstance(FileOpenHandler* instance);
    static FileOpenHandler* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    // Watches the application for QFileOpenEvent and, on iOS, handles file:// URLs given to
    // QDesktopServices. Call once, after the QGuiApplication exists.
    void install();

    // One app per data folder on the desktop: a double click on a bundle while the app runs
    // starts a second process, which hands the file to the first and quits (macOS, iOS and
    // Android deliver it to the running app themselves). `key` names the data folder (main()
    // gives the directory file's path). listen() makes this instance the one files go to;
    // false if it cannot (the app runs on, files then open new windows).
    bool listen(const QString& key);
    // Sends `url` to the instance listening on `key`; false when none answers.
    static bool sendToRunningInstance(const QString& key, const QUrl& url);

    QUrl pendingFile() const { return pendingFile_; }

    // A file the system asks us to open: a local file must pass bundlePathProblem(); a
    // content:// URL (Android) is taken as is, since its name is not in the URL. Returns
    // whether it was accepted (then pendingFile is set and fileOpened emitted).
    Q_INVOKABLE bool offer(const QUrl& url);

    // The pending file, cleared: the sync page calls it when it opens the file.
    Q_INVOKABLE QUrl take();

  signals:
    void fileOpened(const QUrl& url);
    void pendingFileChanged();

  public slots:
    // QDesktopServices' handler signature (iOS): same as offer().
    void handleUrl(const QUrl& url);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QUrl pendingFile_;
    bool installed_ = false;
    QLocalServer* server_ = nullptr;
};

}  // namespace parcours::app
