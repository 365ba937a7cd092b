pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// One structure: what the directory says of it, the calls already made there, and the three
// things to do — call, log what came of a call, find the way.
Page {
    id: sheet

    // A directory row: {id, name, kind, kindLabel, address, postcode, city, phone, emergency,
    // distanceText, latitude, longitude} (see DirectoryPage.structureAt).
    property var structure: ({})
    readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"
    readonly property string phone: structure.phone || ""
    readonly property bool hasPosition: structure.latitude !== undefined
                                        && structure.longitude !== undefined
    readonly property string source: (structure.id || "").split(":")[0]
    // The directory's stats for that source: {source, importedAt, extractionDate, structures}.
    readonly property var sourceStats: statsOf(source)
    readonly property string sourceDate: !sourceStats ? ""
        : sourceStats.extractionDate.length > 0 ? sourceStats.extractionDate
        : sourceStats.importedAt.substring(0, 10)
    // Shown after Call on a desktop, where no phone app answers tel: links.
    property bool numberShown: false

    signal back

    objectName: "sheetPage"
    title: structure.name || ""
    Accessible.name: qsTr("Fiche de %1").arg(title)

    Component.onCompleted: JournalController.showPractice(structure.id || "")
    onStructureChanged: JournalController.showPractice(structure.id || "")

    function statsOf(id) {
        const list = DirectoryController.sources;
        for (let i = 0; i < list.length; ++i) {
            if (list[i].source === id)
                return list[i];
        }
        return undefined;
    }

    function sourceLabel(id) {
        switch (id) {
        case "finess": return qsTr("FINESS (ministère de la Santé)");
        case "osm": return qsTr("OpenStreetMap");
        case "rpps": return qsTr("RPPS (Annuaire santé)");
        case "manual": return qsTr("saisie manuelle");
        default: return id;
        }
    }

    function practice() {
        return {
            structureId: structure.id || "",
            name: structure.name || "",
            phone: phone,
            address: fullAddress(),
            kind: structure.kind || ""
        };
    }

    function fullAddress() {
        const place = [structure.postcode || "", structure.city || ""].join(" ").trim();
        return [structure.address || "", place].filter(part => part.length > 0).join(", ");
    }

    // geo: where a maps app answers it (phones), an OpenStreetMap page elsewhere.
    function directionsUrl() {
        if (hasPosition) {
            const lat = structure.latitude.toFixed(6);
            const lon = structure.longitude.toFixed(6);
            if (mobile)
                return "geo:" + lat + "," + lon + "?q=" + lat + "," + lon + "("
                        + encodeURIComponent(structure.name || "") + ")";
            return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/"
                    + lat + "/" + lon;
        }
        return "https://www.openstreetmap.org/search?query=" + encodeURIComponent(fullAddress());
    }

    function call() {
        if (phone.length === 0)
            return;
        if (mobile) {
            Qt.openUrlExternally("tel:" + phone.replace(/[^0-9+]/g, ""));
            logDialog.openFor(practice());  // what came of it, when the user comes back
            return;
        }
        clipboard.text = phone;
        clipboard.selectAll();
        clipboard.copy();
        numberShown = true;
    }

    TextEdit {  // the clipboard's way in from QML
        id: clipboard

        visible: false
    }

    LogCallDialog {
        id: logDialog
    }

    // As the window's bar: white on dark blue, whatever the style.
    header: ToolBar {
        background: Rectangle {
            implicitHeight: 48
            color: Theme.subHeaderBackground
        }

        RowLayout {
            anchors.fill: parent
            spacing: 4

            ToolButton {
                objectName: "backButton"
                text: "\u2190"
                font.pixelSize: 20
                palette.buttonText: Theme.headerText
                Accessible.name: qsTr("Retour à la liste")
                onClicked: sheet.back()
            }
            Label {
                Layout.fillWidth: true
                text: sheet.title
                color: Theme.headerText
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
            spacing: 6

            Label {
                objectName: "kindLabel"
                Layout.fillWidth: true
                text: sheet.structure.emergency ? qsTr("%1 · urgences").arg(sheet.structure.kindLabel || "")
                                                : (sheet.structure.kindLabel || "")
                font.pixelSize: 15
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "addressLabel"
                Layout.fillWidth: true
                text: sheet.fullAddress()
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Adresse : %1").arg(text)
            }
            Label {
                objectName: "phoneLabel"
                Layout.fillWidth: true
                text: sheet.phone.length > 0 ? qsTr("Téléphone : %1").arg(sheet.phone)
                                             : qsTr("Pas de numéro connu")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "distanceLabel"
                Layout.fillWidth: true
                visible: (sheet.structure.distanceText || "").length > 0
                text: qsTr("À %1").arg(sheet.structure.distanceText || "")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "sourceLabel"
                Layout.fillWidth: true
                text: sheet.sourceDate.length > 0
                      ? qsTr("Source : %1, données du %2").arg(sheet.sourceLabel(sheet.source)).arg(sheet.sourceDate)
                      : qsTr("Source : %1").arg(sheet.sourceLabel(sheet.source))
                font.pixelSize: 13
                opacity: 0.75
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Flow {
                Layout.fillWidth: true
                Layout.topMargin: 8
                spacing: 8

                Button {
                    objectName: "callButton"
                    text: qsTr("Appeler")
                    enabled: sheet.phone.length > 0
                    Accessible.name: qsTr("Appeler %1").arg(sheet.title)
                    onClicked: sheet.call()
                }
                Button {
                    objectName: "logCallButton"
                    text: qsTr("Noter un appel")
                    Accessible.name: qsTr("Noter ce qu'a donné un appel à %1").arg(sheet.title)
                    onClicked: logDialog.openFor(sheet.practice())
                }
                Button {
                    objectName: "directionsButton"
                    text: qsTr("Itinéraire")
                    Accessible.name: qsTr("Itinéraire vers %1").arg(sheet.title)
                    onClicked: Qt.openUrlExternally(sheet.directionsUrl())
                }
            }

            Label {
                objectName: "numberShown"
                Layout.fillWidth: true
                visible: sheet.numberShown
                text: qsTr("Composez le %1 (numéro copié). Notez ensuite ce qu'a donné l'appel.")
                        .arg(sheet.phone)
                font.pixelSize: 15
                font.weight: Font.Medium
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Label {
                Layout.topMargin: 12
                text: qsTr("Appels déjà passés ici")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "noCallsLabel"
                visible: JournalController.practiceCalls.count === 0
                text: qsTr("Aucun appel noté pour l'instant.")
                opacity: 0.75
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                objectName: "practiceCalls"
                model: JournalController.practiceCalls

                delegate: Label {
                    required property string atText
                    required property string outcomeLabel
                    required property string reason
                    required property bool refusal

                    Layout.fillWidth: true
                    text: atText + " — " + outcomeLabel + (reason.length > 0 ? " (" + reason + ")" : "")
                    color: refusal ? JournalStyle.refusal : Theme.text
                    wrapMode: Label.Wrap
                    Accessible.role: Accessible.ListItem
                    Accessible.name: text
                }
            }
        }
    }
}
