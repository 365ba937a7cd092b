import QtQuick
import QtTest
import Parcours

// Démarches through the real window: a call logged into a new specialist démarche chosen in
// the dialog (a specialist search needs its specialty), the newest open démarche offered
// first next time, then closing and reopening it from the journal page, each after a
// confirmation. The journal is shared with the other files: every démarche opened here is
// closed at the end, so the next call anywhere opens its own.
TestCase {
    id: testCase

    name: "JournalDemarches"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function child(parentObject, objectName) {
        const found = findChild(parentObject, objectName);
        verify(found, objectName + " is found");
        return found;
    }

    function openJournal() {
        const window = createTemporaryObject(mainComponent, testCase, { width: 360, height: 640 });
        verify(window, "Main.qml is created");
        tryCompare(window, "active", true);
        mouseClick(child(window.footer, "journalTab"));
        const page = child(window.contentItem, "journalPage");
        tryCompare(page, "visible", true);
        return page;
    }

    function indexOf(list, key, value) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i][key] === value)
                return i;
        }
        return -1;
    }

    function demarcheRow(page, demarcheId) {
        const list = child(page, "demarcheList");
        const row = JournalController.demarches.rowOf(demarcheId);
        verify(row >= 0, "the démarche is listed");
        tryVerify(() => list.itemAt(row) !== null, 2000, "its row is drawn");
        const item = list.itemAt(row);
        const flick = child(page, "journalFlick");
        flick.contentY = Math.max(0, Math.min(item.mapToItem(flick.contentItem, 0, 0).y - 8,
                                              flick.contentHeight - flick.height));
        waitForRendering(flick);
        return item;
    }

    function test_1_aCallInANewSpecialistDemarche() {
        const page = openJournal();
        const before = JournalController.demarches.count;
        mouseClick(child(page, "logTypedCallButton"));
        const dialog = child(page, "logCallDialog");
        tryCompare(dialog, "opened", true);
        const demarcheBox = child(dialog.contentItem, "demarcheBox");
        compare(demarcheBox.visible, true);
        const seekingBox = child(dialog.contentItem, "seekingBox");
        const specialtyBox = child(dialog.contentItem, "specialtyBox");

        demarcheBox.currentIndex = demarcheBox.count - 1;  // "Nouvelle démarche…"
        compare(demarcheBox.currentText, "Nouvelle démarche…");
        compare(seekingBox.visible, true);
        compare(specialtyBox.visible, false);  // médecin traitant first
        seekingBox.currentIndex = indexOf(dialog.seekingChoices, "seeking", "specialist");
        verify(seekingBox.currentIndex > 0);
        compare(specialtyBox.visible, true);

        child(dialog.contentItem, "practiceNameField").text = "Dr Lefèvre, cardiologue";
        mouseClick(child(dialog.contentItem, "outcome_refused-no-new-patients"));
        mouseClick(child(dialog.footer, "saveButton"));
        const error = child(dialog.contentItem, "errorLabel");
        tryCompare(error, "visible", true);  // no specialty chosen: nothing is opened
        compare(error.text, "Choisissez la spécialité recherchée.");
        compare(JournalController.demarches.count, before);

        specialtyBox.currentIndex = indexOf(dialog.specialtyChoices, "label", "Cardiologie");
        compare(specialtyBox.currentText, "Cardiologie");
        mouseClick(child(dialog.footer, "saveButton"));
        tryCompare(dialog, "visible", false);
        compare(JournalController.errorText, "");
        compare(JournalController.demarches.count, before + 1);
        const current = JournalController.currentDemarcheId;
        const row = JournalController.demarches.rowOf(current);
        compare(JournalController.demarches.get(row, "seeking"), "specialist");
        compare(JournalController.demarches.get(row, "specialty"), "Cardiologie");
        compare(JournalController.calls.count, 1);
        compare(JournalController.calls.get(0, "practiceName"), "Dr Lefèvre, cardiologue");
        compare(JournalController.openDemarches[0].demarcheId, current);

        // Next time, the newest open démarche is offered first.
        mouseClick(child(page, "logTypedCallButton"));
        tryCompare(dialog, "opened", true);
        compare(demarcheBox.currentIndex, 0);
        verify(demarcheBox.currentText.indexOf("Cardiologie") > 0, demarcheBox.currentText);
        compare(seekingBox.visible, false);
        mouseClick(child(dialog.footer, "cancelButton"));
        tryCompare(dialog, "visible", false);
    }

    function test_2_closeAndReopenAfterConfirming() {
        const page = openJournal();
        const id = JournalController.currentDemarcheId;
        verify(id.length > 0, "the first test opened a démarche");
        const statusDialog = child(page, "demarcheStatusDialog");
        const confirm = child(statusDialog.footer, "statusConfirmButton");

        // Cancelled: nothing changes.
        mouseClick(child(demarcheRow(page, id), "closeDemarcheButton"));
        tryCompare(statusDialog, "opened", true);
        compare(confirm.enabled, false);  // an ending is chosen first
        mouseClick(child(statusDialog.footer, "statusCancelButton"));
        tryCompare(statusDialog, "visible", false);
        compare(JournalController.demarches.get(JournalController.demarches.rowOf(id), "status"), "open");

        // Closed as abandoned.
        mouseClick(child(demarcheRow(page, id), "closeDemarcheButton"));
        tryCompare(statusDialog, "opened", true);
        mouseClick(child(statusDialog.contentItem, "close_abandoned"));
        compare(confirm.enabled, true);
        mouseClick(confirm);
        tryCompare(statusDialog, "visible", false);
        compare(JournalController.demarches.get(JournalController.demarches.rowOf(id), "status"),
                "abandoned");
        compare(indexOf(JournalController.openDemarches, "demarcheId", id), -1);

        // Reopened.
        mouseClick(child(demarcheRow(page, id), "reopenDemarcheButton"));
        tryCompare(statusDialog, "opened", true);
        compare(statusDialog.reopening, true);
        mouseClick(confirm);
        tryCompare(statusDialog, "visible", false);
        compare(JournalController.demarches.get(JournalController.demarches.rowOf(id), "status"), "open");
        verify(indexOf(JournalController.openDemarches, "demarcheId", id) >= 0);
    }

    function test_3_theChartShowsThePeriods() {
        const page = openJournal();
        const chart = child(page, "callChart");
        tryCompare(chart, "visible", true);
        compare(chart.bars.length, JournalController.chartBars.length);
        verify(chart.Accessible.name.indexOf("1 appels dont 1 refus") > 0, chart.Accessible.name);
        compare(child(page, "chartLegend").visible, true);
    }

    function test_4_aCallMovedToAnotherDayOnTheCalendar() {
        const page = openJournal();
        const timeline = child(page, "callTimeline");
        tryVerify(() => timeline.itemAt(0) !== null, 2000, "the call's row is drawn");
        const at = JournalController.calls.get(0, "at");
        mouseClick(child(timeline.itemAt(0), "editCallButton"));
        const dialog = child(page, "logCallDialog");
        tryCompare(dialog, "opened", true);
        compare(child(dialog.contentItem, "demarcheBox").visible, false);  // a call keeps its démarche
        const day = child(dialog.contentItem, "callDayField");
        compare(day.visible, true);
        compare(day.text, at.substring(0, 10));
        // The first day of the month shown, by the calendar (whatever today is).
        day.setExpanded(true);
        const first = new Date(day.cursor.getFullYear(), day.cursor.getMonth(), 1);
        const iso = day.isoOf(first.getFullYear(), first.getMonth(), 1);
        const cell = child(day, "day_" + iso);
        cell.clicked();
        compare(day.text, iso);
        compare(day.expanded, false);
        mouseClick(child(dialog.footer, "saveButton"));
        tryCompare(dialog, "visible", false);
        compare(JournalController.calls.get(0, "at"), iso + at.substring(10));  // same time
    }

    function cleanupTestCase() {
        // Leave no open démarche behind for the other files.
        for (const d of JournalController.openDemarches)
            verify(JournalController.closeDemarche(d.demarcheId, "abandoned"));
    }
}
