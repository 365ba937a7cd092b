pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Parcours

// Sync by files: export the journal (a suggested passphrase the person may replace, then a
// save dialog, or the share sheet on mobile), import a file (inspected first: which device,
// when, encrypted; then the passphrase and a report), and the records in conflict, each
// settled by keeping one version.
Page {
    id: page

    objectName: "syncPage"
    title: qsTr("Synchronisation")
    Accessible.name: qsTr("Synchroniser le journal entre appareils")

    // The controller's maps, as plain JS objects for the bindings below.
    readonly property var lastExport: SyncController.lastExport
    readonly property var pendingImport: SyncController.pendingImport
    readonly property var lastImport: SyncController.lastImport

    // What the save and open dialogs call; tests call them too.
    function exportToFile(url) {
        SyncController.exportTo(url, exportPassphrase.text);
    }
    function chooseImportFile(url) {
        importPassphrase.text = "";
        SyncController.inspect(url);
    }

    Connections {
        target: SyncController
        function onImportRequested() {
            importPassphrase.text = "";
            importPassphrase.forceActiveFocus();
        }
    }

    FileDialog {
        id: saveDialog

        objectName: "exportFileDialog"
        title: qsTr("Enregistrer l'export")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Export Parcours (*.parcours)")]
        selectedFile: SyncController.defaultExportUrl
        onAccepted: page.exportToFile(selectedFile)
    }
    FileDialog {
        id: openDialog

        objectName: "importFileDialog"
        title: qsTr("Choisir un export Parcours")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Export Parcours (*.parcours)"), qsTr("Tous les fichiers (*)")]
        onAccepted: page.chooseImportFile(selectedFile)
    }

    Flickable {
        id: flick

        objectName: "syncFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column

            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(flick.width - 24, FormStyle.pageMaxWidth)
            y: 12
            spacing: 10

            Label {
                objectName: "syncError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: SyncController.errorText
                color: FormStyle.errorColor
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                visible: SyncController.busy
                BusyIndicator {
                    running: SyncController.busy
                    Accessible.name: qsTr("Travail en cours")
                }
                Label {
                    Layout.fillWidth: true
                    text: SyncController.statusText
                    wrapMode: Label.Wrap
                }
            }

            // ---- Export -----------------------------------------------------------------
            Label {
                text: qsTr("Exporter vers un autre appareil")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Le fichier contient tout votre journal, chiffré avec cette phrase de "
                           + "passe. Notez-la : il faudra la saisir sur l'autre appareil.")
                wrapMode: Label.Wrap
            }
            // A text area so that the six words show whole, to be written down.
            TextArea {
                id: exportPassphrase

                objectName: "exportPassphrase"
                Layout.fillWidth: true
                wrapMode: TextArea.Wrap
                text: SyncController.suggestedPassphrase
                placeholderText: qsTr("Phrase de passe")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("Phrase de passe de l'export")
            }
            Label {
                objectName: "passphraseStrength"
                Layout.fillWidth: true
                readonly property var strength: SyncController.passphraseStrength(exportPassphrase.text)
                text: exportPassphrase.text.length === 0 ? qsTr("Une phrase de passe est nécessaire")
                      : strength.strong ? qsTr("Phrase de passe solide")
                                        : qsTr("Phrase de passe faible : préférez la suggestion")
                color: strength.strong ? FormStyle.successColor : FormStyle.errorColor
                wrapMode: Label.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8

                Button {
                    objectName: "newPassphraseButton"
                    text: qsTr("Autre suggestion")
                    Accessible.name: qsTr("Suggérer une autre phrase de passe")
                    onClicked: exportPassphrase.text = SyncController.newPassphrase()
                }
                Button {
                    objectName: "exportButton"
                    text: SyncController.canShare ? qsTr("Exporter et partager…") : qsTr("Exporter…")
                    highlighted: true
                    enabled: !SyncController.busy && exportPassphrase.text.length > 0
                    Accessible.name: SyncController.canShare ? qsTr("Exporter le journal et le partager")
                                                             : qsTr("Exporter le journal dans un fichier")
                    onClicked: {
                        if (SyncController.canShare)
                            SyncController.exportAndShare(exportPassphrase.text);
                        else
                            saveDialog.open();
                    }
                }
            }
            Label {
                objectName: "exportDone"
                Layout.fillWidth: true
                visible: page.lastExport.path !== undefined
                text: qsTr("Exporté : %1 (%2 versions)").arg(page.lastExport.path)
                        .arg(page.lastExport.versions)
                color: FormStyle.successColor
                wrapMode: Label.WrapAnywhere
            }

            MenuSeparator { Layout.fillWidth: true }

            // ---- Import -----------------------------------------------------------------
            Label {
                text: qsTr("Importer depuis un autre appareil")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "chooseImportButton"
                text: qsTr("Choisir un fichier…")
                enabled: !SyncController.busy
                Accessible.name: qsTr("Choisir un export Parcours à importer")
                onClicked: openDialog.open()
            }
            ColumnLayout {
                objectName: "pendingImport"
                Layout.fillWidth: true
                visible: page.pendingImport.url !== undefined
                spacing: 6

                Label {
                    objectName: "pendingImportHeader"
                    Layout.fillWidth: true
                    text: qsTr("%1 — exporté par « %2 » le %3%4")
                            .arg(page.pendingImport.fileName || "")
                            .arg(page.pendingImport.deviceLabel || qsTr("appareil sans nom"))
                            .arg(page.pendingImport.createdAt || "")
                            .arg(page.pendingImport.encrypted ? qsTr(", chiffré") : qsTr(", non chiffré"))
                    wrapMode: Label.Wrap
                }
                TextField {
                    id: importPassphrase

                    objectName: "importPassphrase"
                    Layout.fillWidth: true
                    visible: page.pendingImport.encrypted === true
                    placeholderText: qsTr("Phrase de passe de l'export")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    Accessible.name: qsTr("Phrase de passe du fichier à importer")
                    onAccepted: importButton.clicked()
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8

                    Button {
                        id: importButton

                        objectName: "importButton"
                        text: qsTr("Importer")
                        highlighted: true
                        enabled: !SyncController.busy
                                 && (!page.pendingImport.encrypted || importPassphrase.text.length > 0)
                        Accessible.name: qsTr("Importer ce fichier")
                        onClicked: SyncController.importPending(importPassphrase.text)
                    }
                    Button {
                        objectName: "cancelImportButton"
                        text: qsTr("Annuler")
                        flat: true
                        Accessible.name: qsTr("Annuler l'import")
                        onClicked: SyncController.cancelImport()
                    }
                }
            }
            Label {
                objectName: "importReport"
                Layout.fillWidth: true
                visible: page.lastImport.added !== undefined
                text: qsTr("Import terminé : %1 ajouté(s), %2 mis à jour, %3 inchangé(s), %4 conflit(s).")
                        .arg(page.lastImport.added).arg(page.lastImport.updated)
                        .arg(page.lastImport.unchanged).arg(page.lastImport.conflicts)
                      + (page.lastImport.clockCapped
                         ? qsTr(" L'horloge de l'autre appareil est en avance de plus d'un jour.") : "")
                color: FormStyle.successColor
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            MenuSeparator { Layout.fillWidth: true }

            // ---- Conflicts --------------------------------------------------------------
            Label {
                text: qsTr("Conflits à régler (%1)").arg(SyncController.conflicts.count)
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: SyncController.conflicts.count === 0
                      ? qsTr("Aucun conflit : vos appareils sont d'accord.")
                      : qsTr("Ces éléments ont été modifiés sur deux appareils avant un échange. "
                             + "Rien n'est perdu : choisissez la version à garder.")
                color: FormStyle.mutedColor
                wrapMode: Label.Wrap
            }
            Repeater {
                objectName: "conflictList"
                model: SyncController.conflicts

                delegate: ConflictCard {}
            }
        }
    }

    Component.onCompleted: SyncController.refreshConflicts()
}
