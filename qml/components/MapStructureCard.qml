import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The card under the map for the structure last tapped: its name, kind and city, how the
// last call there went (when it was called), a button to its sheet and one to close.
Pane {
    id: card

    // The marker's label (shown until the directory's values are known).
    property string label: ""
    // The directory's values (MapMarkerModel.structure(): id, name, kindLabel, postcode,
    // city, lastOutcome…); {} when unknown.
    property var structure: ({})
    readonly property var outcome: MapStyle.outcomeStyle(card.structure.lastOutcome ?? "")

    signal openRequested
    signal closeRequested

    background: Rectangle {
        color: MapStyle.panelColor
        radius: 6
        border.color: MapStyle.panelBorder
    }
    Accessible.role: Accessible.Pane
    Accessible.name: card.label

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "selectedName"
                Layout.fillWidth: true
                text: card.structure.name ?? card.label
                font.weight: Font.DemiBold
                wrapMode: Label.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: [card.structure.kindLabel ?? "", [card.structure.postcode ?? "", card.structure.city ?? ""].join(" ").trim()].filter(s => s.length > 0).join(" · ")
                wrapMode: Label.Wrap
                opacity: 0.8
            }
            Label {
                objectName: "selectedOutcome"
                Layout.fillWidth: true
                visible: card.outcome !== null
                text: card.outcome ? card.outcome.label : ""
                color: card.outcome ? card.outcome.color : MapStyle.buttonBorder
                wrapMode: Label.Wrap
            }
        }
        Button {
            objectName: "openSheetButton"
            visible: (card.structure.id ?? "").length > 0
            text: qsTr("Fiche")
            onClicked: card.openRequested()
            Accessible.name: qsTr("Ouvrir la fiche de %1").arg(card.structure.name ?? "")
        }
        ToolButton {
            objectName: "closeCardButton"
            text: "✕"
            onClicked: card.closeRequested()
            Accessible.name: qsTr("Fermer")
        }
    }
}
