pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// "Plus": what a person uses now and then, behind the fifth tab — the sync with another
// device and the settings (profiles, data, language, theme, about). Each entry opens its page
// over this one; Main.qml pushes it.
Page {
    id: page

    // "sync" or "settings"
    signal pageRequested(string name)

    objectName: "morePage"
    title: qsTr("Plus")
    Accessible.name: qsTr("Plus : synchronisation et réglages")

    ListView {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width, 760)
        topMargin: 8
        model: [
            { name: "sync", title: qsTr("Synchroniser"),
              detail: qsTr("Échanger le journal avec votre autre appareil par un fichier chiffré") },
            { name: "settings", title: qsTr("Réglages"),
              detail: qsTr("Profils, commune, données de l'annuaire, langue, thème, à propos") }
        ]
        delegate: ItemDelegate {
            id: entry

            required property var modelData

            objectName: modelData.name + "Entry"
            width: ListView.view.width
            Accessible.role: Accessible.Button
            Accessible.name: modelData.title + ". " + modelData.detail
            onClicked: page.pageRequested(entry.modelData.name)

            contentItem: ColumnLayout {
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.title
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.detail
                    wrapMode: Label.Wrap
                    color: Theme.secondaryText
                }
            }
        }
    }
}
