// StructureListModel over a real directory: structures stored through core, read back by
// core queries, shown by the model; QAbstractItemModelTester checks every change.

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <optional>
#include <vector>

#include "parcours/directory/directory.hpp"
#include "path_util.hpp"
#include "structure_list_model.hpp"

using parcours::app::StructureListModel;
namespace dir = parcours::directory;

namespace {

dir::Structure structure(std::string id, std::string name, dir::Kind kind, std::string city,
                         std::optional<parcours::geo::LatLon> position) {
    dir::Structure s;
    s.source = "finess";
    s.sourceId = std::move(id);
    s.kind = kind;
    s.name = std::move(name);
    s.address = "1 RUE DE LA RÉPUBLIQUE";
    s.postcode = "69002";
    s.city = std::move(city);
    s.phone = "0478000000";
    s.position = position;
    return s;
}

}  // namespace

class StructureListModelTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        auto opened = dir::Directory::open(
            parcours::app::toPath(temp_.filePath(QStringLiteral("directory.sqlite"))));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        directory_.emplace(std::move(opened).value());
        // Around place Bellecour, Lyon; one far away; one with no position.
        const std::vector<dir::Structure> all{
            structure("690000001", "Maison de santé Bellecour", dir::Kind::Msp, "Lyon",
                      {{45.7590, 4.8330}}),
            structure("690000002", "Centre de santé Saxe", dir::Kind::CentreSante, "Lyon",
                      {{45.7600, 4.8450}}),
            structure("690000003", "Hôpital Édouard Herriot", dir::Kind::Hospital, "Lyon",
                      {{45.7420, 4.8860}}),
            structure("420000001", "Maison de santé du Soleil", dir::Kind::Msp, "Saint-Étienne",
                      {{45.4397, 4.3872}}),
            structure("690000004", "Centre de santé sans adresse", dir::Kind::CentreSante, "Lyon",
                      std::nullopt),
        };
        auto replaced = directory_->replaceSource({"finess", "test", "2026-05-12", 0}, all);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : replaced.error().message.c_str());
    }

    void rolesExposeTheCoreResult() {
        StructureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &StructureListModel::countChanged);
        QCOMPARE(model.rowCount(), 0);

        dir::NearbyQuery query;
        query.at = {45.7578, 4.8320};
        auto hits = directory_->nearby(query);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 4u);  // the one with no position is not "near"
        model.setHits(*hits);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.count(), 4);
        QCOMPARE(countChanged.count(), 1);

        const QHash<int, QByteArray> names = model.roleNames();
        for (const char* role :
             {"id", "name", "kind", "kindLabel", "address", "city", "phone", "distance", "latitude",
              "longitude", "distanceText", "postcode", "emergency"})
            QVERIFY2(names.key(role, -1) >= 0, role);

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(StructureListModel::IdRole).toString(),
                 QStringLiteral("finess:690000001"));
        QCOMPARE(first.data(StructureListModel::NameRole).toString(),
                 QStringLiteral("Maison de santé Bellecour"));
        QCOMPARE(first.data(Qt::DisplayRole).toString(),
                 QStringLiteral("Maison de santé Bellecour"));
        QCOMPARE(first.data(StructureListModel::KindRole).toString(), QStringLiteral("msp"));
        QCOMPARE(first.data(StructureListModel::KindLabelRole).toString(),
                 QStringLiteral("Maison de santé pluriprofessionnelle"));
        QCOMPARE(first.data(StructureListModel::AddressRole).toString(),
                 QStringLiteral("1 RUE DE LA RÉPUBLIQUE"));
        QCOMPARE(first.data(StructureListModel::PostcodeRole).toString(), QStringLiteral("69002"));
        QCOMPARE(first.data(StructureListModel::CityRole).toString(), QStringLiteral("Lyon"));
        QCOMPARE(first.data(StructureListModel::PhoneRole).toString(),
                 QStringLiteral("0478000000"));
        QCOMPARE(first.data(StructureListModel::EmergencyRole).toBool(), false);
        QCOMPARE(first.data(StructureListModel::LatitudeRole).toDouble(), 45.7590);
        QCOMPARE(first.data(StructureListModel::LongitudeRole).toDouble(), 4.8330);
        const double distance = first.data(StructureListModel::DistanceRole).toDouble();
        QVERIFY2(distance > 130 && distance < 170, QByteArray::number(distance));  // about 150 m
        QCOMPARE(first.data(StructureListModel::DistanceTextRole).toString(),
                 StructureListModel::formatDistance(distance));

        // Nearest first, Saint-Étienne last (about 50 km).
        QCOMPARE(model.index(3).data(StructureListModel::CityRole).toString(),
                 QStringLiteral("Saint-Étienne"));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(StructureListModel::DistanceRole).toDouble() >=
                    model.index(row - 1).data(StructureListModel::DistanceRole).toDouble());

        // QML's accessor.
        QCOMPARE(model.get(2, QStringLiteral("kind")).toString(), QStringLiteral("hospital"));
        QVERIFY(!model.get(4, QStringLiteral("name")).isValid());
        QVERIFY(!model.get(0, QStringLiteral("nope")).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 100).isValid());
    }

    void searchWithoutAPointHasNoDistance() {
        StructureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dir::SearchQuery query;
        query.text = "adresse";
        auto hits = directory_->search(query);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1u);
        model.setHits(*hits);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(StructureListModel::NameRole).toString(),
                 QStringLiteral("Centre de santé sans adresse"));
        QVERIFY(!row.data(StructureListModel::DistanceRole).isValid());
        QCOMPARE(row.data(StructureListModel::DistanceTextRole).toString(), QString());
        QVERIFY(!row.data(StructureListModel::LatitudeRole).isValid());
        QVERIFY(!row.data(StructureListModel::LongitudeRole).isValid());
    }

    void replacingAndClearingKeepTheModelConsistent() {
        StructureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &StructureListModel::countChanged);

        dir::NearbyQuery nearby;
        nearby.at = {45.7578, 4.8320};
        model.setHits(*directory_->nearby(nearby));
        QCOMPARE(model.rowCount(), 4);

        dir::SearchQuery search;
        search.text = "sante";  // accents folded: "santé"
        search.near = parcours::geo::LatLon{45.7578, 4.8320};
        auto found = directory_->search(search);
        QVERIFY(found.ok());
        model.setHits(*found);
        QCOMPARE(model.rowCount(), 4);      // two MSP, two centres de santé
        QCOMPARE(countChanged.count(), 1);  // same count: no change signalled

        nearby.radiusMetres = 1500;  // Bellecour (150 m) and Saxe (about 1 km)
        model.setHits(*directory_->nearby(nearby));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(countChanged.count(), 2);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(countChanged.count(), 3);
        QVERIFY(!model.index(0).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0);
    }

    void formatsDistancesTheFrenchWay() {
        const QLocale fr(QLocale::French, QLocale::France);
        const QString nbsp(QChar(0x00a0));
        QCOMPARE(StructureListModel::formatDistance(0, fr),
                 QStringLiteral("0") + nbsp + QStringLiteral("m"));
        QCOMPARE(StructureListModel::formatDistance(847, fr),
                 QStringLiteral("850") + nbsp + QStringLiteral("m"));
        QCOMPARE(StructureListModel::formatDistance(996, fr),
                 QStringLiteral("1,0") + nbsp + QStringLiteral("km"));
        QCOMPARE(StructureListModel::formatDistance(1234, fr),
                 QStringLiteral("1,2") + nbsp + QStringLiteral("km"));
        QCOMPARE(StructureListModel::formatDistance(9960, fr),
                 QStringLiteral("10") + nbsp + QStringLiteral("km"));
        QCOMPARE(StructureListModel::formatDistance(52'400, fr),
                 QStringLiteral("52") + nbsp + QStringLiteral("km"));
        QCOMPARE(StructureListModel::formatDistance(1234, QLocale(QLocale::English)),
                 QStringLiteral("1.2") + nbsp + QStringLiteral("km"));
        QCOMPARE(StructureListModel::formatDistance(-1, fr), QString());
        QCOMPARE(StructureListModel::formatDistance(std::numeric_limits<double>::quiet_NaN(), fr),
                 QString());
    }

  private:
    QTemporaryDir temp_;
    std::optional<dir::Directory> directory_;
};

QTEST_GUILESS_MAIN(StructureListModelTest)
#include "tst_structure_list_model.moc"
