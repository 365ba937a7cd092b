#pragma once
// The markers of the map for QML: the items (single structures and clusters) core's
// ClusterIndex gives for the current viewport, with the last outcome of the practices the
// user has already called (from the journal) so the map can colour them.
// It only adapts: the clustering is core's (parcours/map/clusters.hpp).
//
// The index is built once per directory content on a private worker thread (loadDirectory;
// about half a second for 100,000 structures), then every viewport change re-clusters on
// the UI thread (a millisecond or so: see tests/bench/bench_clusters). Property changes made
// in one go (centre, zoom, size…) are coalesced into one update, queued; setViewport()
// updates at once. An update recycles rows (dataChanged, then rows inserted or removed at the
// end), so a pan does not rebuild every marker delegate.
//
// QML: `MapMarkerModel { databasePath: DirectoryController.ready ?
// DirectoryController.databasePath : ""; zoom: …; … }` — only once the controller is ready
// (it creates and fills the file on first run; opening it earlier would race that).

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVariantMap>
#include <memory>
#include <vector>

#include "parcours/directory/directory.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/map/clusters.hpp"

namespace parcours::app {

class MapMarkerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The viewport: centre (WGS84 degrees), zoom (Web Mercator, fractional), size in pixels.
    Q_PROPERTY(
        double centreLatitude READ centreLatitude WRITE setCentreLatitude NOTIFY viewportChanged)
    Q_PROPERTY(
        double centreLongitude READ centreLongitude WRITE setCentreLongitude NOTIFY viewportChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewportChanged)
    Q_PROPERTY(
        double viewportWidth READ viewportWidth WRITE setViewportWidth NOTIFY viewportChanged)
    Q_PROPERTY(
        double viewportHeight READ viewportHeight WRITE setViewportHeight NOTIFY viewportChanged)
    // Cluster cells are about this many pixels wide (8 to 1024).
    Q_PROPERTY(double radius READ radius WRITE setRadius NOTIFY viewportChanged)
    // Kind ids ("msp", "pharmacy"…); empty: every care kind, as the directory's lists.
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY viewportChanged)
    Q_PROPERTY(bool emergencyOnly READ emergencyOnly WRITE setEmergencyOnly NOTIFY viewportChanged)
    // Setting it loads the directory's index (in the background); "" shows nothing.
    Q_PROPERTY(
        QString databasePath READ databasePath WRITE setDatabasePath NOTIFY databasePathChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int structureCount READ structureCount NOTIFY indexChanged)
    // The last problem (a directory that cannot be read, a refused viewport), or "".
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // a single's directory id; "" for a cluster
        LatitudeRole,               // the structure's position, or the cluster's centroid
        LongitudeRole,
        KindRole,         // kind id; a cluster's most frequent kind
        CountRole,        // 1 for a single
        IsClusterRole,    // bool
        SplitZoomRole,    // the zoom at which a cluster splits ("tap to zoom in")
        LastOutcomeRole,  // outcome id of the last call to this practice ("refused-…"), or ""
        EmergencyRole,    // bool; a cluster: one of its structures has an emergency unit
        KindCountsRole,   // {kind id: count} for a cluster's badge; a single: its kind, 1
        NameRole,         // a single's name (read from the directory when first asked); ""
        KindLabelRole,    // the kind in words, French (core's label)
    };
    Q_ENUM(Role)

    explicit MapMarkerModel(QObject* parent = nullptr);
    ~MapMarkerModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Sets the whole viewport and re-clusters now.
    Q_INVOKABLE void setViewport(double latitude, double longitude, double zoom, double width,
                                 double height);
    // Reads the journal's practicesCalled() (a missing file is created empty by core).
    // false (and errorText) when it cannot be read.
    Q_INVOKABLE bool loadJournal(const QString& path);
    // Rebuilds the index from databasePath (after an import changed the directory).
    Q_INVOKABLE void reload();
    // For QML and tests: the value of `role` (by name) at `row`, undefined out of range.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    // One structure of the directory by id, with the keys the structure sheet reads
    // (id, name, kind, kindLabel, address, postcode, city, phone, emergency, distanceText,
    // latitude, longitude) and lastOutcome; an empty map when unknown or not loaded. With a
    // point (the position, the commune chosen), distance and distanceText from it (core's
    // great-circle distance); otherwise distanceText is "".
    Q_INVOKABLE QVariantMap structure(const QString& id) const;
    Q_INVOKABLE QVariantMap structure(const QString& id, double fromLatitude,
                                      double fromLongitude) const;

    // C++ side (tests, the app's other objects): an index and outcomes already at hand.
    void setIndex(std::shared_ptr<const map::ClusterIndex> index);
    void setPracticesCalled(const std::vector<journal::PracticeHistory>& practices);

    [[nodiscard]] int count() const { return static_cast<int>(items_.size()); }
    [[nodiscard]] double centreLatitude() const { return viewport_.centre.lat; }
    [[nodiscard]] double centreLongitude() const { return viewport_.centre.lon; }
    [[nodiscard]] double zoom() const { return viewport_.zoom; }
    [[nodiscard]] double viewportWidth() const { return viewport_.width; }
    [[nodiscard]] double viewportHeight() const { return viewport_.height; }
    [[nodiscard]] double radius() const { return radius_; }
    [[nodiscard]] QStringList kinds() const { return kinds_; }
    [[nodiscard]] bool emergencyOnly() const { return emergencyOnly_; }
    [[nodiscard]] QString databasePath() const { return databasePath_; }
    [[nodiscard]] bool loading() const { return loading_; }
    [[nodiscard]] int structureCount() const;
    [[nodiscard]] QString errorText() const { return errorText_; }

    void setCentreLatitude(double latitude);
    void setCentreLongitude(double longitude);
    void setZoom(double zoom);
    void setViewportWidth(double width);
    void setViewportHeight(double height);
    void setRadius(double radius);
    void setKinds(const QStringList& kinds);
    void setEmergencyOnly(bool emergencyOnly);
    void setDatabasePath(const QString& path);

  signals:
    void countChanged();
    void viewportChanged();
    void databasePathChanged();
    void loadingChanged();
    void indexChanged();
    void errorTextChanged();
    // The rows now match the current viewport and index.
    void updated();

  private:
    void scheduleUpdate();
    void update();
    void replaceItems(std::vector<map::MapItem> items);
    void setLoading(bool loading);
    void setErrorText(const QString& text);
    QString nameOf(const QString& id) const;

    std::shared_ptr<const map::ClusterIndex> index_;
    // The directory the index was read from, kept open (read only, UI thread once handed
    // over) for the names and the card: a single's name is read when first shown, then cached.
    std::shared_ptr<const directory::Directory> directory_;
    mutable QHash<QString, QString> names_;
    std::vector<map::MapItem> items_;
    QHash<QString, QString> outcomes_;  // directory id → last outcome id
    map::Viewport viewport_;
    double radius_ = 60;
    QStringList kinds_;
    bool emergencyOnly_ = false;
    QString databasePath_;
    bool loading_ = false;
    bool updateQueued_ = false;
    quint64 generation_ = 0;  // of the latest load; older ones are dropped
    QString errorText_;
    QThreadPool pool_;
};

}  // namespace parcours::app
