#include "ui_theme.hpp"

#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>

namespace parcours::app {

namespace {

constexpr char kSettingsKey[] = "theme";

}  // namespace

UiTheme::UiTheme(QObject* parent) : QObject(parent) {
    const QString fromEnvironment = qEnvironmentVariable(kThemeEnvironmentVariable);
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    mode_ = modes().contains(fromEnvironment) ? fromEnvironment
            : modes().contains(saved)         ? saved
                                              : QStringLiteral("system");
}

QStringList UiTheme::modes() {
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

void UiTheme::setMode(const QString& mode) {
    if (!modes().contains(mode) || mode == mode_) return;
    mode_ = mode;
    QSettings().setValue(QLatin1String(kSettingsKey), mode);
    emit changed();
}

bool UiTheme::dark() const {
    if (mode_ == QStringLiteral("dark")) return true;
    if (mode_ == QStringLiteral("light")) return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

}  // namespace parcours::app
