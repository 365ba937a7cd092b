// The real app on its map page, headless: `parcours-app --self-test --page map --screenshot`
// on a fresh database (first run: imports the sample) must exit 0, and the PNG it saves
// (kept in the build folder to look at) must show the map: several distinct colours, the
// basemap's land colour over a good part of it, and the markers' colours.

#include <QColor>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class MapScreenshotTest : public QObject {
    Q_OBJECT

  private slots:
    void mapPageRendersTheBasemapAndMarkers_data() {
        QTest::addColumn<QString>("size");
        QTest::newRow("phone") << QStringLiteral("360x640");
        QTest::newRow("desktop") << QStringLiteral("1280x800");
    }

    void mapPageRendersTheBasemapAndMarkers() {
        QFETCH(QString, size);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = QStringLiteral(PARCOURS_SCREENSHOT_DIR "/map-%1.png").arg(size);
        QFile::remove(png);

        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(PARCOURS_APP_PATH),
                  {QStringLiteral("--self-test"), QStringLiteral("--page"), QStringLiteral("map"),
                   QStringLiteral("--db"), dir.filePath(QStringLiteral("directory.sqlite")),
                   QStringLiteral("--size"), size, QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);

        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        image = image.convertToFormat(QImage::Format_RGB32);
        QHash<QRgb, int> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) ++colours[image.pixel(x, y)];
        QVERIFY2(colours.size() >= 20, qPrintable(QString::number(colours.size())));
        const QRgb land = QColor(0xf2, 0xef, 0xe9).rgb();  // MapView's default landColor
        const double landShare = double(colours.value(land)) / (image.width() * image.height());
        QVERIFY2(landShare > 0.2, qPrintable(QString::number(landShare)));
        const QRgb msp = QColor(QStringLiteral("#1b7837")).rgb();  // MapStyle: maisons de santé
        const QRgb centre = QColor(QStringLiteral("#2166ac")).rgb();
        QVERIFY2(colours.value(msp) + colours.value(centre) > 0, "no marker of the sample's kinds");
    }

    void unknownPageIsAUsageError() {
        QProcess app;
        app.start(QStringLiteral(PARCOURS_APP_PATH),
                  {QStringLiteral("--page"), QStringLiteral("journal-to-come")});
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.readAllStandardError().contains("journal-to-come"));
    }
};

QTEST_GUILESS_MAIN(MapScreenshotTest)
#include "tst_map_screenshot.moc"
