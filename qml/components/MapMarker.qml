import QtQuick
import QtQuick.Controls
import Parcours

// One marker on a MapView, placed with map.toScreen(): a structure (a dot coloured by kind,
// ringed by the last outcome when the practice was already called) or a cluster (a badge
// with its count; a tap zooms to splitZoom, where it splits).
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
    // The last call's outcome id ("refused-no-new-patients"…), "" when never called.
    property string lastOutcome: ""
    readonly property var outcomeStyle: lastOutcome.length > 0 ? MapStyle.outcomeStyle(lastOutcome) : null

    signal selected

    // Where toScreen() puts the marker, set again on every view change: a binding over
    // toScreen() would not be re-evaluated (the compiled binding does not see the view's
    // properties behind the call).
    property point screen: Qt.point(0, 0)

    function place() {
        if (map && hasPosition)
            screen = map.toScreen(Number(latitude), Number(longitude));
    }

    Connections {
        target: marker.map
        function onViewChanged() {
            marker.place();
        }
    }
    onLatitudeChanged: place()
    onLongitudeChanged: place()
    Component.onCompleted: place()

    readonly property bool hasPosition: latitude !== undefined && longitude !== undefined && latitude !== null

    width: isCluster ? 36 + Math.min(String(count).length, 4) * 4 : (outcomeStyle ? 28 : 22)
    height: isCluster ? width : width
    x: screen.x - width / 2
    y: screen.y - height / 2
    visible: hasPosition && screen.x > -width && screen.y > -height && screen.x < map.width + width && screen.y < map.height + height

    Rectangle {
        objectName: "outcomeRing"
        anchors.fill: parent
        radius: width / 2
        visible: marker.outcomeStyle !== null && !marker.isCluster
        color: marker.outcomeStyle ? marker.outcomeStyle.color : "transparent"
    }
    Rectangle {
        objectName: "markerDot"
        anchors.fill: parent
        anchors.margins: marker.outcomeStyle && !marker.isCluster ? 4 : 0
        radius: width / 2
        color: marker.isCluster ? MapStyle.clusterColor : MapStyle.colorFor(marker.kind)
        border.color: MapStyle.markerBorder
        border.width: 2
    }
    Label {
        objectName: "kindGlyph"
        anchors.centerIn: parent
        visible: !marker.isCluster
        text: MapStyle.glyphFor(marker.kind)
        color: MapStyle.clusterTextColor
        font.pixelSize: 11
        font.weight: Font.Bold
        Accessible.ignored: true
    }
    Label {
        anchors.centerIn: parent
        visible: marker.isCluster
        text: marker.count
        color: MapStyle.clusterTextColor
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
    Accessible.name: isCluster ? qsTr("%n structures ici, agrandir", "", count)
                               : label + (outcomeStyle ? ", " + outcomeStyle.label : "")
    Accessible.onPressAction: {
        if (isCluster && splitZoom >= 0)
            map.centerOn(Number(latitude), Number(longitude), splitZoom);
        else
            selected();
    }
}
