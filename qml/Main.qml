pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
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

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 8

            Label {
                objectName: "windowHeading"
                Layout.fillWidth: true
                text: qsTr("Parcours")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Label.ElideRight
                verticalAlignment: Label.AlignVCenter
                Accessible.role: Accessible.Heading
                Accessible.name: qsTr("Parcours : trouver un médecin")
            }

            BusyIndicator {
                objectName: "busyIndicator"
                Layout.preferredWidth: 36
                Layout.preferredHeight: 36
                running: DirectoryController.busy
                visible: running
                Accessible.name: qsTr("Chargement de l'annuaire en cours")
            }
        }
    }

    DirectoryPage {
        anchors.fill: parent
    }
}
