// The Qt Quick Test runner of the app: runs every tst_*.qml of this folder against the real
// QML module `Parcours`, with a DirectoryController on a fresh temporary database (so the
// first test to need rows waits for the sample import, exactly as on a first run).

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtGlobal>
#include <memory>

#include "directory_controller.hpp"
#include "journal_controller.hpp"
#include "parcours/directory/importer.hpp"
#include "path_util.hpp"
#include "settings_controller.hpp"
#include "sync_controller.hpp"
#include "ui_language.hpp"
#include "ui_theme.hpp"

Q_IMPORT_QML_PLUGIN(ParcoursPlugin)

class Setup : public QObject {
    Q_OBJECT

  public slots:
    void applicationAvailable() {
        dir_ = std::make_unique<QTemporaryDir>();
        if (!dir_->isValid()) qFatal("cannot create a temporary directory");
        controller_ = std::make_unique<parcours::app::DirectoryController>(
            parcours::app::DirectoryController::Options{
                dir_->filePath(QStringLiteral("directory.sqlite"))});
        parcours::app::DirectoryController::setInstance(controller_.get());
        controller_->start();
        journal_ = std::make_unique<parcours::app::JournalController>(
            parcours::app::JournalController::Options{
                dir_->filePath(QStringLiteral("journal.sqlite")), {}});
        parcours::app::JournalController::setInstance(journal_.get());
        if (!journal_->start()) qFatal("cannot open the test journal");
        language_ = std::make_unique<parcours::app::UiLanguage>(nullptr);
        parcours::app::UiLanguage::setInstance(language_.get());
        theme_ = std::make_unique<parcours::app::UiTheme>(nullptr);
        parcours::app::UiTheme::setInstance(theme_.get());
        // Sync and settings; a second device (its own journal and sync, as another app
        // data folder) for tst_sync_flow.qml, as the ParcoursTest singletons.
        sync_ = std::make_unique<parcours::app::SyncController>(
            journal_.get(),
            parcours::app::SyncController::Options{
                {1, 8192}, QStringLiteral("Téléphone de test"), dir_->path(), false});
        parcours::app::SyncController::setInstance(sync_.get());
        settings_ = std::make_unique<parcours::app::SettingsController>(
            parcours::app::SettingsController::Options{
                dir_->filePath(QStringLiteral("directory.sqlite")),
                dir_->filePath(QStringLiteral("settings.ini")), controller_.get(), journal_.get()});
        parcours::app::SettingsController::setInstance(settings_.get());
        secondJournal_ = std::make_unique<parcours::app::JournalController>(
            parcours::app::JournalController::Options{
                dir_->filePath(QStringLiteral("second/journal.sqlite")), {}});
        if (!secondJournal_->start()) qFatal("cannot open the second test journal");
        secondSync_ = std::make_unique<parcours::app::SyncController>(
            secondJournal_.get(), parcours::app::SyncController::Options{{1, 8192}, {}, {}, false});
        qmlRegisterSingletonInstance("ParcoursTest", 1, 0, "SecondJournal", secondJournal_.get());
        qmlRegisterSingletonInstance("ParcoursTest", 1, 0, "SecondSync", secondSync_.get());
        // The map's commune prompt: a directory of La Poste rows only (data/, a few communes
        // around Lyon), communes.sqlite next to directory.sqlite (tst_map_position.qml).
        namespace directory = parcours::directory;
        auto communes = directory::Directory::open(
            parcours::app::toPath(dir_->filePath(QStringLiteral("communes.sqlite"))));
        directory::ImportRequest request;
        request.files = {parcours::app::toPath(
            QStringLiteral(QUICK_TEST_SOURCE_DIR "/data/laposte-communes.csv"))};
        request.format = directory::SourceFormat::LaPoste;
        if (!communes || !directory::importFiles(*communes, request))
            qFatal("cannot build the test communes");
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));  // not a default path in 6.4
        language_->apply(QStringLiteral("fr"), engine);        // the tests read French texts
    }

    void cleanupTestCase() {
        secondSync_.reset();
        secondJournal_.reset();
        settings_.reset();
        sync_.reset();
        journal_.reset();
        controller_.reset();
        dir_.reset();
    }

  private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<parcours::app::DirectoryController> controller_;
    std::unique_ptr<parcours::app::JournalController> journal_;
    std::unique_ptr<parcours::app::UiLanguage> language_;
    std::unique_ptr<parcours::app::UiTheme> theme_;
    std::unique_ptr<parcours::app::SyncController> sync_;
    std::unique_ptr<parcours::app::SettingsController> settings_;
    std::unique_ptr<parcours::app::JournalController> secondJournal_;
    std::unique_ptr<parcours::app::SyncController> secondSync_;
};

QUICK_TEST_MAIN_WITH_SETUP(parcours_qml, Setup)

#include "tst_qml.moc"
