pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Parcours

// The main window: for now, the directory list. The map, the journal and the rights pages
// come later.
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

        Column {  // aligned with the page's column
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(parent.width, 760) - 32

            Label {
                objectName: "windowHeading"
                width: parent.width
                text: qsTr("Parcours")
                color: Theme.headerText
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Label.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: qsTr("Parcours : trouver un médecin")
            }
            Label {
                width: parent.width
                text: qsTr("Trouver un médecin près de chez vous")
                color: Theme.headerText
                opacity: 0.9
                font.pixelSize: 13
                elide: Label.ElideRight
                Accessible.ignored: true  // said by the heading's accessible name
            }
        }
    }

    // The page shown first: "list", "map", "journal", or "sheet" (the sheet of the first
    // structure of the list, once its rows arrive) (parcours-app --page).
    property string startPage: "list"
    property bool startSheetShown: false

    function showStartSheet() {
        if (startPage !== "sheet" || startSheetShown || DirectoryController.structures.count === 0)
            return;
        startSheetShown = true;
        directoryStack.push(sheetComponent, { structure: directoryPage.structureAt(0) },
                            StackView.Immediate);
    }

    Connections {
        target: DirectoryController.structures
        enabled: window.startPage === "sheet" && !window.startSheetShown

        function onCountChanged() {
            window.showStartSheet();
        }
    }
    Component.onCompleted: showStartSheet()

    // One tab per page; the directory's tab stacks a structure's sheet over the list.
    footer: TabBar {
        id: navigation

        objectName: "navigation"
        currentIndex: window.startPage === "map" ? 1 : window.startPage === "journal" ? 2 : 0
        Accessible.name: qsTr("Navigation")

        TabButton {
            objectName: "directoryTab"
            text: qsTr("Annuaire")
            Accessible.name: qsTr("Annuaire des structures")
        }
        TabButton {
            objectName: "mapTab"
            text: qsTr("Carte")
            Accessible.name: qsTr("Carte des structures")
        }
        TabButton {
            objectName: "journalTab"
            text: qsTr("Journal")
            Accessible.name: qsTr("Journal des appels")
        }
    }

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
        MapPage {}
        JournalPage {}
    }

    Component {
        id: sheetComponent

        StructureSheet {
            onBack: directoryStack.pop()
        }
    }
}
