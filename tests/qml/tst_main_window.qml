import QtQuick
import QtTest
import Parcours

// The real main window (qml/Main.qml) at a phone size and a desktop size.
TestCase {
    id: testCase

    name: "MainWindow"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function test_window_data() {
        return [
            { tag: "phone", width: 360, height: 640 },
            { tag: "desktop", width: 1280, height: 800 },
        ];
    }

    function test_window(data) {
        const window = createTemporaryObject(mainComponent, testCase,
                                             { width: data.width, height: data.height });
        verify(window, "Main.qml is created");
        compare(window.title, "Parcours");
        verify(window.visible);
        tryCompare(window, "active", true);

        const heading = findChild(window.header, "windowHeading");
        verify(heading && heading.Accessible.name.length > 0, "the heading has an accessible name");
        const busy = findChild(window.contentItem, "busyIndicator");
        verify(busy && busy.Accessible.name.length > 0, "the busy indicator has an accessible name");

        const page = findChild(window.contentItem, "directoryPage");
        verify(page, "the directory page is shown");
        compare(page.width, data.width);
        const list = findChild(page, "structureList");
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null, 20000, "rows are shown");
        compare(busy.running, false);
        const first = list.itemAtIndex(0);
        verify(first.height >= 48, "a row is at least a finger high: " + first.height);
        verify(first.height < 200, "a row is not huge: " + first.height);
        verify(first.Accessible.name.length > 0);
    }
}
