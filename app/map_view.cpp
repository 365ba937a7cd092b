#include "map_view.hpp"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QTouchEvent>
#include <QUrl>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "parcours/map/web_mercator.hpp"

namespace parcours::app {

namespace {

constexpr double kWheelStepZoom = 0.5;  // one notch of a mouse wheel (120 units)

double wrapLongitude(double lon) {
    const double wrapped = std::fmod(lon + 180.0, 360.0);
    return (wrapped < 0 ? wrapped + 360.0 : wrapped) - 180.0;
}

// A flat lon,lat,… array as a path in zoom-0 world pixels (the world is 256 px square).
QPainterPath toPath(const QJsonArray& flat, bool closed) {
    QPainterPath path;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        const map::WorldPoint p =
            map::project(geo::LatLon{flat[i + 1].toDouble(), flat[i].toDouble()}, 0);
        if (i == 0)
            path.moveTo(p.x, p.y);
        else
            path.lineTo(p.x, p.y);
    }
    if (closed) path.closeSubpath();
    return path;
}

}  // namespace

MapView::MapView(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setActiveFocusOnTab(true);  // the keyboard reaches the map too
    setOpaquePainting(true);
    setAntialiasing(true);
    connect(this, &MapView::viewChanged, this, [this] { update(); });
    connect(this, &MapView::colorsChanged, this, [this] { update(); });
    loadBasemap();
}

MapView::~MapView() = default;

void MapView::setView(double latitude, double longitude, double zoom) {
    latitude = std::clamp(latitude, -map::kMaxLatitude, map::kMaxLatitude);
    longitude = wrapLongitude(longitude);
    zoom = std::clamp(zoom, minZoom_, maxZoom_);
    if (latitude == centerLat_ && longitude == centerLon_ && zoom == zoom_) return;
    centerLat_ = latitude;
    centerLon_ = longitude;
    zoom_ = zoom;
    emit viewChanged();
}

void MapView::setCenterLatitude(double latitude) {
    setView(latitude, centerLon_, zoom_);
}
void MapView::setCenterLongitude(double longitude) {
    setView(centerLat_, longitude, zoom_);
}
void MapView::setZoom(double zoom) {
    setView(centerLat_, centerLon_, zoom);
}

void MapView::setMinimumZoom(double zoom) {
    if (zoom == minZoom_) return;
    minZoom_ = zoom;
    emit zoomLimitsChanged();
    setZoom(zoom_);
}

void MapView::setMaximumZoom(double zoom) {
    if (zoom == maxZoom_) return;
    maxZoom_ = zoom;
    emit zoomLimitsChanged();
    setZoom(zoom_);
}

QPointF MapView::toScreen(double latitude, double longitude) const {
    const map::WorldPoint centre = map::project({centerLat_, centerLon_}, zoom_);
    const map::WorldPoint p = map::project({latitude, longitude}, zoom_);
    // The copy of the point nearest the centre: across 180° the world repeats, so Wallis
    // (176° W) shows just east of Nouvelle-Calédonie (166° E), not a world away.
    const double world = map::worldSize(zoom_);
    double dx = p.x - centre.x;
    dx -= std::round(dx / world) * world;
    return {dx + width() / 2, p.y - centre.y + height() / 2};
}

QVariantMap MapView::toCoordinate(double x, double y) const {
    const map::WorldPoint centre = map::project({centerLat_, centerLon_}, zoom_);
    const geo::LatLon p =
        map::unproject({centre.x + x - width() / 2, centre.y + y - height() / 2}, zoom_);
    return {{QStringLiteral("latitude"), p.lat},
            {QStringLiteral("longitude"), wrapLongitude(p.lon)}};
}

void MapView::zoomAround(double newZoom, double x, double y) {
    newZoom = std::clamp(newZoom, minZoom_, maxZoom_);
    const QVariantMap under = toCoordinate(x, y);
    const map::WorldPoint p = map::project({under[QStringLiteral("latitude")].toDouble(),
                                            under[QStringLiteral("longitude")].toDouble()},
                                           newZoom);
    // The new centre puts `under` back at (x, y).
    const geo::LatLon centre =
        map::unproject({p.x - x + width() / 2, p.y - y + height() / 2}, newZoom);
    setView(centre.lat, centre.lon, newZoom);
}

