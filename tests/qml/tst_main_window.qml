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

    // The singletons QML sees are the ones the app set up (Qt 6.4 would build its own from a
    // default constructor, and the language chosen would never reach the pages).
    function test_singletonsAreTheApps() {
        compare(UiLanguage.code, "fr");  // a second instance would hold "" (never applied)
    }

    function test_rightsShowNearbyOpensTheMapOnThoseKinds() {
        const window = createTemporaryObject(mainComponent, testCase, { width: 360, height: 640 });
        tryCompare(window, "active", true);
        mouseClick(findChild(window.footer, "rightsTab"));
        const rights = findChild(window.contentItem, "rightsPage");
        verify(rights, "the rights page is made when its tab is chosen");
        tryVerify(() => rights.visible);
        rights.showOnMap(["cpts", "msp"]);
        compare(window.footer.currentIndex, 1);
        const map = findChild(window.contentItem, "mapPage");
        verify(map && map.visible, "the map is shown");
        compare(map.filters.selectedKinds, ["cpts", "msp"]);
    }

    function test_plusOpensSyncAndSettingsWithAWayBack() {
        const window = createTemporaryObject(mainComponent, testCase, { width: 360, height: 640 });
        tryCompare(window, "active", true);
        mouseClick(findChild(window.footer, "moreTab"));
        const stack = findChild(window.contentItem, "moreStack");  // pages: its currentItem
        tryVerify(() => stack.visible && stack.currentItem.objectName === "morePage");
        const more = stack.currentItem;
        const back = findChild(window.header, "backButton");
        verify(!back.visible, "no way back from the tab's own page");
        waitForRendering(stack);  // a click before the tab's first frame reaches nothing
        mouseClick(findChild(more, "syncEntry"));
        tryVerify(() => stack.currentItem.objectName === "syncPage" && stack.currentItem.visible);
        verify(back.visible);
        compare(findChild(window.header, "windowHeading").text, "Synchronisation");
        waitForRendering(stack);
        mouseClick(back);
        tryVerify(() => stack.currentItem === more && !stack.busy);  // the pop's transition
        mouseClick(findChild(more, "settingsEntry"));
        tryVerify(() => stack.currentItem.objectName === "settingsPage");
    }

    // A .parcours file opened (the command line, the system, a second launch) lands on the
    // sync page; this one is not a bundle, and the page says so.
    function test_aBundleFileOpensTheSyncPage() {
        const window = createTemporaryObject(mainComponent, testCase, { width: 360, height: 640 });
        tryCompare(window, "active", true);
        verify(FileOpenHandler.offer(Qt.resolvedUrl("data/not-a-bundle.parcours")));
        compare(window.footer.currentIndex, 4);
        const stack = findChild(window.contentItem, "moreStack");
        tryVerify(() => stack.currentItem.objectName === "syncPage");
        tryVerify(() => SyncController.errorText.length > 0, 5000, "the sync page says what is wrong");
        compare(String(FileOpenHandler.pendingFile), "", "the file was taken");
    }
}
