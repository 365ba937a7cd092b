import QtQuick
import QtQuick.Controls

// A search field: asks for a search after a short pause in typing, or at once on Enter;
// the clear button goes back to the nearby list.
TextField {
    id: field

    // Emitted with the text to search; an empty text means "no search".
    signal searchRequested(string text)

    property int delay: 300  // ms of quiet typing before searching

    placeholderText: qsTr("Nom, ville, adresse…")
    inputMethodHints: Qt.ImhNoPredictiveText
    selectByMouse: true
    rightPadding: clearButton.visible ? clearButton.width + 4 : leftPadding
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Rechercher une structure de santé")
    Accessible.description: qsTr("Nom, ville ou adresse ; la liste se met à jour pendant la saisie.")

    onTextEdited: pause.restart()
    onAccepted: {
        pause.stop();
        field.searchRequested(field.text);
    }

    Timer {
        id: pause

        interval: field.delay
        onTriggered: field.searchRequested(field.text)
    }

    ToolButton {
        id: clearButton

        objectName: "clearSearchButton"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        visible: field.text.length > 0
        text: "\u2715"
        Accessible.name: qsTr("Effacer la recherche")
        onClicked: {
            pause.stop();
            field.clear();
            field.searchRequested("");
            field.forceActiveFocus();
        }
    }
}
