pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// What came of a call: outcome chips, the reason as said, a note, a follow-up date. Logs a
// new call (now, in the open démarche) for `practice`, or, with `callId` set, changes that
// call. Stays open with core's message when the journal refuses the input.
Dialog {
    id: dialog

    // {structureId, name, phone, address, kind} for a new call; {} for a practice that is not
    // in the directory (then its name and phone are typed here).
    property var practice: ({})
    readonly property bool typedPractice: callId.length === 0 && !(practice && practice.structureId)
    // Set to edit a call: its id and what it said.
    property string callId: ""
    property string outcome: ""
    property string reason: ""
    property string note: ""
    property string followUp: ""

    // Emitted once the journal has the call (its id).
    signal saved(string callId)

    objectName: "logCallDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 24 : 360, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 24 : 640)
    modal: true
    focus: true
    title: callId.length > 0 ? qsTr("Modifier l'appel") : qsTr("Noter l'appel")

    function openFor(newPractice) {
        practice = newPractice;
        callId = "";
        outcome = "";
        reason = "";
        note = "";
        followUp = "";
        open();
    }

    function openToEdit(id, values) {
        callId = id;
        outcome = values.outcome;
        reason = values.reason;
        note = values.note;
        followUp = values.followUp;
        open();
    }

    onOpened: {
        practiceNameField.text = "";
        practicePhoneField.text = "";
        reasonField.text = reason;
        noteField.text = note;
        followUpField.text = followUp;
        errorLabel.text = "";
    }

    function save() {
        if (outcome.length === 0) {
            errorLabel.text = qsTr("Choisissez ce qu'a donné l'appel.");
            return;
        }
        let called = practice;
        if (typedPractice) {
            if (practiceNameField.text.trim().length === 0) {
                errorLabel.text = qsTr("Indiquez qui vous avez appelé.");
                return;
            }
            called = { name: practiceNameField.text, phone: practicePhoneField.text };
        }
        let id = callId;
        if (id.length > 0) {
            if (!JournalController.updateCall(id, outcome, reasonField.text, noteField.text,
                                              followUpField.text))
                id = "";
        } else {
            id = JournalController.logCall(called, outcome, reasonField.text, noteField.text,
                                           followUpField.text);
        }
        if (id.length === 0) {
            errorLabel.text = JournalController.errorText;
            return;
        }
        dialog.saved(id);
        dialog.close();
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cancelButton"
            text: qsTr("Annuler")
            Accessible.name: qsTr("Annuler sans enregistrer")
            onClicked: dialog.reject()
        }
        Button {
            objectName: "saveButton"
            text: qsTr("Enregistrer")
            highlighted: true
            Accessible.name: qsTr("Enregistrer l'appel dans le journal")
            onClicked: dialog.save()
        }
    }

    // The Popup takes its one child's implicit size (the column's height, up to the window's,
    // then it scrolls); the child still has to fill the popup.
    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: fields.implicitHeight
        clip: true

        ColumnLayout {
            id: fields

            width: scroll.availableWidth
            spacing: 8

            Label {
                Layout.fillWidth: true
                visible: dialog.callId.length === 0
                text: dialog.practice && dialog.practice.name ? dialog.practice.name : ""
                font.weight: Font.Medium
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            TextField {
                id: practiceNameField

                objectName: "practiceNameField"
                Layout.fillWidth: true
                visible: dialog.typedPractice
                placeholderText: qsTr("Cabinet ou médecin appelé")
                Accessible.name: qsTr("Nom du cabinet ou du médecin appelé")
            }
            TextField {
                id: practicePhoneField

                objectName: "practicePhoneField"
                Layout.fillWidth: true
                visible: dialog.typedPractice
                placeholderText: qsTr("Téléphone (facultatif)")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Accessible.name: qsTr("Numéro de téléphone appelé")
            }
            Label {
                text: qsTr("Résultat")
                font.weight: Font.Medium
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Flow {
                objectName: "outcomeChips"
                Layout.fillWidth: true
                spacing: 6

                Repeater {
                    model: JournalController.outcomes()

                    delegate: Button {
                        required property var modelData

                        objectName: "outcome_" + modelData.outcome
                        width: Math.min(implicitWidth, scroll.availableWidth)
                        text: modelData.label
                        checkable: true
                        checked: dialog.outcome === modelData.outcome
                        highlighted: checked
                        font.pixelSize: 13
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: modelData.label
                        Accessible.checked: checked
                        onClicked: dialog.outcome = modelData.outcome
                    }
                }
            }
            TextField {
                id: reasonField

                objectName: "reasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("Motif donné (facultatif)")
                Accessible.name: qsTr("Motif donné par le cabinet")
            }
            TextArea {
                id: noteField

                objectName: "noteField"
                Layout.fillWidth: true
                Layout.minimumHeight: 64
                placeholderText: qsTr("Note (facultatif)")
                wrapMode: TextArea.Wrap
                Accessible.name: qsTr("Note personnelle")
            }
            TextField {
                id: followUpField

                objectName: "followUpField"
                Layout.fillWidth: true
                placeholderText: qsTr("Date de relance : AAAA-MM-JJ (facultatif)")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Date de relance, année-mois-jour")
            }
            Label {
                id: errorLabel

                objectName: "errorLabel"
                Layout.fillWidth: true
                visible: text.length > 0
                color: "#b00020"
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
