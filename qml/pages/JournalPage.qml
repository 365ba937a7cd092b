pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// The journal: the démarches with their counts by outcome, a small chart of the calls and
// refusals over time, and the calls of the chosen démarche as a timeline, each one editable
// and deletable (with undo, for a few seconds, from a snackbar).
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
                color: "#b00020"
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

                    contentItem: ColumnLayout {
                        spacing: 4

                        Label {
                            Layout.fillWidth: true
                            text: demarcheRow.seekingLabel
                                  + (demarcheRow.specialty.length > 0 ? " · " + demarcheRow.specialty : "")
                                  + " — " + demarcheRow.statusLabel
                            font.pixelSize: 16
                            font.weight: Font.DemiBold
                            wrapMode: Label.Wrap
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
                                    color: modelData.refusal ? "#b00020" : palette.text
                                    font.weight: modelData.refusal ? Font.Medium : Font.Normal
                                }
                            }
                        }
                    }
                }
            }

            // Calls of the chosen démarche over time: the running total of calls (blue) and a
            // red mark on each refusal.
            Canvas {
                id: chart

                objectName: "callChart"
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                Layout.preferredHeight: 120
                visible: JournalController.calls.count > 0
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Graphique : %1 appels au fil du temps, refus en rouge")
                    .arg(JournalController.calls.count)

                Connections {
                    target: JournalController
                    function onJournalChanged() { chart.requestPaint(); }
                }
                onWidthChanged: requestPaint()
                onVisibleChanged: requestPaint()

                onPaint: {
                    const ctx = getContext("2d");
                    ctx.reset();
                    const model = JournalController.calls;
                    const n = model.count;
                    if (n === 0)
                        return;
                    const times = [];
                    for (let i = 0; i < n; ++i)
                        times.push(Date.parse(model.get(i, "at")));
                    const t0 = times[0];
                    const span = Math.max(times[n - 1] - t0, 1);
                    const left = 4, right = width - 4, top = 8, bottom = height - 16;
                    // Calls within a minute of each other (or one call) are spread by rank.
                    const byRank = n === 1 || span < 60000;
                    const x = (t, i) => byRank ? left + (i + 0.5) / n * (right - left)
                                               : left + (t - t0) / span * (right - left);
                    const y = k => bottom - k / n * (bottom - top);
                    ctx.strokeStyle = "#888888";
                    ctx.lineWidth = 1;
                    ctx.beginPath();
                    ctx.moveTo(left, bottom);
                    ctx.lineTo(right, bottom);
                    ctx.stroke();
                    ctx.strokeStyle = "#1a4a8a";
                    ctx.lineWidth = 2;
                    ctx.beginPath();
                    ctx.moveTo(x(times[0], 0), bottom);
                    for (let i = 0; i < n; ++i) {
                        ctx.lineTo(x(times[i], i), y(i));
                        ctx.lineTo(x(times[i], i), y(i + 1));
                    }
                    ctx.stroke();
                    ctx.fillStyle = "#b00020";
                    for (let i = 0; i < n; ++i) {
                        if (model.get(i, "refusal")) {
                            ctx.beginPath();
                            ctx.arc(x(times[i], i), y(i + 1), 4, 0, 2 * Math.PI);
                            ctx.fill();
                        }
                    }
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
                            color: callRow.refusal ? "#b00020" : "#1a4a8a"
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
                                color: callRow.refusal ? "#b00020" : palette.text
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
                                followUp: callRow.followUp
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
            color: "#323232"
        }

        RowLayout {
            anchors.fill: parent

            Label {
                Layout.fillWidth: true
                text: qsTr("Appel supprimé")
                color: "white"
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
