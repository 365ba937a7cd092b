// MapSearch over a real directory: the list nearest first with the map's filters (kinds,
// emergency units, radius), core's distances, the commune lookup, and the problems it says.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "lyon_structures.hpp"
#include "map_search.hpp"
#include "parcours/directory/directory.hpp"
#include "path_util.hpp"

using parcours::app::MapSearch;
namespace dir = parcours::directory;

namespace {

using parcours::test::lyonStructure;
constexpr double kLat = parcours::test::kBellecourLat;
constexpr double kLon = parcours::test::kBellecourLon;

}  // namespace

class MapSearchTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        path_ = temp_.filePath(QStringLiteral("directory.sqlite"));
        auto opened = dir::Directory::open(parcours::app::toPath(path_));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        // Practices every ~1.1 km north of Bellecour, a pharmacy 500 m away, a hospital
        // with an emergency unit 3 km away.
        std::vector<dir::Structure> all;
        for (int i = 1; i <= 5; ++i)
            all.push_back(lyonStructure(i, dir::Kind::Practice, {kLat + i * 0.01, kLon}));
        all[0].address = "12 RUE DE LA CHARITÉ";
        all[1].address = "12 RUE DE LA CHARITÉ";  // two practices at one address: one place
        all.push_back(lyonStructure(10, dir::Kind::Pharmacy, {kLat - 0.0045, kLon}));
        auto replaced = opened->replaceSource({"finess", "test", "2026-05-12", 0}, all);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : replaced.error().message.c_str());
        // OpenStreetMap's hospital keeps its own emergency flag (FINESS's come from sites).
        auto hospital = lyonStructure(11, dir::Kind::Hospital, {kLat - 0.027, kLon}, true);
        hospital.source = "osm";
        hospital.sourceId = "way/11";
        replaced = opened->replaceSource({"osm", "test", "2026-05-12", 0}, {hospital});
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : replaced.error().message.c_str());
        dir::CommuneRow villeurbanne{"69266",        "VILLEURBANNE",
                                     "69100",        "",
                                     "VILLEURBANNE", parcours::geo::LatLon{45.7707, 4.8890}};
        auto communes = opened->replaceCommunes({"laposte", "test", "", 0}, {villeurbanne});
        QVERIFY2(communes.ok(), communes.ok() ? "" : communes.error().message.c_str());
    }

    void kindChoicesAreCoresCareKinds() {
        const QVariantList choices = MapSearch::kindChoices();
        QVERIFY(choices.size() >= 8);
        QCOMPARE(choices.first().toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("msp"));
        for (const QVariant& choice : choices) {
            QVERIFY(choice.toMap().value(QStringLiteral("id")).toString() !=
                    QStringLiteral("other"));
            QVERIFY(!choice.toMap().value(QStringLiteral("label")).toString().isEmpty());
        }
    }

    void nearestFirstWithTheFilters() {
        MapSearch search;
        search.nearby(kLat, kLon);
        QCOMPARE(search.structures()->count(), 0);  // no directory yet
        search.setDatabasePath(path_);
        auto* list = search.structures();
        QCOMPARE(list->count(), 7);
        QCOMPARE(list->get(0, QStringLiteral("kind")).toString(), QStringLiteral("pharmacy"));
        QCOMPARE(list->get(0, QStringLiteral("distanceText")).toString(),
                 QStringLiteral("500\u00A0m"));  // a no-break space
        double last = 0;
        for (int row = 0; row < list->count(); ++row) {
            const double d = list->get(row, QStringLiteral("distance")).toDouble();
            QVERIFY(d >= last);
            last = d;
        }

        search.setKinds({QStringLiteral("practice")});
        QCOMPARE(list->count(), 5);
        search.setRadiusMetres(2500);  // the practices at ~1.1 and ~2.2 km
        QCOMPARE(list->count(), 2);
        search.setKinds({});
        search.setRadiusMetres(0);
        search.setEmergencyOnly(true);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->get(0, QStringLiteral("kind")).toString(), QStringLiteral("hospital"));
        QCOMPARE(search.errorText(), QString());

        // An unknown kind is said, and the list is empty rather than unfiltered.
        search.setKinds({QStringLiteral("no-such-kind")});
        QCOMPARE(list->count(), 0);
        QVERIFY(search.errorText().contains(QStringLiteral("no-such-kind")));
    }

    void findsCommunes() {
        MapSearch search;
        search.setDatabasePath(path_);
        const QVariantList found = search.findCommunes(QStringLiteral("villeurbanne"));
        QCOMPARE(found.size(), 1);
        const QVariantMap commune = found.first().toMap();
        QCOMPARE(commune.value(QStringLiteral("name")).toString(), QStringLiteral("VILLEURBANNE"));
        QCOMPARE(commune.value(QStringLiteral("postcode")).toString(), QStringLiteral("69100"));
        QCOMPARE(commune.value(QStringLiteral("latitude")).toDouble(), 45.7707);
        QCOMPARE(search.findCommunes(QStringLiteral("69100")).size(), 1);
        QVERIFY(search.findCommunes(QStringLiteral("zzyzx")).isEmpty());
        QVERIFY(search.findCommunes(QStringLiteral("  ")).isEmpty());
    }

    void findsTheAddressesTheDirectoryKnows() {
        MapSearch search;
        search.setDatabasePath(path_);
        const QVariantList found = search.findAddresses(QStringLiteral("rue de la charite"));
        QCOMPARE(found.size(), 1);
        const QVariantMap place = found.first().toMap();
        QCOMPARE(place.value(QStringLiteral("name")).toString(),
                 QStringLiteral("12 RUE DE LA CHARITÉ, 69002 Lyon"));
        const double latitude = place.value(QStringLiteral("latitude")).toDouble();
        QVERIFY(latitude == kLat + 0.01 || latitude == kLat + 0.02);  // either practice there
        QVERIFY(search.findAddresses(QStringLiteral("rue inconnue")).isEmpty());
        // The prompt's list: communes first, addresses when no commune matches.
        QCOMPARE(search.findPlaces(QStringLiteral("villeurbanne"))
                     .first()
                     .toMap()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("VILLEURBANNE"));
        QCOMPARE(search.findPlaces(QStringLiteral("charité")).size(), 1);
    }

    void saysWhenTheDirectoryCannotBeRead() {
        const QString path = temp_.filePath(QStringLiteral("not-a-directory.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database, a text file that is long enough to be read as a header\n");
        file.close();
        MapSearch search;
        search.setDatabasePath(path);
        search.nearby(kLat, kLon);
        QCOMPARE(search.structures()->count(), 0);
        QVERIFY(search.errorText().contains(path));
    }

  private:
    QTemporaryDir temp_;
    QString path_;
};

QTEST_GUILESS_MAIN(MapSearchTest)
#include "tst_map_search.moc"
