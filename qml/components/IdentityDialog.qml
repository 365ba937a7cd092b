pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// Who a document is from, asked just before it is built: every field optional (core prints
// only what is filled, never invents), kept in memory for this session only. "Préparer le
// PDF" hands the fields to the controller and asks for the document.
Dialog {
    id: dialog

    required property RightsController controller
    property string kind: "cpam"  // "cpam" or "ordre"

    // The fields were accepted: build the document now.
    signal confirmed(string kind)

    objectName: "identityDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 24 : 360, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 24 : 640)
    modal: true
    focus: true
    title: kind === "ordre" ? qsTr("Signalement au conseil de l'ordre")
                            : qsTr("Dossier pour la CPAM")

    function openFor(newKind) {
        kind = newKind;
        open();
    }

    function confirm() {
        controller.identity = {
            fullName: nameField.text,
            birthDate: birthField.text,
            nir: nirField.text,
            address: addressField.text,
            phone: phoneField.text,
            email: emailField.text
        };
        dialog.close();
        dialog.confirmed(kind);
    }

    onOpened: {
        const known = controller.identity;
        nameField.text = known.fullName || "";
        birthField.text = known.birthDate || "";
        nirField.text = known.nir || "";
        addressField.text = known.address || "";
        phoneField.text = known.phone || "";
        emailField.text = known.email || "";
    }

    footer: DialogButtonBox {
        Button {
            objectName: "identityCancelButton"
            text: qsTr("Annuler")
            Accessible.name: qsTr("Annuler sans préparer le document")
            onClicked: dialog.reject()
        }
        Button {
            objectName: "identityConfirmButton"
            text: qsTr("Préparer le PDF")
            highlighted: true
            Accessible.name: qsTr("Préparer le document en PDF")
            onClicked: dialog.confirm()
        }
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: fields.implicitHeight
        clip: true

        ColumnLayout {
            id: fields

            width: scroll.availableWidth
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: qsTr("Facultatif : ce que vous remplissez figure sur le document, rien d'autre. Ces informations ne sont pas enregistrées.")
                font.pixelSize: 13
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            TextField {
                id: nameField

                objectName: "identityName"
                Layout.fillWidth: true
                placeholderText: qsTr("Nom et prénom")
                Accessible.name: placeholderText
            }
            TextField {
                id: birthField

                objectName: "identityBirthDate"
                Layout.fillWidth: true
                placeholderText: qsTr("Date de naissance")
                inputMethodHints: Qt.ImhDate
                Accessible.name: placeholderText
            }
            TextField {
                id: nirField

                objectName: "identityNir"
                Layout.fillWidth: true
                placeholderText: qsTr("Numéro de sécurité sociale")
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.name: placeholderText
            }
            TextField {
                id: addressField

                objectName: "identityAddress"
                Layout.fillWidth: true
                placeholderText: qsTr("Adresse")
                Accessible.name: placeholderText
            }
            TextField {
                id: phoneField

                objectName: "identityPhone"
                Layout.fillWidth: true
                placeholderText: qsTr("Téléphone")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Accessible.name: placeholderText
            }
            TextField {
                id: emailField

                objectName: "identityEmail"
                Layout.fillWidth: true
                placeholderText: qsTr("Adresse e-mail")
                inputMethodHints: Qt.ImhEmailCharactersOnly
                Accessible.name: placeholderText
            }
        }
    }
}
