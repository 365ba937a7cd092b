#include "position_provider.hpp"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

namespace parcours::app {

PositionProvider::PositionProvider(QObject* parent) : QObject(parent) {}

PositionProvider::~PositionProvider() {
    delete source_;  // before file_, which it reads
}

void PositionProvider::componentComplete() {
    complete_ = true;
    rebuild();
}

void PositionProvider::setNmeaSource(const QUrl& source) {
    if (nmeaSource_ == source) return;
    nmeaSource_ = source;
    if (complete_) rebuild();
}

void PositionProvider::setUsePlatformSource(bool use) {
    if (usePlatformSource_ == use) return;
    usePlatformSource_ = use;
    if (complete_) rebuild();
}

void PositionProvider::setActive(bool active) {
    if (active_ == active) return;
    active_ = active;
    emit activeChanged();
    if (!source_) return;
    if (active_)
        source_->startUpdates();
    else
        source_->stopUpdates();
}

void PositionProvider::rebuild() {
    delete source_;
    source_ = nullptr;
    file_.reset();
    QString problem;
    if (!nmeaSource_.isEmpty()) {
        const QString path =
            nmeaSource_.isLocalFile() ? nmeaSource_.toLocalFile() : nmeaSource_.toString();
        file_ = std::make_unique<QFile>(path);
        if (file_->open(QIODevice::ReadOnly)) {
            // Simulation: the sentences come at the pace of their own timestamps.
            auto* nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
            nmea->setDevice(file_.get());
            source_ = nmea;
        } else {
            problem = tr("Fichier NMEA illisible : %1").arg(path);
            file_.reset();
        }
    } else if (usePlatformSource_) {
        source_ = QGeoPositionInfoSource::createDefaultSource(this);
        if (!source_) problem = tr("Aucune source de position sur cet appareil.");
    } else {
        problem = tr("Aucune source de position.");
    }
    if (source_) {
        connect(source_, &QGeoPositionInfoSource::positionUpdated, this,
                &PositionProvider::onPosition);
        connect(source_, &QGeoPositionInfoSource::errorOccurred, this,
                [this](QGeoPositionInfoSource::Error error) {
                    switch (error) {
                        case QGeoPositionInfoSource::NoError:
                            return;
                        case QGeoPositionInfoSource::AccessError:
                            fail(tr("L'accès à la position est refusé."));
                            return;
                        case QGeoPositionInfoSource::ClosedError:
                            fail(tr("La position est désactivée."));
                            return;
                        case QGeoPositionInfoSource::UpdateTimeoutError:
                            fail(tr("Pas de position pour l'instant."));
                            return;
                        case QGeoPositionInfoSource::UnknownSourceError:
                            break;
                    }
                    fail(tr("Position indisponible."));
                });
    }
    emit sourceChanged();
    if (source_ && active_) source_->startUpdates();
    if (!problem.isEmpty()) fail(problem);
}

void PositionProvider::fail(const QString& reason) {
    errorText_ = reason;
    emit failed(reason);
}

void PositionProvider::onPosition(const QGeoPositionInfo& info) {
    if (!info.isValid() || !info.coordinate().isValid()) return;
    latitude_ = info.coordinate().latitude();
    longitude_ = info.coordinate().longitude();
    hasPosition_ = true;
    errorText_.clear();
    emit positionChanged();
}

}  // namespace parcours::app
