#pragma once
// The one instance of an app object that QML reaches as a typed singleton (QML_SINGLETON):
// main() or a test's setup builds it, calls setInstance() before QML imports Parcours, and
// keeps it; QML gets it through create() and never owns it.
//
//   class JournalController : public QObject, public AppSingleton<JournalController> {…}
//
// The type must not be default-constructible: Qt 6.4 builds a QML singleton with a default
// constructor when there is one, before looking for create(), and QML would get a second
// instance of its own.

#include <QJSEngine>
#include <QPointer>
#include <QtGlobal>

class QQmlEngine;

namespace parcours::app {

template <class T>
class AppSingleton {
  public:
    static void setInstance(T* instance) { instance_ = instance; }

    static T* create(QQmlEngine* /*qmlEngine*/, QJSEngine* jsEngine) {
        if (!instance_)
            qFatal("%s::setInstance() must be called before QML imports Parcours",
                   T::staticMetaObject.className());
        Q_ASSERT(jsEngine->thread() == instance_->thread());
        QJSEngine::setObjectOwnership(instance_, QJSEngine::CppOwnership);
        return instance_;
    }

  private:
    static inline QPointer<T> instance_;  // cleared when the instance is destroyed
};

}  // namespace parcours::app
