#pragma once
// A list of directory structures for QML, filled from core query results (a Hit list).
// It only adapts: no query logic here; DirectoryController decides what to show.

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QLocale>
#include <QString>
#include <optional>
#include <vector>

#include "parcours/directory/query.hpp"

namespace parcours::app {

class StructureListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read DirectoryController.structures")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // "finess:010000024"
        NameRole,
        KindRole,       // stable kind id: "msp", "centre-sante", …
        KindLabelRole,  // French label: "Maison de santé pluriprofessionnelle"
        AddressRole,    // street part
        PostcodeRole,
        CityRole,
        PhoneRole,
        EmergencyRole,     // bool; false when the source does not say
        DistanceRole,      // metres (double), undefined when the query gave no point
        DistanceTextRole,  // "850 m", "1,2 km" (no-break space), default locale; "" if none
        LatitudeRole,      // WGS84 degrees, undefined when the structure has no position
        LongitudeRole,
    };
    Q_ENUM(Role)

    explicit StructureListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }

    // Replaces the whole list (a new query result).
    void setHits(const std::vector<directory::Hit>& hits);
    void clear();

    // For QML and tests: the value of `role` (by name) at `row`, undefined out of range.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

    // "850 m" under 1 km (to 10 m), "1,2 km" under 10 km, "12 km" beyond; in `locale`.
    static QString formatDistance(double metres, const QLocale& locale = QLocale());

  signals:
    void countChanged();

  private:
    struct Row {
        QString id, name, kind, kindLabel, address, postcode, city, phone;
        bool emergency = false;
        std::optional<double> distance, latitude, longitude;
    };
    std::vector<Row> rows_;
};

}  // namespace parcours::app
