#pragma once
// Opens the directory database, fills it with the embedded sample on first run, and
// answers the list's questions (nearby, search) into a StructureListModel.
//
// Threading: every core call runs on the one thread of a private QThreadPool, so calls on
// the Directory never overlap and run in submission order; each result comes back to the UI
// thread as a queued call (always after the call that asked for it has returned). Results of
// a query that a newer one replaced are dropped.
//
// QML: a typed singleton (`import Parcours` → DirectoryController). The instance is built in
// main() (or by the test setup) and handed over with setInstance() before QML asks for it.

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVariantList>
#include <memory>

#include "app_singleton.hpp"
#include "structure_list_model.hpp"

class QQmlEngine;
class QJSEngine;

namespace parcours::app {

class DirectoryController : public QObject, public AppSingleton<DirectoryController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(parcours::app::StructureListModel* structures READ structures CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    // True from a nearby/search request until its rows are in the model.
    Q_PROPERTY(bool querying READ querying NOTIFY queryingChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY queryChanged)
    Q_PROPERTY(double centreLatitude READ centreLatitude NOTIFY queryChanged)
    Q_PROPERTY(double centreLongitude READ centreLongitude NOTIFY queryChanged)
    Q_PROPERTY(double defaultLatitude READ defaultLatitude CONSTANT)
    Q_PROPERTY(double defaultLongitude READ defaultLongitude CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    // Where the data comes from, one entry per source of the directory's stats:
    // [{source: "finess", importedAt (ISO 8601 UTC), extractionDate (as the file said, may be
    // ""), structures}]. Filled once the directory is open (and again after the first-run
    // import).
    Q_PROPERTY(QVariantList sources READ sources NOTIFY sourcesChanged)

  public:
    // The default centre, until the position is known: Lyon, place Bellecour.
    static constexpr double kDefaultLatitude = 45.7578;
    static constexpr double kDefaultLongitude = 4.8320;
    static constexpr int kResultLimit = 50;

    struct Options {
        QString databasePath;  // the directory file; its folder is created if needed
        // Files imported when the directory is empty: qrc or file paths (see sampleFiles()).
        QStringList firstRunFiles = sampleFiles();
    };

    explicit DirectoryController(Options options, QObject* parent = nullptr);
    ~DirectoryController() override;

    // The embedded sample: ":/parcours/sample/finess-sample.csv", ":/…/osm-sample.json".
    static QStringList sampleFiles();

    // The instance QML gets; set it before loading any QML that imports Parcours. The
    // caller keeps ownership (QML never deletes it).

    // Opens the file, imports the first-run files if the directory is empty, then runs the
    // current query (nearby the default centre unless asked otherwise). Call once.
    Q_INVOKABLE void start();

    // Full-text search (accents folded, words as prefixes), nearest to the centre first.
    // An empty text goes back to the nearby list.
    Q_INVOKABLE void search(const QString& text);
    // The structures nearest to a point; clears the search text.
    Q_INVOKABLE void nearby(double latitude, double longitude);
    // After another connection replaced a source (SettingsController's import): reads the
    // sources again and re-runs the current query.
    Q_INVOKABLE void reloadAfterImport();

    [[nodiscard]] StructureListModel* structures() { return &model_; }
    [[nodiscard]] bool busy() const { return busy_; }
    [[nodiscard]] bool ready() const { return ready_; }
    [[nodiscard]] bool querying() const { return querying_; }
    [[nodiscard]] QString statusText() const { return statusText_; }
    [[nodiscard]] QString searchText() const { return searchText_; }
    [[nodiscard]] double centreLatitude() const { return latitude_; }
    [[nodiscard]] double centreLongitude() const { return longitude_; }
    [[nodiscard]] static double defaultLatitude() { return kDefaultLatitude; }
    [[nodiscard]] static double defaultLongitude() { return kDefaultLongitude; }
    [[nodiscard]] QString databasePath() const { return options_.databasePath; }
    [[nodiscard]] QVariantList sources() const { return sources_; }

  signals:
    void busyChanged();
    void readyChanged();
    void queryingChanged();
    void statusTextChanged();
    void queryChanged();
    void sourcesChanged();
    // A query finished and the model holds its rows (also after an error: then none).
    void resultsReady(int rows);

  private:
    struct Worker;  // what the pool thread owns: the open Directory

    void refresh();
    void setBusy(bool busy);
    void setReady(bool ready);
    void setQuerying(bool querying);
    void setStatusText(const QString& text);

    Options options_;
    StructureListModel model_;
    QThreadPool pool_;
    std::shared_ptr<Worker> worker_;
    bool started_ = false;
    bool busy_ = false;
    bool ready_ = false;
    bool querying_ = false;
    QString statusText_;
    QVariantList sources_;
    QString problem_;  // a lasting problem (failed sample import), shown above the status
    QString searchText_;
    double latitude_ = kDefaultLatitude;
    double longitude_ = kDefaultLongitude;
    quint64 generation_ = 0;  // of the latest query; older results are dropped
};

}  // namespace parcours::app