void MapView::panBy(double dx, double dy) {
    const map::WorldPoint centre = map::project({centerLat_, centerLon_}, zoom_);
    const geo::LatLon moved = map::unproject({centre.x - dx, centre.y - dy}, zoom_);
    setView(moved.lat, moved.lon, zoom_);
}

void MapView::centerOn(double latitude, double longitude, double zoom) {
    setView(latitude, longitude, zoom < 0 ? zoom_ : zoom);
}

void MapView::setBasemapPath(const QString& path) {
    if (path == basemapPath_) return;
    basemapPath_ = path;
    loadBasemap();
}

void MapView::loadBasemap() {
    layers_.clear();
    if (!basemapPath_.isEmpty()) {
        QFile file(basemapPath_);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("MapView: cannot read the basemap %s", qPrintable(basemapPath_));
        } else {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (doc.isNull())
                qWarning("MapView: %s is not JSON (%s at byte %d)", qPrintable(basemapPath_),
                         qPrintable(error.errorString()), error.offset);
            const QJsonArray layers = doc.object().value(QStringLiteral("layers")).toArray();
            for (const QJsonValue& value : layers) {
                const QJsonObject object = value.toObject();
                Layer layer;
                layer.minZoom = object.value(QStringLiteral("minZoom")).toDouble(0);
                layer.maxZoom = object.value(QStringLiteral("maxZoom")).toDouble(99);
                for (const QJsonValue& box : object.value(QStringLiteral("boxes")).toArray()) {
                    const QJsonArray b = box.toArray();  // west, south, east, north
                    const map::WorldPoint nw =
                        map::project({b.at(3).toDouble(), b.at(0).toDouble()}, 0);
                    const map::WorldPoint se =
                        map::project({b.at(1).toDouble(), b.at(2).toDouble()}, 0);
                    layer.boxes.emplace_back(QPointF(nw.x, nw.y), QPointF(se.x, se.y));
                }
                for (const QJsonValue& ring : object.value(QStringLiteral("land")).toArray())
                    layer.land.push_back(toPath(ring.toArray(), true));
                for (const QJsonValue& line : object.value(QStringLiteral("borders")).toArray())
                    layer.borders.push_back(toPath(line.toArray(), false));
                layers_.push_back(std::move(layer));
            }
        }
    }
    emit basemapChanged();
    update();
}

void MapView::paint(QPainter* painter) {
    painter->fillRect(QRectF(0, 0, width(), height()), waterColor_);
    const map::WorldPoint centre = map::project({centerLat_, centerLon_}, zoom_);
    const double scale = map::worldSize(zoom_) / map::kTileSize;
    // zoom-0 world pixels → item pixels
    const QTransform transform(scale, 0, 0, scale, width() / 2 - centre.x, height() / 2 - centre.y);
    const QRectF visible = transform.inverted().mapRect(QRectF(0, 0, width(), height()));

    // The world repeats east and west (across 180°, and side by side when it is narrower
    // than the item at low zooms): each copy it takes to cover the item, in zoom-0 pixels.
    const int firstCopy = static_cast<int>(std::floor(visible.left() / map::kTileSize));
    const int lastCopy = static_cast<int>(std::floor(visible.right() / map::kTileSize));
    for (int copy = firstCopy; copy <= lastCopy; ++copy) {
        const double shift = copy * map::kTileSize;
        paintBasemap(painter, transform, shift, visible.translated(-shift, 0), scale);
    }
    if (!tileUrlTemplate_.isEmpty()) paintTiles(painter);
}

