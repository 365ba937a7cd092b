import QtQuick
import QtTest
import Parcours

// The map page's position: an NMEA file (data/lyon-part-dieu.nmea, replayed by
// QNmeaPositionInfoSource through PositionProvider) centres the map there and draws the position; without a
// source, a prompt asks for a commune, and choosing Villeurbanne centres the map there
// (core's commune lookup over data/laposte-communes.csv, see tst_qml.cpp).
TestCase {
    id: testCase

    name: "MapPosition"
    when: windowShown
    width: 360
    height: 640
    visible: true

    Component {
        id: pageComponent

        MapPage {}
    }

    function test_1_nmeaFileCentresTheMapNearLyon() {
        tryVerify(() => DirectoryController.ready, 30000, "the sample is imported");
        const page = createTemporaryObject(pageComponent, testCase, {
            width: 360, height: 640, nmeaSource: Qt.resolvedUrl("data/lyon-part-dieu.nmea")
        });
        verify(page);
        verify(page.positionSourceRunning);
        tryVerify(() => page.hasPosition, 15000, "a fix from the NMEA file");
        fuzzyCompare(page.positionLatitude, 45.7609, 0.001);
        fuzzyCompare(page.positionLongitude, 4.8590, 0.001);
        fuzzyCompare(page.map.centerLatitude, 45.7609, 0.001);
        fuzzyCompare(page.map.centerLongitude, 4.8590, 0.001);
        verify(!findChild(page, "communePrompt").visible);
        const dot = findChild(page, "positionDot");
        verify(dot.visible);
        fuzzyCompare(dot.x + dot.width / 2, page.map.width / 2, 1);
        // The list is measured from there.
        fuzzyCompare(page.centreLatitude, page.positionLatitude, 1e-9);
        tryVerify(() => page.search.structures.count > 0, 5000);
        // "Me" comes back to the position after a pan.
        page.map.centerOn(48.85, 2.35, 10);
        mouseClick(findChild(page, "locateButton"));
        fuzzyCompare(page.map.centerLatitude, page.positionLatitude, 1e-6);
    }

    function test_2_withoutASourceACommuneIsAsked() {
        tryVerify(() => DirectoryController.ready, 30000);
        const communes = DirectoryController.databasePath.replace(/directory\.sqlite$/, "communes.sqlite");
        const page = createTemporaryObject(pageComponent, testCase, {
            width: 360, height: 640, usePlatformSource: false, directoryPath: communes
        });
        verify(page);
        verify(!page.positionSourceRunning);
        const prompt = findChild(page, "communePrompt");
        verify(prompt.visible, "no source: the prompt shows at once");
        verify(findChild(prompt, "communePromptText").text.length > 0);
        const field = findChild(prompt, "communeField");
        mouseClick(field);
        for (const c of "villeurbanne")
            keyClick(c);
        compare(field.text, "villeurbanne");
        tryVerify(() => {  // the delegate of the last keystroke's results, not an older one
            const first = findChild(prompt, "communeResult0");
            return first !== null && prompt.results.length > 0 && first.modelData.name === prompt.results[0].name;
        }, 2000);
        const result = findChild(prompt, "communeResult0");
        verify(result.text.indexOf("VILLEURBANNE") >= 0, result.text);
        mouseClick(result);
        verify(!prompt.visible);
        fuzzyCompare(page.map.centerLatitude, 45.7707, 0.0001);
        fuzzyCompare(page.map.centerLongitude, 4.8890, 0.0001);
        compare(page.centreLabel, "VILLEURBANNE");
        // The "me" button, still without a position, asks again.
        mouseClick(findChild(page, "locateButton"));
        verify(prompt.visible);
        mouseClick(findChild(prompt, "communePromptClose"));
        verify(!prompt.visible);
        // The source's next error does not ask again: the person has answered.
        page.positionUnavailable("Position indisponible.");
        verify(!prompt.visible);
    }

    function test_2b_aCommuneCanBeChosenWithAPositionToo() {
        const communes = DirectoryController.databasePath.replace(/directory\.sqlite$/, "communes.sqlite");
        const page = createTemporaryObject(pageComponent, testCase, {
            width: 360, height: 640, nmeaSource: Qt.resolvedUrl("data/lyon-part-dieu.nmea"), directoryPath: communes
        });
        tryVerify(() => page.hasPosition, 15000);
        const prompt = findChild(page, "communePrompt");
        verify(!prompt.visible);
        mouseClick(findChild(page, "communeButton"));
        verify(prompt.visible);
        compare(findChild(prompt, "communePromptText").text.indexOf("Position"), -1, "no position problem to tell");
        const field = findChild(prompt, "communeField");
        mouseClick(field);
        for (const c of "69500")
            keyClick(c);
        tryVerify(() => {  // the delegate of the last keystroke's results, not an older one
            const first = findChild(prompt, "communeResult0");
            return first !== null && prompt.results.length > 0 && first.modelData.name === prompt.results[0].name;
        }, 2000);
        mouseClick(findChild(prompt, "communeResult0"));
        compare(page.centreLabel, "BRON");
        fuzzyCompare(page.map.centerLatitude, 45.7386, 0.0001);
        // The list is now measured from Bron, the dot stays at the position.
        fuzzyCompare(page.centreLatitude, 45.7386, 1e-9);
        fuzzyCompare(page.positionLatitude, 45.7609, 0.001);
    }

    function test_2c_anAddressTheDirectoryKnows() {
        tryVerify(() => DirectoryController.ready, 30000);
        const page = createTemporaryObject(pageComponent, testCase, { width: 360, height: 640, usePlatformSource: false });
        const prompt = findChild(page, "communePrompt");
        verify(prompt.visible);
        const field = findChild(prompt, "communeField");
        mouseClick(field);
        for (const c of "jean jaures")
            keyClick(c);
        tryVerify(() => {  // the delegate of the last keystroke's results, not an older one
            const first = findChild(prompt, "communeResult0");
            return first !== null && prompt.results.length > 0 && first.modelData.name === prompt.results[0].name;
        }, 2000);
        const place = prompt.results[0];
        verify(place.name.indexOf("JEAN JAUR") >= 0, place.name);
        mouseClick(findChild(prompt, "communeResult0"));
        verify(!prompt.visible);
        fuzzyCompare(page.map.centerLatitude, place.latitude, 1e-6);
        fuzzyCompare(page.map.centerLongitude, place.longitude, 1e-6);
        compare(page.centreLabel, place.name);
    }

    function test_3_unknownCommuneIsSaid() {
        const communes = DirectoryController.databasePath.replace(/directory\.sqlite$/, "communes.sqlite");
        const page = createTemporaryObject(pageComponent, testCase, {
            width: 360, height: 640, usePlatformSource: false, directoryPath: communes
        });
        const prompt = findChild(page, "communePrompt");
        const field = findChild(prompt, "communeField");
        mouseClick(field);
        for (const c of "Zzyzx")
            keyClick(c);
        verify(findChild(prompt, "communeNotFound").visible);
        compare(findChild(prompt, "communeResult0"), null);
    }
}
