pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The map's filters: a chip per kind (the kinds come from core: MapSearch.kindChoices), one
// for emergency units, and the radius around the centre of the search. The chips scroll
// sideways on a phone. It only holds the choice; the page hands it to the models.
Pane {
    id: bar

    // [{id, label}] in core's display order.
    required property var kindChoices
    // Kind ids chosen; empty: every kind.
    property var selectedKinds: []
    property bool emergencyOnly: false
    // Metres; 0: no limit.
    property real radiusMetres: 0

    function toggleKind(id: string) {
        const kinds = bar.selectedKinds.slice();
        const at = kinds.indexOf(id);
        if (at >= 0)
            kinds.splice(at, 1);
        else
            kinds.push(id);
        bar.selectedKinds = kinds;
    }

    objectName: "mapFilterBar"
    padding: 4
    background: Rectangle {
        color: MapStyle.panelColor
        border.color: MapStyle.panelBorder
    }
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Filtres de la carte")

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Flickable {
            id: chips

            objectName: "kindChips"
            Layout.fillWidth: true
            Layout.preferredHeight: 36
            clip: true
            contentWidth: chipRow.width
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds

            Row {
                id: chipRow

                height: chips.height
                spacing: 4

                FilterChip {
                    objectName: "emergencyChip"
                    text: qsTr("Urgences")
                    dotColor: MapStyle.colorFor("hospital")
                    checked: bar.emergencyOnly
                    onClicked: bar.emergencyOnly = !bar.emergencyOnly
                    Accessible.name: bar.emergencyOnly ? qsTr("Ne plus limiter aux services d'urgences")
                                                       : qsTr("Seulement les hôpitaux avec un service d'urgences")
                }
                Repeater {
                    model: bar.kindChoices
                    delegate: FilterChip {
                        required property var modelData
                        required property int index

                        objectName: "kindChip_" + modelData.id
                        text: MapStyle.labelFor(modelData.id) || modelData.label
                        dotColor: MapStyle.colorFor(modelData.id)
                        checked: bar.selectedKinds.indexOf(modelData.id) >= 0
                        onClicked: bar.toggleKind(modelData.id)
                        Accessible.name: (checked ? qsTr("Retirer le filtre : %1") : qsTr("Filtrer : %1")).arg(modelData.label)
                    }
                }
            }
        }

        ComboBox {
            id: radiusBox

            objectName: "radiusChoice"
            Layout.preferredWidth: 118
            Layout.preferredHeight: 40
            font.pixelSize: 13
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Tout rayon"), value: 0 },
                { text: qsTr("1 km"), value: 1000 },
                { text: qsTr("2 km"), value: 2000 },
                { text: qsTr("5 km"), value: 5000 },
                { text: qsTr("10 km"), value: 10000 },
                { text: qsTr("20 km"), value: 20000 },
                { text: qsTr("50 km"), value: 50000 }
            ]
            currentIndex: Math.max(0, indexOfValue(bar.radiusMetres))
            onActivated: bar.radiusMetres = currentValue
            Accessible.name: qsTr("Rayon de recherche : %1").arg(displayText)
        }
    }

    // A small toggle with the kind's colour; 32 px high, the row scrolls.
    component FilterChip: AbstractButton {
        id: chip

        property color dotColor: MapStyle.colorFor("other")

        checkable: false
        height: 32
        y: 2
        leftPadding: 8
        rightPadding: 10
        font.pixelSize: 13
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: checked
        background: Rectangle {
            radius: height / 2
            color: chip.checked ? MapStyle.chipCheckedColor : MapStyle.buttonColor
            border.color: chip.checked ? MapStyle.chipCheckedBorder : MapStyle.buttonBorder
        }
        contentItem: Row {
            spacing: 6

            Rectangle {
                width: 10
                height: 10
                radius: 5
                anchors.verticalCenter: parent.verticalCenter
                color: chip.dotColor
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: chip.text
                font: chip.font
            }
        }
    }
}
