pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// One piece of advice from the rule engine: its title and text, why it applies (the facts
// that held, folded), the law behind it (article, short summary, link) and its actions as
// buttons. The card only asks: the page does what an action means (call, map, document).
Frame {
    id: card

    required property string title
    required property string text
    required property var why        // [string]
    required property int priority
    required property bool uncertain
    required property var legal      // [{title, summary, url, version}]
    required property var actions    // [{kind, label, value, kinds, radiusKm}]
    property bool whyShown: false

    signal actionRequested(var action)

    Accessible.role: Accessible.Grouping
    Accessible.name: title

    background: Rectangle {
        color: RightsStyle.cardColor
        border.color: RightsStyle.cardBorder
        radius: 6

        Rectangle {  // the priority, as a bar on the left
            width: 5
            height: parent.height
            radius: 2
            color: RightsStyle.accentFor(card.priority)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                objectName: "adviceTitle"
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: 16
                font.weight: Font.DemiBold
                wrapMode: Label.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "uncertainBadge"
                visible: card.uncertain
                text: qsTr("à vérifier")
                color: RightsStyle.uncertainColor
                font.pixelSize: 12
                font.weight: Font.DemiBold
                padding: 3
                background: Rectangle {
                    color: RightsStyle.uncertainBackground
                    radius: 3
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Information à vérifier")
            }
        }

        Label {
            objectName: "adviceText"
            Layout.fillWidth: true
            text: card.text
            wrapMode: Label.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        ToolButton {
            objectName: "whyButton"
            visible: card.why.length > 0
            text: (card.whyShown ? "\u25BE " : "\u25B8 ") + qsTr("Pourquoi")
            checkable: true
            checked: card.whyShown
            Accessible.name: card.whyShown ? qsTr("Masquer pourquoi ce conseil s'applique")
                                           : qsTr("Voir pourquoi ce conseil s'applique")
            onToggled: card.whyShown = checked
        }
        Repeater {
            model: card.whyShown ? card.why : []

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                Layout.leftMargin: 12
                text: "• " + modelData
                font.pixelSize: 13
                color: RightsStyle.mutedText
                wrapMode: Label.Wrap
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData
            }
        }

        Repeater {
            objectName: "legalRefs"
            model: card.legal

            delegate: ColumnLayout {
                id: ref

                required property var modelData

                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: "§ " + ref.modelData.title
                          + (ref.modelData.version.length > 0
                             ? " " + qsTr("(version du %1)").arg(ref.modelData.version) : "")
                    font.pixelSize: 13
                    font.weight: Font.Medium
                    wrapMode: Label.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    visible: ref.modelData.summary.length > 0
                    text: ref.modelData.summary
                    font.pixelSize: 13
                    font.italic: true
                    color: RightsStyle.mutedText
                    wrapMode: Label.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    visible: ref.modelData.url.length > 0
                    text: "<a href=\"" + ref.modelData.url + "\">" + qsTr("Lire le texte officiel") + "</a>"
                    textFormat: Text.StyledText
                    linkColor: RightsStyle.linkColor
                    font.pixelSize: 13
                    wrapMode: Label.Wrap
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("Texte officiel de %1").arg(ref.modelData.title)
                    onLinkActivated: link => Qt.openUrlExternally(link)
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 8

            Repeater {
                objectName: "actionButtons"
                // A legal-text action shows the law already listed above: no button.
                model: card.actions.filter(a => a.kind !== "legal-text")

                delegate: Button {
                    required property var modelData

                    objectName: "action-" + modelData.kind + "-" + modelData.value
                    text: modelData.label
                    highlighted: modelData.kind === "call" && card.priority >= 100
                    Accessible.name: modelData.label
                    onClicked: card.actionRequested(modelData)
                }
            }
        }
    }
}