// One copy of the world's basemap, `shift` zoom-0 pixels east of the first; `visible` is the
// item's area in that copy's coordinates.
void MapView::paintBasemap(QPainter* painter, const QTransform& transform, double shift,
                           const QRectF& visible, double scale) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setTransform(QTransform::fromTranslate(shift, 0) * transform, true);
    QPen border(borderColor_, 1.2);
    border.setCosmetic(true);  // 1.2 item pixels at every zoom
    const auto shown = [this](const Layer& layer) {
        return zoom_ >= layer.minZoom && zoom_ < layer.maxZoom;
    };
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const Layer& layer = layers_[i];
        if (!shown(layer)) continue;
        // Leave out what a detailed layer drawn later covers (coarse coasts would show).
        // Each box shrunk by two item pixels: the coarse land runs under the detailed
        // layer's antialiased edge along the box instead of leaving a seam of water there.
        const double inset = 2 / scale;
        QPainterPath covered;
        for (std::size_t j = i + 1; j < layers_.size(); ++j)
            if (shown(layers_[j]))
                for (const QRectF& box : layers_[j].boxes)
                    if (box.intersects(visible))
                        covered.addRect(box.adjusted(inset, inset, -inset, -inset));
        QRectF area = visible;  // what this layer must draw
        if (covered.isEmpty()) {
            painter->setClipping(false);
        } else {
            QPainterPath rest;
            rest.addRect(visible.adjusted(-1, -1, 1, 1));
            rest = rest.subtracted(covered);
            if (rest.isEmpty())
                continue;  // all of the view is in detail (and a big
                           // coarse polygon would cost a full fill)
            painter->setClipPath(rest);
            area = rest.boundingRect();
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(landColor_);
        for (const QPainterPath& ring : layer.land)
            if (ring.controlPointRect().intersects(area)) painter->drawPath(ring);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        for (const QPainterPath& line : layer.borders)
            if (line.controlPointRect().intersects(area)) painter->drawPath(line);
    }
    painter->restore();
}

// Raster tiles at the nearest whole zoom, scaled to the fractional one; missing tiles are
// requested and the basemap shows through until they arrive.
void MapView::paintTiles(QPainter* painter) {
    const int z = std::clamp(static_cast<int>(std::lround(zoom_)), 0, 19);
    const double tileSize = map::kTileSize * std::exp2(zoom_ - z);  // item pixels
    const map::WorldPoint centre = map::project({centerLat_, centerLon_}, zoom_);
    const double left = centre.x - width() / 2;  // world pixels at zoom_
    const double top = centre.y - height() / 2;
    const int count = 1 << z;
    // Columns repeat east and west (the world wraps); rows stop at the poles.
    const int x0 = static_cast<int>(std::floor(left / tileSize));
    const int y0 = std::max(0, static_cast<int>(std::floor(top / tileSize)));
    const int x1 = static_cast<int>(std::floor((left + width()) / tileSize));
    const int y1 = std::min(count - 1, static_cast<int>(std::floor((top + height()) / tileSize)));
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int column = ((x % count) + count) % count;
            const QString key = QStringLiteral("%1/%2/%3").arg(z).arg(column).arg(y);
            const QImage* image = tiles_.object(key);
            if (!image) {
                requestTile(key, z, column, y);  // offline tiles are there at once
                image = tiles_.object(key);
            }
            if (image) {
                const QRectF target(x * tileSize - left, y * tileSize - top, tileSize, tileSize);
                painter->drawImage(target, *image);
            }
        }
    }
}

void MapView::requestTile(const QString& key, int z, int x, int y) {
    if (pending_.contains(key)) return;
    QString url = tileUrlTemplate_;
    url.replace(QStringLiteral("{z}"), QString::number(z))
        .replace(QStringLiteral("{x}"), QString::number(x))
        .replace(QStringLiteral("{y}"), QString::number(y));
    const QUrl tileUrl(url);
    if (tileUrl.isLocalFile() || tileUrl.scheme().isEmpty()) {  // offline tiles: read now
        QImage image(tileUrl.isLocalFile() ? tileUrl.toLocalFile() : url);
        if (image.isNull())
            pending_.insert(key);  // missing stays missing (no disk read per frame)
        else
            tiles_.insert(key, new QImage(std::move(image)));
        return;
    }
    if (!network_) network_ = new QNetworkAccessManager(this);
    QNetworkRequest request(tileUrl);
    // The OSM tile policy asks for an identifying User-Agent.
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("Parcours/%1 (Qt)").arg(QGuiApplication::applicationVersion()));
    pending_.insert(key);
    QNetworkReply* reply = network_->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] { tileArrived(reply, key); });
}

