pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The map: the structures of the directory as markers on the app's own map (MapView: the
// embedded Natural Earth basemap, no network by default), clustered by core
// (MapMarkerModel: badges with counts, a tap zooms in), practices already called ringed by
// their last outcome; filters by kind and radius; a list nearest first (MapSearch), toggled
// with the map; the user's position (PositionProvider: an NMEA file with --nmea, else the
// platform's source), or, without one, a commune typed in a prompt.
Page {
    id: page

    // A structure was chosen (the card's button, a row of the list): its values, as
    // DirectoryPage.structureAt gives them; the structure sheet opens on them.
    signal structureChosen(var structure)

    objectName: "mapPage"
    title: qsTr("Carte")
    Accessible.name: qsTr("Carte des structures de santé")

    property alias map: mapView
    property alias markers: mapMarkers
    property alias search: mapSearch
    property alias filters: filterBar
    // What the map draws; a model with MapMarkerModel's roles (tests give a ListModel).
    property var markerModel: mapMarkers
    // The directory both models read (only once the controller has created and filled it).
    property string directoryPath: DirectoryController.ready ? DirectoryController.databasePath : ""
    // The marker last tapped: its label, its id, what the directory says of it.
    property string selectedLabel: ""
    property string selectedId: ""
    property var selectedStructure: ({})
    // The legend takes room on a phone: shown at first on wide windows only.
    property bool legendShown: width >= 600
    // The list instead of the map.
    property bool listShown: false

    // The centre of the search (the list's distances, the radius): the position once known,
    // else a commune chosen, else the map's centre when asked ("Chercher ici"), else the
    // sample's Lyon.
    property real centreLatitude: DirectoryController.defaultLatitude
    property real centreLongitude: DirectoryController.defaultLongitude
    property string centreLabel: qsTr("Lyon")

    // The position. locate: false runs no source and never prompts by itself (the "me"
    // button still asks for a commune).
    property bool locate: true
    property url nmeaSource: PositionSettings.nmeaSource
    property bool usePlatformSource: true
    property int noFixTimeoutMs: 8000
    property bool hasPosition: false
    property real positionLatitude: 0
    property real positionLongitude: 0
    property bool communePromptShown: false
    // A commune chosen by the person: a late first fix does not take the map away from it.
    property bool communeChosenByUser: false
    property bool positionAsked: false
    property string positionProblem: ""
    readonly property bool positionSourceRunning: page.locate && positionProvider.valid

    // Only these kinds on the map and in its list, when another page asks (the rights
    // page's "show nearby CPTS…"); the chips stay the person's to change afterwards.
    property var requestedKinds: []
    onRequestedKindsChanged: filterBar.selectedKinds = requestedKinds

    function centreOnSample() {
        mapView.centerOn(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude, 12);
    }

    // The zoom at which the radius around (latitude, longitude) fills the map's short side.
    function zoomForRadius(latitude: real, longitude: real, metres: real): real {
        const a = mapView.toScreen(latitude, longitude);
        const b = mapView.toScreen(latitude + metres / 111320, longitude);
        const pixels = Math.abs(a.y - b.y);
        const target = Math.min(mapView.width, mapView.height) / 2 - 24;
        if (pixels <= 0 || target <= 0)
            return mapView.zoom;
        return mapView.zoom + Math.log2(target / pixels);
    }

    // Searches around a point: the list, the radius circle; the map centres there (zoom:
    // the given one, else to show the radius, else 13).
    function setCentre(latitude: real, longitude: real, label: string, zoom: real) {
        centreLatitude = latitude;
        centreLongitude = longitude;
        centreLabel = label;
        mapSearch.nearby(latitude, longitude);
        const z = zoom > 0 ? zoom : filterBar.radiusMetres > 0 ? zoomForRadius(latitude, longitude, filterBar.radiusMetres) : 13;
        mapView.centerOn(latitude, longitude, z);
    }

    function updateViewport() {
        mapMarkers.setViewport(mapView.centerLatitude, mapView.centerLongitude, mapView.zoom, mapView.width, mapView.height);
    }

    function loadJournal() {
        if (JournalController.journalPath.length > 0)
            mapMarkers.loadJournal(JournalController.journalPath);
        if (selectedId.length > 0)
            selectedStructure = mapMarkers.structure(selectedId, centreLatitude, centreLongitude);
    }

    function select(id: string, label: string) {
        selectedLabel = label;
        selectedId = id;
        selectedStructure = id.length > 0 && page.markerModel === mapMarkers ? mapMarkers.structure(id, centreLatitude, centreLongitude) : {};
    }

    // A row of the list, with the keys the structure sheet reads.
    function listStructureAt(row: int): var {
        const model = mapSearch.structures;
        const out = {};
        for (const role of ["id", "name", "kind", "kindLabel", "address", "postcode", "city",
                            "phone", "emergency", "distanceText", "latitude", "longitude"])
            out[role] = model.get(row, role);
        return out;
    }

    function positionUpdated(latitude: real, longitude: real) {
        const first = !hasPosition;
        positionLatitude = latitude;
        positionLongitude = longitude;
        hasPosition = true;
        positionProblem = "";
        if (first && !communeChosenByUser) {
            communePromptShown = false;
            setCentre(positionLatitude, positionLongitude, qsTr("votre position"), 0);
            DirectoryController.nearby(positionLatitude, positionLongitude);
        }
    }

    // The source has no position to give: ask for a commune, once (a prompt closed, or a
    // commune chosen, is not asked again by the source's next error; "◎" still asks).
    function positionUnavailable(reason: string) {
        if (hasPosition || positionAsked || communeChosenByUser)
            return;
        positionAsked = true;
        positionProblem = reason;
        communePromptShown = true;
    }

    function communeChosen(commune: var) {
        communePromptShown = false;
        communeChosenByUser = true;
        setCentre(commune.latitude, commune.longitude, commune.name, 0);
        DirectoryController.nearby(commune.latitude, commune.longitude);
    }

    Component.onCompleted: {
        updateViewport();
        mapSearch.nearby(centreLatitude, centreLongitude);
        if (JournalController.ready)
            loadJournal();
    }

    MapMarkerModel {
        id: mapMarkers

        databasePath: page.directoryPath
        kinds: filterBar.selectedKinds
        emergencyOnly: filterBar.emergencyOnly
    }

    MapSearch {
        id: mapSearch

        databasePath: page.directoryPath
        kinds: filterBar.selectedKinds
        emergencyOnly: filterBar.emergencyOnly
        radiusMetres: filterBar.radiusMetres
    }

    Connections {
        target: mapView
        function onViewChanged() {
            page.updateViewport();
        }
    }
    // An import changed the directory: the map's index is read again.
    Connections {
        target: DirectoryController
        function onSourcesChanged() {
            if (mapMarkers.databasePath.length > 0)
                mapMarkers.reload();
            mapSearch.nearby(page.centreLatitude, page.centreLongitude);
        }
    }
    // A call logged, edited or deleted: the rings follow.
    Connections {
        target: JournalController
        function onJournalChanged() {
            page.loadJournal();
        }
        function onReadyChanged() {
            page.loadJournal();
        }
    }

    // The position: the NMEA file when given, else the platform's source.
    PositionProvider {
        id: positionProvider

        nmeaSource: page.locate ? page.nmeaSource : ""
        usePlatformSource: page.locate && page.usePlatformSource
        active: page.locate
        onPositionChanged: page.positionUpdated(latitude, longitude)
        onFailed: reason => {
            if (page.locate)
                page.positionUnavailable(reason);
        }
    }
    // No fix within a few seconds: ask for a commune (the source keeps trying).
    Timer {
        interval: page.noFixTimeoutMs
        running: page.positionSourceRunning && !page.hasPosition && !page.positionAsked && !page.communeChosenByUser
        onTriggered: page.positionUnavailable(qsTr("Pas de position pour l'instant."))
    }

    MapFilterBar {
        id: filterBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        kindChoices: mapSearch.kindChoices
        onRadiusMetresChanged: {
            if (radiusMetres > 0)
                mapView.centerOn(page.centreLatitude, page.centreLongitude, page.zoomForRadius(page.centreLatitude, page.centreLongitude, radiusMetres));
        }
    }

    MapView {
        id: mapView

        objectName: "mapView"
        anchors.top: filterBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: !page.listShown
        clip: true
        centerLatitude: DirectoryController.defaultLatitude
        centerLongitude: DirectoryController.defaultLongitude
        zoom: 12
        waterColor: Theme.mapWater
        landColor: Theme.mapLand
        borderColor: Theme.mapBorder
        // The raster tiles chosen in the settings (none by default: no network).
        tileUrlTemplate: SettingsController.tileUrlTemplate
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Carte, zoom %1").arg(Math.round(zoom))

        MapOverlayPoint {
            objectName: "radiusCircle"
            map: mapView
            latitude: page.centreLatitude
            longitude: page.centreLongitude
            radiusMetres: filterBar.radiusMetres
            visible: filterBar.radiusMetres > 0
        }

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
                lastOutcome: model.lastOutcome ?? ""
                onSelected: page.select(model.id ?? model.markerId ?? "", label)
            }
        }

        MapOverlayPoint {
            objectName: "positionDot"
            map: mapView
            latitude: page.positionLatitude
            longitude: page.positionLongitude
            visible: page.hasPosition
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Votre position")
        }
    }

    // The list: the structures of the filters, nearest first from the centre (core's order
    // and distances).
    ColumnLayout {
        objectName: "mapListPane"
        anchors.top: filterBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: page.listShown
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 8

            Label {
                objectName: "mapListTitle"
                Layout.fillWidth: true
                text: qsTr("%n structure(s) autour de %1", "", mapList.count).arg(page.centreLabel)
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Button {
                objectName: "showMapButton"
                text: qsTr("Carte")
                onClicked: page.listShown = false
                Accessible.name: qsTr("Afficher la carte")
            }
        }
        ListView {
            id: mapList

            objectName: "mapList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.listShown ? mapSearch.structures : null  // no delegates while hidden
            delegate: StructureDelegate {
                width: ListView.view.width
                onClicked: page.structureChosen(page.listStructureAt(index))
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Structures les plus proches")

            ScrollIndicator.vertical: ScrollIndicator {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: mapList.count === 0
                text: mapSearch.errorText.length > 0 ? mapSearch.errorText : qsTr("Aucune structure pour ces filtres.")
                horizontalAlignment: Label.AlignHCenter
                wrapMode: Label.Wrap
                opacity: 0.8
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }

    // While the directory is imported or the map's index built; a problem, in words.
    Column {
        anchors.top: filterBar.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 8
        width: Math.min(parent.width - 120, 360)
        spacing: 4
        visible: !page.listShown

        BusyIndicator {
            objectName: "mapBusy"
            anchors.horizontalCenter: parent.horizontalCenter
            width: 36
            height: 36
            running: DirectoryController.busy || mapMarkers.loading
            visible: running
            Accessible.name: qsTr("Chargement de la carte en cours")
        }
        Label {
            objectName: "mapError"
            width: parent.width
            visible: text.length > 0
            text: mapMarkers.errorText
            wrapMode: Label.Wrap
            horizontalAlignment: Label.AlignHCenter
            padding: 6
            background: Rectangle {
                color: MapStyle.panelColor
                radius: 6
                border.color: MapStyle.panelBorder
            }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    // Legend: the colour of each kind and of each outcome, in words too.
    MapLegend {
        objectName: "mapLegend"
        anchors.left: parent.left
        anchors.top: filterBar.bottom
        anchors.margins: 8
        visible: page.legendShown && !page.listShown
    }

    Column {
        anchors.right: parent.right
        anchors.top: filterBar.bottom
        anchors.margins: 8
        spacing: 6
        visible: !page.listShown

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
            objectName: "locateButton"
            text: "◎"
            onClicked: {
                if (page.hasPosition)
                    mapView.centerOn(page.positionLatitude, page.positionLongitude, Math.max(mapView.zoom, 13));
                else {
                    page.positionProblem = qsTr("Position inconnue.");
                    page.communePromptShown = true;
                }
            }
            Accessible.name: page.hasPosition ? qsTr("Centrer la carte sur ma position") : qsTr("Position inconnue : choisir une commune")
        }
        MapButton {
            objectName: "communeButton"
            text: qsTr("Ville")
            font.pixelSize: 11
            onClicked: {
                page.positionProblem = "";
                page.communePromptShown = true;
            }
            Accessible.name: qsTr("Chercher autour d'une commune")
        }
        MapButton {
            objectName: "sampleButton"
            text: qsTr("Lyon")
            font.pixelSize: 11
            onClicked: page.centreOnSample()
            Accessible.name: qsTr("Centrer la carte sur Lyon (données d'exemple)")
        }
        MapButton {
            objectName: "showListButton"
            text: qsTr("Liste")
            font.pixelSize: 11
            onClicked: page.listShown = true
            Accessible.name: qsTr("Afficher la liste des structures les plus proches")
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
            color: mapButton.down ? MapStyle.buttonDownColor : MapStyle.buttonColor
            border.color: MapStyle.buttonBorder
        }
    }

    CommunePrompt {
        objectName: "communePrompt"
        anchors.top: filterBar.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 8
        width: Math.min(parent.width - 16, 420)
        visible: page.communePromptShown
        search: mapSearch
        reason: page.positionProblem
        onChosen: commune => page.communeChosen(commune)
        onDismissed: page.communePromptShown = false
    }

    // When the map has moved away from the centre of the search: search around the map's
    // centre (the directory list follows too).
    Button {
        id: searchHere

        // The centre of the search, on screen; set again when the view or the centre changes
        // (see MapMarker: a binding over toScreen() is not re-evaluated).
        property point queryCentre: Qt.point(0, 0)

        function place() {
            queryCentre = mapView.toScreen(page.centreLatitude, page.centreLongitude);
        }

        Connections {
            target: mapView
            function onViewChanged() {
                searchHere.place();
            }
        }
        Connections {
            target: page
            function onCentreLatitudeChanged() {
                searchHere.place();
            }
            function onCentreLongitudeChanged() {
                searchHere.place();
            }
        }
        Component.onCompleted: place()

        objectName: "searchHereButton"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: attribution.top
        anchors.bottomMargin: 8
        visible: !page.listShown && DirectoryController.ready && !DirectoryController.querying && Math.hypot(queryCentre.x - mapView.width / 2, queryCentre.y - mapView.height / 2) > Math.min(mapView.width, mapView.height) / 4
        text: qsTr("Chercher ici")
        onClicked: {
            page.select("", "");
            page.setCentre(mapView.centerLatitude, mapView.centerLongitude, qsTr("centre de la carte"), mapView.zoom);
            DirectoryController.nearby(mapView.centerLatitude, mapView.centerLongitude);
        }
        Accessible.name: qsTr("Chercher les structures autour du centre de la carte")
    }

    // The structure last tapped: name, kind, city, the last call's outcome; its sheet.
    MapStructureCard {
        objectName: "selectedCard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: searchHere.visible ? searchHere.top : attribution.top
        anchors.margins: 8
        visible: page.selectedLabel.length > 0 && !page.listShown
        label: page.selectedLabel
        structure: page.selectedStructure
        onOpenRequested: page.structureChosen(page.selectedStructure)
        onCloseRequested: page.select("", "")
    }

    Label {
        id: attribution

        objectName: "mapAttribution"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: 3
        visible: !page.listShown
        text: mapView.attribution
        font.pixelSize: 10
        background: Rectangle {
            color: MapStyle.panelColor
        }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
