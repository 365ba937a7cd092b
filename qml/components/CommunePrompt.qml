pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// Asked when the position is unknown (no source, no permission, no fix), or on demand: which
// commune to search around. The lookup is core's (MapSearch.findCommunes: by name, accents
// and case folded, or by postcode; else the addresses of the directory's structures:
// MapSearch.findPlaces); choosing one hands it to the page, which centres there.
Pane {
    id: prompt

    required property MapSearch search
    // Why it asks, in words ("Position indisponible."); "" when the person asked.
    property string reason: ""
    // [{name, postcode, insee, latitude, longitude}] of the text typed.
    property var results: []

    signal chosen(var commune)
    signal dismissed

    // Communes first; when none matches, the addresses the directory knows.
    function lookUp(text: string) {
        prompt.results = prompt.search.findPlaces(text);
    }

    objectName: "communePrompt"
    padding: 10
    background: Rectangle {
        color: MapStyle.panelColor
        border.color: MapStyle.panelBorder
        radius: 6
    }
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Choisir une commune")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "communePromptText"
                Layout.fillWidth: true
                text: (prompt.reason.length > 0 ? prompt.reason + " " : "") + qsTr("Autour de quelle commune chercher ?")
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ToolButton {
                objectName: "communePromptClose"
                text: "✕"
                onClicked: prompt.dismissed()
                Accessible.name: qsTr("Fermer sans choisir de commune")
            }
        }
        TextField {
            id: field

            objectName: "communeField"
            Layout.fillWidth: true
            placeholderText: qsTr("Commune, code postal ou adresse")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextEdited: prompt.lookUp(text)
            onAccepted: {
                if (prompt.results.length > 0)
                    prompt.chosen(prompt.results[0]);
            }
            Accessible.name: qsTr("Commune, code postal ou adresse")
        }
        Repeater {
            model: prompt.results
            delegate: ItemDelegate {
                required property var modelData
                required property int index

                objectName: "communeResult" + index
                Layout.fillWidth: true
                text: modelData.postcode.length > 0 ? qsTr("%1 (%2)").arg(modelData.name).arg(modelData.postcode)
                                                    : modelData.name
                onClicked: prompt.chosen(modelData)
                Accessible.name: qsTr("Centrer sur %1").arg(text)
            }
        }
        Label {
            objectName: "communeNotFound"
            visible: field.text.trim().length >= 2 && prompt.results.length === 0
            text: prompt.search.errorText.length > 0 ? prompt.search.errorText : qsTr("Aucune commune trouvée.")
            wrapMode: Label.Wrap
            opacity: 0.8
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
