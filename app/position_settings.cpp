#include "position_settings.hpp"

#include <QFileInfo>

namespace parcours::app {

namespace {
QString& nmeaFile() {
    static QString file;
    return file;
}
}  // namespace

PositionSettings::PositionSettings(QObject* parent) : QObject(parent) {}

void PositionSettings::setNmeaFile(const QString& file) {
    nmeaFile() = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

PositionSettings* PositionSettings::create(QQmlEngine* /*qmlEngine*/, QJSEngine* /*jsEngine*/) {
    return new PositionSettings;  // owned by the engine
}

QUrl PositionSettings::nmeaSource() const {
    return nmeaFile().isEmpty() ? QUrl() : QUrl::fromLocalFile(nmeaFile());
}

}  // namespace parcours::app
