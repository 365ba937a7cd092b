pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Parcours

// The map's legend: the colour of each kind (a dot), of each outcome of a practice already
// called (a ring) and of the user's position, each in words too (MapStyle's).
Frame {
    id: legend

    padding: 6
    background: Rectangle {
        color: MapStyle.panelColor
        radius: 6
        border.color: MapStyle.panelBorder
    }
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Légende des couleurs")

    Column {
        spacing: 2

        Repeater {
            model: MapStyle.kinds
            delegate: LegendRow {
                required property var modelData

                label: modelData.label
                fill: modelData.color
                glyph: modelData.glyph
            }
        }
        Repeater {
            objectName: "outcomeLegend"
            model: MapStyle.outcomes
            delegate: LegendRow {
                required property var modelData

                label: modelData.label
                fill: "transparent"
                ring: modelData.color
            }
        }
        LegendRow {
            label: qsTr("Votre position")
            fill: MapStyle.positionColor
        }
    }

    component LegendRow: Row {
        id: legendRow

        property string label
        property color fill
        property color ring: "transparent"
        property string glyph: ""

        spacing: 6
        Accessible.role: Accessible.ListItem
        Accessible.name: label

        Rectangle {
            width: 14
            height: 14
            radius: 7
            anchors.verticalCenter: parent.verticalCenter
            color: legendRow.fill
            border.color: legendRow.ring
            border.width: 3

            Label {
                anchors.centerIn: parent
                text: legendRow.glyph
                color: MapStyle.clusterTextColor
                font.pixelSize: 9
                font.weight: Font.Bold
            }
        }
        Label {
            text: legendRow.label
            font.pixelSize: 11
        }
    }
}
