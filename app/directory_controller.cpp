#include "directory_controller.hpp"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QVariantMap>
#include <utility>

#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "path_util.hpp"
#include "run_then_deliver.hpp"

namespace parcours::app {

namespace {

// What the worker hands back.
struct OpenOutcome {
    bool ok = false;
    QString error;
    std::size_t structures = 0;
    std::vector<directory::SourceStats> sources;
};

// What the directory holds now (after opening it, after an import).
OpenOutcome statsOf(const directory::Directory& directory) {
    OpenOutcome out;
    auto stats = directory.stats();
    if (!stats) {
        out.error = toQString(stats.error().message);
        return out;
    }
    out.ok = true;
    out.structures = stats->structures;
    out.sources = stats->sources;
    return out;
}

struct ImportOutcome {
    bool ok = false;
    QString error;
    std::size_t imported = 0;
    std::size_t skipped = 0;
    std::vector<directory::SourceStats> sources;  // after the import
};

QVariantList toSources(const std::vector<directory::SourceStats>& sources) {
    QVariantList out;
    for (const auto& s : sources)
        out.append(QVariantMap{
            {QStringLiteral("source"), toQString(s.source)},
            {QStringLiteral("importedAt"), toQString(s.importedAt)},
            {QStringLiteral("extractionDate"), toQString(s.extractionDate)},
            {QStringLiteral("structures"), static_cast<qulonglong>(s.structures)},
        });
    return out;
}

struct QueryOutcome {
    bool ok = false;
    QString error;
    std::vector<directory::Hit> hits;
};

QString quoted(const QString& text) {
    return QStringLiteral("\u00ab\u00a0%1\u00a0\u00bb").arg(text);
}

}  // namespace

struct DirectoryController::Worker {
    std::unique_ptr<directory::Directory> directory;  // touched on the pool thread only
};

DirectoryController::DirectoryController(Options options, QObject* parent)
    : QObject(parent), options_(std::move(options)), worker_(std::make_shared<Worker>()) {
    pool_.setMaxThreadCount(1);  // one thread: calls on the Directory never overlap
    pool_.setExpiryTimeout(-1);
    pool_.setObjectName(QStringLiteral("DirectoryWorker"));
}

DirectoryController::~DirectoryController() {
    pool_.clear();
    pool_.waitForDone();
}

QStringList DirectoryController::sampleFiles() {
    return {QStringLiteral(":/parcours/sample/finess-sample.csv"),
            QStringLiteral(":/parcours/sample/osm-sample.json")};
}

void DirectoryController::start() {
    if (started_) return;
    started_ = true;
    setBusy(true);
    setStatusText(tr("Ouverture de l'annuaire…"));

    const auto worker = worker_;
    const QString file = options_.databasePath;
    runThenDeliver(
        pool_, this,
        [worker, file] {
            OpenOutcome out;
            const QFileInfo info(file);
            if (!QDir().mkpath(info.absolutePath())) {
                out.error = tr("dossier %1 impossible à créer").arg(info.absolutePath());
                return out;
            }
            auto opened = directory::Directory::open(toPath(file));
            if (!opened) {
                out.error = toQString(opened.error().message);
                return out;
            }
            worker->directory = std::make_unique<directory::Directory>(std::move(opened).value());
            return statsOf(*worker->directory);
        },
        [this](const OpenOutcome& out) {
            if (!out.ok) {
                qWarning().noquote()
                    << "Cannot open the directory" << options_.databasePath << ":" << out.error;
                setStatusText(tr("Impossible d'ouvrir l'annuaire : %1").arg(out.error));
                setBusy(false);
                return;
            }
            sources_ = toSources(out.sources);
            emit sourcesChanged();
            if (out.structures > 0 || options_.firstRunFiles.isEmpty()) {
                setReady(true);
                setBusy(false);
                refresh();
                return;
            }

            setStatusText(tr("Premier lancement : import de l'annuaire d'exemple…"));
            runThenDeliver(
                pool_, this,
                [worker = worker_, files = options_.firstRunFiles] {
                    ImportOutcome imported;
                    // core reads files: copy those embedded in qrc to a temporary folder first.
                    QTemporaryDir temp;
                    if (!temp.isValid()) {
                        imported.error = tr("dossier temporaire impossible à créer");
                        return imported;
                    }
                    for (const QString& source : files) {
                        const QString copy = temp.filePath(QFileInfo(source).fileName());
                        if (!QFile::copy(source, copy)) {
                            imported.error = tr("fichier %1 introuvable").arg(source);
                            return imported;
                        }
                        // One request per file: each file is a whole source (FINESS, OSM), its
                        // format detected from its content.
                        directory::ImportRequest request;
                        request.files = {toPath(copy)};
                        auto result = directory::importFiles(*worker->directory, request);
                        if (!result) {
                            imported.error = toQString(result.error().message);
                            return imported;
                        }
                        imported.imported += result->imported;
                        imported.skipped += result->report.skipped;
                    }
                    imported.ok = true;
                    if (auto stats = worker->directory->stats()) imported.sources = stats->sources;
                    return imported;
                },
                [this](const ImportOutcome& imported) {
                    if (imported.ok) {
                        qInfo().noquote() << "Sample directory imported:" << imported.imported
                                          << "structures," << imported.skipped << "records skipped";
                    } else {
                        qWarning().noquote() << "Sample import failed:" << imported.error;
                        problem_ = tr("Import de l'annuaire d'exemple impossible : %1")
                                       .arg(imported.error);
                    }
                    if (!imported.sources.empty()) {
                        sources_ = toSources(imported.sources);
                        emit sourcesChanged();
                    }
                    // The directory is usable either way (empty if the import failed).
                    setReady(true);
                    setBusy(false);
                    refresh();
                });
        });
}

void DirectoryController::search(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == searchText_) return;
    searchText_ = trimmed;
    emit queryChanged();
    refresh();
}

