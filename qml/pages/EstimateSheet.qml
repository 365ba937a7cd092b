pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The reimbursement estimate: choose the act, say whether the doctor is your médecin
// traitant (or you were referred by them), and read what the Assurance Maladie pays and what
// is left to you, in and out of the parcours de soins, with every figure's date. All of it
// comes from core (RightsController.estimate); nothing is computed here.
Page {
    id: sheet

    required property RightsController controller
    property bool byOwnMt: false
    property bool referredByMt: false
    readonly property var acts: controller ? controller.acts() : []
    property string act: acts.length > 0 ? acts[0].id : ""
    // core's answer for the choice above (see RightsController::estimate), asked again when
    // the choice, the journal or the stated situation changes.
    property var result: ({})

    signal closed

    function recompute() {
        result = controller && act.length > 0 ? controller.estimate(act, byOwnMt, referredByMt)
                                              : ({});
    }

    Component.onCompleted: recompute()
    onActChanged: recompute()
    onByOwnMtChanged: recompute()
    onReferredByMtChanged: recompute()

    Connections {
        target: sheet.controller

        function onAdviceChanged() {
            sheet.recompute();
        }
    }

    objectName: "estimateSheet"
    title: qsTr("Estimer un remboursement")
    Accessible.name: title

    header: ToolBar {
        background: Rectangle {
            implicitHeight: 48
            color: RightsStyle.headerColor
        }

        RowLayout {
            anchors.fill: parent
            spacing: 4

            ToolButton {
                objectName: "estimateBackButton"
                text: "\u2190"
                font.pixelSize: 20
                palette.buttonText: RightsStyle.headerText
                Accessible.name: qsTr("Fermer l'estimation")
                onClicked: sheet.closed()
            }
            Label {
                Layout.fillWidth: true
                text: sheet.title
                color: RightsStyle.headerText
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Label.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column

            x: Math.max(16, (flick.width - 760) / 2)
            y: 16
            width: Math.min(flick.width - 32, 760 - 32)
            spacing: 8

            ComboBox {
                id: actBox

                objectName: "actBox"
                Layout.fillWidth: true
                model: sheet.acts
                textRole: "label"
                valueRole: "id"
                Accessible.name: qsTr("Acte : %1").arg(currentText)
                onActivated: sheet.act = currentValue
            }
            CheckBox {
                objectName: "ownMtBox"
                Layout.fillWidth: true
                text: qsTr("Chez mon médecin traitant")
                checked: sheet.byOwnMt
                Accessible.name: text
                onToggled: sheet.byOwnMt = checked
            }
            CheckBox {
                objectName: "referredBox"
                Layout.fillWidth: true
                text: qsTr("Adressé par mon médecin traitant")
                checked: sheet.referredByMt
                Accessible.name: text
                onToggled: sheet.referredByMt = checked
            }

            Label {
                objectName: "estimateError"
                Layout.fillWidth: true
                visible: sheet.result.ok === false
                text: sheet.result.error || ""
                color: RightsStyle.errorColor
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: sheet.result.ok === true
                spacing: 4

                Label {
                    objectName: "parcoursLabel"
                    Layout.fillWidth: true
                    text: sheet.result.inParcours ? qsTr("Dans le parcours de soins")
                                                  : qsTr("Hors parcours de soins")
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                    color: sheet.result.inParcours ? RightsStyle.stepAccent : RightsStyle.urgentAccent
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    objectName: "toVerifyLabel"
                    Layout.fillWidth: true
                    visible: sheet.result.toVerify === true
                    text: qsTr("À vérifier : certains montants ne sont pas confirmés.")
                    color: RightsStyle.uncertainColor
                    wrapMode: Label.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Repeater {
                        model: [
                            { name: "baseTariff", label: qsTr("Tarif de base"),
                              value: sheet.result.baseTariffText || "", strong: false },
                            { name: "rate", label: qsTr("Taux de remboursement"),
                              value: (sheet.result.ratePercent || 0) + " %", strong: false },
                            { name: "majoration", label: qsTr("Majoration hors parcours"),
                              value: sheet.result.majorationText || "", strong: false },
                            { name: "participation", label: qsTr("Participation forfaitaire"),
                              value: sheet.result.participationForfaitaireText || "", strong: false },
                            { name: "reimbursed", label: qsTr("Remboursé par l'Assurance Maladie"),
                              value: sheet.result.reimbursedText || "", strong: true },
                            { name: "patientShare",
                              label: qsTr("Reste à votre charge (avant complémentaire)"),
                              value: sheet.result.patientShareText || "", strong: true }
                        ]

                        delegate: RowLayout {
                            id: amountRow

                            required property var modelData

                            Layout.fillWidth: true
                            spacing: 12

                            Label {
                                Layout.fillWidth: true
                                text: amountRow.modelData.label
                                font.weight: amountRow.modelData.strong ? Font.DemiBold : Font.Normal
                                wrapMode: Label.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: amountRow.modelData.label + " : " + amountRow.modelData.value
                            }
                            Label {
                                objectName: amountRow.modelData.name
                                text: amountRow.modelData.value
                                font.weight: amountRow.modelData.strong ? Font.DemiBold : Font.Normal
                                Accessible.ignored: true  // said with its label
                            }
                        }
                    }
                }
                Label {
                    Layout.topMargin: 8
                    text: qsTr("Pourquoi")
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    model: sheet.result.reasons || []

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Label.Wrap
                        font.pixelSize: 13
                        Accessible.role: Accessible.ListItem
                        Accessible.name: modelData
                    }
                }

                Label {
                    Layout.topMargin: 8
                    text: qsTr("Chiffres utilisés")
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    objectName: "figures"
                    model: sheet.result.figures || []

                    delegate: Label {
                        required property var modelData

                        Layout.fillWidth: true
                        text: qsTr("%1 : %2, depuis le %3").arg(modelData.id).arg(modelData.valueText)
                                  .arg(modelData.validFrom)
                              + (modelData.uncertain ? " — " + qsTr("à vérifier") : "")
                        color: modelData.uncertain ? RightsStyle.uncertainColor : Theme.text
                        wrapMode: Label.Wrap
                        font.pixelSize: 13
                        Accessible.role: Accessible.ListItem
                        Accessible.name: text
                    }
                }
            }
        }
    }
}
