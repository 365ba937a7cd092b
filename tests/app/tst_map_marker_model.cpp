// MapMarkerModel over a real directory and a real journal: structures stored through core,
// clustered by core, shown by the model; QAbstractItemModelTester checks every change.

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include "lyon_structures.hpp"
#include "map_marker_model.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/kind.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/journal/journal.hpp"
#include "path_util.hpp"
#include "structure_list_model.hpp"

using parcours::app::MapMarkerModel;
namespace dir = parcours::directory;
namespace journal = parcours::journal;

namespace {

using parcours::test::lyonStructure;
constexpr double kLat = parcours::test::kBellecourLat;
constexpr double kLon = parcours::test::kBellecourLon;

}  // namespace

class MapMarkerModelTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        path_ = temp_.filePath(QStringLiteral("directory.sqlite"));
        auto opened = dir::Directory::open(parcours::app::toPath(path_));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        // 20 practices around Bellecour (within ~200 m), 5 pharmacies in Saint-Étienne, a
        // hospital with an emergency unit, one structure without a position.
        std::vector<dir::Structure> all;
        for (int i = 0; i < 20; ++i)
            all.push_back(lyonStructure(i, dir::Kind::Practice,
                                        {kLat + (i % 5) * 0.0004, kLon + (i / 5) * 0.0004}));
        for (int i = 20; i < 25; ++i)
            all.push_back(
                lyonStructure(i, dir::Kind::Pharmacy, {45.4397 + (i - 20) * 0.00001, 4.3872}));
        auto noPosition = lyonStructure(31, dir::Kind::Msp, {0, 0});
        noPosition.position.reset();
        all.push_back(noPosition);
        auto replaced = opened->replaceSource({"finess", "test", "2026-05-12", 0}, all);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : replaced.error().message.c_str());
        // OpenStreetMap's hospital keeps its own emergency flag (FINESS's come from sites).
        auto hospital = lyonStructure(30, dir::Kind::Hospital, {45.7420, 4.8860}, true);
        hospital.source = "osm";
        hospital.sourceId = "way/30";
        replaced = opened->replaceSource({"osm", "test", "2026-05-12", 0}, {hospital});
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : replaced.error().message.c_str());
    }

    void loadsTheDirectoryInTheBackground() {
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy indexChanged(&model, &MapMarkerModel::indexChanged);
        model.setViewport(kLat, kLon, 8, 360, 640);
        QCOMPARE(model.rowCount(), 0);  // nothing loaded yet
        model.setDatabasePath(path_);
        QVERIFY(model.loading());
        QVERIFY(indexChanged.wait(10000));
        QVERIFY(!model.loading());
        QCOMPARE(model.errorText(), QString());
        QCOMPARE(model.structureCount(), 26);  // the one without a position is not on a map
        // Zoom 8 over Lyon: Bellecour's practices and the hospital are near, Saint-Étienne's
        // pharmacies ~50 km away; every one is counted once.
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            total += model.get(row, QStringLiteral("count")).toInt();
        QCOMPARE(total, 26);
    }

    void zoomingInSplitsClustersUntilEveryPracticeIsAlone() {
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model);
        model.setViewport(kLat, kLon, 10, 360, 640);
        int cluster = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.get(row, QStringLiteral("isCluster")).toBool()) cluster = row;
        QVERIFY(cluster >= 0);
        QCOMPARE(model.get(cluster, QStringLiteral("kind")).toString(), QStringLiteral("practice"));
        QVERIFY(model.get(cluster, QStringLiteral("count")).toInt() >= 20);
        QCOMPARE(model.get(cluster, QStringLiteral("id")).toString(), QString());
        const int splitZoom = model.get(cluster, QStringLiteral("splitZoom")).toInt();
        QVERIFY(splitZoom > 10 && splitZoom <= 18);
        const QVariantMap kinds = model.get(cluster, QStringLiteral("kindCounts")).toMap();
        QCOMPARE(kinds.value(QStringLiteral("practice")).toInt(), 20);

        // Tap to zoom in: centred on the cluster at its split zoom, it is several items.
        model.setViewport(model.get(cluster, QStringLiteral("latitude")).toDouble(),
                          model.get(cluster, QStringLiteral("longitude")).toDouble(), splitZoom,
                          360, 640);
        QVERIFY(model.rowCount() >= 2);

        model.setViewport(kLat + 0.0008, kLon + 0.0006, 18, 1280, 800);
        std::set<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.get(row, QStringLiteral("isCluster")).toBool());
            QCOMPARE(model.get(row, QStringLiteral("count")).toInt(), 1);
            ids.insert(model.get(row, QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), 20u);
        QVERIFY(ids.count(QStringLiteral("finess:690000007")) == 1);
    }

    void propertyChangesAreCoalescedIntoOneUpdate() {
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model);
        QSignalSpy updated(&model, &MapMarkerModel::updated);
        model.setCentreLatitude(45.4397);
        model.setCentreLongitude(4.3872);
        model.setZoom(13);
        model.setViewportWidth(1280);
        model.setViewportHeight(800);
        QCOMPARE(updated.count(), 0);
        QVERIFY(updated.wait(2000));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(model.rowCount(), 1);  // Saint-Étienne's five pharmacies, a metre apart
        QCOMPARE(model.get(0, QStringLiteral("count")).toInt(), 5);
        QCOMPARE(model.get(0, QStringLiteral("kind")).toString(), QStringLiteral("pharmacy"));
    }

    void aPanRecyclesRowsInsteadOfResetting() {
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        int most = 0;
        // From the practices one by one, out to Lyon's and Saint-Étienne's clusters and back.
        for (double zoom : {18.0, 17.0, 12.0, 8.0, 5.0, 12.0, 18.0}) {
            model.setViewport(kLat + 0.0008, kLon + 0.0006, zoom, 1280, 800);
            most = std::max(most, model.rowCount());
            QVERIFY(model.rowCount() > 0);
        }
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 6);
        QCOMPARE(most, 20);
        QCOMPARE(model.rowCount(), 20);
    }

    void filtersByKindAndEmergency() {
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model);
        model.setKinds({QStringLiteral("hospital")});
        model.setViewport(kLat, kLon, 6, 1280, 800);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0, QStringLiteral("id")).toString(), QStringLiteral("osm:way/30"));
        QVERIFY(model.get(0, QStringLiteral("emergency")).toBool());

        model.setKinds({});
        model.setEmergencyOnly(true);
        model.setViewport(kLat, kLon, 6, 1280, 800);
        QCOMPARE(model.rowCount(), 1);

        model.setViewport(kLat, kLon, 6, 0, 0);  // not laid out yet: nothing, no error
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorText(), QString());

        model.setEmergencyOnly(false);
        model.setKinds({QStringLiteral("no-such-kind")});
        model.setViewport(kLat, kLon, 6, 1280, 800);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorText().isEmpty());
    }

    void showsTheLastOutcomeOfPracticesCalled() {
        const QString journalPath = temp_.filePath(QStringLiteral("journal.sqlite"));
        {
            auto opened = journal::Journal::open(parcours::app::toPath(journalPath));
            QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
            auto& j = *opened;
            auto demarcheId = j.openDemarche({});
            QVERIFY2(demarcheId.ok(), demarcheId.ok() ? "" : demarcheId.error().message.c_str());
            for (auto [n, outcome, day] : {std::tuple{3, journal::Outcome::NoAnswer, 1},
                                           std::tuple{3, journal::Outcome::RefusedNoNewPatients, 2},
                                           std::tuple{4, journal::Outcome::WaitingList, 1}}) {
                journal::Call call;
                call.demarche = *demarcheId;
                call.practice.directoryId = "finess:69000000" + std::to_string(n);
                call.practice.name = "Structure " + std::to_string(n);
                call.at = "2026-05-1" + std::to_string(day) + "T10:00:00Z";
                call.outcome = outcome;
                auto logged = j.logCall(call);
                QVERIFY2(logged.ok(), logged.ok() ? "" : logged.error().message.c_str());
            }
        }
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model);
        model.setViewport(kLat + 0.0008, kLon + 0.0006, 18, 1280, 800);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.loadJournal(journalPath));
        QCOMPARE(dataChanged.count(), 1);
        QHash<QString, QString> outcomes;
        for (int row = 0; row < model.rowCount(); ++row)
            outcomes.insert(model.get(row, QStringLiteral("id")).toString(),
                            model.get(row, QStringLiteral("lastOutcome")).toString());
        QCOMPARE(outcomes.value(QStringLiteral("finess:690000003")),
                 QStringLiteral("refused-no-new-patients"));
        QCOMPARE(outcomes.value(QStringLiteral("finess:690000004")),
                 QStringLiteral("waiting-list"));
        QCOMPARE(outcomes.value(QStringLiteral("finess:690000005")), QString());
    }

    void namesTheStructuresAndGivesTheCardTheirDetails() {
        MapMarkerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model);
        model.setViewport(kLat + 0.0008, kLon + 0.0006, 18, 1280, 800);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.get(row, QStringLiteral("id")).toString();
            const QString n = id.right(2);  // "finess:6900000nn"
            QCOMPARE(model.get(row, QStringLiteral("name")).toString(),
                     QStringLiteral("Structure %1").arg(n.toInt()));
            QCOMPARE(model.get(row, QStringLiteral("kindLabel")).toString(),
                     QString::fromUtf8(dir::kindLabelFr(dir::Kind::Practice).data()));
        }
        // The card and the sheet: what the directory says of one structure.
        const QVariantMap hospital = model.structure(QStringLiteral("osm:way/30"));
        QCOMPARE(hospital.value(QStringLiteral("name")).toString(), QStringLiteral("Structure 30"));
        QCOMPARE(hospital.value(QStringLiteral("kind")).toString(), QStringLiteral("hospital"));
        QCOMPARE(hospital.value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
        QVERIFY(hospital.value(QStringLiteral("emergency")).toBool());
        QCOMPARE(hospital.value(QStringLiteral("latitude")).toDouble(), 45.7420);
        QVERIFY(model.structure(QStringLiteral("finess:nope")).isEmpty());
        QCOMPARE(hospital.value(QStringLiteral("distanceText")).toString(), QString());
        // From Bellecour: core's distance, written as the lists write it.
        const QVariantMap from = model.structure(QStringLiteral("osm:way/30"), kLat, kLon);
        const double metres = parcours::geo::distanceMetres({kLat, kLon}, {45.7420, 4.8860});
        QCOMPARE(from.value(QStringLiteral("distance")).toDouble(), metres);
        QCOMPARE(from.value(QStringLiteral("distanceText")).toString(),
                 parcours::app::StructureListModel::formatDistance(metres));
        QVERIFY(
            from.value(QStringLiteral("distanceText")).toString().endsWith(QStringLiteral("km")));
        // A cluster has no name.
        model.setViewport(kLat, kLon, 10, 360, 640);
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.get(row, QStringLiteral("isCluster")).toBool())
                QCOMPARE(model.get(row, QStringLiteral("name")).toString(), QString());
    }

    void saysWhenTheDirectoryCannotBeRead() {
        MapMarkerModel model;
        QSignalSpy indexChanged(&model, &MapMarkerModel::indexChanged);
        const QString path = temp_.filePath(QStringLiteral("not-a-directory.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database, a text file that is long enough to be read as a header\n");
        file.close();
        model.setDatabasePath(path);
        QVERIFY(indexChanged.wait(10000));
        QVERIFY(!model.errorText().isEmpty());
        QCOMPARE(model.structureCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

  private:
    void loadInto(MapMarkerModel& model) {
        QSignalSpy indexChanged(&model, &MapMarkerModel::indexChanged);
        model.setDatabasePath(path_);
        QVERIFY(indexChanged.wait(10000));
        QCOMPARE(model.structureCount(), 26);
    }

    QTemporaryDir temp_;
    QString path_;
};

QTEST_GUILESS_MAIN(MapMarkerModelTest)
#include "tst_map_marker_model.moc"
