#pragma once
// Light or dark: the user's choice ("system", "light", "dark"; kept in QSettings "theme"),
// where "system" follows the platform's palette (a dark window colour means a dark system
// theme: Qt 6.4 has no colour-scheme hint yet). $PARCOURS_THEME overrides it for screenshots
// and tests. QML reads `dark` (Main.qml sets the Material theme from it, Theme.qml picks the
// app's own colours).
//
// QML: a typed singleton (`import Parcours` → UiTheme), built in main() and handed over with
// setInstance() before QML asks for it.

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include "app_singleton.hpp"
class QQmlEngine;
class QJSEngine;

namespace parcours::app {

inline constexpr char kThemeEnvironmentVariable[] = "PARCOURS_THEME";

class UiTheme : public QObject, public AppSingleton<UiTheme> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(QStringList modes READ modes CONSTANT)

  public:
    // The saved mode (or $PARCOURS_THEME), "system" when neither is set.
    // No default argument: see app_singleton.hpp.
    explicit UiTheme(QObject* parent);

    [[nodiscard]] QString mode() const { return mode_; }
    // The user's choice: applied and saved; an unknown mode is ignored.
    void setMode(const QString& mode);
    [[nodiscard]] bool dark() const;
    [[nodiscard]] static QStringList modes();

  signals:
    void changed();

  private:
    QString mode_;
};

}  // namespace parcours::app
