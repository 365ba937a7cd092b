// Opening a .parcours bundle: the command line (`parcours-app FILE.parcours`, what the
// desktop file runs on a double click), a second launch handing its file to the running app,
// and the system's open event (QFileOpenEvent, macOS) all end in FileOpenHandler, which keeps
// the file for the sync page. Bad files are refused with a message naming the file, and leave
// nothing pending.

#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "app_options.hpp"
#include "file_open_handler.hpp"

using parcours::app::AppOptions;
using parcours::app::FileOpenHandler;

namespace {

// When set, the test binary only parses its arguments as parcours-app would, then exits 0:
// parseAppOptions() ends the process on a usage error, so that path runs in a child.
constexpr char kParseOnly[] = "TST_FILE_OPEN_PARSE_ONLY";

// The first 16 bytes of a bundle (docs/bundle-format.md): enough to be a file of that type.
QByteArray bundleBytes() {
    return QByteArray::fromHex("89504353 0d0a1a0a 0100 0000 00000000");
}

}  // namespace

class FileOpenTest : public QObject {
    Q_OBJECT

  private:
    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& bytes = bundleBytes()) {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

    // Runs this binary as parcours-app's argument parser: {exit code, stderr}.
    std::pair<int, QString> parseInChild(const QStringList& arguments) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kParseOnly), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(30'000)) return {-1, QStringLiteral("timeout")};
        return {child.exitCode(), QString::fromUtf8(child.readAllStandardError())};
    }

  private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void commandLineBundleIsOpenedOnTheSyncPage() {
        const QString bundle = write(QStringLiteral("journal.parcours"));
        QDir::setCurrent(dir_.path());  // a relative path, as typed in a terminal
        const AppOptions options = parcours::app::parseAppOptions(
            {QStringLiteral("parcours-app"), QStringLiteral("journal.parcours")});
        QCOMPARE(options.openFile, bundle);
        QCOMPARE(options.page, QStringLiteral("sync"));

        const AppOptions withPage = parcours::app::parseAppOptions(
            {QStringLiteral("parcours-app"), QStringLiteral("--page"), QStringLiteral("map"),
             QUrl::fromLocalFile(bundle).toString()});  // a launcher may pass a file:// URL
        QCOMPARE(withPage.openFile, bundle);
        QCOMPARE(withPage.page, QStringLiteral("map"));

        const AppOptions none = parcours::app::parseAppOptions({QStringLiteral("parcours-app")});
        QVERIFY(none.openFile.isEmpty());
        QCOMPARE(none.page, QStringLiteral("list"));
    }

    void commandLineRefusesWhatIsNotABundle() {
        const QString text = write(QStringLiteral("notes.txt"), "bonjour");
        QDir().mkpath(dir_.filePath(QStringLiteral("folder.parcours")));
        const struct {
            QStringList arguments;
            QString message;
        } cases[] = {
            {{dir_.filePath(QStringLiteral("missing.parcours"))},
             QStringLiteral("Fichier introuvable : ") +
                 dir_.filePath(QStringLiteral("missing.parcours"))},
            {{text},
             QStringLiteral("Ce n'est pas un fichier de synchronisation Parcours (.parcours) : ") +
                 text},
            {{dir_.filePath(QStringLiteral("folder.parcours"))},
             QStringLiteral("Ce n'est pas un fichier : ")},
            {{write(QStringLiteral("a.parcours")), write(QStringLiteral("b.parcours"))},
             QStringLiteral("Argument inattendu : ") + dir_.filePath(QStringLiteral("b.parcours"))},
        };
        for (const auto& c : cases) {
            const auto [code, error] = parseInChild(c.arguments);
            QCOMPARE(code, 2);
            QVERIFY2(error.contains(c.message), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("[fichier.parcours]")), qPrintable(error));
        }
        // And a good one passes (exit 0): the child really parses.
        QCOMPARE(parseInChild({write(QStringLiteral("ok.PARCOURS"))}).first, 0);
    }

    void fileOpenEventHandsTheBundleOver() {
        FileOpenHandler handler(nullptr);
        handler.install();
        QSignalSpy opened(&handler, &FileOpenHandler::fileOpened);
        QSignalSpy changed(&handler, &FileOpenHandler::pendingFileChanged);
        const QUrl bundle = QUrl::fromLocalFile(write(QStringLiteral("from-finder.parcours")));

        QFileOpenEvent event(bundle);
        QCoreApplication::sendEvent(qApp, &event);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().constFirst().toUrl(), bundle);
        QCOMPARE(handler.pendingFile(), bundle);
        QCOMPARE(changed.count(), 1);

        // The sync page takes it; nothing stays pending.
        QCOMPARE(handler.take(), bundle);
        QVERIFY(handler.pendingFile().isEmpty());
        QCOMPARE(changed.count(), 2);
        QVERIFY(handler.take().isEmpty());

        // A file that is not a bundle is not ours: nothing pending, nothing emitted.
        const QString photo = write(QStringLiteral("photo.jpg"), "jpeg");
        QTest::ignoreMessage(
            QtWarningMsg,
            qPrintable(QStringLiteral(
                           "Ce n'est pas un fichier de synchronisation Parcours (.parcours) : ") +
                       photo));
        QFileOpenEvent other(QUrl::fromLocalFile(photo));
        QCoreApplication::sendEvent(qApp, &other);
        QCOMPARE(opened.count(), 1);
        QVERIFY(handler.pendingFile().isEmpty());
    }

    void secondLaunchHandsTheFileToTheRunningApp() {
        // The key: the data folder (main() gives the directory file's path).
        const QString key = dir_.filePath(QStringLiteral("directory.sqlite"));
        const QUrl bundle = QUrl::fromLocalFile(write(QStringLiteral("double-click.parcours")));
        QVERIFY(!FileOpenHandler::sendToRunningInstance(key, bundle));  // nobody runs yet

        FileOpenHandler running(nullptr);
        QVERIFY(running.listen(key));
        QSignalSpy opened(&running, &FileOpenHandler::fileOpened);
        QVERIFY(FileOpenHandler::sendToRunningInstance(key, bundle));
        QVERIFY(opened.wait());
        QCOMPARE(opened.constFirst().constFirst().toUrl(), bundle);
        QCOMPARE(running.pendingFile(), bundle);

        // Another data folder is another app: its files do not come here.
        QVERIFY(!FileOpenHandler::sendToRunningInstance(dir_.filePath(QStringLiteral("other")),
                                                        bundle));
    }

    void offerChecksTheUrl() {
        FileOpenHandler handler(nullptr);
        QSignalSpy opened(&handler, &FileOpenHandler::fileOpened);
        const QString gone = dir_.filePath(QStringLiteral("gone.parcours"));
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(QStringLiteral("Fichier introuvable : ") + gone));
        QVERIFY(!handler.offer(QUrl::fromLocalFile(gone)));
        QTest::ignoreMessage(QtWarningMsg,
                             "not a file the app can open: "
                             "https://example.org/journal.parcours");
        QVERIFY(!handler.offer(QUrl(QStringLiteral("https://example.org/journal.parcours"))));
        QCOMPARE(opened.count(), 0);
        QVERIFY(handler.pendingFile().isEmpty());

        // Android hands a content:// URL whose name is not in the URL: taken as is.
        const QUrl content(
            QStringLiteral("content://com.android.providers.downloads.documents/document/42"));
        QVERIFY(handler.offer(content));
        QCOMPARE(handler.pendingFile(), content);

        // A second file replaces the first (the newest request wins).
        const QUrl local = QUrl::fromLocalFile(write(QStringLiteral("second.parcours")));
        QVERIFY(handler.offer(local));
        QCOMPARE(handler.pendingFile(), local);
        QCOMPARE(opened.count(), 2);
    }
};

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsSet(kParseOnly)) {
        QCoreApplication app(argc, argv);
        QStringList arguments = QCoreApplication::arguments();
        arguments[0] = QStringLiteral("parcours-app");
        parcours::app::parseAppOptions(arguments);  // exits 2 on a usage error
        return 0;
    }
    QGuiApplication app(argc, argv);
    FileOpenTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_file_open.moc"
