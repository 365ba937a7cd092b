// PositionProvider: an NMEA file replayed as the position, and the reasons it gives when
// there is none (a file that cannot be read, no source at all); --nmea on the command line.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "app_options.hpp"
#include "position_provider.hpp"

using parcours::app::PositionProvider;

namespace {

// "$<body>*<checksum>": the XOR of the body's bytes, as NMEA 0183 wants.
QByteArray sentence(const QByteArray& body) {
    char sum = 0;
    for (char c : body) sum = static_cast<char>(sum ^ c);
    return '$' + body + '*' +
           QByteArray::number(static_cast<unsigned char>(sum), 16)
               .rightJustified(2, '0')
               .toUpper() +
           "\r\n";
}

}  // namespace

class PositionProviderTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        nmea_ = temp_.filePath(QStringLiteral("grenoble.nmea"));
        QFile file(nmea_);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Grenoble, place Grenette: 45.1910 N, 5.7271 E.
        for (int s = 0; s < 3; ++s) {
            const QByteArray time = "0900" + QByteArray::number(s).rightJustified(2, '0') + ".00";
            file.write(
                sentence("GPGGA," + time + ",4511.460,N,00543.626,E,1,07,1.0,214.0,M,49.0,M,,"));
            file.write(sentence("GPRMC," + time + ",A,4511.460,N,00543.626,E,0.0,0.0,231126,,,"));
        }
    }

    void replaysAnNmeaFile() {
        PositionProvider provider;
        QSignalSpy position(&provider, &PositionProvider::positionChanged);
        QSignalSpy failed(&provider, &PositionProvider::failed);
        provider.setNmeaSource(QUrl::fromLocalFile(nmea_));
        provider.setActive(true);
        provider.componentComplete();
        QVERIFY(provider.valid());
        QVERIFY(position.wait(5000));
        QVERIFY(provider.hasPosition());
        QCOMPARE(qRound(provider.latitude() * 1e4), 451910);
        QCOMPARE(qRound(provider.longitude() * 1e4), 57271);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(provider.errorText(), QString());
    }

    void saysWhenTheFileCannotBeRead() {
        PositionProvider provider;
        QSignalSpy failed(&provider, &PositionProvider::failed);
        const QString missing = temp_.filePath(QStringLiteral("missing.nmea"));
        provider.setNmeaSource(QUrl::fromLocalFile(missing));
        provider.componentComplete();
        QVERIFY(!provider.valid());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(provider.errorText().contains(missing), qPrintable(provider.errorText()));
    }

    void saysWhenThereIsNoSource() {
        PositionProvider provider;
        QSignalSpy failed(&provider, &PositionProvider::failed);
        provider.setUsePlatformSource(false);
        provider.componentComplete();
        QVERIFY(!provider.valid());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!provider.errorText().isEmpty());
        QVERIFY(!provider.hasPosition());
    }

    void nmeaOptionGivesAnAbsolutePath() {
        const QString relative = QDir::current().relativeFilePath(nmea_);
        const auto options = parcours::app::parseAppOptions(
            {QStringLiteral("parcours-app"), QStringLiteral("--db"),
             temp_.filePath(QStringLiteral("d.sqlite")), QStringLiteral("--nmea"), relative});
        QCOMPARE(options.nmeaFile, QFileInfo(nmea_).absoluteFilePath());
        const auto without =
            parcours::app::parseAppOptions({QStringLiteral("parcours-app"), QStringLiteral("--db"),
                                            temp_.filePath(QStringLiteral("d.sqlite"))});
        QCOMPARE(without.nmeaFile, qEnvironmentVariable("PARCOURS_NMEA_FILE"));
    }

  private:
    QTemporaryDir temp_;
    QString nmea_;
};

QTEST_GUILESS_MAIN(PositionProviderTest)
#include "tst_position_provider.moc"
