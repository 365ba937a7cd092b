// The real app on its pages, headless: `parcours-app --self-test --page <page> --screenshot`
// on a fresh database (first run: imports the sample) must exit 0, and the PNG it saves
// (kept in the build folder to look at: map-*.png, list-*.png, sheet-*.png, journal-*.png)
// must show the page: the map with the basemap's land colour over a good part of it and the
// markers' colours; the list, the sheet and the journal not blank, the sheet and the journal
// over a journal filled here through core (calls over seven weeks, refusals among them), so
// the journal shows its timeline and chart and the sheet the calls made there.

#include <QColor>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <string>
#include <tuple>

#include "parcours/journal/journal.hpp"

namespace {

namespace journal = parcours::journal;

// A journal as after two months of searching: a médecin traitant démarche (the newest open
// one, so the journal page shows it) with calls over seven weeks, refusals among them, and
// an older specialist démarche. Returns "" or what went wrong.
QString fillJournal(const QString& file) {
    auto opened = journal::Journal::open(file.toStdString());
    if (!opened) return QString::fromStdString(opened.error().message);
    journal::Journal& j = *opened;
    journal::Demarche derm;
    derm.seeking = journal::Seeking::Specialist;
    derm.specialty = "Dermatologie";
    derm.openedAt = "2026-09-01T10:00:00+02:00";
    auto dermId = j.openDemarche(derm);
    journal::Demarche gp;
    gp.openedAt = "2026-10-05T09:00:00+02:00";
    auto gpId = j.openDemarche(gp);
    if (!dermId || !gpId) return QStringLiteral("démarche not opened");
    struct Row {
        const char* at;
        const char* name;
        journal::Outcome outcome;
        const char* reason;
    };
    const Row rows[] = {
        {"2026-10-05T09:15:00+02:00", "Cabinet médical des Terreaux",
         journal::Outcome::RefusedNoNewPatients, "complet"},
        {"2026-10-06T14:00:00+02:00", "Dr Martin", journal::Outcome::NoAnswer, ""},
        {"2026-10-07T09:00:00+02:00", "Dr Martin", journal::Outcome::Voicemail, ""},
        {"2026-10-14T11:30:00+02:00", "Centre de santé Bellecour",
         journal::Outcome::RefusedNoNewPatients, "ne prend plus de nouveaux patients"},
        {"2026-10-28T10:00:00+01:00", "Maison de santé de la Croix-Rousse",
         journal::Outcome::WaitingList, "liste d'attente de trois mois"},
        {"2026-11-04T16:45:00+01:00", "Dr Nguyen", journal::Outcome::RefusedOther,
         "ne suit pas les enfants"},
        {"2026-11-05T09:10:00+01:00", "Dr Nguyen", journal::Outcome::CallBack, ""},
        {"2026-11-18T08:30:00+01:00", "Centre de santé Gerland", journal::Outcome::Appointment,
         "premier rendez-vous le 2 décembre"},
    };
    for (const auto& r : rows) {
        journal::Call call;
        call.demarche = *gpId;
        call.at = r.at;
        call.practice.name = r.name;
        call.practice.phone = "04 78 00 00 00";
        call.outcome = r.outcome;
        call.reason = r.reason;
        if (auto id = j.logCall(call); !id) return QString::fromStdString(id.error().message);
    }
    journal::Call old;
    old.demarche = *dermId;
    old.at = "2026-09-02T10:00:00+02:00";
    old.practice.name = "Dr Roux";
    old.outcome = journal::Outcome::RefusedNoNewPatients;
    if (auto id = j.logCall(old); !id) return QString::fromStdString(id.error().message);
    // Two calls to the sample's structure nearest the default position, the one `--page
    // sheet` opens: its sheet lists them (nothing checks that, so a new sample only makes
    // the picture poorer).
    for (const auto& [demarche, at, outcome] :
         {std::tuple{*dermId, "2026-09-03T11:00:00+02:00", journal::Outcome::Referred},
          std::tuple{*gpId, "2026-11-20T10:00:00+01:00", journal::Outcome::RefusedNoNewPatients}}) {
        journal::Call call;
        call.demarche = demarche;
        call.at = at;
        call.practice.directoryId = "finess:690000013";
        call.practice.name = "CENTRE HOSPITALIER DU CANAL";
        call.practice.phone = "0405544205";
        call.outcome = outcome;
        if (auto id = j.logCall(call); !id) return QString::fromStdString(id.error().message);
    }
    return {};
}

// How many distinct colours, and how many pixels of `colour`.
struct Census {
    QHash<QRgb, int> colours;
    int count(const QColor& colour) const { return colours.value(colour.rgb()); }
};

Census census(const QImage& source) {
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    Census c;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) ++c.colours[image.pixel(x, y)];
    return c;
}

