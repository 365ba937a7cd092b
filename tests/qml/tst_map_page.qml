import QtQuick
import QtTest
import Parcours

// The map page over the real directory (markers from MapMarkerModel: core's clusters of the
// sample around Lyon) and over a small ListModel shaped like MapMarkerModel. No position
// source here (locate: false): tst_map_position.qml covers it.
TestCase {
    id: testCase

    name: "MapPage"
    when: windowShown
    width: 360
    height: 640
    visible: true

    Component {
        id: pageComponent

        MapPage {}
    }

    SignalSpy {
        id: chosenSpy

        signalName: "structureChosen"
    }

    ListModel {
        id: clusterModel

        ListElement { markerId: "c1"; latitude: 45.76; longitude: 4.84; kind: "msp"; count: 12; isCluster: true; splitZoom: 14 }
        ListElement { markerId: "s1"; latitude: 45.70; longitude: 4.95; kind: "pharmacy"; count: 1; isCluster: false; splitZoom: -1 }
    }

    function createPage(properties) {
        const page = createTemporaryObject(pageComponent, testCase, Object.assign({ width: 360, height: 640, locate: false }, properties || {}));
        verify(page, "MapPage is created");
        return page;
    }

    function visibleMarkers(map) {
        let n = 0;
        for (let i = 0; i < map.children.length; ++i) {
            const c = map.children[i];
            if (c.objectName.startsWith("mapMarker") && c.visible)
                ++n;
        }
        return n;
    }

    function init() {
        DirectoryController.nearby(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude);
        tryCompare(DirectoryController, "querying", false, 20000);
    }

    // Centres the map on a single structure of the marker model near Lyon (zoomed in far
    // enough to split the clusters) and returns its marker.
    function centreOnASingle(page) {
        const map = findChild(page, "mapView");
        map.centerOn(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude, 15);
        let row = -1;
        tryVerify(() => {
            for (let r = 0; r < page.markers.count; ++r)
                if (!page.markers.get(r, "isCluster")) {
                    row = r;
                    return true;
                }
            return false;
        }, 5000, "a single structure in view");
        const id = page.markers.get(row, "id");
        map.centerOn(page.markers.get(row, "latitude"), page.markers.get(row, "longitude"), 17);
        let marker = null;
        tryVerify(() => {
            for (let i = 0; i < map.children.length; ++i) {
                const c = map.children[i];
                if (c.objectName.startsWith("mapMarker") && c.visible && !c.isCluster
                        && Math.abs(c.x + c.width / 2 - map.width / 2) < 1 && Math.abs(c.y + c.height / 2 - map.height / 2) < 1)
                    marker = c;
            }
            return marker !== null;
        }, 5000, "its marker at the centre");
        return marker;
    }

    function test_1_loadsWithMarkersAroundLyon() {
        tryVerify(() => DirectoryController.structures.count > 0, 20000, "the sample is imported");
        const page = createPage();
        tryVerify(() => !page.markers.loading && page.markers.structureCount > 0, 20000, "the map's index is built");
        const map = findChild(page, "mapView");
        verify(map.basemapLoaded, "the embedded basemap is loaded");
        tryVerify(() => visibleMarkers(map) > 0, 5000, "markers are on screen");
        const first = findChild(map, "mapMarker0");
        verify(first.Accessible.name.length > 0, "a marker says what it is");
        // The marker sits where toScreen puts its structure.
        const p = map.toScreen(first.latitude, first.longitude);
        fuzzyCompare(first.x + first.width / 2, p.x, 0.01);
        fuzzyCompare(first.y + first.height / 2, p.y, 0.01);
        // Panning moves the marker with the map.
        map.panBy(40, -25);
        fuzzyCompare(first.x + first.width / 2, p.x + 40, 0.01);
        fuzzyCompare(first.y + first.height / 2, p.y - 25, 0.01);
        // On a phone the legend waits for its button.
        const legend = findChild(page, "mapLegend");
        verify(!legend.visible);
        mouseClick(findChild(page, "legendButton"));
        verify(legend.visible);
        verify(findChild(page, "mapAttribution").text.indexOf("Natural Earth") >= 0);
    }

    function test_1c_aDirectoryThatCannotBeReadIsSaid() {
        const page = createPage({ directoryPath: "/nonexistent-folder/directory.sqlite" });
        tryVerify(() => findChild(page, "mapError").visible, 10000, "the problem is shown on the map");
        verify(findChild(page, "mapError").text.length > 0);
        compare(page.markers.count, 0);
    }

    function test_1b_legendShownOnWideWindows() {
        const page = createPage({ width: 1280, height: 800 });
        verify(findChild(page, "mapLegend").visible);
    }

    function test_2_zoomButtonsAndSampleButton() {
        const page = createPage();
        const map = findChild(page, "mapView");
        const before = map.zoom;
        mouseClick(findChild(page, "zoomInButton"));
        compare(map.zoom, before + 1);
        mouseClick(findChild(page, "zoomOutButton"));
        mouseClick(findChild(page, "zoomOutButton"));
        compare(map.zoom, before - 1);
        map.centerOn(48.85, 2.35, 6);
        mouseClick(findChild(page, "sampleButton"));
        fuzzyCompare(map.centerLatitude, DirectoryController.defaultLatitude, 1e-9);
        fuzzyCompare(map.centerLongitude, DirectoryController.defaultLongitude, 1e-9);
        compare(map.zoom, 12);
    }

    function test_2b_searchHereAsksAroundTheMapCentre() {
        const page = createPage();
        const map = findChild(page, "mapView");
        const button = findChild(page, "searchHereButton");
        verify(!button.visible, "the results are around the map's centre");
        map.centerOn(45.19, 5.72, 12);  // Grenoble
        verify(button.visible);
        mouseClick(button);
        fuzzyCompare(DirectoryController.centreLatitude, 45.19, 1e-9);
        fuzzyCompare(DirectoryController.centreLongitude, 5.72, 1e-9);
        tryCompare(DirectoryController, "querying", false, 20000);
        verify(!button.visible);
    }

    function test_3_tappingAClusterZoomsToItsSplitZoom() {
        const page = createPage({ markerModel: clusterModel });
        const map = findChild(page, "mapView");
        map.centerOn(45.76, 4.84, 10);
        const cluster = findChild(map, "mapMarker0");
        verify(cluster.isCluster);
        compare(cluster.count, 12);
        verify(cluster.width > findChild(map, "mapMarker1").width, "a cluster badge is larger");
        mouseClick(cluster);
        compare(map.zoom, 14);
        fuzzyCompare(map.centerLatitude, 45.76, 1e-9);
    }

    function test_4_tappingAStructureShowsItsCardAndSheet() {
        const page = createPage();
        const map = findChild(page, "mapView");
        tryVerify(() => page.markers.structureCount > 0, 20000);
        const marker = centreOnASingle(page);
        verify(marker.label.length > 0, "a single has a name");
        mouseClick(marker);
        const card = findChild(page, "selectedCard");
        verify(card.visible);
        compare(page.selectedLabel, marker.label);
        const structure = page.selectedStructure;
        verify(structure.id.length > 0);
        compare(findChild(card, "selectedName").text, structure.name);
        verify(marker.label.startsWith(structure.name));
        // "Fiche": the same signal as the list's rows, with the directory's values.
        chosenSpy.target = page;
        chosenSpy.clear();
        mouseClick(findChild(card, "openSheetButton"));
        compare(chosenSpy.count, 1);
        compare(chosenSpy.signalArguments[0][0].id, structure.id);
        compare(chosenSpy.signalArguments[0][0].name, structure.name);
        verify(chosenSpy.signalArguments[0][0].phone !== undefined);
        verify(chosenSpy.signalArguments[0][0].distanceText.length > 0, "the distance from the centre of the search");
    }

    function test_5_clustersHaveBadgesAndSplitWhenTapped() {
        const page = createPage();
        const map = findChild(page, "mapView");
        tryVerify(() => page.markers.structureCount > 0, 20000);
        map.centerOn(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude, 9);
        let cluster = null;
        tryVerify(() => {
            for (let i = 0; i < map.children.length; ++i) {
                const c = map.children[i];
                if (c.objectName.startsWith("mapMarker") && c.visible && c.isCluster && c.count > 1)
                    cluster = c;
            }
            return cluster !== null;
        }, 5000, "a cluster around Lyon at zoom 9");
        verify(cluster.Accessible.name.indexOf(String(cluster.count)) >= 0, "the badge says its count");
        const split = cluster.splitZoom;
        verify(split > 9);
        mouseClick(cluster);
        compare(map.zoom, split);
    }

    function test_6_practicesCalledAreRingedByTheirLastOutcome() {
        const page = createPage();
        const map = findChild(page, "mapView");
        tryVerify(() => page.markers.structureCount > 0, 20000);
        const marker = centreOnASingle(page);
        mouseClick(marker);
        const id = page.selectedId;
        verify(id.length > 0);
        const before = marker.lastOutcome;  // another flow may have called it already
        const callId = JournalController.logCall({ structureId: id, name: page.selectedStructure.name, phone: page.selectedStructure.phone },
                                                 "refused-no-new-patients", "", "", "");
        verify(callId.length > 0, JournalController.errorText);
        // journalChanged → the journal is read again: the marker is ringed, the card says it.
        tryCompare(marker, "lastOutcome", "refused-no-new-patients", 5000);
        verify(findChild(marker, "outcomeRing").visible);
        verify(marker.Accessible.name.indexOf(MapStyle.outcomeStyle("refused-no-new-patients").label) >= 0);
        verify(findChild(page, "selectedOutcome").visible);
        // The legend says what the ring means.
        compare(findChild(page, "outcomeLegend").count, MapStyle.outcomes.length);
        verify(JournalController.deleteCall(callId));
        tryCompare(marker, "lastOutcome", before, 5000);
    }
}
