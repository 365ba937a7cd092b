import QtQuick
import QtTest
import Parcours

// The directory page over the real controller: the first test to need rows waits for the
// import of the embedded sample into a fresh database (see tst_qml.cpp).
TestCase {
    id: testCase

    name: "DirectoryPage"
    when: windowShown
    width: 360
    height: 640
    visible: true

    Component {
        id: pageComponent

        DirectoryPage {}
    }

    function createPage(w, h) {
        const page = createTemporaryObject(pageComponent, testCase, { width: w, height: h });
        verify(page, "DirectoryPage is created");
        return page;
    }

    function child(parentItem, objectName) {
        const found = findChild(parentItem, objectName);
        verify(found, objectName + " is found");
        return found;
    }

    function waitForRows(list) {
        tryVerify(() => list.count > 0, 20000, "the list shows the sample's structures");
        tryVerify(() => list.itemAtIndex(0) !== null, 2000, "the first row is drawn");
    }

    // Accents off, lower case: how the directory's full-text search compares words.
    function fold(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }

    function rowText(model, row) {
        return fold(model.get(row, "name") + " " + model.get(row, "address") + " " + model.get(row, "city"));
    }

    // Every test starts from the nearby list around the default centre, once it is shown.
    function init() {
        DirectoryController.nearby(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude);
        tryCompare(DirectoryController, "querying", false, 20000);
    }

    function test_1_pageLoads() {
        const page = createPage(360, 640);
        const field = child(page, "searchField");
        const list = child(page, "structureList");
        const status = child(page, "statusLabel");
        compare(field.text, "");
        verify(field.placeholderText.length > 0);
        verify(field.Accessible.name.length > 0, "the search field has an accessible name");
        verify(list.Accessible.name.length > 0, "the list has an accessible name");
        compare(list.model, DirectoryController.structures);
        compare(status.text, DirectoryController.statusText);
    }

    function test_2_sampleRowsShow() {
        const page = createPage(360, 640);
        const list = child(page, "structureList");
        waitForRows(list);
        tryCompare(DirectoryController, "busy", false);
        verify(DirectoryController.ready);
        verify(DirectoryController.statusText.length > 0);

        // Nearest first, every row with a name, a kind label and a distance ("850 m", "1,2 km").
        const model = DirectoryController.structures;
        for (let row = 0; row < model.count; ++row) {
            verify(model.get(row, "name").length > 0, "row " + row + " has a name");
            verify(model.get(row, "kindLabel").length > 0, "row " + row + " has a kind label");
            verify(/^\d[\d\u00a0\u202f]*(,\d)?\u00a0k?m$/.test(model.get(row, "distanceText")),
                   "distance of row " + row + ": " + model.get(row, "distanceText"));
            if (row > 0)
                verify(model.get(row, "distance") >= model.get(row - 1, "distance"), "row " + row + " is farther");
        }

        // What the first row shows and says to a screen reader.
        const first = list.itemAtIndex(0);
        compare(first.width, list.width);
        compare(child(first, "nameLabel").text, model.get(0, "name"));
        verify(child(first, "kindLabel").text.indexOf(model.get(0, "kindLabel")) === 0);
        compare(child(first, "distanceLabel").text, model.get(0, "distanceText"));
        verify(child(first, "cityLabel").text.indexOf(model.get(0, "city")) >= 0);
        verify(first.Accessible.name.indexOf(model.get(0, "name")) === 0, first.Accessible.name);
        verify(first.Accessible.name.indexOf(model.get(0, "distanceText")) > 0, first.Accessible.name);
    }

    function test_3_typingFilters() {
        const page = createPage(360, 640);
        const list = child(page, "structureList");
        const field = child(page, "searchField");
        waitForRows(list);
        const model = DirectoryController.structures;
        const before = model.count;
        const ids = [];
        for (let row = 0; row < before; ++row)
            ids.push(model.get(row, "id"));

        // A word from a name in the sample (plain letters, so it can be typed), in as few of
        // the rows shown as possible: the search must then leave some rows out.
        let word = "";
        let matching = before + 1;
        for (let row = 0; row < before; ++row) {
            for (const candidate of fold(model.get(row, "name")).split(/[^a-z]+/)) {
                if (candidate.length < 4)
                    continue;
                let n = 0;
                for (let other = 0; other < before; ++other)
                    if (rowText(model, other).indexOf(candidate) >= 0)
                        ++n;
                if (n < matching) {
                    word = candidate;
                    matching = n;
                }
            }
        }
        verify(word.length >= 4, "a word to search for");
        verify(matching < before, "'" + word + "' is not in every row");

        field.forceActiveFocus();
        for (const letter of word)
            keyClick(letter);
        compare(field.text, word);
        tryCompare(DirectoryController, "searchText", word, 2000, "the search runs after a pause in typing");
        tryVerify(() => {
            if (model.count === 0)
                return false;
            for (let row = 0; row < model.count; ++row)
                if (rowText(model, row).indexOf(word) < 0)
                    return false;
            return true;
        }, 5000, "every row found contains '" + word + "'");
        verify(DirectoryController.statusText.indexOf(word) >= 0, DirectoryController.statusText);

        // Clearing the field goes back to the nearest structures.
        const clear = child(page, "clearSearchButton");
        verify(clear.visible);
        verify(clear.Accessible.name.length > 0, "the clear button has an accessible name");
        mouseClick(clear);
        compare(field.text, "");
        tryCompare(DirectoryController, "searchText", "");
        tryVerify(() => model.count === before && model.get(0, "id") === ids[0], 5000,
                  "the nearby list is back");
    }

    // A name of data/sample/osm-sample.json, typed without its accent: the search folds them.
    function test_3_typingANameFromTheSample() {
        const page = createPage(360, 640);
        const list = child(page, "structureList");
        const field = child(page, "searchField");
        waitForRows(list);
        field.forceActiveFocus();
        for (const letter of "saint eloi")
            keyClick(letter);
        keyClick(Qt.Key_Return);  // at once, without the pause
        compare(DirectoryController.searchText, "saint eloi");
        const model = DirectoryController.structures;
        tryCompare(DirectoryController, "querying", false);
        verify(model.count > 0);
        compare(model.get(0, "name"), "Polyclinique Saint-\u00c9loi");  // the nearest
        for (let row = 0; row < model.count; ++row)
            verify(rowText(model, row).indexOf("eloi") >= 0, model.get(row, "name"));
        tryVerify(() => list.itemAtIndex(0) !== null
                  && child(list.itemAtIndex(0), "nameLabel").text === "Polyclinique Saint-\u00c9loi");
        compare(model.get(0, "kind"), "clinic");
    }

    function test_4_noResult() {
        const page = createPage(360, 640);
        const list = child(page, "structureList");
        waitForRows(list);
        DirectoryController.search("zzqxw");
        tryCompare(list, "count", 0);
        verify(DirectoryController.statusText.indexOf("zzqxw") >= 0, DirectoryController.statusText);
    }

    function test_5_desktopWidthKeepsAReadableColumn() {
        const page = createPage(1280, 800);
        const list = child(page, "structureList");
        waitForRows(list);
        verify(list.width <= 760, "column width " + list.width);
        const centre = list.mapToItem(page, list.width / 2, 0).x;
        fuzzyCompare(centre, page.width / 2, 1);
        const phone = createPage(360, 640);
        compare(child(phone, "structureList").width, 360);
    }
}
