// SettingsController over a real temporary journal and directory: profiles added and
// edited (name, birth year, home commune found by a commune search); the tile source and
// the language kept in the settings file; a FINESS file imported from disk and through the
// "update from data.gouv.fr" download (a local file:// URL here) with progress, the
// directory re-queried; a malformed file refused with nothing changed; deleting all data.

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

#include "directory_controller.hpp"
#include "journal_controller.hpp"
#include "settings_controller.hpp"

using parcours::app::DirectoryController;
using parcours::app::JournalController;
using parcours::app::SettingsController;

class SettingsControllerTest : public QObject {
    Q_OBJECT

  private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<DirectoryController> directory_;
    std::unique_ptr<JournalController> journal_;
    std::unique_ptr<SettingsController> settings_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    QString path(const QString& name) const { return dir_->filePath(name); }

    std::unique_ptr<SettingsController> makeSettings() {
        return std::make_unique<SettingsController>(SettingsController::Options{
            path(QStringLiteral("directory.sqlite")), path(QStringLiteral("settings.ini")),
            directory_.get(), journal_.get()});
    }

    // The embedded FINESS sample, copied out of qrc as a user's file.
    QString finessFile() const {
        const QString copy = dir_->filePath(QStringLiteral("finess.csv"));
        if (!QFile::exists(copy))
            QFile::copy(QStringLiteral(":/parcours/sample/finess-sample.csv"), copy);
        return copy;
    }

    qulonglong finessStructures() const {
        for (const auto& s : directory_->sources())
            if (s.toMap().value(QStringLiteral("source")) == QStringLiteral("finess"))
                return s.toMap().value(QStringLiteral("structures")).toULongLong();
        return 0;
    }

    bool waitImport(const std::function<void()>& start) {
        QSignalSpy done(settings_.get(), &SettingsController::importFinished);
        start();
        if (done.isEmpty() && !done.wait(30000)) return false;
        return done.at(0).at(0).toBool();
    }

