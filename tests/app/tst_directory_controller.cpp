// DirectoryController on real temporary databases: first run imports the embedded sample off
// the UI thread, queries fill the model, stale answers are dropped, failures are told.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "app_options.hpp"
#include "directory_controller.hpp"

using parcours::app::DirectoryController;

class DirectoryControllerTest : public QObject {
    Q_OBJECT

  private:
    static constexpr int kImportTimeoutMs = 20'000;

    QString dbPath() const { return temp_.filePath(QStringLiteral("sub/folder/directory.sqlite")); }

    // Waits for the next resultsReady; returns its row count (-1 on timeout).
    static int nextResults(DirectoryController& controller, int timeoutMs = 5000) {
        QSignalSpy spy(&controller, &DirectoryController::resultsReady);
        if (!spy.wait(timeoutMs)) return -1;
        return spy.constFirst().constFirst().toInt();
    }

  private slots:
    void initTestCase() { QVERIFY(temp_.isValid()); }

    void firstRunImportsTheSampleThenListsTheNearest() {
        DirectoryController controller({dbPath()});
        QCOMPARE(controller.databasePath(), dbPath());
        QVERIFY(!controller.ready());
        QCOMPARE(controller.centreLatitude(), DirectoryController::kDefaultLatitude);
        QCOMPARE(controller.centreLongitude(), DirectoryController::kDefaultLongitude);

        QSignalSpy busy(&controller, &DirectoryController::busyChanged);
        QSignalSpy results(&controller, &DirectoryController::resultsReady);
        controller.start();
        QVERIFY(controller.busy());  // the UI thread is free while the worker imports
        QVERIFY(!controller.statusText().isEmpty());
        QVERIFY(results.wait(kImportTimeoutMs));
        QCOMPARE(results.count(), 1);
        QVERIFY(!controller.busy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(controller.ready());
        QVERIFY(QFile::exists(dbPath()));

        checkRows(controller);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(controller.statusText().contains(QStringLiteral("structures les plus proches")),
                 qPrintable(controller.statusText()));

        // The sources of the sample, with their dates, for the structure sheet.
        QStringList names;
        for (const QVariant& source : controller.sources()) {
            const QVariantMap map = source.toMap();
            names << map.value(QStringLiteral("source")).toString();
            QVERIFY(map.value(QStringLiteral("importedAt")).toString().startsWith(u'2'));
            QVERIFY(map.value(QStringLiteral("structures")).toULongLong() > 0);
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("finess"), QStringLiteral("osm")}));
    }

    void reopeningDoesNotImportAgain() {
        // The database of the previous test holds the sample: a first-run file that does
        // not exist would fail the import if it were tried.
        DirectoryController controller({dbPath(), {QStringLiteral("/nonexistent/finess.csv")}});
        controller.start();
        QVERIFY(nextResults(controller) > 0);
        QCOMPARE(controller.sources().size(), 2);  // read back on opening
        QVERIFY2(!controller.statusText().contains(QStringLiteral("impossible")),
                 qPrintable(controller.statusText()));
    }

    void searchFiltersAndEmptyTextGoesBackToNearby() {
        DirectoryController controller({dbPath()});
        controller.start();
        const int nearby = nextResults(controller);
        QVERIFY(nearby > 0);
        auto* model = controller.structures();
        const QString firstId = model->get(0, QStringLiteral("id")).toString();
        const QString firstName = model->get(0, QStringLiteral("name")).toString();

        // A word of the nearest structure's name finds it again.
        QString word;
        for (const QString& part : firstName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (part.size() > word.size()) word = part;
        QSignalSpy query(&controller, &DirectoryController::queryChanged);
        controller.search(word);
        QCOMPARE(controller.searchText(), word);
        QCOMPARE(query.count(), 1);
        QVERIFY(controller.querying());
        QVERIFY(nextResults(controller) > 0);
        QVERIFY(!controller.querying());
        bool found = false;
        for (int row = 0; row < model->count(); ++row)
            found = found || model->get(row, QStringLiteral("id")).toString() == firstId;
        QVERIFY2(found, qPrintable(word));
        QVERIFY(controller.statusText().contains(word));

        controller.search(QStringLiteral("  zzqxw "));
        QCOMPARE(controller.searchText(), QStringLiteral("zzqxw"));
        QCOMPARE(nextResults(controller), 0);
        QCOMPARE(model->count(), 0);
        QVERIFY(controller.statusText().contains(QStringLiteral("zzqxw")));

        controller.search(QString());
        QCOMPARE(nextResults(controller), nearby);
        QCOMPARE(model->get(0, QStringLiteral("id")).toString(), firstId);
    }

    void nearbyMovesTheCentreAndClearsTheSearch() {
        DirectoryController controller({dbPath()});
        controller.start();
        QVERIFY(nextResults(controller) > 0);
        controller.search(QStringLiteral("sante"));
        QVERIFY(nextResults(controller) >= 0);

        controller.nearby(45.4397, 4.3872);  // Saint-Étienne
        QCOMPARE(controller.searchText(), QString());
        QCOMPARE(controller.centreLatitude(), 45.4397);
        QVERIFY(nextResults(controller) > 0);
        auto* model = controller.structures();
        for (int row = 1; row < model->count(); ++row)
            QVERIFY(model->get(row, QStringLiteral("distance")).toDouble() >=
                    model->get(row - 1, QStringLiteral("distance")).toDouble());
    }

    void onlyTheLatestQueryIsShown() {
        DirectoryController controller({dbPath()});
        controller.start();
        QVERIFY(nextResults(controller) > 0);

        QSignalSpy results(&controller, &DirectoryController::resultsReady);
        controller.search(QStringLiteral("sante"));
        controller.search(QStringLiteral("zzqxw"));  // before the first answer comes back
        QVERIFY(results.wait());
        QTest::qWait(200);  // the first answer, if it were not dropped, would come by now
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.constFirst().constFirst().toInt(), 0);
        QCOMPARE(controller.structures()->count(), 0);
    }

    void aFailedFirstRunImportIsToldAndLeavesAnEmptyDirectory() {
        QTemporaryDir other;
        DirectoryController controller({other.filePath(QStringLiteral("directory.sqlite")),
                                        {QStringLiteral(":/nonexistent.csv")}});
        controller.start();
        QCOMPARE(nextResults(controller, kImportTimeoutMs), 0);
        QVERIFY(controller.ready());
        QVERIFY2(controller.statusText().contains(QStringLiteral("impossible")),
                 qPrintable(controller.statusText()));
    }

    void anUnopenableFileIsToldAndNothingRuns() {
        // A folder cannot be made under a regular file.
        QFile blocker(temp_.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DirectoryController controller(
            {temp_.filePath(QStringLiteral("blocker/directory.sqlite"))});
        QSignalSpy busy(&controller, &DirectoryController::busyChanged);
        controller.start();
        QVERIFY(busy.wait());                         // busy on
        if (controller.busy()) QVERIFY(busy.wait());  // busy off
        QVERIFY(!controller.busy());
        QVERIFY(!controller.ready());
        QVERIFY2(controller.statusText().startsWith(QStringLiteral("Impossible d'ouvrir")),
                 qPrintable(controller.statusText()));
        controller.search(QStringLiteral("sante"));  // recorded, not run
        QTest::qWait(100);
        QCOMPARE(controller.structures()->count(), 0);
    }

    void databasePathComesFromTheOptionThenTheEnvironment() {
        const QString cwd = QDir::currentPath();
        QCOMPARE(parcours::app::resolveDatabasePath(QStringLiteral("/a/b.sqlite")),
                 QStringLiteral("/a/b.sqlite"));
        QCOMPARE(parcours::app::resolveDatabasePath(QStringLiteral("b.sqlite")),
                 cwd + QStringLiteral("/b.sqlite"));
        qputenv(parcours::app::kDatabaseEnvironmentVariable, "/env/d.sqlite");
        QCOMPARE(parcours::app::resolveDatabasePath(QString()), QStringLiteral("/env/d.sqlite"));
        QCOMPARE(parcours::app::resolveDatabasePath(QStringLiteral("/a/b.sqlite")),
                 QStringLiteral("/a/b.sqlite"));
        qunsetenv(parcours::app::kDatabaseEnvironmentVariable);
        QVERIFY(parcours::app::resolveDatabasePath(QString()).endsWith(
            QStringLiteral("/directory.sqlite")));
    }

  private:
    static void checkRows(DirectoryController& controller) {
        auto* model = controller.structures();
        QVERIFY(model->count() > 0);
        QVERIFY(model->count() <= DirectoryController::kResultLimit);
        for (int row = 0; row < model->count(); ++row) {
            QVERIFY(!model->get(row, QStringLiteral("name")).toString().isEmpty());
            QVERIFY(model->get(row, QStringLiteral("distance")).isValid());
        }
    }

    QTemporaryDir temp_;
};

QTEST_GUILESS_MAIN(DirectoryControllerTest)
#include "tst_directory_controller.moc"
