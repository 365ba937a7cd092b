pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The journal: the démarches with their counts by outcome (each one closable as found or
// abandoned, and reopenable, after a confirmation), a small chart of the calls and refusals
// per week or month (core's buckets), and the calls of the chosen démarche as a timeline,
// each one editable and deletable (with undo, for a few seconds, from a snackbar).
//
// One Flickable with a Repeater rather than a ListView with a header: Qt 6.4 refuses to
// create a ListView header under "pragma ComponentBehavior: Bound" ("Cannot instantiate
// bound component outside its creation context"), and a démarche has tens of calls, not
// thousands.
Page {
    id: page

    objectName: "journalPage"
    title: qsTr("Journal")
    Accessible.name: qsTr("Journal des démarches et des appels")

    LogCallDialog {
        id: editDialog
    }

    // Closing or reopening a démarche: asked first, since it changes where new calls go.
    Dialog {
        id: statusDialog

        property string demarcheId: ""
        property string demarcheLabel: ""
        property bool reopening: false
        property string status: ""

        function ask(id: string, label: string, reopen: bool) {
            demarcheId = id;
            demarcheLabel = label;
            reopening = reopen;
            status = "";
            open();
        }

        objectName: "demarcheStatusDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 24 : 360, 480)
        modal: true
        title: reopening ? qsTr("Rouvrir la démarche ?") : qsTr("Clore la démarche ?")

        onAccepted: {
            if (reopening)
                JournalController.reopenDemarche(demarcheId);
            else
                JournalController.closeDemarche(demarcheId, status);
        }

        ColumnLayout {
            width: parent.width
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: statusDialog.reopening
                      ? qsTr("« %1 » redeviendra une démarche en cours : les nouveaux appels pourront y être notés.")
                            .arg(statusDialog.demarcheLabel)
                      : qsTr("« %1 » ne sera plus proposée pour les nouveaux appels. Ses appels restent dans le journal, et vous pourrez la rouvrir.")
                            .arg(statusDialog.demarcheLabel)
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                model: statusDialog.reopening ? [] : JournalController.closingChoices()

                delegate: RadioButton {
                    required property var modelData

                    objectName: "close_" + modelData.status
                    text: modelData.label
                    checked: statusDialog.status === modelData.status
                    Accessible.name: qsTr("Issue : %1").arg(modelData.label)
                    onClicked: statusDialog.status = modelData.status
                }
            }
        }

        footer: DialogButtonBox {
            Button {
                objectName: "statusCancelButton"
                text: qsTr("Annuler")
                Accessible.name: qsTr("Annuler, ne rien changer")
                onClicked: statusDialog.reject()
            }
            Button {
                objectName: "statusConfirmButton"
                text: statusDialog.reopening ? qsTr("Rouvrir") : qsTr("Clore")
                enabled: statusDialog.reopening || statusDialog.status.length > 0
                highlighted: true
                Accessible.name: statusDialog.reopening ? qsTr("Confirmer : rouvrir la démarche")
                                                        : qsTr("Confirmer : clore la démarche")
                onClicked: statusDialog.accept()
            }
        }
    }

    Flickable {
        id: flick

        objectName: "journalFlick"

        anchors.fill: parent
        contentHeight: column.implicitHeight + 72  // room under the last call for the snackbar
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column

            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(flick.width, 760)
            spacing: 8

            Label {
                objectName: "journalError"
                Layout.fillWidth: true
                Layout.margins: 12
                visible: text.length > 0
                text: JournalController.errorText
                color: JournalStyle.error
                wrapMode: Label.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "emptyJournal"
                Layout.fillWidth: true
                Layout.margins: 16
                visible: JournalController.demarches.count === 0
                text: qsTr("Aucun appel noté. Ouvrez la fiche d'une structure dans l'annuaire et "
                           + "notez ce qu'a donné votre appel : il apparaîtra ici.")
                wrapMode: Label.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Button {
                objectName: "logTypedCallButton"
                Layout.leftMargin: 12
                Layout.topMargin: 4
                text: qsTr("Noter un appel hors annuaire")
                Accessible.name: qsTr("Noter un appel à un cabinet qui n'est pas dans l'annuaire")
                onClicked: editDialog.openFor({})
            }
            Repeater {
                objectName: "demarcheList"
                model: JournalController.demarches

                delegate: ItemDelegate {
                    id: demarcheRow

                    required property string demarcheId
                    required property string seekingLabel
                    required property string specialty
                    required property string statusLabel
                    required property bool open
                    required property int calls
                    required property int refusals
                    required property var outcomeCounts

                    readonly property bool current: JournalController.currentDemarcheId === demarcheId

                    Layout.fillWidth: true
                    highlighted: current
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("Démarche %1, %2, %3 appels dont %4 refus")
                        .arg(seekingLabel).arg(statusLabel).arg(calls).arg(refusals)
                    onClicked: JournalController.selectDemarche(demarcheId)

                    readonly property string title: seekingLabel
                                                    + (specialty.length > 0 ? " · " + specialty : "")

                    contentItem: ColumnLayout {
                        spacing: 4

                        RowLayout {
                            Layout.fillWidth: true

                            Label {
                                Layout.fillWidth: true
                                text: demarcheRow.title + " — " + demarcheRow.statusLabel
                                font.pixelSize: 16
                                font.weight: Font.DemiBold
                                color: demarcheRow.open ? Theme.text : JournalStyle.closed
                                wrapMode: Label.Wrap
                            }
                            Button {
                                objectName: demarcheRow.open ? "closeDemarcheButton" : "reopenDemarcheButton"
                                flat: true
                                text: demarcheRow.open ? qsTr("Clore…") : qsTr("Rouvrir…")
                                Accessible.name: demarcheRow.open
                                                 ? qsTr("Clore la démarche %1").arg(demarcheRow.title)
                                                 : qsTr("Rouvrir la démarche %1").arg(demarcheRow.title)
                                onClicked: statusDialog.ask(demarcheRow.demarcheId, demarcheRow.title,
                                                            !demarcheRow.open)
                            }
                        }
                        Label {
                            objectName: "demarcheCounts"
                            Layout.fillWidth: true
                            text: qsTr("%1 appel(s), dont %2 refus").arg(demarcheRow.calls)
                                    .arg(demarcheRow.refusals)
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 6

                            Repeater {
                                model: demarcheRow.outcomeCounts

                                delegate: Label {
                                    required property var modelData

                                    text: modelData.label + " : " + modelData.count
                                    font.pixelSize: 12
                                    color: modelData.refusal ? JournalStyle.refusal : Theme.text
                                    font.weight: modelData.refusal ? Font.Medium : Font.Normal
                                }
                            }
                        }
                    }
                }
            }

            // Calls and refusals of the chosen démarche per week or month (core's buckets, empty
            // periods included): a blue bar of calls, the refusals in red at its foot.
            Label {
                Layout.leftMargin: 16
                Layout.topMargin: 8
                visible: chart.visible
                text: JournalController.chartPeriod === "month" ? qsTr("Appels par mois")
                                                                : qsTr("Appels par semaine")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Canvas {
                id: chart

                readonly property var bars: JournalController.chartBars
                readonly property int refusals: bars.reduce((n, b) => n + b.refusals, 0)

                objectName: "callChart"
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                Layout.preferredHeight: 140
                visible: bars.length > 0
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Graphique : %1 appels dont %2 refus, sur %3 périodes, de %4 à %5")
                    .arg(JournalController.calls.count).arg(refusals).arg(bars.length)
                    .arg(bars.length > 0 ? bars[0].start : "").arg(bars.length > 0 ? bars[bars.length - 1].start : "")

                onBarsChanged: requestPaint()
                onWidthChanged: requestPaint()
                onVisibleChanged: requestPaint()

                // "23/11" for a week (its Monday), "nov. 26" for a month.
                function barLabel(bar: var): string {
                    const d = new Date(bar.start + "T12:00:00");
                    return JournalController.chartPeriod === "month"
                            ? d.toLocaleDateString(Qt.locale("fr_FR"), "MMM yy")
                            : d.toLocaleDateString(Qt.locale("fr_FR"), "dd/MM");
                }

                onPaint: {
                    const ctx = getContext("2d");
                    ctx.reset();
                    const n = bars.length;
                    if (n === 0)
                        return;
                    const max = Math.max(1, ...bars.map(b => b.calls));
                    const left = 24, right = width - 4, top = 8, bottom = height - 20;
                    const slot = (right - left) / n;
                    const barWidth = Math.max(2, Math.min(28, slot * 0.7));
                    const y = k => bottom - k / max * (bottom - top);
                    ctx.font = "11px sans-serif";
                    ctx.fillStyle = JournalStyle.chartText;
                    ctx.textAlign = "right";
                    ctx.fillText(String(max), left - 4, top + 8);
                    ctx.fillText("0", left - 4, bottom);
                    ctx.strokeStyle = JournalStyle.axis;
                    ctx.lineWidth = 1;
                    ctx.beginPath();
                    ctx.moveTo(left, bottom + 0.5);
                    ctx.lineTo(right, bottom + 0.5);
                    ctx.stroke();
                    // Labels under a bar every few, so they never overlap (about 44 px each).
                    const labelEvery = Math.max(1, Math.ceil(44 / slot));
                    ctx.textAlign = "center";
                    for (let i = 0; i < n; ++i) {
                        const x = left + slot * i + (slot - barWidth) / 2;
                        ctx.fillStyle = JournalStyle.call;
                        ctx.fillRect(x, y(bars[i].calls), barWidth, bottom - y(bars[i].calls));
                        ctx.fillStyle = JournalStyle.refusal;
                        ctx.fillRect(x, y(bars[i].refusals), barWidth, bottom - y(bars[i].refusals));
                        if (i % labelEvery === 0) {
                            ctx.fillStyle = JournalStyle.chartText;
                            ctx.fillText(barLabel(bars[i]), x + barWidth / 2, height - 4);
                        }
                    }
                }
            }
            RowLayout {
                objectName: "chartLegend"
                Layout.leftMargin: 16
                visible: chart.visible
                spacing: 6

                Rectangle {
                    width: 12
                    height: 12
                    color: JournalStyle.call
                }
                Label {
                    text: qsTr("appels")
                    font.pixelSize: 12
                }
                Rectangle {
                    Layout.leftMargin: 8
                    width: 12
                    height: 12
                    color: JournalStyle.refusal
                }
                Label {
                    text: qsTr("dont refus")
                    font.pixelSize: 12
                }
            }

            Label {
                Layout.leftMargin: 16
                Layout.topMargin: 8
                visible: JournalController.calls.count > 0
                text: qsTr("Appels")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                id: timeline

                objectName: "callTimeline"
                model: JournalController.calls

                delegate: ItemDelegate {
                    id: callRow

                    required property int index
                    required property string callId
                    required property string at
                    required property string atText
                    required property string practiceName
                    required property string practicePhone
                    required property string outcome
                    required property string outcomeLabel
                    required property bool refusal
                    required property string reason
                    required property string note
                    required property string followUp

                    Layout.fillWidth: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: atText + ", " + practiceName + ", " + outcomeLabel

                    contentItem: RowLayout {
                        spacing: 8

                        Rectangle {  // the timeline's dot
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 6
                            width: 10
                            height: 10
                            radius: 5
                            color: callRow.refusal ? JournalStyle.refusal : JournalStyle.call
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            Label {
                                Layout.fillWidth: true
                                text: callRow.practiceName
                                font.weight: Font.Medium
                                wrapMode: Label.Wrap
                            }
                            Label {
                                objectName: "callOutcome"
                                Layout.fillWidth: true
                                text: callRow.outcomeLabel + (callRow.reason.length > 0 ? " — " + callRow.reason : "")
                                color: callRow.refusal ? JournalStyle.refusal : Theme.text
                                wrapMode: Label.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: callRow.atText
                                      + (callRow.followUp.length > 0 ? " · " + qsTr("relance le %1").arg(callRow.followUp) : "")
                                font.pixelSize: 13
                                opacity: 0.75
                                wrapMode: Label.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: callRow.note.length > 0
                                text: callRow.note
                                font.pixelSize: 13
                                font.italic: true
                                wrapMode: Label.Wrap
                            }
                        }
                        ToolButton {
                            objectName: "editCallButton"
                            Layout.alignment: Qt.AlignTop
                            text: "\u270E"
                            Accessible.name: qsTr("Modifier l'appel à %1").arg(callRow.practiceName)
                            onClicked: editDialog.openToEdit(callRow.callId, {
                                outcome: callRow.outcome,
                                reason: callRow.reason,
                                note: callRow.note,
                                followUp: callRow.followUp,
                                at: callRow.at
                            })
                        }
                        ToolButton {
                            objectName: "deleteCallButton"
                            Layout.alignment: Qt.AlignTop
                            text: "\u2715"
                            Accessible.name: qsTr("Supprimer l'appel à %1").arg(callRow.practiceName)
                            onClicked: JournalController.deleteCall(callRow.callId)
                        }
                    }
                }
            }
        }
    }

    // The snackbar: offered while the controller keeps the deleted call.
    Pane {
        objectName: "undoBar"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 12
        width: Math.min(parent.width - 24, 480)
        visible: JournalController.undoAvailable
        background: Rectangle {
            radius: 4
            color: JournalStyle.snackbar
        }

        RowLayout {
            anchors.fill: parent

            Label {
                Layout.fillWidth: true
                text: qsTr("Appel supprimé")
                color: JournalStyle.snackbarText
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                objectName: "undoButton"
                text: qsTr("Annuler")
                flat: true
                Accessible.name: qsTr("Annuler la suppression de l'appel")
                onClicked: JournalController.undoDelete()
            }
        }
    }
}
