// Android: hands the URL of a VIEW intent (a .parcours bundle from a file manager, a mail, a
// messaging app: usually content://, sometimes file://) to FileOpenHandler. Both the intent
// that started the app and, since the activity is singleTop (AndroidManifest.xml), those that
// arrive while it runs. Compiled only in Android builds (app/CMakeLists.txt); untested here
// (no SDK): written against Qt 6.5's QJniObject and its private new-intent listener.

#include <QtCore/private/qjnihelpers_p.h>
#include <QtCore/qcoreapplication_platform.h>

#include <QCoreApplication>
#include <QJniObject>
#include <QMetaObject>
#include <QPointer>
#include <QUrl>

#include "file_open_handler.hpp"

namespace parcours::platform {

namespace {

// The data URL of a VIEW intent; empty for any other intent (the launcher's MAIN).
QUrl viewUrl(const QJniObject& intent) {
    if (!intent.isValid()) return {};
    const QString action = intent.callObjectMethod<jstring>("getAction").toString();
    if (action != QLatin1String("android.intent.action.VIEW")) return {};
    const QJniObject uri = intent.callObjectMethod("getData", "()Landroid/net/Uri;");
    if (!uri.isValid()) return {};
    return QUrl(uri.callObjectMethod<jstring>("toString").toString());
}

// Called on Android's UI thread: the URL goes to the handler's (Qt's main) thread.
class NewIntentListener : public QtAndroidPrivate::NewIntentListener {
  public:
    explicit NewIntentListener(app::FileOpenHandler* handler) : handler_(handler) {}

    bool handleNewIntent(JNIEnv*, jobject intent) override {
        const QUrl url = viewUrl(QJniObject(intent));
        if (url.isEmpty()) return false;
        QPointer<app::FileOpenHandler> handler = handler_;
        QMetaObject::invokeMethod(
            handler_,
            [handler, url] {
                if (handler) handler->offer(url);
            },
            Qt::QueuedConnection);
        return true;
    }

  private:
    QPointer<app::FileOpenHandler> handler_;
};

}  // namespace

void watchAndroidViewIntents(app::FileOpenHandler* handler) {
    const QJniObject activity(QNativeInterface::QAndroidApplication::context());
    const QUrl first =
        viewUrl(activity.callObjectMethod("getIntent", "()Landroid/content/Intent;"));
    if (!first.isEmpty()) handler->offer(first);
    // Lives as long as the process: Qt keeps the pointer and offers no unregistering that
    // outlives the activity.
    QtAndroidPrivate::registerNewIntentListener(new NewIntentListener(handler));
}

}  // namespace parcours::platform
