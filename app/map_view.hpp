#pragma once
// MapView: the app's own map item (Debian's Qt 6.4 has no QtLocation). It draws the embedded
// basemap (data/basemap/france.json, Natural Earth: land and borders, made by
// tools/make-basemap) and, when `tileUrlTemplate` is set, raster tiles over it; QML places
// markers as children with toScreen(). The projection is core's Web Mercator
// (parcours/map/web_mercator.hpp). Drag pans, the wheel and a pinch zoom about the pointer,
// a double click zooms in; with the keyboard focus (Tab), arrows pan and +/- zoom.
//
// A QQuickPaintedItem: the basemap is ~30 000 points kept as QPainterPaths in zoom-0 world
// pixels, so a frame is one transform and a few fills (measured: see app/README.md).

#include <QtQml/qqmlregistration.h>

#include <QCache>
#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QQuickPaintedItem>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace parcours::app {

class MapView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double centerLatitude READ centerLatitude WRITE setCenterLatitude NOTIFY viewChanged)
    Q_PROPERTY(
        double centerLongitude READ centerLongitude WRITE setCenterLongitude NOTIFY viewChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(double minimumZoom READ minimumZoom WRITE setMinimumZoom NOTIFY zoomLimitsChanged)
    Q_PROPERTY(double maximumZoom READ maximumZoom WRITE setMaximumZoom NOTIFY zoomLimitsChanged)
    Q_PROPERTY(bool interactive MEMBER interactive_ NOTIFY interactiveChanged)
    // ":/parcours/basemap/france.json" (embedded) by default; "" draws no basemap.
    Q_PROPERTY(QString basemapPath READ basemapPath WRITE setBasemapPath NOTIFY basemapChanged)
    Q_PROPERTY(bool basemapLoaded READ basemapLoaded NOTIFY basemapChanged)
    // "https://tile.openstreetmap.org/{z}/{x}/{y}.png" or "file:///tiles/{z}/{x}/{y}.png";
    // empty (the default): the basemap only, no network.
    Q_PROPERTY(QString tileUrlTemplate READ tileUrlTemplate WRITE setTileUrlTemplate NOTIFY
                   tileUrlTemplateChanged)
    // What the map must credit: Natural Earth, plus OpenStreetMap when its tiles are used.
    Q_PROPERTY(QString attribution READ attribution NOTIFY tileUrlTemplateChanged)
    Q_PROPERTY(QColor waterColor MEMBER waterColor_ NOTIFY colorsChanged)
    Q_PROPERTY(QColor landColor MEMBER landColor_ NOTIFY colorsChanged)
    Q_PROPERTY(QColor borderColor MEMBER borderColor_ NOTIFY colorsChanged)

  public:
    explicit MapView(QQuickItem* parent = nullptr);
    ~MapView() override;

    [[nodiscard]] double centerLatitude() const { return centerLat_; }
    [[nodiscard]] double centerLongitude() const { return centerLon_; }
    [[nodiscard]] double zoom() const { return zoom_; }
    [[nodiscard]] double minimumZoom() const { return minZoom_; }
    [[nodiscard]] double maximumZoom() const { return maxZoom_; }
    void setCenterLatitude(double latitude);
    void setCenterLongitude(double longitude);
    void setZoom(double zoom);
    void setMinimumZoom(double zoom);
    void setMaximumZoom(double zoom);

    [[nodiscard]] QString basemapPath() const { return basemapPath_; }
    void setBasemapPath(const QString& path);
    [[nodiscard]] bool basemapLoaded() const { return !layers_.empty(); }
    [[nodiscard]] QString tileUrlTemplate() const { return tileUrlTemplate_; }
    void setTileUrlTemplate(const QString& urlTemplate);
    [[nodiscard]] QString attribution() const;

    // Item pixels of a WGS84 position (may be outside the item).
    Q_INVOKABLE QPointF toScreen(double latitude, double longitude) const;
    // The WGS84 position under item pixel (x, y): {"latitude": …, "longitude": …}.
    Q_INVOKABLE QVariantMap toCoordinate(double x, double y) const;
    // Sets the zoom (clamped) keeping the position under item pixel (x, y) where it is.
    Q_INVOKABLE void zoomAround(double newZoom, double x, double y);
    // Moves the content by (dx, dy) item pixels (a drag to the right shows what is west).
    Q_INVOKABLE void panBy(double dx, double dy);
    // Centres on a position; a negative zoom keeps the current one.
    Q_INVOKABLE void centerOn(double latitude, double longitude, double zoom = -1);

    void paint(QPainter* painter) override;

  signals:
    void viewChanged();  // centre or zoom: the markers' positions follow it
    void zoomLimitsChanged();
    void interactiveChanged();
    void basemapChanged();
    void tileUrlTemplateChanged();
    void colorsChanged();

  protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void touchEvent(QTouchEvent* event) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

  private:
    struct Layer {
        double minZoom = 0, maxZoom = 99;
        // Zoom-0 world rectangles this layer covers in detail: layers under it leave them
        // out when it is drawn. Empty: everywhere, nothing left out.
        std::vector<QRectF> boxes;
        std::vector<QPainterPath> land;     // zoom-0 world pixels, one path per ring
        std::vector<QPainterPath> borders;  // idem, open lines
    };

    void setView(double latitude, double longitude, double zoom);
    void loadBasemap();
    void paintBasemap(QPainter* painter, const QTransform& transform, double shift,
                      const QRectF& visible, double scale);
    void paintTiles(QPainter* painter);
    void requestTile(const QString& key, int z, int x, int y);
    void tileArrived(QNetworkReply* reply, const QString& key);

    double centerLat_ = 46.6;  // metropolitan France
    double centerLon_ = 2.4;
    double zoom_ = 5;
    double minZoom_ = 2;
    double maxZoom_ = 19;
    bool interactive_ = true;
    QColor waterColor_{0xaa, 0xd3, 0xdf};
    QColor landColor_{0xf2, 0xef, 0xe9};
    QColor borderColor_{0x9e, 0x8e, 0xa8};

    QString basemapPath_ = QStringLiteral(":/parcours/basemap/france.json");
    std::vector<Layer> layers_;

    QString tileUrlTemplate_;
    QCache<QString, QImage> tiles_{256};  // "z/x/y" → image, in memory only
    QSet<QString> pending_;               // requested, or offline and missing
    QNetworkAccessManager* network_ = nullptr;

    QPointF lastDrag_;
    bool dragging_ = false;
    double pinchStartDistance_ = 0;
    double pinchStartZoom_ = 0;
};

}  // namespace parcours::app