void MapView::tileArrived(QNetworkReply* reply, const QString& key) {
    reply->deleteLater();
    pending_.remove(key);
    if (reply->error() != QNetworkReply::NoError) return;
    QImage image;
    if (image.loadFromData(reply->readAll())) {
        tiles_.insert(key, new QImage(std::move(image)));
        update();
    }
}

void MapView::setTileUrlTemplate(const QString& urlTemplate) {
    if (urlTemplate == tileUrlTemplate_) return;
    tileUrlTemplate_ = urlTemplate;
    tiles_.clear();
    pending_.clear();
    emit tileUrlTemplateChanged();
    update();
}

QString MapView::attribution() const {
    QString text = tr("Fond : Natural Earth");
    if (tileUrlTemplate_.contains(QStringLiteral("openstreetmap")))
        text = tr("© les contributeurs d'OpenStreetMap");
    return text;
}

void MapView::mousePressEvent(QMouseEvent* event) {
    if (!interactive_) {
        event->ignore();
        return;
    }
    dragging_ = true;
    lastDrag_ = event->position();
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    if (!dragging_) return;
    const QPointF delta = event->position() - lastDrag_;
    lastDrag_ = event->position();
    panBy(delta.x(), delta.y());
}

void MapView::mouseReleaseEvent(QMouseEvent* /*event*/) {
    dragging_ = false;
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (!interactive_) return;
    zoomAround(zoom_ + 1, event->position().x(), event->position().y());
}

void MapView::wheelEvent(QWheelEvent* event) {
    if (!interactive_) {
        event->ignore();
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    zoomAround(zoom_ + steps * kWheelStepZoom, event->position().x(), event->position().y());
    event->accept();
}

// Arrows pan by a quarter of a phone screen (what is west comes in with Left), + and -
// zoom about the centre: the map without a pointer.
void MapView::keyPressEvent(QKeyEvent* event) {
    constexpr double kStep = 80;
    if (!interactive_) {
        event->ignore();
        return;
    }
    switch (event->key()) {
        case Qt::Key_Left:
            panBy(kStep, 0);
            break;
        case Qt::Key_Right:
            panBy(-kStep, 0);
            break;
        case Qt::Key_Up:
            panBy(0, kStep);
            break;
        case Qt::Key_Down:
            panBy(0, -kStep);
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomAround(zoom_ + 1, width() / 2, height() / 2);
            break;
        case Qt::Key_Minus:
            zoomAround(zoom_ - 1, width() / 2, height() / 2);
            break;
        default:
            event->ignore();
            return;
    }
    event->accept();
}

// Two fingers: zoom by the ratio of their distances about their midpoint, and pan with the
// midpoint. One finger arrives as a synthesised mouse drag.
void MapView::touchEvent(QTouchEvent* event) {
    if (!interactive_ || event->points().size() != 2) {
        pinchStartDistance_ = 0;
        event->ignore();
        return;
    }
    const QPointF a = event->points().at(0).position();
    const QPointF b = event->points().at(1).position();
    const QPointF mid = (a + b) / 2;
    const double distance = std::hypot(a.x() - b.x(), a.y() - b.y());
    if (pinchStartDistance_ <= 0 || event->type() == QEvent::TouchBegin) {
        pinchStartDistance_ = distance;
        pinchStartZoom_ = zoom_;
        lastDrag_ = mid;
    } else if (distance > 0) {
        panBy(mid.x() - lastDrag_.x(), mid.y() - lastDrag_.y());
        lastDrag_ = mid;
        zoomAround(pinchStartZoom_ + std::log2(distance / pinchStartDistance_), mid.x(), mid.y());
    }
    if (event->type() == QEvent::TouchEnd) pinchStartDistance_ = 0;
    dragging_ = false;
    event->accept();
}

void MapView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) {
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) emit viewChanged();  // toScreen moved
}

}  // namespace parcours::app
