#pragma once
// The map page's own questions to the directory: the list under the map (the structures of
// the map's filters, nearest first from the position or the chosen centre, with distances)
// and the commune lookup that places the map when the position is unknown. It only adapts:
// distances, ranking and the commune lookup are core's (Directory::nearby, findCommunes).
//
// A read-only use of the directory file, through its own Directory (DirectoryController's
// is private to its worker thread). The queries are short and indexed (an R*Tree nearest-k
// with a limit, a commune lookup: milliseconds on the national directory), so they run on
// the UI thread, as the journal's do; the heavy work (imports) stays in DirectoryController.
//
// QML: `MapSearch { databasePath: DirectoryController.ready ? DirectoryController.databasePath
// : ""; kinds: […]; radiusMetres: 5000 }`, then `nearby(lat, lon)` and `findCommunes(text)`.

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

#include "parcours/directory/directory.hpp"
#include "structure_list_model.hpp"

namespace parcours::app {

class MapSearch : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The directory file; "" closes it (and empties the list).
    Q_PROPERTY(
        QString databasePath READ databasePath WRITE setDatabasePath NOTIFY databasePathChanged)
    // The filters, as MapMarkerModel's: kind ids (empty: every care kind), emergency units only,
    // and a radius around the point of nearby() (0: the nearest whatever the distance).
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY filterChanged)
    Q_PROPERTY(bool emergencyOnly READ emergencyOnly WRITE setEmergencyOnly NOTIFY filterChanged)
    Q_PROPERTY(double radiusMetres READ radiusMetres WRITE setRadiusMetres NOTIFY filterChanged)
    Q_PROPERTY(parcours::app::StructureListModel* structures READ structures CONSTANT)
    // The kinds a patient can filter on, from core's list in its display order:
    // [{id: "msp", label: "Maison de santé pluriprofessionnelle"}, …] (Other left out).
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)
    // The last problem (unreadable directory, unknown kind), or "".
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    static constexpr int kListLimit = 50;
    static constexpr int kCommuneLimit = 8;

    explicit MapSearch(QObject* parent = nullptr);
    ~MapSearch() override;

    // Fills `structures` with the structures of the filters nearest to the point (at most
    // kListLimit), each with its distance; remembered, so a filter change asks again.
    Q_INVOKABLE void nearby(double latitude, double longitude);
    // Communes by name or postcode (core's findCommunes): [{name, postcode, insee, latitude,
    // longitude}], the ones without a known position left out; [] and errorText on failure.
    Q_INVOKABLE QVariantList findCommunes(const QString& text);
    // An address typed (words of a street, a city): the directory's structures whose address
    // matches (core's text search, accents folded), as places to centre on: [{name: "12 RUE
    // X, 69002 Lyon", postcode: "", latitude, longitude}], one per address, at most
    // kCommuneLimit. The directory knows no other addresses (no geocoder offline).
    Q_INVOKABLE QVariantList findAddresses(const QString& text);
    // What the commune prompt lists: the communes, or, when none matches, the addresses.
    Q_INVOKABLE QVariantList findPlaces(const QString& text);

    [[nodiscard]] QString databasePath() const { return databasePath_; }
    [[nodiscard]] QStringList kinds() const { return kinds_; }
    [[nodiscard]] bool emergencyOnly() const { return emergencyOnly_; }
    [[nodiscard]] double radiusMetres() const { return radiusMetres_; }
    [[nodiscard]] StructureListModel* structures() { return &model_; }
    [[nodiscard]] static QVariantList kindChoices();
    [[nodiscard]] QString errorText() const { return errorText_; }

    void setDatabasePath(const QString& path);
    void setKinds(const QStringList& kinds);
    void setEmergencyOnly(bool emergencyOnly);
    void setRadiusMetres(double metres);

  signals:
    void databasePathChanged();
    void filterChanged();
    void errorTextChanged();

  private:
    const directory::Directory* directory();
    void refresh();
    void setErrorText(const QString& text);

    QString databasePath_;
    std::unique_ptr<directory::Directory> directory_;  // opened when first needed
    StructureListModel model_;
    QStringList kinds_;
    bool emergencyOnly_ = false;
    double radiusMetres_ = 0;
    bool hasPoint_ = false;
    double latitude_ = 0;
    double longitude_ = 0;
    QString errorText_;
};

}  // namespace parcours::app
