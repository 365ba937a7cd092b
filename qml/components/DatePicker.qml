import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Parcours

// A date field: typed as AAAA-MM-JJ, or picked on a month calendar that unfolds under it
// (inline rather than a popup, since it lives inside the call dialog). The week of the
// app's locale: French, Monday first. Keyboard: the arrows move a day or a week, Page up /
// Page down a month, Enter or Space picks, Escape folds the calendar. The text is what is sent to the journal, which
// checks it (a bad date is refused there, with its message).
//
// No "pragma ComponentBehavior: Bound" here: Qt 6.4's MonthGrid sets context properties on
// each day it creates, and under that pragma every day prints "QQmlContext: Cannot set
// property on internal context" (42 a month). So the day delegate reads its roles as
// required properties and reaches the picker by id in the old, unbound way, which qmllint
// can only call unqualified: that warning is off for the delegate alone.
ColumnLayout {
    id: picker

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    // What the field is for ("Date de relance"): the accessible names are built on it.
    property string label: ""
    property bool expanded: false
    // The day the keyboard is on while the calendar is open; the month shown follows it.
    property var cursor: new Date()
    // The app's locale (main() makes French the default): month and day names, and the week's
    // first day, which MonthGrid and DayOfWeekRow take from it too (Monday in French).
    readonly property var dayLocale: Qt.locale()

    // Emitted when a day is picked on the calendar ("2026-12-01").
    signal picked(string date)

    spacing: 4

    function pad(n: int): string {
        return n < 10 ? "0" + n : "" + n;
    }

    function isoOf(year: int, month: int, day: int): string {
        return year + "-" + pad(month + 1) + "-" + pad(day);
    }

    // The typed date when it reads as AAAA-MM-JJ, else today: where the calendar opens.
    function startDay() {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field.text.trim());
        if (m) {
            const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
            if (!isNaN(d.getTime()))
                return d;
        }
        return new Date();
    }

    function setExpanded(open: bool) {
        if (open)
            cursor = startDay();
        expanded = open;
        if (open)
            grid.forceActiveFocus();
    }

    function moveCursor(days: int, months: int) {
        const d = new Date(cursor.getFullYear(), cursor.getMonth() + months, cursor.getDate() + days);
        if (months !== 0 && d.getDate() !== cursor.getDate())  // 31 Jan + 1 month: end of Feb
            d.setDate(0);
        cursor = d;
    }

    function pick(year: int, month: int, day: int) {
        field.text = isoOf(year, month, day);
        expanded = false;
        field.forceActiveFocus();
        picked(field.text);
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        TextField {
            id: field

            objectName: "dateField"
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDate
            Accessible.name: qsTr("%1, année-mois-jour").arg(picker.label)
        }
        ToolButton {
            objectName: "calendarButton"
            text: qsTr("Calendrier")  // words: no emoji font on every system
            checkable: true
            checked: picker.expanded
            Accessible.name: picker.expanded ? qsTr("Fermer le calendrier : %1").arg(picker.label)
                                             : qsTr("Choisir sur un calendrier : %1").arg(picker.label)
            onClicked: picker.setExpanded(!picker.expanded)
        }
        ToolButton {
            objectName: "clearDateButton"
            visible: field.text.length > 0
            text: "\u2715"
            Accessible.name: qsTr("Effacer : %1").arg(picker.label)
            onClicked: field.clear()
        }
    }

    ColumnLayout {
        objectName: "calendar"
        Layout.fillWidth: true
        Layout.maximumWidth: 420
        visible: picker.expanded
        spacing: 2

        RowLayout {
            Layout.fillWidth: true

            ToolButton {
                objectName: "previousMonthButton"
                text: "\u2039"
                font.pixelSize: 20
                Accessible.name: qsTr("Mois précédent")
                onClicked: picker.moveCursor(0, -1)
            }
            Label {
                objectName: "monthTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: picker.dayLocale.standaloneMonthName(picker.cursor.getMonth(), Locale.LongFormat)
                      + " " + picker.cursor.getFullYear()
                font.weight: Font.Medium
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                objectName: "nextMonthButton"
                text: "\u203A"
                font.pixelSize: 20
                Accessible.name: qsTr("Mois suivant")
                onClicked: picker.moveCursor(0, 1)
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            Accessible.ignored: true  // each day says its weekday
        }
        MonthGrid {
            id: grid

            objectName: "monthGrid"
            Layout.fillWidth: true
            month: picker.cursor.getMonth()
            year: picker.cursor.getFullYear()
            focus: true
            activeFocusOnTab: true
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Calendrier, %1").arg(picker.cursor.toLocaleDateString(picker.dayLocale, "dddd d MMMM yyyy"))

            Keys.onPressed: event => {
                switch (event.key) {
                case Qt.Key_Left: picker.moveCursor(-1, 0); break;
                case Qt.Key_Right: picker.moveCursor(1, 0); break;
                case Qt.Key_Up: picker.moveCursor(-7, 0); break;
                case Qt.Key_Down: picker.moveCursor(7, 0); break;
                case Qt.Key_PageUp: picker.moveCursor(0, -1); break;
                case Qt.Key_PageDown: picker.moveCursor(0, 1); break;
                case Qt.Key_Return:
                case Qt.Key_Enter:
                case Qt.Key_Space:
                    picker.pick(picker.cursor.getFullYear(), picker.cursor.getMonth(), picker.cursor.getDate());
                    break;
                case Qt.Key_Escape:
                    picker.expanded = false;
                    break;
                default:
                    return;
                }
                event.accepted = true;
            }

            // qmllint disable unqualified
            delegate: AbstractButton {
                id: dayCell

                required property int day
                required property int month
                required property int year
                required property bool today
                readonly property bool inMonth: month === grid.month
                readonly property string iso: picker.isoOf(year, month, day)
                readonly property bool chosen: iso === picker.text.trim()
                readonly property bool atCursor: year === picker.cursor.getFullYear()
                                                 && month === picker.cursor.getMonth()
                                                 && day === picker.cursor.getDate()

                objectName: "day_" + iso
                implicitWidth: 40
                implicitHeight: 36
                focusPolicy: Qt.NoFocus  // the grid keeps the keyboard
                opacity: inMonth ? 1 : 0.4
                text: String(day)
                Accessible.role: Accessible.Button
                Accessible.name: new Date(year, month, day).toLocaleDateString(picker.dayLocale, "dddd d MMMM yyyy")
                Accessible.selected: chosen
                onClicked: {
                    picker.cursor = new Date(year, month, day);
                    picker.pick(year, month, day);
                }

                background: Rectangle {  // a disc, however wide the column
                    anchors.centerIn: parent
                    width: Math.min(dayCell.width, dayCell.height)
                    height: width
                    radius: width / 2
                    color: dayCell.chosen ? JournalStyle.selectedDay : "transparent"
                    border.width: dayCell.atCursor && grid.activeFocus ? 2
                                  : dayCell.today ? 1 : 0
                    border.color: JournalStyle.today
                }
                contentItem: Label {
                    text: dayCell.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: dayCell.chosen ? JournalStyle.selectedDayText : Theme.text
                    font.weight: dayCell.today ? Font.DemiBold : Font.Normal
                }
            }
            // qmllint enable unqualified
        }
    }
}
