import QtQuick
import Parcours

// Something drawn at a place on a MapView, placed with map.toScreen() on every view change
// (a binding over toScreen() is not re-evaluated on 6.4: see MapMarker). Two uses: the
// user's position (a dot with a halo), and the radius of the search around its centre (a
// circle `radiusMetres` wide, for the eye only: the distances themselves are core's).
Item {
    id: point

    required property MapView map
    property real latitude: 0
    property real longitude: 0
    // 0: the position dot; otherwise a circle of that radius.
    property real radiusMetres: 0

    property point screen: Qt.point(0, 0)
    // The circle's radius on screen, from a point radiusMetres north (a degree of latitude is
    // about 111.32 km anywhere; Web Mercator's scale is the same in every direction).
    property real radiusPixels: 0

    function place() {
        if (!map)
            return;
        screen = map.toScreen(latitude, longitude);
        if (radiusMetres > 0) {
            const north = map.toScreen(latitude + radiusMetres / 111320, longitude);
            radiusPixels = Math.abs(screen.y - north.y);
        }
    }

    Connections {
        target: point.map
        function onViewChanged() {
            point.place();
        }
    }
    onLatitudeChanged: place()
    onLongitudeChanged: place()
    onRadiusMetresChanged: place()
    Component.onCompleted: place()

    readonly property real size: radiusMetres > 0 ? 2 * radiusPixels : 22
    width: size
    height: size
    x: screen.x - width / 2
    y: screen.y - height / 2

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: point.radiusMetres > 0 ? MapStyle.radiusFill : MapStyle.positionHalo
        border.color: point.radiusMetres > 0 ? MapStyle.radiusBorder : "transparent"
        border.width: 2
    }
    Rectangle {
        visible: point.radiusMetres <= 0
        anchors.centerIn: parent
        width: 14
        height: 14
        radius: 7
        color: MapStyle.positionColor
        border.color: MapStyle.markerBorder
        border.width: 2
    }
}
