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
        language_ = std::make_unique<parcours::app::UiLanguage>();
        parcours::app::UiLanguage::setInstance(language_.get());
        theme_ = std::make_unique<parcours::app::UiTheme>();
        parcours::app::UiTheme::setInstance(theme_.get());
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));  // not a default path in 6.4
        language_->apply(QStringLiteral("fr"), engine);        // the tests read French texts
    }

    void cleanupTestCase() {
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
};

QUICK_TEST_MAIN_WITH_SETUP(parcours_qml, Setup)

#include "tst_qml.moc"