  private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        // An empty directory: no first-run sample, so what is there came from the settings.
        directory_ = std::make_unique<DirectoryController>(
            DirectoryController::Options{path(QStringLiteral("directory.sqlite")), {}});
        QSignalSpy ready(directory_.get(), &DirectoryController::readyChanged);
        directory_->start();
        QVERIFY(ready.wait(10000));
        journal_ = std::make_unique<JournalController>(
            JournalController::Options{path(QStringLiteral("journal.sqlite")), {}});
        QVERIFY(journal_->start());
        settings_ = makeSettings();
        tester_ = std::make_unique<QAbstractItemModelTester>(
            settings_->profiles(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        tester_.reset();
        settings_.reset();
        journal_.reset();
        directory_.reset();
        dir_.reset();
    }

    void profilesAreAddedRenamedAndDated() {
        auto* profiles = settings_->profiles();
        const int before = profiles->count();
        const QString lea = settings_->addProfile(QStringLiteral("Léa"), 2015);
        QVERIFY(!lea.isEmpty());
        QCOMPARE(profiles->count(), before + 1);
        const int row = profiles->rowOf(lea);
        QCOMPARE(profiles->get(row, QStringLiteral("name")).toString(), QStringLiteral("Léa"));
        QCOMPARE(profiles->get(row, QStringLiteral("birthYear")).toInt(), 2015);

        QVERIFY(settings_->renameProfile(lea, QStringLiteral("Léa Martin")));
        QVERIFY(settings_->setBirthYear(lea, 2014));
        QCOMPARE(profiles->get(profiles->rowOf(lea), QStringLiteral("name")).toString(),
                 QStringLiteral("Léa Martin"));
        QCOMPARE(profiles->get(profiles->rowOf(lea), QStringLiteral("birthYear")).toInt(), 2014);

        // Refused: no name; an unknown profile. Nothing changes.
        QVERIFY(settings_->addProfile(QStringLiteral("  "), 2000).isEmpty());
        QVERIFY(settings_->errorText().contains(QStringLiteral("a profile needs a name")));
        QVERIFY(!settings_->renameProfile(QStringLiteral("00"), QStringLiteral("X")));
        QCOMPARE(profiles->count(), before + 1);

        // A second controller on the same journal sees them (they are in the journal).
        auto again = makeSettings();
        QCOMPARE(again->profiles()->count(), profiles->count());
    }

    void tilesAndLanguageAreKeptInTheSettings() {
        QCOMPARE(settings_->tileSource(), QStringLiteral("none"));
        QCOMPARE(settings_->tileUrlTemplate(), QString());
        QCOMPARE(settings_->language(), QStringLiteral("fr"));
        QSignalSpy tiles(settings_.get(), &SettingsController::tilesChanged);
        settings_->setTileSource(QStringLiteral("osm"));
        QCOMPARE(settings_->tileUrlTemplate(),
                 QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        settings_->setTileFileTemplate(QStringLiteral("/tmp/{z}/{x}/{y}.png"));  // not file://
        QVERIFY(!settings_->errorText().isEmpty());
        QCOMPARE(settings_->tileFileTemplate(), QString());
        settings_->setTileFileTemplate(QStringLiteral("file:///srv/tiles/{z}/{x}/{y}.png"));
        settings_->setTileSource(QStringLiteral("file"));
        QCOMPARE(settings_->tileUrlTemplate(), QStringLiteral("file:///srv/tiles/{z}/{x}/{y}.png"));
        QCOMPARE(tiles.count(), 3);
        settings_->setLanguage(QStringLiteral("en"));
        settings_->setLanguage(QStringLiteral("de"));  // refused
        QCOMPARE(settings_->language(), QStringLiteral("en"));

        auto again = makeSettings();  // read back from the file
        QCOMPARE(again->tileUrlTemplate(), QStringLiteral("file:///srv/tiles/{z}/{x}/{y}.png"));
        QCOMPARE(again->language(), QStringLiteral("en"));
    }

    void aFinessFileIsImportedFromDisk() {
        QCOMPARE(finessStructures(), 0ULL);
        QSignalSpy sources(directory_.get(), &DirectoryController::sourcesChanged);
        QVERIFY(
            waitImport([&] { settings_->importDirectoryFile(QUrl::fromLocalFile(finessFile())); }));
        QCOMPARE(settings_->lastImport().value(QStringLiteral("source")).toString(),
                 QStringLiteral("finess"));
        QVERIFY(settings_->lastImport().value(QStringLiteral("imported")).toInt() > 100);
        QVERIFY(sources.count() > 0 || sources.wait(10000));  // reloadAfterImport
        QCOMPARE(finessStructures(),
                 settings_->lastImport().value(QStringLiteral("imported")).toULongLong());
        QVERIFY(!settings_->busy());

        // The communes of the imported structures, for a profile's home commune.
        QSignalSpy found(settings_.get(), &SettingsController::communeResultsChanged);
        settings_->searchCommunes(QStringLiteral("Nice"));
        QVERIFY(found.wait(10000));
        const QVariantList communes = settings_->communeResults();
        QVERIFY(!communes.isEmpty());
        const QVariantMap nice = communes.first().toMap();
        QVERIFY(nice.value(QStringLiteral("label")).toString().contains(QStringLiteral("NICE")));
        const QString me = settings_->profiles()->get(0, QStringLiteral("profileId")).toString();
        QVERIFY(settings_->setHomeCommune(me, nice));
        QVERIFY(settings_->profiles()
                    ->get(0, QStringLiteral("homeCommuneLabel"))
                    .toString()
                    .contains(QStringLiteral("NICE")));
    }

    void updateFromDataGouvDownloadsThenImportsWithProgress() {
        settings_->setFinessUpdateUrl(QUrl::fromLocalFile(finessFile()).toString());
        QList<double> seen;
        connect(settings_.get(), &SettingsController::progressChanged, this,
                [&] { seen.append(settings_->progress()); });
        QVERIFY(waitImport([&] { settings_->updateFromDataGouv(); }));
        QVERIFY(settings_->lastImport().value(QStringLiteral("imported")).toInt() > 100);
        // The download said how far it was (the whole file: 1), then the import could not.
        QVERIFY2(seen.contains(1.0), qPrintable(QString::number(seen.size())));
        QCOMPARE(settings_->progress(), -1.0);
    }

    void aMalformedFileIsRefusedAndNothingChanges() {
        QVERIFY(
            waitImport([&] { settings_->importDirectoryFile(QUrl::fromLocalFile(finessFile())); }));
        const auto before = settings_->lastImport().value(QStringLiteral("imported")).toULongLong();
        const QString bad = path(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body>Service indisponible</body></html>\n");
        f.close();
        settings_->setFinessUpdateUrl(QUrl::fromLocalFile(bad).toString());
        QVERIFY(!waitImport([&] { settings_->updateFromDataGouv(); }));
        QVERIFY2(settings_->errorText().contains(QStringLiteral("l'annuaire n'a pas changé")),
                 qPrintable(settings_->errorText()));
        QVERIFY2(settings_->errorText().contains(QUrl::fromLocalFile(bad).toString()),
                 qPrintable(settings_->errorText()));  // named by its URL
        QCOMPARE(finessStructures(), before);
        // A download that fails: refused the same way.
        settings_->setFinessUpdateUrl(
            QUrl::fromLocalFile(path(QStringLiteral("absent.csv"))).toString());
        QVERIFY(!waitImport([&] { settings_->updateFromDataGouv(); }));
        QCOMPARE(finessStructures(), before);
    }

    void deletingAllDataStartsAfreshAtTheNextStart() {
        QVERIFY(!settings_->addProfile(QStringLiteral("Léa"), 2015).isEmpty());
        settings_->setLanguage(QStringLiteral("en"));
        QVERIFY(settings_->deleteAllData());
        QVERIFY(settings_->wipePending());
        QCOMPARE(settings_->language(), QStringLiteral("fr"));
        // The app closes; at the next start main() wipes before opening anything.
        tester_.reset();
        settings_.reset();
        journal_.reset();
        directory_.reset();
        QVERIFY(SettingsController::applyPendingWipe(path(QStringLiteral("settings.ini")),
                                                     path(QStringLiteral("directory.sqlite")),
                                                     path(QStringLiteral("journal.sqlite"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("journal.sqlite"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("directory.sqlite"))));
        // Only once.
        QVERIFY(!SettingsController::applyPendingWipe(path(QStringLiteral("settings.ini")),
                                                      path(QStringLiteral("directory.sqlite")),
                                                      path(QStringLiteral("journal.sqlite"))));
        journal_ = std::make_unique<JournalController>(
            JournalController::Options{path(QStringLiteral("journal.sqlite")), {}});
        QVERIFY(journal_->start());
        settings_ = makeSettings();
        QVERIFY(!settings_->wipePending());
        for (int i = 0; i < settings_->profiles()->count(); ++i)
            QVERIFY(settings_->profiles()->get(i, QStringLiteral("name")).toString() !=
                    QStringLiteral("Léa"));
    }

    void aboutListsTheLicences() {
        const QVariantList licences = settings_->licences();
        QStringList all;
        for (const auto& l : licences)
            all << l.toMap().value(QStringLiteral("licence")).toString() + u' ' +
                       l.toMap().value(QStringLiteral("notice")).toString();
        const QString text = all.join(u'\n');
        QVERIFY(text.contains(QStringLiteral("Licence Ouverte 2.0")));
        QVERIFY(text.contains(QStringLiteral("ODbL")));
        QVERIFY(text.contains(QStringLiteral("OpenStreetMap")));
        QVERIFY(text.contains(QStringLiteral("Domaine public")));
    }
};

QTEST_GUILESS_MAIN(SettingsControllerTest)

#include "tst_settings_controller.moc"
