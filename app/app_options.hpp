#pragma once
// The command line of parcours-app.

#include <QSize>
#include <QString>
#include <QStringList>

namespace parcours::app {

// The environment variable that points the app at another directory file (tests, demos).
inline constexpr char kDatabaseEnvironmentVariable[] = "PARCOURS_DIRECTORY_DB";
// An NMEA file the map replays as the position (tests, demos), like --nmea.
inline constexpr char kNmeaEnvironmentVariable[] = "PARCOURS_NMEA_FILE";

// The pages --page can open first. Main.qml shows each one; the self-test waits for the item
// named "<page>Page" (e.g. "journalPage") to be visible, except list (rows) and map (markers).
inline const QStringList kAppPages = {QStringLiteral("list"),    QStringLiteral("map"),
                                      QStringLiteral("sheet"),   QStringLiteral("journal"),
                                      QStringLiteral("rights"),  QStringLiteral("sync"),
                                      QStringLiteral("settings")};

struct AppOptions {
    QString databasePath;  // resolved: never empty
    bool selfTest = false;
    QString screenshot;  // with --self-test: PNG of the window once it shows rows
    QSize windowSize;    // invalid: the window's own default
    QString page = QStringLiteral("list");  // the page shown first: one of kAppPages
    int selfTestTimeoutMs = 10'000;
    // For the start-up benchmark: print the time from main() to the first frame, then quit.
    bool quitAfterFirstFrame = false;
    // A sync bundle to open (`parcours-app FILE.parcours`): an existing file ending in
    // .parcours, as an absolute path; "" for none. main() hands it to FileOpenHandler.
    QString openFile;
    // --nmea, else $PARCOURS_NMEA_FILE: an NMEA file replayed as the position (absolute
    // path); empty: the platform's position source.
    QString nmeaFile;
};

// Parses `arguments` (argv, program name first). --help and --version print and exit, a
// bad option prints the error and exits with status 2, like QCommandLineParser::process.
AppOptions parseAppOptions(const QStringList& arguments);

// --db when given, else $PARCOURS_DIRECTORY_DB when set, else
// <AppDataLocation>/directory.sqlite (the application name must be set before).
QString resolveDatabasePath(const QString& fromCommandLine);

}  // namespace parcours::app
