import QtQuick
import QtTest
import Parcours

// MapMarkerModel from QML, bound as the map item will bind it: the real module, the
// sample directory the controller imported into a fresh database (see tst_qml.cpp).
TestCase {
    id: testCase

    name: "MapMarkerModel"

    Component {
        id: modelComponent

        MapMarkerModel {}
    }

    function total(model) {
        let sum = 0;
        for (let row = 0; row < model.count; ++row)
            sum += model.get(row, "count");
        return sum;
    }

    function test_markersOfTheSample() {
        tryVerify(() => DirectoryController.ready, 30000, "the sample is imported");
        const model = createTemporaryObject(modelComponent, testCase, {
            centreLatitude: DirectoryController.defaultLatitude,
            centreLongitude: DirectoryController.defaultLongitude,
            zoom: 3,
            viewportWidth: 1280,
            viewportHeight: 800,
            databasePath: DirectoryController.databasePath
        });
        verify(model, "MapMarkerModel is created from QML");
        tryVerify(() => !model.loading && model.structureCount > 0, 20000, "the index is built");
        tryVerify(() => model.count > 0, 2000, "markers for the viewport");
        compare(model.errorText, "");
        verify(total(model) <= model.structureCount);
        const first = model.get(0, "count");
        verify(first >= 1);
        compare(model.get(0, "isCluster"), first > 1);

        // Zoomed in to the last level: every marker is a single structure with an id.
        model.zoom = 18;
        tryVerify(() => model.count === 0 || !model.get(0, "isCluster"), 2000);
        for (let row = 0; row < model.count; ++row)
            verify(model.get(row, "id").length > 0);

        // A filter the map cannot apply is said, not ignored.
        model.zoom = 3;
        model.kinds = ["no-such-kind"];
        tryVerify(() => model.errorText.length > 0, 2000);
        compare(model.count, 0);
    }
}
