pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Parcours

// Rights and next steps for the current démarche: the rule engine's advice cards in priority
// order (why, the law, the actions), what the person states about now (toggles that re-run
// the advice), the reimbursement estimate, and the two documents as PDF (saved through a
// dialog on desktop, the share sheet on phones).
//
// One Flickable with a Repeater rather than a ListView (see JournalPage: Qt 6.4 and bound
// components in a ListView header).
Page {
    id: page

    readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"
    readonly property alias controller: rights
    // The number to dial, shown (and copied) on a desktop where tel: reaches no phone.
    property string numberShown: ""
    property string documentMessage: ""
    // {known, radiusKm, msp, centreSante, cpts, emergency, place}
    readonly property var nearby: rights.nearby
    property bool situationShown: false
    readonly property int statedCount: (rights.urgent ? 1 : 0) + (rights.awayFromHome ? 1 : 0)
                                       + (rights.mtReplacement ? 1 : 0) + (rights.newGp ? 1 : 0)
                                       + (rights.pregnant ? 1 : 0) + (rights.teleconsultation ? 1 : 0)

    // "Show nearby CPTS / MSP / centres de santé": the window switches to the map with those
    // kinds (directory kind ids: "cpts", "msp", "centre-sante"…).
    signal showOnMap(var kinds)

    objectName: "rightsPage"
    title: qsTr("Droits et démarches")
    Accessible.name: title

    RightsController {
        id: rights

        journalController: JournalController
        directoryPath: DirectoryController.databasePath
        centreLatitude: DirectoryController.centreLatitude
        centreLongitude: DirectoryController.centreLongitude
        language: UiLanguage.code

        onDocumentReady: (path, kind) => page.documentBuilt(path, kind)
        onDocumentFailed: message => page.documentMessage = message
    }

    Connections {
        target: DirectoryController

        // The first run imports the sample after the page may have counted nothing.
        function onReadyChanged() {
            rights.refresh();
        }
    }

    function run(action) {
        switch (action.kind) {
        case "call":
            callNumber(action.value);
            break;
        case "show-nearby":
            showOnMap(action.kinds);
            break;
        case "document":
            identityDialog.openFor(action.value);
            break;
        case "url":
            Qt.openUrlExternally(action.value);
            break;
        }
    }

    function callNumber(number) {
        if (mobile) {
            Qt.openUrlExternally("tel:" + number.replace(/[^0-9+]/g, ""));
            return;
        }
        clipboard.text = number;
        clipboard.selectAll();
        clipboard.copy();
        numberShown = number;
    }

    function buildDocument(kind) {
        documentMessage = "";
        rights.buildDocument(kind);
    }

    function documentBuilt(path, kind) {
        if (rights.shareAsksForDestination) {
            saveDialog.selectedFile = rights.suggestedFileUrl(kind);
            saveDialog.open();
            return;
        }
        const error = rights.shareDocument("");
        documentMessage = error.length > 0 ? error : "";
    }

    function formatNumber(number) {
        return number.length === 6 ? number.substring(0, 3) + " " + number.substring(3) : number;
    }

    TextEdit {  // the clipboard's way in from QML
        id: clipboard

        visible: false
    }

    FileDialog {
        id: saveDialog

        objectName: "saveDialog"
        title: qsTr("Enregistrer le document")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("Documents PDF (*.pdf)")]
        onAccepted: {
            const error = rights.shareDocument(selectedFile.toString());
            page.documentMessage = error.length > 0 ? error
                                                    : qsTr("Document enregistré : %1").arg(selectedFile.toString().replace("file://", ""));
        }
    }

    IdentityDialog {
        id: identityDialog

        controller: rights
        onConfirmed: kind => page.buildDocument(kind)
    }

    Popup {
        id: estimatePopup

        parent: Overlay.overlay
        width: parent ? parent.width : page.width
        height: parent ? parent.height : page.height
        padding: 0
        modal: true

        EstimateSheet {
            anchors.fill: parent
            controller: rights
            onClosed: estimatePopup.close()
        }
    }

    header: ToolBar {
        background: Rectangle {
            implicitHeight: 48
            color: RightsStyle.headerColor
        }

        Label {
            anchors.fill: parent
            anchors.leftMargin: 16
            verticalAlignment: Label.AlignVCenter
            text: page.title
            color: RightsStyle.headerText
            font.pixelSize: 18
            font.weight: Font.DemiBold
            elide: Label.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
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

            x: Math.max(12, (flick.width - 760) / 2)
            y: 12
            width: Math.min(flick.width - 24, 760 - 24)
            spacing: 10

            Label {
                objectName: "summaryLabel"
                Layout.fillWidth: true
                text: qsTr("%1 — %n refus noté(s)", "", rights.refusals).arg(rights.profileName)
                font.pixelSize: 15
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "nearbyLabel"
                Layout.fillWidth: true
                visible: page.nearby.known === true
                text: qsTr("À moins de %1 km%2 : %3 maison(s) de santé, %4 centre(s) de santé, %5 CPTS, %6 service(s) d'urgences")
                        .arg(page.nearby.radiusKm || 0)
                        .arg((page.nearby.place || "").length > 0 ? " " + qsTr("de %1").arg(page.nearby.place) : "")
                        .arg(page.nearby.msp || 0).arg(page.nearby.centreSante || 0)
                        .arg(page.nearby.cpts || 0).arg(page.nearby.emergency || 0)
                font.pixelSize: 13
                color: RightsStyle.mutedText
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "rightsError"
                Layout.fillWidth: true
                visible: rights.errorText.length > 0
                text: rights.errorText
                color: RightsStyle.errorColor
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // What the person states about now: folded, so that on a phone the advice shows
            // first; the count of what is stated stays in sight.
            ToolButton {
                objectName: "situationButton"
                text: (page.situationShown ? "\u25BE " : "\u25B8 ")
                      + (page.statedCount > 0 ? qsTr("Votre situation (%1)").arg(page.statedCount)
                                              : qsTr("Votre situation"))
                font.pixelSize: 15
                checkable: true
                checked: page.situationShown
                Accessible.name: page.situationShown ? qsTr("Masquer votre situation")
                                                     : qsTr("Préciser votre situation")
                onToggled: page.situationShown = checked
            }
            Flow {
                objectName: "situationToggles"
                Layout.fillWidth: true
                visible: page.situationShown
                spacing: 4
                Switch {
                    objectName: "urgentSwitch"
                    text: qsTr("C'est urgent")
                    checked: rights.urgent
                    Accessible.name: text
                    onToggled: rights.urgent = checked
                }
                Switch {
                    objectName: "awaySwitch"
                    text: qsTr("Loin de chez moi")
                    checked: rights.awayFromHome
                    Accessible.name: text
                    onToggled: rights.awayFromHome = checked
                }
                Switch {
                    objectName: "replacementSwitch"
                    text: qsTr("Remplaçant de mon médecin traitant")
                    checked: rights.mtReplacement
                    Accessible.name: text
                    onToggled: rights.mtReplacement = checked
                }
                Switch {
                    objectName: "newGpSwitch"
                    text: qsTr("Médecin récemment installé")
                    checked: rights.newGp
                    Accessible.name: text
                    onToggled: rights.newGp = checked
                }
                Switch {
                    objectName: "pregnantSwitch"
                    text: qsTr("Enceinte de 6 mois ou plus")
                    checked: rights.pregnant
                    Accessible.name: text
                    onToggled: rights.pregnant = checked
                }
                Switch {
                    objectName: "teleconsultationSwitch"
                    text: qsTr("Téléconsultation")
                    checked: rights.teleconsultation
                    Accessible.name: text
                    onToggled: rights.teleconsultation = checked
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: 8

                Button {
                    objectName: "estimateButton"
                    text: qsTr("Estimer un remboursement")
                    Accessible.name: text
                    onClicked: estimatePopup.open()
                }
                Button {
                    objectName: "cpamDossierButton"
                    text: qsTr("Dossier pour la CPAM (PDF)")
                    enabled: !rights.building
                    Accessible.name: qsTr("Préparer le dossier pour la CPAM en PDF")
                    onClicked: identityDialog.openFor("cpam")
                }
            }

            BusyIndicator {
                objectName: "documentBusy"
                visible: rights.building
                running: visible
                Accessible.name: qsTr("Document en préparation")
            }
            Label {
                objectName: "documentMessage"
                Layout.fillWidth: true
                visible: page.documentMessage.length > 0
                text: page.documentMessage
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "numberShown"
                Layout.fillWidth: true
                visible: page.numberShown.length > 0
                text: qsTr("Composez le %1 (numéro copié).").arg(page.formatNumber(page.numberShown))
                font.pixelSize: 15
                font.weight: Font.Medium
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Label {
                Layout.topMargin: 6
                text: qsTr("Conseils")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "noAdviceLabel"
                Layout.fillWidth: true
                visible: rights.advice.count === 0
                text: qsTr("Aucun conseil pour cette démarche aujourd'hui.")
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                id: cards

                objectName: "adviceCards"
                model: rights.advice

                delegate: AdviceCard {
                    required property string ruleId

                    objectName: "advice-" + ruleId
                    Layout.fillWidth: true
                    onActionRequested: action => page.run(action)
                }
            }
        }
    }
}
