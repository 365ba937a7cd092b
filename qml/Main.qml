pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Parcours

// The main window: five tabs (directory, map, journal, rights, "Plus" with sync and settings),
// and what links the pages (a structure chosen on the map opens its sheet; "show nearby" on
// the rights page opens the map on those kinds; a .parcours file opens the sync page).
ApplicationWindow {
    id: window

    width: 420
    height: 760
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Parcours")
    Material.theme: UiTheme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.headerBackground
    color: Theme.background

    // Explicit colours (white on a dark blue, contrast 8:1) rather than the style's tool bar
    // colour, which differs between styles and versions.
    header: ToolBar {
        background: Rectangle {
            implicitHeight: 56
            color: Theme.headerBackground
        }

        // Back from the sync or settings page to "Plus" (the structure sheet has its own).
        ToolButton {
            id: backButton

            objectName: "backButton"
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            visible: navigation.currentIndex === 4 && moreStack.depth > 1
            text: "‹"
            font.pixelSize: 28
            Material.foreground: Theme.headerText
            Accessible.name: qsTr("Retour")
            onClicked: moreStack.pop()
        }

        Column {  // aligned with the page's column
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(parent.width, 760) - 32 - (backButton.visible ? 2 * backButton.width : 0)

            Label {
                objectName: "windowHeading"
                width: parent.width
                text: window.subPageShown ? window.subPageTitle : qsTr("Parcours")
                color: Theme.headerText
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Label.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: window.subPageShown ? text : qsTr("Parcours : trouver un médecin")
            }
            Label {
                width: parent.width
                text: window.subPageShown ? qsTr("Parcours") : qsTr("Trouver un médecin près de chez vous")
                color: Theme.headerText
                opacity: 0.9
                font.pixelSize: 13
                elide: Label.ElideRight
                Accessible.ignored: true  // said by the heading's accessible name
            }
        }
    }

    // The page shown first (parcours-app --page): "list", "map", "journal", "rights", "sync",
    // "settings", or "sheet" (the sheet of the first structure of the list, once its rows
    // arrive).
    property string startPage: "list"
    property bool startSheetShown: false
    readonly property var tabOfPage: ({ list: 0, sheet: 0, map: 1, journal: 2, rights: 3,
                                        sync: 4, settings: 4 })

    function showStartSheet() {
        if (startPage !== "sheet" || startSheetShown || DirectoryController.structures.count === 0)
            return;
        startSheetShown = true;
        directoryStack.push(sheetComponent, { structure: directoryPage.structureAt(0) },
                            StackView.Immediate);
    }

    // The sync or settings page, over "Plus": its name in the window's bar.
    readonly property bool subPageShown: navigation.currentIndex === 4 && moreStack.depth > 1
    property string subPageTitle: ""

    // Opens "sync" or "settings" over the "Plus" tab.
    function showMore(name) {
        subPageTitle = name === "sync" ? qsTr("Synchronisation") : qsTr("Réglages");
        navigation.currentIndex = 4;
        moreStack.pop(null, StackView.Immediate);
        moreStack.push(name === "sync" ? syncComponent : settingsComponent, {},
                       StackView.Immediate);
    }

    // A structure chosen on the map or in its list: its sheet, over the directory.
    function showSheet(structure) {
        navigation.currentIndex = 0;
        directoryStack.push(sheetComponent, { structure: structure });
    }

    // A .parcours file opened (command line, the system, a second launch): the sync page
    // takes it and asks for its passphrase.
    function openBundle() {
        if (String(FileOpenHandler.pendingFile) === "")
            return;
        SyncController.openFile(FileOpenHandler.take());
        showMore("sync");
        window.raise();
        window.requestActivate();
    }

    Connections {
        target: DirectoryController.structures
        enabled: window.startPage === "sheet" && !window.startSheetShown

        function onCountChanged() {
            window.showStartSheet();
        }
    }
    Connections {
        target: FileOpenHandler

        function onFileOpened() {
            window.openBundle();
        }
    }
    Component.onCompleted: {
        showStartSheet();
        if (startPage === "sync" || startPage === "settings")
            showMore(startPage);
        openBundle();
    }

    // One tab per page; the directory's tab stacks a structure's sheet over the list, the
    // "Plus" tab the sync and settings pages. Mixed case and a smaller font: five labels fit
    // a 360 px phone.
    footer: TabBar {
        id: navigation

        objectName: "navigation"
        currentIndex: window.tabOfPage[window.startPage] ?? 0
        Accessible.name: qsTr("Navigation")

        TabButton {
            objectName: "directoryTab"
            text: qsTr("Annuaire")
            font.capitalization: Font.MixedCase
            font.pixelSize: 13
            leftPadding: 2
            rightPadding: 2
            Accessible.name: qsTr("Annuaire des structures")
        }
        TabButton {
            objectName: "mapTab"
            text: qsTr("Carte")
            font.capitalization: Font.MixedCase
            font.pixelSize: 13
            leftPadding: 2
            rightPadding: 2
            Accessible.name: qsTr("Carte des structures")
        }
        TabButton {
            objectName: "journalTab"
            text: qsTr("Journal")
            font.capitalization: Font.MixedCase
            font.pixelSize: 13
            leftPadding: 2
            rightPadding: 2
            Accessible.name: qsTr("Journal des appels")
        }
        TabButton {
            objectName: "rightsTab"
            text: qsTr("Droits")
            font.capitalization: Font.MixedCase
            font.pixelSize: 13
            leftPadding: 2
            rightPadding: 2
            Accessible.name: qsTr("Vos droits et la suite")
        }
        TabButton {
            objectName: "moreTab"
            text: qsTr("Plus")
            font.capitalization: Font.MixedCase
            font.pixelSize: 13
            leftPadding: 2
            rightPadding: 2
            Accessible.name: qsTr("Synchronisation et réglages")
        }
    }

    // The pages: the directory at once; the others made the first time they are shown (a
    // faster start), then kept (their state stays when going back to them).
    StackLayout {
        anchors.fill: parent
        currentIndex: navigation.currentIndex

        StackView {
            id: directoryStack

            objectName: "directoryStack"
            initialItem: DirectoryPage {
                id: directoryPage

                onStructureChosen: structure => directoryStack.push(sheetComponent, { structure: structure })
            }
        }
        // Loaded from their files: Qt 6.4 will not create a Loader's inline sourceComponent
        // under `pragma ComponentBehavior: Bound` ("Cannot instantiate bound component
        // outside its creation context").
        Loader {
            id: mapLoader

            active: navigation.currentIndex === 1 || item !== null
            source: "pages/MapPage.qml"
        }
        Loader {
            id: journalLoader

            active: navigation.currentIndex === 2 || item !== null
            source: "pages/JournalPage.qml"
        }
        Loader {
            id: rightsLoader

            active: navigation.currentIndex === 3 || item !== null
            source: "pages/RightsPage.qml"
        }
        StackView {  // "Plus": small, made at once; its pages are pushed when asked
            id: moreStack

            objectName: "moreStack"
            initialItem: MorePage {
                onPageRequested: name => window.showMore(name)
            }
        }
    }

    Connections {
        target: mapLoader.item

        function onStructureChosen(structure) {
            window.showSheet(structure);
        }
    }
    Connections {
        target: rightsLoader.item

        function onShowOnMap(kinds) {
            window.requestedKinds = kinds;
            navigation.currentIndex = 1;
        }
    }
    // The kinds the rights page asked the map to show (a Binding: to qmllint the Loader's
    // item is a plain QObject).
    property var requestedKinds: []
    Binding {
        target: mapLoader.item
        property: "requestedKinds"
        value: window.requestedKinds
        when: mapLoader.status === Loader.Ready
    }

    Component {
        id: sheetComponent

        StructureSheet {
            onBack: directoryStack.pop()
        }
    }
    Component {
        id: syncComponent

        SyncPage {}
    }
    Component {
        id: settingsComponent

        SettingsPage {}
    }
}
