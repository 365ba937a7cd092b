import QtQuick
import QtQuick.Window
import QtTest
import Parcours

// The date picker of the call dialog on its own: it opens on the typed date's month, the
// week starts on Monday, the keyboard moves and picks, a click picks, each day has a spoken
// name, and typing still works.
TestCase {
    id: testCase

    name: "JournalDatePicker"
    when: windowShown

    // A window of its own: a TestCase is not visible, nor what it holds. One picker for every
    // test, set back before each.
    Window {
        id: stage

        width: 420
        height: 640
        visible: true

        DatePicker {
            id: thePicker

            width: 400
            label: "Date de relance"
        }
    }

    function makePicker(text) {
        stage.requestActivate();
        tryCompare(stage, "active", true);
        thePicker.expanded = false;
        thePicker.text = text;
        thePicker.cursor = new Date();
        waitForRendering(thePicker);
        return thePicker;
    }

    function child(parentObject, objectName) {
        const found = findChild(parentObject, objectName);
        verify(found, objectName + " is found");
        return found;
    }

    function test_opensOnTheTypedMonthWithMondayFirst() {
        const picker = makePicker("2027-02-10");
        compare(child(picker, "calendar").visible, false);
        mouseClick(child(picker, "calendarButton"));
        compare(picker.expanded, true);
        compare(child(picker, "monthTitle").text, "février 2027");
        // Monday in the first column, Sunday in the last.
        waitForRendering(picker);
        const monday = child(picker, "day_2027-02-01");
        const sunday = child(picker, "day_2027-02-07");
        compare(monday.x, 0);
        verify(sunday.x > monday.x, "Sunday comes after Monday");
        compare(sunday.y, monday.y);
        // The chosen day is marked.
        compare(child(picker, "day_2027-02-10").chosen, true);
    }

    function test_theKeyboardMovesAndPicks() {
        const picker = makePicker("2027-02-10");
        mouseClick(child(picker, "calendarButton"));
        const grid = child(picker, "monthGrid");
        tryCompare(grid, "activeFocus", true);
        keyClick(Qt.Key_Right);  // the 11th
        keyClick(Qt.Key_Down);   // the 18th
        keyClick(Qt.Key_Return);
        compare(picker.text, "2027-02-18");
        compare(picker.expanded, false);

        mouseClick(child(picker, "calendarButton"));
        tryCompare(grid, "activeFocus", true);
        keyClick(Qt.Key_PageDown);  // a month later, same day
        compare(child(picker, "monthTitle").text, "mars 2027");
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Space);
        compare(picker.text, "2027-03-17");

        mouseClick(child(picker, "calendarButton"));
        tryCompare(grid, "activeFocus", true);
        keyClick(Qt.Key_Escape);  // folds, changes nothing
        compare(picker.expanded, false);
        compare(picker.text, "2027-03-17");
    }

    function test_aClickPicksAndEveryDayHasASpokenName() {
        const picker = makePicker("");
        picker.cursor = new Date(2026, 11, 1);  // what opening on an empty field would show
        picker.expanded = true;
        waitForRendering(picker);
        const day = child(picker, "day_2026-12-24");
        compare(day.Accessible.name, "jeudi 24 décembre 2026");
        mouseClick(day);
        compare(picker.text, "2026-12-24");
        compare(picker.expanded, false);
        mouseClick(child(picker, "clearDateButton"));
        compare(picker.text, "");
    }

    function test_theMonthButtonsAndTheEndOfAMonth() {
        const picker = makePicker("2027-01-31");
        mouseClick(child(picker, "calendarButton"));
        mouseClick(child(picker, "nextMonthButton"));
        compare(child(picker, "monthTitle").text, "février 2027");  // 31 Jan → 28 Feb
        compare(picker.cursor.getDate(), 28);
        mouseClick(child(picker, "previousMonthButton"));
        mouseClick(child(picker, "previousMonthButton"));
        compare(child(picker, "monthTitle").text, "décembre 2026");
    }

    function test_typingStillWorks() {
        const picker = makePicker("");
        const field = child(picker, "dateField");
        field.forceActiveFocus();
        for (const c of "2026-12-01")
            keyClick(c);
        compare(picker.text, "2026-12-01");
        verify(field.Accessible.name.indexOf("Date de relance") === 0, field.Accessible.name);
    }
}
