#pragma once
// Where the map's position comes from, for QML: an NMEA file replayed by QtPositioning's
// nmea plugin (parcours-app --nmea FILE or $PARCOURS_NMEA_FILE: tests and demos), or, when
// none is given, the platform's source (GPS, network, geoclue…).
//
// QML: a singleton (`PositionSettings.nmeaSource`); main() calls setNmeaFile() before
// loading QML. The Quick Test runner leaves it empty (the flows give the page a file).

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QUrl>

class QQmlEngine;
class QJSEngine;

namespace parcours::app {

class PositionSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // file:///…/track.nmea, or empty: the platform source.
    Q_PROPERTY(QUrl nmeaSource READ nmeaSource CONSTANT)

  public:
    explicit PositionSettings(QObject* parent = nullptr);

    // An absolute or relative path; "" for the platform source. Before QML asks.
    static void setNmeaFile(const QString& file);
    static PositionSettings* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    [[nodiscard]] QUrl nmeaSource() const;
};

}  // namespace parcours::app
