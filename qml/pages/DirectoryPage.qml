pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The directory: a search field over the list of structures, nearest first. The column
// keeps a readable width on a desktop window and fills a phone screen.
Page {
    id: page

    // A row was chosen: its values, as structureAt() gives them (the sheet opens on them).
    signal structureChosen(var structure)

    objectName: "directoryPage"
    title: qsTr("Annuaire")
    Accessible.name: qsTr("Annuaire des structures de santé")

    // The values of a row of the list, by role name, for the structure sheet.
    function structureAt(row) {
        const model = DirectoryController.structures;
        const out = {};
        for (const role of ["id", "name", "kind", "kindLabel", "address", "postcode", "city",
                            "phone", "emergency", "distanceText", "latitude", "longitude"])
            out[role] = model.get(row, role);
        return out;
    }

    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width, 760)
        spacing: 4

        SearchBar {
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 8
            onSearchRequested: text => DirectoryController.search(text)
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            spacing: 8

            BusyIndicator {
                objectName: "busyIndicator"
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
                running: DirectoryController.busy
                visible: running
                Accessible.name: qsTr("Chargement de l'annuaire en cours")
            }
            Label {
                objectName: "statusLabel"
                Layout.fillWidth: true
                text: DirectoryController.statusText
                wrapMode: Label.Wrap
                opacity: 0.8
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        ListView {
            id: list

            objectName: "structureList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: DirectoryController.structures
            delegate: StructureDelegate {
                width: ListView.view.width
                onClicked: page.structureChosen(page.structureAt(index))
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Structures de santé")

            ScrollIndicator.vertical: ScrollIndicator {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0 && DirectoryController.ready && !DirectoryController.busy
                text: qsTr("Aucune structure à afficher.")
                horizontalAlignment: Label.AlignHCenter
                wrapMode: Label.Wrap
                opacity: 0.8
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