// parcours-app --self-test on `page`, its window saved to `png`; true when it exits with 0.
bool shoot(const QString& page, const QString& database, const QString& size, const QString& png,
           const QProcessEnvironment& environment) {
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.setProcessEnvironment(environment);
    app.start(
        QStringLiteral(PARCOURS_APP_PATH),
        {QStringLiteral("--self-test"), QStringLiteral("--page"), page, QStringLiteral("--db"),
         database, QStringLiteral("--size"), size, QStringLiteral("--screenshot"), png});
    return app.waitForFinished(60'000) && app.exitStatus() == QProcess::NormalExit &&
           app.exitCode() == 0;
}

}  // namespace

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

        QVERIFY(shoot(QStringLiteral("map"), dir.filePath(QStringLiteral("directory.sqlite")), size,
                      png, QProcessEnvironment::systemEnvironment()));

        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        const Census c = census(image);
        QVERIFY2(c.colours.size() >= 20, qPrintable(QString::number(c.colours.size())));
        const QColor land(0xf2, 0xef, 0xe9);  // MapView's default landColor
        const double landShare = double(c.count(land)) / (image.width() * image.height());
        QVERIFY2(landShare > 0.2, qPrintable(QString::number(landShare)));
        const QColor msp(QStringLiteral("#1b7837"));  // MapStyle: maisons de santé
        const QColor centre(QStringLiteral("#2166ac"));
        QVERIFY2(c.count(msp) + c.count(centre) > 0, "no marker of the sample's kinds");
    }

    // Every page at both sizes; the map, the journal and the rights in the dark theme too, and
    // the rights page in English (PNGs named page[-variant]-size.png).
    void pagesRender_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("size");
        const auto add = [](const char* page, const char* variant) {
            for (const char* size : {"360x640", "1280x800"})
                QTest::addRow("%s%s%s-%s", page, *variant ? "-" : "", variant, size)
                    << QString::fromLatin1(page) << QString::fromLatin1(variant)
                    << QString::fromLatin1(size);
        };
        for (const char* page : {"list", "sheet", "journal", "rights", "sync", "settings"})
            add(page, "");
        for (const char* page : {"map", "journal", "rights"}) add(page, "dark");
        add("rights", "en");
    }

    void pagesRender() {
        QFETCH(QString, page);
        QFETCH(QString, variant);
        QFETCH(QString, size);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString journalFile = dir.filePath(QStringLiteral("journal.sqlite"));
        if (page != QStringLiteral("list")) {
            const QString failure = fillJournal(journalFile);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        const QString name = variant.isEmpty() ? page : page + u'-' + variant;
        const QString png = QStringLiteral(PARCOURS_SCREENSHOT_DIR "/%1-%2.png").arg(name, size);
        QFile::remove(png);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PARCOURS_JOURNAL_DB"), journalFile);
        environment.insert(QStringLiteral("PARCOURS_THEME"), variant == QStringLiteral("dark")
                                                                 ? QStringLiteral("dark")
                                                                 : QStringLiteral("light"));
        environment.insert(QStringLiteral("PARCOURS_LANGUAGE"), variant == QStringLiteral("en")
                                                                    ? QStringLiteral("en")
                                                                    : QStringLiteral("fr"));
        QVERIFY(
            shoot(page, dir.filePath(QStringLiteral("directory.sqlite")), size, png, environment));

        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
        const Census c = census(image);
        // Text is anti-aliased: a page with words on it has many shades; a blank one, a few.
        QVERIFY2(c.colours.size() >= 50, qPrintable(QString::number(c.colours.size())));
        const double pixels = image.width() * image.height();
        if (variant == QStringLiteral("dark")) {
            // Most of the window is dark: Theme.qml's colours, the Material dark style, the
            // map's dark land and sea.
            double dark = 0;
            for (auto it = c.colours.cbegin(); it != c.colours.cend(); ++it)
                if (QColor(it.key()).lightness() < 80) dark += it.value();
            QVERIFY2(dark / pixels > 0.6, qPrintable(QString::number(dark / pixels)));
        } else if (page == QStringLiteral("sheet") || page == QStringLiteral("rights")) {
            // Theme.subHeaderBackground: the page's own bar under the window's.
            QVERIFY2(c.count(QColor(QStringLiteral("#24558f"))) > 1000, "no page header");
        } else if (page == QStringLiteral("journal")) {
            // JournalStyle.refusal: the chart's refusal bars, the timeline's dots and texts.
            const int red = c.count(QColor(QStringLiteral("#b00020")));
            QVERIFY2(red > 300, qPrintable(QString::number(red)));
        }
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
