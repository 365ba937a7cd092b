#include "app_options.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

#include "file_open_handler.hpp"

namespace parcours::app {

namespace {

[[noreturn]] void usageError(const QCommandLineParser& parser, const QString& message) {
    std::fputs(qPrintable(message + u'\n' + parser.helpText()), stderr);
    std::exit(2);
}

}  // namespace

AppOptions parseAppOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Parcours : trouver un médecin en France."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "main",
            "Fichier de l'annuaire (sinon $%1, sinon le dossier de données de l'application).")
            .arg(QString::fromLatin1(kDatabaseEnvironmentVariable)),
        QStringLiteral("file"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main",
                                    "Ouvre la fenêtre, attend une liste non vide (10 s au plus), "
                                    "quitte avec 0 si elle s'affiche, 1 sinon."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Avec --self-test : enregistre la fenêtre en PNG."),
        QStringLiteral("file"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Taille de la fenêtre, par exemple 360x640."),
        QStringLiteral("WxH"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main",
            "Page affichée d'abord : list (annuaire), map (carte), sheet (fiche d'une "
            "structure), journal, rights (droits), sync, settings."),
        QStringLiteral("page"), QStringLiteral("list"));
    const QCommandLineOption nmea(
        QStringLiteral("nmea"),
        QCoreApplication::translate(
            "main",
            "Rejoue un fichier NMEA comme position (essais, démonstrations ; sinon $%1, sinon "
            "la position de l'appareil).")
            .arg(QString::fromLatin1(kNmeaEnvironmentVariable)),
        QStringLiteral("file"));
    const QCommandLineOption firstFrame(
        QStringLiteral("quit-after-first-frame"),
        QCoreApplication::translate(
            "main", "Mesure du démarrage : affiche le temps jusqu'à la première image, quitte."));
    parser.addOptions({db, selfTest, screenshot, size, page, firstFrame, nmea});
    parser.addPositionalArgument(
        QStringLiteral("fichier"),
        QCoreApplication::translate(
            "main", "Un fichier de synchronisation .parcours à ouvrir (page Synchronisation)."),
        QStringLiteral("[fichier.parcours]"));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        usageError(
            parser,
            QCoreApplication::translate("main", "Argument inattendu : %1").arg(positional.at(1)));

    AppOptions options;
    options.databasePath = resolveDatabasePath(parser.value(db));
    options.selfTest = parser.isSet(selfTest);
    options.quitAfterFirstFrame = parser.isSet(firstFrame);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        bool okWidth = false;
        bool okHeight = false;
        if (parts.size() == 2)
            options.windowSize = QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
        if (!okWidth || !okHeight || options.windowSize.isEmpty())
            usageError(parser, QCoreApplication::translate(
                                   "main", "Taille invalide : %1 (attendu : LARGEURxHAUTEUR)")
                                   .arg(parser.value(size)));
    }
    if (!positional.isEmpty()) {
        // A path, or a file:// URL (some launchers pass one).
        const QUrl asUrl(positional.constFirst());
        const QString path = asUrl.isLocalFile() ? asUrl.toLocalFile() : positional.constFirst();
        const QString problem = bundlePathProblem(path);
        if (!problem.isEmpty()) usageError(parser, problem);
        options.openFile = QFileInfo(path).absoluteFilePath();
    }
    // A bundle to open shows the sync page first, unless --page says otherwise.
    options.page = !options.openFile.isEmpty() && !parser.isSet(page) ? QStringLiteral("sync")
                                                                      : parser.value(page);
    if (!kAppPages.contains(options.page))
        usageError(parser, QCoreApplication::translate("main", "Page inconnue : %1 (parmi : %2)")
                               .arg(options.page, kAppPages.join(QStringLiteral(", "))));
    const QString nmeaFile =
        parser.isSet(nmea) ? parser.value(nmea) : qEnvironmentVariable(kNmeaEnvironmentVariable);
    if (!nmeaFile.isEmpty()) {
        if (!QFileInfo(nmeaFile).isReadable())
            usageError(
                parser,
                QCoreApplication::translate("main", "Fichier NMEA illisible : %1").arg(nmeaFile));
        options.nmeaFile = QFileInfo(nmeaFile).absoluteFilePath();
    }
    if (!options.screenshot.isEmpty() && !options.selfTest)
        usageError(parser,
                   QCoreApplication::translate("main", "--screenshot ne va qu'avec --self-test"));
    return options;
}

QString resolveDatabasePath(const QString& fromCommandLine) {
    if (!fromCommandLine.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromCommandLine));
    const QString fromEnvironment = qEnvironmentVariable(kDatabaseEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/directory.sqlite");
}

}  // namespace parcours::app
