import QtQuick
import Parcours
import QtQuick.Controls
import QtQuick.Layouts

// One structure in a list: name, kind, city and distance.
ItemDelegate {
    id: row

    required property int index
    required property string name
    required property string kindLabel
    required property string postcode
    required property string city
    required property string distanceText
    required property bool emergency

    readonly property string kindText: emergency ? qsTr("%1 · urgences").arg(kindLabel) : kindLabel

    text: name
    Accessible.role: Accessible.ListItem
    Accessible.name: name + ", " + kindText + (city.length > 0 ? ", " + city : "")
        + (distanceText.length > 0 ? ", " + qsTr("à %1").arg(distanceText) : "")

    Rectangle {  // a hairline between rows
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: row.leftPadding
        anchors.rightMargin: row.rightPadding
        height: 1
        color: Theme.divider
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 2

        Label {
            objectName: "nameLabel"
            Layout.fillWidth: true
            text: row.name
            font.pixelSize: 16
            font.weight: Font.Medium
            wrapMode: Label.Wrap
            maximumLineCount: 2
            elide: Label.ElideRight
        }
        Label {
            objectName: "distanceLabel"
            Layout.alignment: Qt.AlignRight | Qt.AlignTop
            text: row.distanceText
            font.pixelSize: 14
            font.weight: Font.Medium
        }
        Label {
            objectName: "kindLabel"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: row.kindText
            font.pixelSize: 14
            opacity: 0.8
            elide: Label.ElideRight
        }
        Label {
            objectName: "cityLabel"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: row.postcode.length > 0 && row.city.length > 0 ? row.postcode + " " + row.city
                                                                 : row.postcode + row.city
            font.pixelSize: 14
            opacity: 0.8
            elide: Label.ElideRight
        }
    }
}
