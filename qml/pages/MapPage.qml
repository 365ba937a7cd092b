pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Parcours

// The map: the structures of the directory's current results as markers on the app's own
// map (MapView: the embedded Natural Earth basemap, no network by default), a legend of the
// kinds, zoom buttons (for those who cannot pinch), a button back to the sample's Lyon.
// The markers come from DirectoryController.structures until MapMarkerModel (clusters,
// last outcome) replaces it; the delegate already reads its roles when they exist.
Page {
    id: page

    objectName: "mapPage"
    title: qsTr("Carte")
    Accessible.name: qsTr("Carte des structures de santé")

    property alias map: mapView
    property var markerModel: DirectoryController.structures
    property string selectedLabel: ""
    // The legend takes room on a phone: shown at first on wide windows only, a button
    // shows or hides it.
    property bool legendShown: width >= 600

    function centreOnSample() {
        mapView.centerOn(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude, 12);
    }

    MapView {
        id: mapView

        objectName: "mapView"
        anchors.fill: parent
        clip: true
        centerLatitude: DirectoryController.defaultLatitude
        centerLongitude: DirectoryController.defaultLongitude
        zoom: 12
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Carte, zoom %1").arg(Math.round(zoom))

        Repeater {
            id: markers

            objectName: "mapMarkers"
            model: page.markerModel
            delegate: MapMarker {
                required property var model
                required property int index

                objectName: "mapMarker" + index
                map: mapView
                latitude: model.latitude
                longitude: model.longitude
                kind: model.kind ?? "other"
                label: (model.name ?? "") + (model.kindLabel ? ", " + model.kindLabel : "")
                count: model.count ?? 1
                isCluster: model.isCluster ?? false
                splitZoom: model.splitZoom ?? -1
                onSelected: page.selectedLabel = label
            }
        }
    }

    // Legend: the colour of each kind, in words too.
    Frame {
        id: legend

        objectName: "mapLegend"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 8
        padding: 6
        visible: page.legendShown
        background: Rectangle {
            color: "#f0ffffff"
            radius: 6
            border.color: "#cccccc"
        }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Légende des couleurs")

        Column {
            spacing: 2

            Repeater {
                model: MapStyle.kinds
                delegate: Row {
                    required property var modelData

                    spacing: 6
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.label

                    Rectangle {
                        width: 12
                        height: 12
                        radius: 6
                        anchors.verticalCenter: parent.verticalCenter
                        color: parent.modelData.color
                    }
                    Label {
                        text: parent.modelData.label
                        font.pixelSize: 11
                    }
                }
            }
        }
    }

    Column {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        spacing: 6

        MapButton {
            objectName: "zoomInButton"
            text: "+"
            onClicked: mapView.zoomAround(mapView.zoom + 1, mapView.width / 2, mapView.height / 2)
            Accessible.name: qsTr("Zoomer")
        }
        MapButton {
            objectName: "zoomOutButton"
            text: "−"
            onClicked: mapView.zoomAround(mapView.zoom - 1, mapView.width / 2, mapView.height / 2)
            Accessible.name: qsTr("Dézoomer")
        }
        MapButton {
            objectName: "sampleButton"
            text: qsTr("Lyon")
            font.pixelSize: 11
            onClicked: page.centreOnSample()
            Accessible.name: qsTr("Centrer la carte sur Lyon (données d'exemple)")
        }
        MapButton {
            objectName: "legendButton"
            text: "?"
            checkable: true
            checked: page.legendShown
            onToggled: page.legendShown = checked
            Accessible.name: page.legendShown ? qsTr("Masquer la légende") : qsTr("Afficher la légende")
        }
    }

    // A round map control, opaque over the map whatever the style, 44 px (a finger).
    component MapButton: RoundButton {
        id: mapButton

        implicitWidth: 44
        implicitHeight: 44
        padding: 2
        font.pixelSize: 20
        background: Rectangle {
            radius: width / 2
            color: mapButton.down ? "#dde6f2" : "white"
            border.color: "#8a8a8a"
        }
    }

    // When the map has moved away from where the results were asked: ask around the map's
    // centre (the directory list follows too: one query for both pages).
    Button {
        id: searchHere

        // Where the results were asked, on screen; set again when the view or the query
        // changes (see MapMarker: a binding over toScreen() is not re-evaluated).
        property point queryCentre: Qt.point(0, 0)

        function place() {
            queryCentre = mapView.toScreen(DirectoryController.centreLatitude, DirectoryController.centreLongitude);
        }

        Connections {
            target: mapView
            function onViewChanged() {
                searchHere.place();
            }
        }
        Connections {
            target: DirectoryController
            function onQueryChanged() {
                searchHere.place();
            }
        }
        Component.onCompleted: place()

        objectName: "searchHereButton"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: attribution.top
        anchors.bottomMargin: 8
        visible: DirectoryController.ready && !DirectoryController.querying && Math.hypot(queryCentre.x - mapView.width / 2, queryCentre.y - mapView.height / 2) > Math.min(mapView.width, mapView.height) / 4
        text: qsTr("Chercher ici")
        onClicked: {
            page.selectedLabel = "";
            DirectoryController.nearby(mapView.centerLatitude, mapView.centerLongitude);
        }
        Accessible.name: qsTr("Chercher les structures autour du centre de la carte")
    }

    // The structure last tapped.
    Pane {
        objectName: "selectedCard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: searchHere.visible ? searchHere.top : attribution.top
        anchors.margins: 8
        visible: page.selectedLabel.length > 0
        Accessible.role: Accessible.StaticText
        Accessible.name: page.selectedLabel

        Label {
            width: parent.width
            text: page.selectedLabel
            wrapMode: Label.Wrap
        }
    }

    Label {
        id: attribution

        objectName: "mapAttribution"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: 3
        text: mapView.attribution
        font.pixelSize: 10
        background: Rectangle {
            color: "#c0ffffff"
        }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