void DirectoryController::nearby(double latitude, double longitude) {
    latitude_ = latitude;
    longitude_ = longitude;
    searchText_.clear();
    emit queryChanged();
    refresh();
}

void DirectoryController::reloadAfterImport() {
    if (!ready_) return;  // start() reads everything once the directory is open
    runThenDeliver(
        pool_, this,
        [worker = worker_] {
            return worker->directory ? statsOf(*worker->directory) : OpenOutcome{};
        },
        [this](const OpenOutcome& out) {
            if (out.ok) {
                sources_ = toSources(out.sources);
                emit sourcesChanged();
            }
            refresh();
        });
}

void DirectoryController::refresh() {
    if (!ready_) return;  // start() runs the current query once the directory is ready
    const quint64 generation = ++generation_;
    setQuerying(true);
    const auto worker = worker_;
    const QString text = searchText_;
    const geo::LatLon centre{latitude_, longitude_};
    runThenDeliver(
        pool_, this,
        [worker, text, centre] {
            QueryOutcome out;
            if (!worker->directory) {
                out.error = tr("annuaire fermé");
                return out;
            }
            auto result = [&] {
                if (text.isEmpty()) {
                    directory::NearbyQuery query;
                    query.at = centre;
                    query.limit = kResultLimit;
                    return worker->directory->nearby(query);
                }
                directory::SearchQuery query;
                query.text = toStdString(text);
                query.near = centre;
                query.limit = kResultLimit;
                return worker->directory->search(query);
            }();
            if (!result) {
                out.error = toQString(result.error().message);
                return out;
            }
            out.ok = true;
            out.hits = std::move(result).value();
            return out;
        },
        [this, generation, text](const QueryOutcome& out) {
            if (generation != generation_) return;  // a newer query replaced this one
            model_.setHits(out.hits);
            setQuerying(false);
            // Singular and plural spelled out: French is the source language, with no
            // translation file to hold its plural forms yet.
            const auto n = static_cast<qulonglong>(out.hits.size());
            QString status;
            if (!out.ok)
                status = tr("Recherche impossible : %1").arg(out.error);
            else if (text.isEmpty())
                status = n == 0   ? tr("Aucune structure à proximité")
                         : n == 1 ? tr("La structure la plus proche")
                                  : tr("Les %1 structures les plus proches").arg(n);
            else
                status = n == 0   ? tr("Aucun résultat pour %1").arg(quoted(text))
                         : n == 1 ? tr("1 résultat pour %1").arg(quoted(text))
                                  : tr("%1 résultats pour %2").arg(n).arg(quoted(text));
            setStatusText(problem_.isEmpty() ? status : problem_ + u'\n' + status);
            emit resultsReady(model_.count());
        });
}

void DirectoryController::setBusy(bool busy) {
    if (busy_ == busy) return;
    busy_ = busy;
    emit busyChanged();
}

void DirectoryController::setReady(bool ready) {
    if (ready_ == ready) return;
    ready_ = ready;
    emit readyChanged();
}

void DirectoryController::setQuerying(bool querying) {
    if (querying_ == querying) return;
    querying_ = querying;
    emit queryingChanged();
}

void DirectoryController::setStatusText(const QString& text) {
    if (statusText_ == text) return;
    statusText_ = text;
    emit statusTextChanged();
}

}  // namespace parcours::app
