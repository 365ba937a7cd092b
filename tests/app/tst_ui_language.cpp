// The interface language: English comes from the compiled translation embedded in the app,
// a change applies at once to QML bindings, French is the default and a choice is kept.

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "ui_language.hpp"
#include "ui_theme.hpp"

using parcours::app::UiLanguage;
using parcours::app::UiTheme;

class UiLanguageTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // QSettings in a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("ParcoursTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ParcoursTest"));
        qunsetenv(parcours::app::kLanguageEnvironmentVariable);
        qunsetenv(parcours::app::kThemeEnvironmentVariable);
        QSettings().clear();
    }

    void englishTranslatesTheAppsTexts() {
        UiLanguage language(nullptr);
        QVERIFY(language.apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Main", "Carte"), QStringLiteral("Map"));
        QCOMPARE(QCoreApplication::translate("StructureSheet", "Appeler %1"),
                 QStringLiteral("Call %1"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(language.apply(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Main", "Carte"), QStringLiteral("Carte"));
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
    }

    void aChangeReachesQmlBindingsAtOnce() {
        UiLanguage language(nullptr);
        QQmlEngine engine;
        language.apply(QStringLiteral("fr"), &engine);
        QQmlComponent component(&engine);
        const QTemporaryDir folder;  // a file named Main.qml: qsTr's context is "Main"
        component.setData("import QtQml\nQtObject { property string label: qsTr(\"Carte\") }",
                          QUrl::fromLocalFile(folder.filePath(QStringLiteral("Main.qml"))));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("label").toString(), QStringLiteral("Carte"));
        language.setCode(QStringLiteral("en"));
        QCOMPARE(object->property("label").toString(), QStringLiteral("Map"));
        language.setCode(QStringLiteral("fr"));
        QCOMPARE(object->property("label").toString(), QStringLiteral("Carte"));
    }

    void theChoiceIsKeptAndAnUnknownLanguageRefused() {
        UiLanguage language(nullptr);
        language.setCode(QStringLiteral("en"));
        QCOMPARE(UiLanguage::initialCode(), QStringLiteral("en"));
        QVERIFY(!language.apply(QStringLiteral("de")));
        language.setCode(QStringLiteral("de"));
        QCOMPARE(language.code(), QStringLiteral("en"));
        QCOMPARE(UiLanguage::initialCode(), QStringLiteral("en"));
        qputenv(parcours::app::kLanguageEnvironmentVariable, "fr");
        QCOMPARE(UiLanguage::initialCode(), QStringLiteral("fr"));
        qunsetenv(parcours::app::kLanguageEnvironmentVariable);
        language.setCode(QStringLiteral("fr"));
        QCOMPARE(UiLanguage::initialCode(), QStringLiteral("fr"));
    }

    void theThemeModeIsKeptAndDarkFollowsIt() {
        {
            UiTheme theme(nullptr);
            QCOMPARE(theme.mode(), QStringLiteral("system"));
            QSignalSpy changed(&theme, &UiTheme::changed);
            theme.setMode(QStringLiteral("dark"));
            QVERIFY(theme.dark());
            QCOMPARE(changed.count(), 1);
            theme.setMode(QStringLiteral("sepia"));  // unknown: ignored
            QCOMPARE(theme.mode(), QStringLiteral("dark"));
        }
        UiTheme reopened(nullptr);
        QCOMPARE(reopened.mode(), QStringLiteral("dark"));
        reopened.setMode(QStringLiteral("light"));
        QVERIFY(!reopened.dark());
        qputenv(parcours::app::kThemeEnvironmentVariable, "dark");
        QVERIFY(UiTheme(nullptr).dark());
        qunsetenv(parcours::app::kThemeEnvironmentVariable);
    }
};

QTEST_MAIN(UiLanguageTest)
#include "tst_ui_language.moc"
