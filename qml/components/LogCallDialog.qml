pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// What came of a call: outcome chips, the reason as said, a note, a follow-up date (typed or
// picked on a calendar), and last — the default is nearly always right — the démarche it
// belongs to (the open ones, newest first, the first by default; or a new one: médecin
// traitant, specialist and its specialty…). Logs a new call (now) for `practice`, or, with
// `callId` set, changes that call (and its day).
// Stays open with core's message when the journal refuses the input.
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
    property string at: ""  // the edited call's time as stored ("2026-11-23T15:04:05+01:00")
    // The choices of démarche: the open ones (JournalController's order, newest first),
    // then "new démarche".
    readonly property var demarcheOptions: {
        const list = JournalController.openDemarches.map(d => ({
            demarcheId: d.demarcheId,
            label: (d.specialty.length > 0 ? d.seekingLabel + " · " + d.specialty : d.seekingLabel)
                   + " — " + qsTr("ouverte le %1").arg(d.openedText)
        }));
        list.push({ demarcheId: "", label: qsTr("Nouvelle démarche…") });
        return list;
    }
    readonly property bool newDemarche: demarcheBox.currentIndex === demarcheOptions.length - 1
    readonly property var seekingChoices: JournalController.seekingChoices()
    readonly property var specialtyChoices: JournalController.specialtyChoices()
    readonly property bool needsSpecialty: newDemarche && seekingBox.currentIndex >= 0
                                           && seekingChoices[seekingBox.currentIndex].needsSpecialty
    // A démarche this dialog opened for a call the journal then refused: the next try goes
    // there rather than opening another.
    property string openedDemarche: ""

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
        at = "";
        open();
    }

    function openToEdit(id, values) {
        callId = id;
        outcome = values.outcome;
        reason = values.reason;
        note = values.note;
        followUp = values.followUp;
        at = values.at || "";
        open();
    }

    onOpened: {
        practiceNameField.text = "";
        practicePhoneField.text = "";
        reasonField.text = reason;
        noteField.text = note;
        followUpField.text = followUp;
        callDayField.text = at.substring(0, 10);
        followUpField.expanded = false;
        callDayField.expanded = false;
        demarcheBox.currentIndex = 0;  // the newest open démarche, or "new" when none is open
        seekingBox.currentIndex = 0;
        specialtyBox.currentIndex = -1;
        openedDemarche = "";
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
            const day = callDayField.text.trim();
            if (!JournalController.updateCall(id, outcome, reasonField.text, noteField.text,
                                              followUpField.text,
                                              day === at.substring(0, 10) ? "" : day))
                id = "";
        } else {
            let demarcheId = demarcheOptions[demarcheBox.currentIndex].demarcheId;
            if (newDemarche) {
                if (needsSpecialty && specialtyBox.currentIndex < 0) {
                    errorLabel.text = qsTr("Choisissez la spécialité recherchée.");
                    return;
                }
                if (openedDemarche.length === 0) {
                    openedDemarche = JournalController.openNewDemarche(
                        seekingChoices[seekingBox.currentIndex].seeking,
                        needsSpecialty ? specialtyChoices[specialtyBox.currentIndex].label : "");
                    if (openedDemarche.length === 0) {
                        errorLabel.text = JournalController.errorText;
                        return;
                    }
                }
                demarcheId = openedDemarche;
            }
            id = JournalController.logCall(called, outcome, reasonField.text, noteField.text,
                                           followUpField.text, demarcheId);
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
            DatePicker {
                id: followUpField

                objectName: "followUpField"
                Layout.fillWidth: true
                label: qsTr("Date de relance")
                placeholderText: qsTr("Date de relance : AAAA-MM-JJ (facultatif)")
            }
            DatePicker {
                id: callDayField

                objectName: "callDayField"
                Layout.fillWidth: true
                visible: dialog.callId.length > 0
                label: qsTr("Jour de l'appel")
                placeholderText: qsTr("Jour de l'appel : AAAA-MM-JJ")
            }
            Label {
                visible: dialog.callId.length === 0
                text: qsTr("Démarche")
                font.weight: Font.Medium
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ComboBox {
                id: demarcheBox

                objectName: "demarcheBox"
                Layout.fillWidth: true
                visible: dialog.callId.length === 0
                model: dialog.demarcheOptions
                textRole: "label"
                valueRole: "demarcheId"
                Accessible.name: qsTr("Démarche de l'appel : %1").arg(displayText)
            }
            ComboBox {
                id: seekingBox

                objectName: "seekingBox"
                Layout.fillWidth: true
                visible: dialog.callId.length === 0 && dialog.newDemarche
                model: dialog.seekingChoices
                textRole: "label"
                valueRole: "seeking"
                Accessible.name: qsTr("Ce que cherche la nouvelle démarche : %1").arg(displayText)
            }
            ComboBox {
                id: specialtyBox

                objectName: "specialtyBox"
                Layout.fillWidth: true
                visible: dialog.callId.length === 0 && dialog.needsSpecialty
                model: dialog.specialtyChoices
                textRole: "label"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Spécialité…") : currentText
                Accessible.name: qsTr("Spécialité recherchée : %1").arg(displayText)
            }
            Label {
                id: errorLabel

                objectName: "errorLabel"
                Layout.fillWidth: true
                visible: text.length > 0
                color: JournalStyle.error
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
