#include "file_open_handler.hpp"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QJSEngine>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

#ifdef Q_OS_ANDROID
namespace parcours::platform {
// platform/android/android_file_open.cpp: the VIEW intents, to handler->offer().
void watchAndroidViewIntents(app::FileOpenHandler* handler);
}  // namespace parcours::platform
#endif

namespace parcours::app {

namespace {

FileOpenHandler* s_instance = nullptr;

Q_LOGGING_CATEGORY(lcFileOpen, "parcours.fileopen")

// The local socket's name for a data folder: short (socket paths are limited) and the same
// for every process of this user that opens that folder.
QString serverName(const QString& key) {
    return QStringLiteral("parcours-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

constexpr int kSocketTimeoutMs = 2'000;  // a local socket answers at once, or not at all

}  // namespace

QString bundlePathProblem(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("main", "Fichier introuvable : %1").arg(path);
    if (!info.isFile())
        return QCoreApplication::translate("main", "Ce n'est pas un fichier : %1").arg(path);
    if (info.suffix().compare(QLatin1String(kBundleExtension), Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate(
                   "main", "Ce n'est pas un fichier de synchronisation Parcours (.%1) : %2")
            .arg(QLatin1String(kBundleExtension), path);
    return {};
}

FileOpenHandler::FileOpenHandler(QObject* parent) : QObject(parent) {}

FileOpenHandler::~FileOpenHandler() {
#ifdef Q_OS_IOS
    if (installed_) QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
#endif
    if (s_instance == this) s_instance = nullptr;
}

void FileOpenHandler::setInstance(FileOpenHandler* instance) {
    s_instance = instance;
}

FileOpenHandler* FileOpenHandler::create(QQmlEngine*, QJSEngine* jsEngine) {
    // Unlike the controllers, this one needs nothing from main(): a QML engine with no
    // instance set (tests, previews) gets its own, which the engine owns.
    if (!s_instance) return new FileOpenHandler(nullptr);
    Q_ASSERT(jsEngine->thread() == s_instance->thread());
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void FileOpenHandler::install() {
    if (installed_ || !QCoreApplication::instance()) return;
    installed_ = true;
    QCoreApplication::instance()->installEventFilter(this);
#ifdef Q_OS_IOS
    // Qt's iOS plugin turns application:openURL:options: into QDesktopServices::openUrl().
    // Only on iOS: elsewhere it would also catch the app's own "open this PDF" requests.
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "handleUrl");
#endif
#ifdef Q_OS_ANDROID
    platform::watchAndroidViewIntents(this);
#endif
}

bool FileOpenHandler::listen(const QString& key) {
    if (server_) return true;
    const QString name = serverName(key);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // A socket left by a process that died: nobody answered sendToRunningInstance().
        QLocalServer::removeServer(name);
        if (!server->listen(name)) {
            qCWarning(lcFileOpen).noquote() << "cannot listen for files:" << server->errorString();
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine())
                    offer(QUrl::fromEncoded(socket->readLine().trimmed()));
            });
        }
    });
    server_ = server;
    return true;
}

bool FileOpenHandler::sendToRunningInstance(const QString& key, const QUrl& url) {
    QLocalSocket socket;
    socket.connectToServer(serverName(key));
    if (!socket.waitForConnected(kSocketTimeoutMs)) return false;
    socket.write(url.toEncoded() + '\n');
    const bool sent = socket.waitForBytesWritten(kSocketTimeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(kSocketTimeoutMs);
    return sent;
}

bool FileOpenHandler::offer(const QUrl& url) {
    if (url.isLocalFile()) {
        const QString problem = bundlePathProblem(url.toLocalFile());
        if (!problem.isEmpty()) {
            qCWarning(lcFileOpen).noquote() << problem;
            return false;
        }
    } else if (url.scheme() != QLatin1String("content")) {
        qCWarning(lcFileOpen).noquote() << "not a file the app can open:" << url.toString();
        return false;
    }
    const bool changed = pendingFile_ != url;
    pendingFile_ = url;
    if (changed) emit pendingFileChanged();
    emit fileOpened(url);
    return true;
}

QUrl FileOpenHandler::take() {
    const QUrl file = pendingFile_;
    if (!pendingFile_.isEmpty()) {
        pendingFile_.clear();
        emit pendingFileChanged();
    }
    return file;
}

void FileOpenHandler::handleUrl(const QUrl& url) {
    offer(url);
}

bool FileOpenHandler::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FileOpen) {
        // url() is set for files too (file://); file() alone would lose content URLs.
        const auto* open = static_cast<QFileOpenEvent*>(event);
        const QUrl url = open->url().isEmpty() ? QUrl::fromLocalFile(open->file()) : open->url();
        if (offer(url)) return true;  // ours: no one else needs it
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace parcours::app
