pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// One record in conflict: what each competing version says (only the fields they disagree
// on), which device made it and when, and "Garder cette version" for each.
Frame {
    id: card

    required property string recordId
    required property string typeLabel
    required property string title
    required property var versions

    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Conflit : %1").arg(title)

    background: Rectangle {
        color: FormStyle.cardColor
        border.color: FormStyle.borderColor
        radius: 6
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: card.title
            font.weight: Font.DemiBold
            wrapMode: Label.Wrap
        }

        Repeater {
            model: card.versions

            delegate: Rectangle {
                id: versionBox

                required property var modelData

                Layout.fillWidth: true
                implicitHeight: versionColumn.implicitHeight + 16
                radius: 4
                color: modelData.current ? FormStyle.currentCardColor : "transparent"
                border.color: FormStyle.borderColor

                ColumnLayout {
                    id: versionColumn

                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Version %1 — %2, %3").arg(versionBox.modelData.number)
                                .arg(versionBox.modelData.when)
                                .arg(versionBox.modelData.thisDevice
                                     ? qsTr("sur cet appareil")
                                     : qsTr("sur l'appareil %1").arg(versionBox.modelData.device))
                              + (versionBox.modelData.current ? qsTr(" (affichée)") : "")
                        font.pixelSize: 13
                        color: FormStyle.mutedColor
                        wrapMode: Label.Wrap
                    }
                    Repeater {
                        model: versionBox.modelData.fields

                        delegate: Label {
                            required property var modelData

                            Layout.fillWidth: true
                            text: modelData.label + " : " + (modelData.value.length > 0 ? modelData.value : "—")
                            wrapMode: Label.Wrap
                        }
                    }
                    Button {
                        objectName: "keepVersion" + versionBox.modelData.number
                        text: qsTr("Garder cette version")
                        Accessible.name: qsTr("Garder la version %1 de %2")
                            .arg(versionBox.modelData.number).arg(card.title)
                        onClicked: SyncController.keepVersion(card.recordId, versionBox.modelData.number)
                    }
                }
            }
        }
    }
}
