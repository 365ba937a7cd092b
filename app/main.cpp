// parcours-app: a thin main() over parcours_app_lib (everything else lives there, so the
// tests link the same code).

#include <QtQml/qqmlextensionplugin.h>

#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>

#include "app_options.hpp"
#include "directory_controller.hpp"
#include "journal_controller.hpp"
#include "position_settings.hpp"
#include "self_test.hpp"

Q_IMPORT_QML_PLUGIN(ParcoursPlugin)

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Parcours"));
    QGuiApplication::setApplicationName(QStringLiteral("Parcours"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    // French first: numbers and distances read "1,2 km" until the English translation
    // exists (then the locale will follow the chosen language).
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));

    const parcours::app::AppOptions options =
        parcours::app::parseAppOptions(QGuiApplication::arguments());

    parcours::app::DirectoryController directory({options.databasePath});
    parcours::app::DirectoryController::setInstance(&directory);
    parcours::app::JournalController journal(
        {parcours::app::JournalController::defaultJournalPath(options.databasePath), {}});
    parcours::app::JournalController::setInstance(&journal);
    journal.start();  // a failure shows on the journal page (errorText)
    parcours::app::PositionSettings::setNmeaFile(options.nmeaFile);

    QQmlApplicationEngine engine;                         // destroyed before the controller it uses
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));  // not a default import path in 6.4
    engine.setInitialProperties({{QStringLiteral("startPage"), options.page}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Parcours/Main.qml")));  // loadFromModule: 6.5+
    if (engine.rootObjects().isEmpty()) return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window && options.windowSize.isValid()) window->resize(options.windowSize);

    directory.start();
    if (options.selfTest) return parcours::app::runSelfTest(window, options);
    return QGuiApplication::exec();
}
