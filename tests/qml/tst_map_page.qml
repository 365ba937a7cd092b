import QtQuick
import QtTest
import Parcours

// The map page over the real controller (markers from the sample's nearby results around
// Lyon) and over a small ListModel shaped like MapMarkerModel (clusters).
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

    ListModel {
        id: clusterModel

        ListElement { markerId: "c1"; latitude: 45.76; longitude: 4.84; kind: "msp"; count: 12; isCluster: true; splitZoom: 14 }
        ListElement { markerId: "s1"; latitude: 45.70; longitude: 4.95; kind: "pharmacy"; count: 1; isCluster: false; splitZoom: -1 }
    }

    function createPage(properties) {
        const page = createTemporaryObject(pageComponent, testCase, Object.assign({ width: 360, height: 640 }, properties || {}));
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

    function test_1_loadsWithMarkersAroundLyon() {
        tryVerify(() => DirectoryController.structures.count > 0, 20000, "the sample is imported");
        const page = createPage();
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

    function test_4_tappingAStructureShowsIt() {
        const page = createPage();
        const map = findChild(page, "mapView");
        tryVerify(() => visibleMarkers(map) > 0, 5000);
        let marker = null;
        for (let i = 0; i < map.children.length && !marker; ++i)
            if (map.children[i].objectName.startsWith("mapMarker") && map.children[i].visible)
                marker = map.children[i];
        mouseClick(marker);
        const card = findChild(page, "selectedCard");
        verify(card.visible);
        compare(page.selectedLabel, marker.label);
    }
}
