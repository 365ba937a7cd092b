import QtQuick
import QtQuick.Controls
import Parcours

// One marker on a MapView, placed with map.toScreen(): a structure (a dot coloured by kind)
// or a cluster (a badge with its count; a tap zooms to splitZoom, where it splits).
Item {
    id: marker

    required property MapView map
    required property var latitude
    required property var longitude
    property string kind: "other"
    property string label: ""
    property int count: 1
    property bool isCluster: false
    property real splitZoom: -1

    signal selected

    // Re-evaluated whenever the view moves (toScreen alone is not tracked by bindings).
    readonly property point screen: {
        marker.map.zoom;
        marker.map.centerLatitude;
        marker.map.centerLongitude;
        marker.map.width;
        marker.map.height;
        return marker.map.toScreen(Number(marker.latitude), Number(marker.longitude));
    }
    readonly property bool hasPosition: latitude !== undefined && longitude !== undefined && latitude !== null

    width: isCluster ? 36 + Math.min(String(count).length, 4) * 4 : 22
    height: isCluster ? width : 22
    x: screen.x - width / 2
    y: screen.y - height / 2
    visible: hasPosition && screen.x > -width && screen.y > -height && screen.x < map.width + width && screen.y < map.height + height

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: marker.isCluster ? MapStyle.clusterColor : MapStyle.colorFor(marker.kind)
        border.color: "white"
        border.width: 2
    }
    Label {
        anchors.centerIn: parent
        visible: marker.isCluster
        text: marker.count
        color: "white"
        font.pixelSize: 13
        font.weight: Font.DemiBold
    }
    TapHandler {
        onTapped: {
            if (marker.isCluster && marker.splitZoom >= 0)
                marker.map.centerOn(Number(marker.latitude), Number(marker.longitude), marker.splitZoom);
            else
                marker.selected();
        }
    }

    Accessible.role: Accessible.Button
    Accessible.name: isCluster ? qsTr("%n structures ici, agrandir", "", count) : label
    Accessible.onPressAction: {
        if (isCluster && splitZoom >= 0)
            map.centerOn(Number(latitude), Number(longitude), splitZoom);
        else
            selected();
    }
}
