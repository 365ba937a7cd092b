// MapView: the projection round trip, zooming about a point, panning by drag, the embedded
// basemap drawn where the land is. The item is shown in an offscreen window so that it gets
// real mouse events and is really painted.

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

#include "map_view.hpp"

using parcours::app::MapView;

namespace {

constexpr double kLyonLat = 45.7640;
constexpr double kLyonLon = 4.8357;

}  // namespace

class MapViewTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        window_ = std::make_unique<QQuickWindow>();
        window_->resize(400, 300);
        map_ = new MapView(window_->contentItem());
        map_->setSize(QSizeF(400, 300));
        map_->centerOn(kLyonLat, kLyonLon, 10);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup() { window_.reset(); }  // deletes the item with it

    void centreIsTheMiddleOfTheItem() {
        const QPointF p = map_->toScreen(kLyonLat, kLyonLon);
        QCOMPARE(p.x(), 200.0);
        QCOMPARE(p.y(), 150.0);
    }

    void roundTripAtSeveralZooms_data() {
        QTest::addColumn<double>("zoom");
        QTest::newRow("country") << 5.0;
        QTest::newRow("fractional") << 7.37;
        QTest::newRow("street") << 17.0;
    }
    void roundTripAtSeveralZooms() {
        QFETCH(double, zoom);
        map_->setZoom(zoom);
        const double places[][2] = {{48.8566, 2.3522}, {43.2965, 5.3698}, {-21.1151, 55.5364}};
        for (const auto& place : places) {
            const QPointF p = map_->toScreen(place[0], place[1]);
            const QVariantMap back = map_->toCoordinate(p.x(), p.y());
            QVERIFY(qAbs(back[QStringLiteral("latitude")].toDouble() - place[0]) < 1e-9);
            QVERIFY(qAbs(back[QStringLiteral("longitude")].toDouble() - place[1]) < 1e-9);
        }
    }

    void oneZoomLevelDoublesDistances() {
        const QPointF paris = map_->toScreen(48.8566, 2.3522);
        map_->setZoom(11);
        const QPointF paris11 = map_->toScreen(48.8566, 2.3522);
        QVERIFY(qAbs((paris11.x() - 200) - 2 * (paris.x() - 200)) < 1e-6);
        QVERIFY(qAbs((paris11.y() - 150) - 2 * (paris.y() - 150)) < 1e-6);
    }

    void zoomAroundKeepsThePointFixed() {
        const QVariantMap under = map_->toCoordinate(60, 250);
        QSignalSpy changed(map_, &MapView::viewChanged);
        map_->zoomAround(12.6, 60, 250);
        QCOMPARE(map_->zoom(), 12.6);
        QCOMPARE(changed.count(), 1);
        const QPointF after = map_->toScreen(under[QStringLiteral("latitude")].toDouble(),
                                             under[QStringLiteral("longitude")].toDouble());
        QVERIFY2(qAbs(after.x() - 60) < 1e-6 && qAbs(after.y() - 250) < 1e-6,
                 qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
    }

    void zoomIsClampedToTheLimits() {
        map_->setZoom(40);
        QCOMPARE(map_->zoom(), map_->maximumZoom());
        map_->zoomAround(-3, 10, 10);
        QCOMPARE(map_->zoom(), map_->minimumZoom());
    }

    void dragPansWithThePointer() {
        const QVariantMap grabbed = map_->toCoordinate(100, 100);
        QTest::mousePress(window_.get(), Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(window_.get(), QPoint(130, 110));
        QTest::mouseMove(window_.get(), QPoint(160, 140));
        QTest::mouseRelease(window_.get(), Qt::LeftButton, {}, QPoint(160, 140));
        const QPointF now = map_->toScreen(grabbed[QStringLiteral("latitude")].toDouble(),
                                           grabbed[QStringLiteral("longitude")].toDouble());
        QVERIFY2(qAbs(now.x() - 160) < 1e-6 && qAbs(now.y() - 140) < 1e-6,
                 qPrintable(QStringLiteral("%1,%2").arg(now.x()).arg(now.y())));
        QCOMPARE(map_->zoom(), 10.0);
    }

    void wheelZoomsAboutThePointer() {
        const QVariantMap under = map_->toCoordinate(300, 80);
        QWheelEvent wheel(QPointF(300, 80), window_->mapToGlobal(QPointF(300, 80)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(window_.get(), &wheel);
        QVERIFY(map_->zoom() > 10.0);
        const QPointF after = map_->toScreen(under[QStringLiteral("latitude")].toDouble(),
                                             under[QStringLiteral("longitude")].toDouble());
        QVERIFY(qAbs(after.x() - 300) < 1e-6 && qAbs(after.y() - 80) < 1e-6);
    }

    void pinchZoomsAboutTheFingers() {
        QPointingDevice* touchscreen = QTest::createTouchDevice();
        const QVariantMap under = map_->toCoordinate(200, 150);  // the fingers' midpoint
        QTest::touchEvent(window_.get(), touchscreen).press(0, {150, 150}).press(1, {250, 150});
        QTest::touchEvent(window_.get(), touchscreen).move(0, {100, 150}).move(1, {300, 150});
        QTest::touchEvent(window_.get(), touchscreen).release(0, {100, 150}).release(1, {300, 150});
        QVERIFY2(qAbs(map_->zoom() - 11.0) < 1e-9, qPrintable(QString::number(map_->zoom())));
        const QPointF after = map_->toScreen(under[QStringLiteral("latitude")].toDouble(),
                                             under[QStringLiteral("longitude")].toDouble());
        QVERIFY(qAbs(after.x() - 200) < 1e-6 && qAbs(after.y() - 150) < 1e-6);
    }

    void keyboardPansAndZooms() {
        map_->forceActiveFocus();
        QVERIFY(map_->hasActiveFocus());
        const QVariantMap centre = map_->toCoordinate(200, 150);
        QTest::keyClick(window_.get(), Qt::Key_Left);  // what is west comes in
        const QPointF moved = map_->toScreen(centre[QStringLiteral("latitude")].toDouble(),
                                             centre[QStringLiteral("longitude")].toDouble());
        QVERIFY(qAbs(moved.x() - 280) < 1e-6 && qAbs(moved.y() - 150) < 1e-6);
        QTest::keyClick(window_.get(), Qt::Key_Plus);
        QCOMPARE(map_->zoom(), 11.0);
        QTest::keyClick(window_.get(), Qt::Key_Minus);
        QTest::keyClick(window_.get(), Qt::Key_Minus);
        QCOMPARE(map_->zoom(), 9.0);
    }

    void doubleClickZoomsIn() {
        QTest::mouseDClick(window_.get(), Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(map_->zoom(), 11.0);
    }

    void drawsTheEmbeddedBasemap() {
        QVERIFY(map_->basemapLoaded());
        map_->centerOn(46.6, 2.4, 5);  // France, its coasts and the Atlantic
        const QImage image = window_->grabWindow();
        QVERIFY(!image.isNull());
        const QColor land = map_->property("landColor").value<QColor>();
        const QColor water = map_->property("waterColor").value<QColor>();
        const QPointF lyon = map_->toScreen(kLyonLat, kLyonLon);
        const QPointF atlantic = map_->toScreen(46.0, -4.0);
        const qreal dpr = image.devicePixelRatio();
        QCOMPARE(image.pixelColor((lyon * dpr).toPoint()).rgb(), land.rgb());
        QCOMPARE(image.pixelColor((atlantic * dpr).toPoint()).rgb(), water.rgb());
    }

    void coarseWorldLandGoesOnBeyondTheDetailedBoxes() {
        map_->centerOn(52.0, 20.0, 5);  // Warsaw in the detailed box, Minsk beyond it (22° E)
        const QImage image = window_->grabWindow();
        const QColor land = map_->property("landColor").value<QColor>();
        const qreal dpr = image.devicePixelRatio();
        QCOMPARE(image.pixelColor((map_->toScreen(52.23, 21.01) * dpr).toPoint()).rgb(),
                 land.rgb());
        QCOMPARE(image.pixelColor((map_->toScreen(53.9, 27.56) * dpr).toPoint()).rgb(), land.rgb());
    }

    // Across 180° the world repeats: Wallis-et-Futuna (176° W) sits just east of
    // Nouvelle-Calédonie (166° E), its land drawn there, and panning east goes on round.
    void theWorldRepeatsAcross180Degrees() {
        map_->centerOn(-17.0, 175.0, 4);
        const QPointF wallis = map_->toScreen(-13.3, -176.2);
        const QPointF caledonia = map_->toScreen(-21.3, 165.5);
        QVERIFY2(wallis.x() > caledonia.x() && wallis.x() < map_->width(),
                 qPrintable(QStringLiteral("Wallis at x=%1").arg(wallis.x())));
        // Alaska (150° W) east of the centre, and drawn as land: the world's copy beyond 180°.
        map_->centerOn(60.0, 175.0, 3);
        const QPointF alaska = map_->toScreen(64.0, -150.0);
        QVERIFY(alaska.x() > map_->width() / 2 && alaska.x() < map_->width());
        const QImage image = window_->grabWindow();
        const QColor land = map_->property("landColor").value<QColor>();
        QCOMPARE(image.pixelColor((alaska * image.devicePixelRatio()).toPoint()).rgb(), land.rgb());
        // A drag of a whole screen eastwards crosses 180° and the longitude wraps.
        map_->panBy(-map_->width(), 0);
        QVERIFY2(map_->centerLongitude() < 0 && map_->centerLongitude() > -180,
                 qPrintable(QString::number(map_->centerLongitude())));
        const QVariantMap east = map_->toCoordinate(map_->width(), map_->height() / 2);
        QVERIFY(east.value(QStringLiteral("longitude")).toDouble() >= -180);
    }

    void noBasemapWhenThePathIsEmpty() {
        QSignalSpy changed(map_, &MapView::basemapChanged);
        map_->setBasemapPath(QString());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!map_->basemapLoaded());
    }

    void attributionNamesOpenStreetMapForItsTiles() {
        MapView unshown;  // never painted: sets the template without fetching a tile
        QVERIFY(unshown.attribution().contains(QStringLiteral("Natural Earth")));
        unshown.setTileUrlTemplate(
            QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        QVERIFY(unshown.attribution().contains(QStringLiteral("OpenStreetMap")));
    }

    void offlineTilesAreDrawnOverTheBasemap() {
        // The tile under Lyon at zoom 10, a plain red square, in a {z}/{x}/{y}.png tree.
        QTemporaryDir tiles;
        QVERIFY(tiles.isValid());
        const QPointF world(
            std::floor((kLyonLon + 180) / 360 * 1024),
            std::floor((1 - std::asinh(std::tan(qDegreesToRadians(kLyonLat))) / M_PI) / 2 * 1024));
        const QString folder =
            tiles.filePath(QStringLiteral("10/%1").arg(static_cast<int>(world.x())));
        QVERIFY(QDir().mkpath(folder));
        QImage red(256, 256, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(QStringLiteral("%1/%2.png").arg(folder).arg(static_cast<int>(world.y()))));

        map_->setTileUrlTemplate(QUrl::fromLocalFile(tiles.path()).toString() +
                                 QStringLiteral("/{z}/{x}/{y}.png"));
        const QImage image = window_->grabWindow();
        const qreal dpr = image.devicePixelRatio();
        QCOMPARE(image.pixelColor((QPointF(200, 150) * dpr).toPoint()).rgb(),
                 QColor(Qt::red).rgb());
    }

  private:
    std::unique_ptr<QQuickWindow> window_;
    MapView* map_ = nullptr;
};

QTEST_MAIN(MapViewTest)
#include "tst_map_view.moc"
