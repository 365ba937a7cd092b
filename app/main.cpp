// parcours-app: a thin main() over parcours_app_lib (everything else lives there, so the
// tests link the same code).

#include <QtQml/qqmlextensionplugin.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSysInfo>
#include <QUrl>
#include <cstdio>

#include "app_options.hpp"
#include "directory_controller.hpp"
#include "file_open_handler.hpp"
#include "journal_controller.hpp"
#include "position_settings.hpp"
#include "self_test.hpp"
#include "settings_controller.hpp"
#include "sync_controller.hpp"
#include "ui_language.hpp"
#include "ui_theme.hpp"

Q_IMPORT_QML_PLUGIN(ParcoursPlugin)

int main(int argc, char* argv[]) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Parcours"));
    QGuiApplication::setApplicationName(QStringLiteral("Parcours"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    // Wayland's app id: the launcher platform/desktop installs (its name and icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.parcours.Parcours"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));

    const parcours::app::AppOptions options =
        parcours::app::parseAppOptions(QGuiApplication::arguments());
    // A second launch with a file on the same data (a double click while the app runs) hands
    // it to the running app and quits, before opening anything.
    if (!options.openFile.isEmpty() && !options.selfTest &&
        parcours::app::FileOpenHandler::sendToRunningInstance(
            options.databasePath, QUrl::fromLocalFile(options.openFile)))
        return 0;

    // "Delete all data" asked last time: done now, before anything opens the files.
    const QString journalPath =
        parcours::app::JournalController::defaultJournalPath(options.databasePath);
    parcours::app::SettingsController::applyPendingWipe({}, options.databasePath, journalPath);

    parcours::app::DirectoryController directory({options.databasePath});
    parcours::app::DirectoryController::setInstance(&directory);
    parcours::app::JournalController journal({journalPath, {}});
    parcours::app::JournalController::setInstance(&journal);
    journal.start();  // a failure shows on the journal page (errorText)
    parcours::app::SyncController sync(&journal, {{}, QSysInfo::machineHostName(), {}, true});
    parcours::app::SyncController::setInstance(&sync);
    parcours::app::SettingsController settings({options.databasePath, {}, &directory, &journal});
    parcours::app::SettingsController::setInstance(&settings);
    parcours::app::PositionSettings::setNmeaFile(options.nmeaFile);

    // A .parcours bundle to open: from the command line now, from the system later (macOS
    // and iOS open events, Android intents); the sync page takes FileOpenHandler.pendingFile.
    parcours::app::FileOpenHandler fileOpen(nullptr);
    parcours::app::FileOpenHandler::setInstance(&fileOpen);
    fileOpen.install();
    if (!options.selfTest) fileOpen.listen(options.databasePath);
    if (!options.openFile.isEmpty()) fileOpen.offer(QUrl::fromLocalFile(options.openFile));

    parcours::app::UiLanguage language(nullptr);
    parcours::app::UiLanguage::setInstance(&language);
    parcours::app::UiTheme theme(nullptr);
    parcours::app::UiTheme::setInstance(&theme);

    QQmlApplicationEngine engine;  // destroyed before the objects above it uses
    // French first; English when chosen (or the system's language); the locale follows.
    language.apply(parcours::app::UiLanguage::initialCode(), &engine);
    QObject::connect(&settings, &parcours::app::SettingsController::languageChanged, &language,
                     [&] { language.apply(settings.language()); });
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));  // not a default import path in 6.4
    engine.setInitialProperties({{QStringLiteral("startPage"), options.page}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Parcours/Main.qml")));  // loadFromModule: 6.5+
    if (engine.rootObjects().isEmpty()) return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window && options.windowSize.isValid()) window->resize(options.windowSize);

    if (options.quitAfterFirstFrame && window) {
        // Queued: frameSwapped comes from the render thread under the threaded loop; once:
        // a second frame may come before the quit is handled.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceMain] {
                std::printf("first frame: %lld ms after main()\n",
                            static_cast<long long>(sinceMain.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    directory.start();
    if (options.selfTest) return parcours::app::runSelfTest(window, options);
    return QGuiApplication::exec();
}
