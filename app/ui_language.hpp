#pragma once
// The language of the interface: French (the language the texts are written in, so no
// translator) or English (i18n/parcours_en.ts, compiled into the app by qt_add_translations).
// Chosen in the settings and kept in QSettings ("language"); on first run, English when the
// system's language is English, else French. A change applies at once: the translator is
// swapped, the default QLocale follows (numbers, dates), and the QML engine re-evaluates every
// qsTr() binding.
//
// QML: a typed singleton (`import Parcours` → UiLanguage), built in main() and handed over
// with setInstance() before QML asks for it.

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include "app_singleton.hpp"
class QQmlEngine;
class QJSEngine;

namespace parcours::app {

// Overrides the saved choice ("fr" or "en"): screenshots and tests.
inline constexpr char kLanguageEnvironmentVariable[] = "PARCOURS_LANGUAGE";

class UiLanguage : public QObject, public AppSingleton<UiLanguage> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

  public:
    // No default argument: see app_singleton.hpp.
    explicit UiLanguage(QObject* parent);

    // $PARCOURS_LANGUAGE, else the saved choice, else the system's language when we have
    // it, else French.
    static QString initialCode();

    // Installs `code` ("fr" or "en"; anything else is refused with false) and asks `engine`
    // (when given) to re-evaluate its translated bindings. Not saved: start-up applies
    // initialCode() with it.
    bool apply(const QString& code, QQmlEngine* engine = nullptr);

    [[nodiscard]] QString code() const { return code_; }
    // The user's choice (the settings page): applied and saved.
    void setCode(const QString& code);
    [[nodiscard]] static QStringList available();

  signals:
    void codeChanged();

  private:
    QString code_;
    QTranslator translator_;
    bool installed_ = false;
    QQmlEngine* engine_ = nullptr;  // the last engine given to apply(), for setCode()
};

}  // namespace parcours::app
