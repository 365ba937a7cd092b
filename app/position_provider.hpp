#pragma once
// The user's position for QML, from Qt Positioning: an NMEA file replayed as if it were a
// receiver (tests, demos: `parcours-app --nmea FILE`), else the platform's default source
// (Android and iOS location services, geoclue on Linux). It says why there is no position
// (no source, access refused, disabled, no fix) so the map can ask for a commune instead.
//
// Why not QtPositioning's PositionSource in QML: on Qt 6.4 its `nmea` plugin never got the
// `nmea.source` PluginParameter (the plugin was not even loaded, `valid` stayed false),
// while the same file through QNmeaPositionInfoSource works; and this class keeps the
// choice of source out of QML.
//
// QML: `PositionProvider { nmeaSource: PositionSettings.nmeaSource; active: true;
// onPositionChanged: …; onFailed: reason => … }`. The source is (re)made once the object
// is complete and whenever nmeaSource or usePlatformSource changes.

#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>

#include <QFile>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class QGeoPositionInfoSource;
class QGeoPositionInfo;

namespace parcours::app {

class PositionProvider : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // file:///…/track.nmea: replayed at the pace of its timestamps; empty: the platform's.
    Q_PROPERTY(QUrl nmeaSource READ nmeaSource WRITE setNmeaSource NOTIFY sourceChanged)
    // Without an NMEA file: false makes no source at all (tests of the "no source" path).
    Q_PROPERTY(bool usePlatformSource READ usePlatformSource WRITE setUsePlatformSource NOTIFY
                   sourceChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // A source exists (it may still have no fix).
    Q_PROPERTY(bool valid READ valid NOTIFY sourceChanged)
    Q_PROPERTY(bool hasPosition READ hasPosition NOTIFY positionChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
    // Why there is no position, in words, or "".
    Q_PROPERTY(QString errorText READ errorText NOTIFY failed)

  public:
    explicit PositionProvider(QObject* parent = nullptr);
    ~PositionProvider() override;

    void classBegin() override {}
    void componentComplete() override;

    [[nodiscard]] QUrl nmeaSource() const { return nmeaSource_; }
    [[nodiscard]] bool usePlatformSource() const { return usePlatformSource_; }
    [[nodiscard]] bool active() const { return active_; }
    [[nodiscard]] bool valid() const { return source_ != nullptr; }
    [[nodiscard]] bool hasPosition() const { return hasPosition_; }
    [[nodiscard]] double latitude() const { return latitude_; }
    [[nodiscard]] double longitude() const { return longitude_; }
    [[nodiscard]] QString errorText() const { return errorText_; }

    void setNmeaSource(const QUrl& source);
    void setUsePlatformSource(bool use);
    void setActive(bool active);

  signals:
    void sourceChanged();
    void activeChanged();
    void positionChanged();
    // No position to expect for now: no source, an error of the source. The source (if
    // any) keeps trying; a later fix still comes through positionChanged.
    void failed(const QString& reason);

  private:
    void rebuild();
    void fail(const QString& reason);
    void onPosition(const QGeoPositionInfo& info);

    QUrl nmeaSource_;
    bool usePlatformSource_ = true;
    bool active_ = false;
    bool complete_ = false;
    std::unique_ptr<QFile> file_;  // the NMEA file; outlives source_ (declared before it)
    QGeoPositionInfoSource* source_ = nullptr;  // a child of this
    bool hasPosition_ = false;
    double latitude_ = 0;
    double longitude_ = 0;
    QString errorText_;
};

}  // namespace parcours::app
