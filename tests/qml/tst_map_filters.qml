import QtQuick
import QtTest
import Parcours

// The map page's filters and list over the sample directory: a kind chip → the markers and
// the list change; the emergency chip; a radius; the list toggled with the map, nearest
// first with distances, a row opening the structure sheet.
TestCase {
    id: testCase

    name: "MapFilters"
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

    function createPage() {
        tryVerify(() => DirectoryController.ready, 30000, "the sample is imported");
        const page = createTemporaryObject(pageComponent, testCase, { width: 360, height: 640, locate: false });
        verify(page);
        tryVerify(() => !page.markers.loading && page.markers.structureCount > 0, 20000, "the map's index is built");
        tryVerify(() => page.search.structures.count > 0, 5000, "the list is filled");
        return page;
    }

    // Every structure of the markers by kind: {kind id: count}.
    function markerKinds(model) {
        const kinds = {};
        for (let row = 0; row < model.count; ++row) {
            const counts = model.get(row, "kindCounts");
            for (const k in counts)
                kinds[k] = (kinds[k] || 0) + counts[k];
        }
        return kinds;
    }

    // A chip may be scrolled out of the bar on a phone: bring it in, then tap it.
    function tapChip(page, id) {
        const chip = findChild(page, id);
        const bar = findChild(page, "kindChips");
        bar.contentX = Math.max(0, Math.min(chip.x - 8, bar.contentWidth - bar.width));
        mouseClick(chip);
        return chip;
    }

    function listKinds(list) {
        const kinds = {};
        for (let row = 0; row < list.count; ++row) {
            const k = list.get(row, "kind");
            kinds[k] = (kinds[k] || 0) + 1;
        }
        return kinds;
    }

    function test_1_chipsComeFromCoresKinds() {
        const page = createPage();
        const choices = page.search.kindChoices;
        verify(choices.length >= 8);
        const ids = choices.map(c => c.id);
        for (const id of ["msp", "centre-sante", "cpts", "hospital", "practice"])
            verify(ids.indexOf(id) >= 0, id);
        verify(ids.indexOf("other") < 0, "no chip for what is not care");
        for (const id of ids) {
            const chip = findChild(page, "kindChip_" + id);
            verify(chip, id);
            verify(chip.Accessible.name.length > 0);
        }
    }

    function test_2_filterByKindChangesTheMarkersAndTheList() {
        const page = createPage();
        page.map.centerOn(DirectoryController.defaultLatitude, DirectoryController.defaultLongitude, 6);
        tryVerify(() => page.markers.count > 0, 5000);
        const before = markerKinds(page.markers);
        verify(Object.keys(before).length > 1, "several kinds on the map at first");
        verify(Object.keys(listKinds(page.search.structures)).length > 1, "and in the list");

        const chip = tapChip(page, "kindChip_pharmacy");
        verify(chip.checked);
        compare(page.filters.selectedKinds, ["pharmacy"]);
        tryVerify(() => {
            const k = markerKinds(page.markers);
            return Object.keys(k).length === 1 && k.pharmacy > 0;
        }, 5000, "only pharmacies on the map");
        const list = page.search.structures;
        verify(list.count > 0);
        compare(Object.keys(listKinds(list)), ["pharmacy"]);

        // A second kind adds to the first.
        tapChip(page, "kindChip_centre-sante");
        tryVerify(() => markerKinds(page.markers)["centre-sante"] > 0, 5000);
        compare(Object.keys(markerKinds(page.markers)).sort(), ["centre-sante", "pharmacy"]);

        // Both chips off: every kind again.
        tapChip(page, "kindChip_centre-sante");
        tapChip(page, "kindChip_pharmacy");
        compare(page.filters.selectedKinds, []);
        tryVerify(() => Object.keys(markerKinds(page.markers)).length > 1, 5000);
    }

    function test_3_emergencyChipKeepsEmergencyUnits() {
        const page = createPage();
        page.map.centerOn(46.5, 2.5, 5);
        const list = page.search.structures;
        let withoutEmergency = 0;
        for (let row = 0; row < list.count; ++row)
            if (!list.get(row, "emergency"))
                ++withoutEmergency;
        verify(withoutEmergency > 0);
        tapChip(page, "emergencyChip");
        verify(page.filters.emergencyOnly);
        verify(list.count > 0);
        for (let row = 0; row < list.count; ++row)
            verify(list.get(row, "emergency"), list.get(row, "name"));
        tryVerify(() => {
            if (page.markers.count === 0)
                return false;
            for (let row = 0; row < page.markers.count; ++row)
                if (!page.markers.get(row, "emergency"))
                    return false;
            return true;
        }, 5000, "only emergency units on the map");
    }

    function test_4_radiusLimitsTheListAndIsDrawn() {
        const page = createPage();
        const list = page.search.structures;
        const all = list.count;
        page.filters.radiusMetres = 2000;
        tryVerify(() => list.count < all, 5000);
        verify(list.count > 0, "structures within 2 km of Bellecour");
        for (let row = 0; row < list.count; ++row)
            verify(list.get(row, "distance") <= 2000);
        const circle = findChild(page, "radiusCircle");
        verify(circle.visible);
        // The map zooms so the circle fits its short side.
        verify(circle.width <= page.map.width && circle.width > page.map.width / 2);
        page.filters.radiusMetres = 0;
        tryCompare(list, "count", all, 5000);
        verify(!circle.visible);
    }

    function test_5_listToggledWithTheMapNearestFirst() {
        const page = createPage();
        const showList = findChild(page, "showListButton");
        verify(showList.Accessible.name.length > 0);
        mouseClick(showList);
        verify(page.listShown);
        const view = findChild(page, "mapList");
        verify(view.visible);
        verify(!page.map.visible);
        const list = page.search.structures;
        let last = 0;
        for (let row = 0; row < list.count; ++row) {
            const d = list.get(row, "distance");
            verify(d >= last, "nearest first (core's order)");
            last = d;
            verify(list.get(row, "distanceText").length > 0);
        }
        verify(/^\d+(,\d)?\s(k?m)$/.test(list.get(0, "distanceText").replace(/\u00a0|\u202f/g, " ")), list.get(0, "distanceText"));
        // A row opens the structure sheet (the same signal as the map's card).
        chosenSpy.target = page;
        chosenSpy.clear();
        tryVerify(() => view.itemAtIndex(0) !== null, 5000);
        mouseClick(view.itemAtIndex(0));
        compare(chosenSpy.count, 1);
        compare(chosenSpy.signalArguments[0][0].id, list.get(0, "id"));
        compare(chosenSpy.signalArguments[0][0].distanceText, list.get(0, "distanceText"));
        // Back to the map.
        mouseClick(findChild(page, "showMapButton"));
        verify(!page.listShown);
        verify(page.map.visible);
    }
}
