pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Parcours

// Settings: the profiles (who a démarche is for), the map's tiles, the language, the
// directory data (import a file, update from data.gouv.fr), deleting all data (asked
// twice), and about (version, data licences).
Page {
    id: page

    objectName: "settingsPage"
    title: qsTr("Réglages")
    Accessible.name: qsTr("Réglages de Parcours")

    // The profile whose home commune the commune dialog sets.
    property string communeProfileId: ""
    // The controller's maps, as plain JS objects for the bindings below.
    readonly property var lastImport: SettingsController.lastImport

    function openCommuneSearch(profileId) {
        communeProfileId = profileId;
        communeField.text = "";
        communeDialog.open();
    }

    FileDialog {
        id: importDialog

        objectName: "directoryFileDialog"
        title: qsTr("Fichier FINESS ou OpenStreetMap")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Données (*.csv *.json *.geojson)"), qsTr("Tous les fichiers (*)")]
        onAccepted: SettingsController.importDirectoryFile(selectedFile)
    }

    Dialog {
        id: communeDialog

        objectName: "communeDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 24 : 360, 480)
        modal: true
        title: qsTr("Commune de résidence")
        standardButtons: Dialog.Cancel

        ColumnLayout {
            width: communeDialog.availableWidth
            spacing: 6

            TextField {
                id: communeField

                objectName: "communeField"
                Layout.fillWidth: true
                placeholderText: qsTr("Nom ou code postal")
                Accessible.name: qsTr("Chercher une commune par son nom ou son code postal")
                onTextEdited: SettingsController.searchCommunes(text)
            }
            Repeater {
                model: SettingsController.communeResults

                delegate: ItemDelegate {
                    required property var modelData

                    objectName: "communeChoice"
                    Layout.fillWidth: true
                    text: modelData.label
                    Accessible.name: qsTr("Choisir %1").arg(modelData.label)
                    onClicked: {
                        SettingsController.setHomeCommune(page.communeProfileId, modelData);
                        communeDialog.close();
                    }
                }
            }
            Button {
                objectName: "clearCommuneButton"
                text: qsTr("Aucune commune")
                flat: true
                Accessible.name: qsTr("Retirer la commune de résidence")
                onClicked: {
                    SettingsController.setHomeCommune(page.communeProfileId, {});
                    communeDialog.close();
                }
            }
        }
    }

    Dialog {
        id: confirmDelete

        objectName: "confirmDeleteDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 24 : 360, 480)
        modal: true
        title: qsTr("Effacer toutes les données ?")
        // Cancel only, and the way on as a button of the content: two standard buttons make
        // a binding loop on the dialog's implicitHeight with Qt 6.4's Material style.
        standardButtons: Dialog.Cancel

        ColumnLayout {
            width: confirmDelete.availableWidth

            Label {
                Layout.fillWidth: true
                text: qsTr("Votre journal (appels, démarches, profils) et l'annuaire seront "
                           + "effacés de cet appareil. Les exports déjà faits ne sont pas touchés.")
                wrapMode: Label.Wrap
            }
            Button {
                objectName: "deleteContinueButton"
                text: qsTr("Continuer…")
                Accessible.name: qsTr("Continuer vers l'effacement")
                onClicked: confirmDelete.accept()
            }
        }
        onAccepted: confirmDeleteAgain.open()
    }
    Dialog {
        id: confirmDeleteAgain

        objectName: "confirmDeleteAgainDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 24 : 360, 480)
        modal: true
        title: qsTr("Vraiment tout effacer ?")
        standardButtons: Dialog.Cancel

        ColumnLayout {
            width: confirmDeleteAgain.availableWidth

            Label {
                Layout.fillWidth: true
                text: qsTr("Cette action est définitive. Sans export, rien ne pourra être récupéré.")
                wrapMode: Label.Wrap
            }
            Button {
                objectName: "deleteEverythingButton"
                text: qsTr("Tout effacer")
                Accessible.name: qsTr("Confirmer : tout effacer")
                palette.button: FormStyle.errorColor
                palette.buttonText: "white"
                onClicked: {
                    SettingsController.deleteAllData();
                    confirmDeleteAgain.close();
                }
            }
        }
    }

    Flickable {
        id: flick

        objectName: "settingsFlick"
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
                objectName: "settingsError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: SettingsController.errorText
                color: FormStyle.errorColor
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // ---- Profiles ---------------------------------------------------------------
            Label {
                text: qsTr("Profils")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "profileList"
                model: SettingsController.profiles

                delegate: Frame {
                    id: profileRow

                    required property string profileId
                    required property string name
                    required property int birthYear
                    required property string homeCommuneLabel

                    Layout.fillWidth: true
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("Profil %1").arg(name)

                    GridLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        columns: page.width > 560 ? 4 : 2
                        columnSpacing: 8

                        Label { text: qsTr("Nom") }
                        TextField {
                            objectName: "profileName"
                            Layout.fillWidth: true
                            text: profileRow.name
                            Accessible.name: qsTr("Nom du profil")
                            onEditingFinished: if (text !== profileRow.name)
                                                   SettingsController.renameProfile(profileRow.profileId, text)
                        }
                        Label { text: qsTr("Né(e) en") }
                        SpinBox {
                            objectName: "profileBirthYear"
                            from: 1900
                            to: 2100
                            editable: true
                            value: profileRow.birthYear > 0 ? profileRow.birthYear : 1980
                            textFromValue: (v, locale) => String(v)  // no thousands separator
                            valueFromText: (t, locale) => parseInt(t)
                            Accessible.name: qsTr("Année de naissance")
                            onValueModified: SettingsController.setBirthYear(profileRow.profileId, value)
                        }
                        Label { text: qsTr("Commune") }
                        Label {
                            Layout.fillWidth: true
                            text: profileRow.homeCommuneLabel.length > 0 ? profileRow.homeCommuneLabel : qsTr("non renseignée")
                            wrapMode: Label.Wrap
                        }
                        Item { width: 1; height: 1 }
                        Button {
                            objectName: "chooseCommuneButton"
                            text: qsTr("Choisir la commune…")
                            flat: true
                            Accessible.name: qsTr("Choisir la commune de résidence de %1").arg(profileRow.name)
                            onClicked: page.openCommuneSearch(profileRow.profileId)
                        }
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8

                TextField {
                    id: newProfileName

                    objectName: "newProfileName"
                    width: 180
                    placeholderText: qsTr("Nom (ex. Léa)")
                    Accessible.name: qsTr("Nom du nouveau profil")
                }
                SpinBox {
                    id: newProfileYear

                    objectName: "newProfileYear"
                    from: 1900
                    to: 2100
                    value: 2015
                    editable: true
                    textFromValue: (v, locale) => String(v)
                    valueFromText: (t, locale) => parseInt(t)
                    Accessible.name: qsTr("Année de naissance du nouveau profil")
                }
                Button {
                    objectName: "addProfileButton"
                    text: qsTr("Ajouter un profil")
                    enabled: newProfileName.text.trim().length > 0
                    Accessible.name: qsTr("Ajouter ce profil")
                    onClicked: {
                        if (SettingsController.addProfile(newProfileName.text, newProfileYear.value).length > 0)
                            newProfileName.text = "";
                    }
                }
            }

            MenuSeparator { Layout.fillWidth: true }

            // ---- Map and language -------------------------------------------------------
            Label {
                text: qsTr("Carte")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ButtonGroup { id: tileGroup }
            RadioButton {
                objectName: "tilesNone"
                Layout.fillWidth: true
                text: qsTr("Fond de carte intégré (hors ligne)")
                checked: SettingsController.tileSource === "none"
                ButtonGroup.group: tileGroup
                Accessible.name: text
                onClicked: SettingsController.tileSource = "none"
            }
            RadioButton {
                objectName: "tilesOsm"
                Layout.fillWidth: true
                text: qsTr("OpenStreetMap (en ligne)")
                checked: SettingsController.tileSource === "osm"
                ButtonGroup.group: tileGroup
                Accessible.name: text
                onClicked: SettingsController.tileSource = "osm"
            }
            RadioButton {
                objectName: "tilesFile"
                Layout.fillWidth: true
                text: qsTr("Tuiles enregistrées sur cet appareil")
                checked: SettingsController.tileSource === "file"
                ButtonGroup.group: tileGroup
                Accessible.name: qsTr("Tuiles enregistrées sur cet appareil")
                onClicked: SettingsController.tileSource = "file"
            }
            TextField {
                objectName: "tileTemplate"
                Layout.fillWidth: true
                visible: SettingsController.tileSource === "file"
                text: SettingsController.tileFileTemplate
                placeholderText: "file:///…/{z}/{x}/{y}.png"
                Accessible.name: qsTr("Modèle d'adresse des tuiles")
                onEditingFinished: SettingsController.tileFileTemplate = text
            }

            Label {
                text: qsTr("Langue")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ButtonGroup { id: languageGroup }
            Flow {
                Layout.fillWidth: true
                spacing: 8

                RadioButton {
                    objectName: "languageFr"
                    text: "Français"
                    checked: UiLanguage.code === "fr"
                    ButtonGroup.group: languageGroup
                    Accessible.name: text
                    onClicked: SettingsController.language = "fr"
                }
                RadioButton {
                    objectName: "languageEn"
                    text: "English"
                    checked: UiLanguage.code === "en"
                    ButtonGroup.group: languageGroup
                    Accessible.name: text
                    onClicked: SettingsController.language = "en"
                }
            }

            Label {
                text: qsTr("Thème")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ButtonGroup { id: themeGroup }
            Flow {
                Layout.fillWidth: true
                spacing: 8

                Repeater {
                    model: [
                        { mode: "system", label: qsTr("Comme le système") },
                        { mode: "light", label: qsTr("Clair") },
                        { mode: "dark", label: qsTr("Sombre") }
                    ]
                    delegate: RadioButton {
                        required property var modelData

                        objectName: "theme_" + modelData.mode
                        text: modelData.label
                        checked: UiTheme.mode === modelData.mode
                        ButtonGroup.group: themeGroup
                        Accessible.name: qsTr("Thème : %1").arg(text)
                        onClicked: UiTheme.mode = modelData.mode
                    }
                }
            }

            MenuSeparator { Layout.fillWidth: true }

            // ---- Directory data ---------------------------------------------------------
            Label {
                text: qsTr("Données de l'annuaire")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: DirectoryController.sources

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: qsTr("%1 : %2 structures, importées le %3").arg(modelData.source)
                            .arg(modelData.structures).arg(modelData.importedAt.substring(0, 10))
                    wrapMode: Label.Wrap
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8

                Button {
                    objectName: "importDirectoryButton"
                    text: qsTr("Importer un fichier…")
                    enabled: !SettingsController.busy
                    Accessible.name: qsTr("Importer un fichier FINESS ou OpenStreetMap")
                    onClicked: importDialog.open()
                }
                Button {
                    objectName: "updateDirectoryButton"
                    text: qsTr("Mettre à jour depuis data.gouv.fr")
                    enabled: !SettingsController.busy
                    Accessible.name: qsTr("Télécharger et importer la dernière extraction FINESS")
                    onClicked: SettingsController.updateFromDataGouv()
                }
            }
            TextField {
                objectName: "finessUrl"
                Layout.fillWidth: true
                text: SettingsController.finessUpdateUrl
                font.pixelSize: 12
                Accessible.name: qsTr("Adresse de l'extraction FINESS")
                onEditingFinished: SettingsController.finessUpdateUrl = text
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: SettingsController.busy

                Label {
                    Layout.fillWidth: true
                    text: SettingsController.statusText
                    wrapMode: Label.Wrap
                }
                ProgressBar {
                    objectName: "directoryProgress"
                    Layout.fillWidth: true
                    indeterminate: SettingsController.progress < 0
                    value: Math.max(0, SettingsController.progress)
                    Accessible.name: qsTr("Avancement de l'import")
                }
            }
            Label {
                objectName: "directoryImportReport"
                Layout.fillWidth: true
                visible: page.lastImport.imported !== undefined
                text: qsTr("Import réussi : %1 structures (%2), %3 lignes ignorées")
                        .arg(page.lastImport.imported).arg(page.lastImport.source)
                        .arg(page.lastImport.skipped)
                color: FormStyle.successColor
                wrapMode: Label.Wrap
            }

            MenuSeparator { Layout.fillWidth: true }

            // ---- Delete everything ------------------------------------------------------
            Button {
                objectName: "deleteAllButton"
                text: qsTr("Effacer toutes les données…")
                Accessible.name: qsTr("Effacer toutes les données de cet appareil")
                onClicked: confirmDelete.open()
            }
            Label {
                objectName: "wipePending"
                Layout.fillWidth: true
                visible: SettingsController.wipePending
                text: qsTr("Vos données seront effacées au prochain démarrage : quittez puis "
                           + "relancez Parcours pour repartir de zéro.")
                color: FormStyle.errorColor
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                objectName: "quitButton"
                visible: SettingsController.wipePending
                text: qsTr("Quitter Parcours")
                Accessible.name: qsTr("Quitter Parcours pour effacer les données")
                onClicked: Qt.quit()
            }

            MenuSeparator { Layout.fillWidth: true }

            // ---- About ------------------------------------------------------------------
            Label {
                text: qsTr("À propos")
                Layout.fillWidth: true
                font.pixelSize: FormStyle.sectionFontSize
                wrapMode: Label.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "appVersion"
                Layout.fillWidth: true
                text: qsTr("Parcours, version %1").arg(SettingsController.appVersion)
            }
            Repeater {
                objectName: "licenceList"
                model: SettingsController.licences

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: "<b>" + modelData.name + "</b> — " + modelData.licence + "<br/>" + modelData.notice
                    textFormat: Text.StyledText
                    wrapMode: Label.Wrap
                    Accessible.name: modelData.name + ", " + modelData.licence + ", " + modelData.notice
                }
            }
        }
    }
}
