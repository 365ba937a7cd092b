#include "ui_language.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>

namespace parcours::app {

namespace {

constexpr char kSettingsKey[] = "app/language";  // SettingsController's key too

QLocale localeFor(const QString& code) {
    return code == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        : QLocale(QLocale::French, QLocale::France);
}

}  // namespace

UiLanguage::UiLanguage(QObject* parent) : QObject(parent) {}

QStringList UiLanguage::available() {
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString UiLanguage::initialCode() {
    const QString fromEnvironment = qEnvironmentVariable(kLanguageEnvironmentVariable);
    if (available().contains(fromEnvironment)) return fromEnvironment;
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (available().contains(saved)) return saved;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("fr");
}

bool UiLanguage::apply(const QString& code, QQmlEngine* engine) {
    if (!available().contains(code)) return false;
    if (engine) engine_ = engine;
    if (installed_) {
        QCoreApplication::removeTranslator(&translator_);
        installed_ = false;
    }
    // French is the source language: no translator. English: the compiled .qm, embedded by
    // qt_add_translations under :/i18n.
    if (code != QStringLiteral("fr") &&
        translator_.load(QStringLiteral(":/i18n/parcours_%1.qm").arg(code)))
        installed_ = QCoreApplication::installTranslator(&translator_);
    QLocale::setDefault(localeFor(code));
    const bool changed = code_ != code;
    code_ = code;
    if (changed && engine_) engine_->retranslate();
    if (changed) emit codeChanged();
    return true;
}

void UiLanguage::setCode(const QString& code) {
    if (apply(code)) QSettings().setValue(QLatin1String(kSettingsKey), code);  // a choice
}

}  // namespace parcours::app
