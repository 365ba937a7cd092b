// The Qt Quick Test runner of the app: runs every tst_*.qml of this folder against the real
// QML module `Parcours`, with a DirectoryController on a fresh temporary database (so the
// first test to need rows waits for the sample import, exactly as on a first run).

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtGlobal>
#include <memory>

#include "directory_controller.hpp"
#include "journal_controller.hpp"
#include "parcours/directory/importer.hpp"
#include "path_util.hpp"

Q_IMPORT_QML_PLUGIN(ParcoursPlugin)

class Setup : public QObject {
    Q_OBJECT

  public slots:
    void applicationAvailable() {
        // As in main(): French first ("1,2 km").
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
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
};

QUICK_TEST_MAIN_WITH_SETUP(parcours_qml, Setup)

#include "tst_qml.moc"
