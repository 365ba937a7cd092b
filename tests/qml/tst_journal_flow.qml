import QtQuick
import QtTest
import Parcours

// The flow the journal exists for, through the real window: open a structure's sheet from
// the list, log "refused — no new patients" through the dialog, find the call in the journal
// (through the controller) and on the journal page; then delete it and undo.
TestCase {
    id: testCase

    name: "JournalFlow"
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

    function openWindow(w, h) {
        const window = createTemporaryObject(mainComponent, testCase, { width: w, height: h });
        verify(window, "Main.qml is created");
        tryCompare(window, "active", true);
        return window;
    }

    // The journal's calls are a Repeater in a Flickable: scroll until `item` is in view.
    function scrollTo(page, item) {
        const flick = child(page, "journalFlick");
        const top = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(top - 8, flick.contentHeight - flick.height));
        waitForRendering(flick);
    }

    function callRow(page, row) {
        const timeline = child(page, "callTimeline");
        tryVerify(() => timeline.itemAt(row) !== null, 2000, "the call's row is drawn");
        const item = timeline.itemAt(row);
        scrollTo(page, item);
        return item;
    }

    function openFirstSheet(window) {
        const list = child(window.contentItem, "structureList");
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null, 20000, "rows are shown");
        const stack = child(window.contentItem, "directoryStack");
        const name = DirectoryController.structures.get(0, "name");
        mouseClick(list.itemAtIndex(0));
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "sheetPage",
                  3000, "the sheet is pushed");
        tryCompare(stack, "busy", false);
        const sheet = stack.currentItem;
        compare(sheet.title, name);
        return sheet;
    }

    function test_1_logRefusalThroughTheSheet() {
        const window = openWindow(360, 640);
        const sheet = openFirstSheet(window);
        const structureId = DirectoryController.structures.get(0, "id");
        const phone = DirectoryController.structures.get(0, "phone");
        verify(structureId.length > 0);
        compare(child(sheet, "noCallsLabel").visible, true);
        // The source and its date, from the directory's stats.
        verify(DirectoryController.sources.length > 0, "the sample's sources are known");
        verify(sheet.sourceStats !== undefined, "stats for " + sheet.source);
        verify(/^\d{4}-\d{2}-\d{2}$/.test(sheet.sourceDate), sheet.sourceDate);
        verify(child(sheet, "sourceLabel").text.indexOf(sheet.sourceDate) > 0);
        verify(sheet.directionsUrl().indexOf("openstreetmap.org") > 0, sheet.directionsUrl());

        // Call on a desktop: the number is shown (and copied).
        const callButton = child(sheet, "callButton");
        compare(callButton.enabled, phone.length > 0);
        if (phone.length > 0) {
            mouseClick(callButton);
            const shown = child(sheet, "numberShown");
            tryCompare(shown, "visible", true);
            verify(shown.text.indexOf(phone) >= 0, shown.text);
        }

        const before = JournalController.practiceCalls.count;
        mouseClick(child(sheet, "logCallButton"));
        const dialog = child(sheet, "logCallDialog");
        tryCompare(dialog, "opened", true);
        const chip = child(dialog.contentItem, "outcome_refused-no-new-patients");
        mouseClick(chip);
        compare(dialog.outcome, "refused-no-new-patients");
        const reason = child(dialog.contentItem, "reasonField");
        reason.forceActiveFocus();
        keySequence("ctrl+a");
        for (const c of "complet")
            keyClick(c);
        compare(reason.text, "complet");
        mouseClick(child(dialog.footer, "saveButton"));
        tryCompare(dialog, "visible", false);

        // In the journal, through the controller's models.
        compare(JournalController.errorText, "");
        compare(JournalController.practiceCalls.count, before + 1);
        const calls = JournalController.calls;
        const last = calls.count - 1;
        compare(calls.get(last, "practiceId"), structureId);
        compare(calls.get(last, "outcome"), "refused-no-new-patients");
        compare(calls.get(last, "outcomeLabel"), "Refus : ne prend pas de nouveaux patients");
        compare(calls.get(last, "reason"), "complet");
        compare(calls.get(last, "practicePhone"), phone);
        // In the démarche the dialog offered first: the newest open one, else a new
        // "médecin traitant" one.
        const demarche = JournalController.demarches.rowOf(calls.get(last, "demarcheId"));
        compare(JournalController.currentDemarcheId, calls.get(last, "demarcheId"));
        verify(JournalController.demarches.get(demarche, "open"));
        verify(JournalController.demarches.get(demarche, "refusals") >= 1);
        compare(child(sheet, "noCallsLabel").visible, false);
        compare(child(sheet, "practiceCalls").count, before + 1);

        // On the journal page.
        mouseClick(child(window.footer, "journalTab"));
        const journalPage = child(window.contentItem, "journalPage");
        tryCompare(journalPage, "visible", true);
        const timeline = child(journalPage, "callTimeline");
        tryCompare(timeline, "count", calls.count);
        const row = callRow(journalPage, last);
        compare(child(row, "callOutcome").text,
                "Refus : ne prend pas de nouveaux patients — complet");
        verify(row.Accessible.name.indexOf(sheet.title) >= 0);
        compare(child(journalPage, "emptyJournal").visible, false);
        compare(child(journalPage, "callChart").visible, true);

        // Back to the list.
        mouseClick(child(window.footer, "directoryTab"));
        mouseClick(child(sheet, "backButton"));
        const stack = child(window.contentItem, "directoryStack");
        tryCompare(stack, "depth", 1);
    }

    function test_2_deleteAndUndo() {
        const window = openWindow(1280, 800);
        mouseClick(child(window.footer, "journalTab"));
        const journalPage = child(window.contentItem, "journalPage");
        const timeline = child(journalPage, "callTimeline");
        const n = JournalController.calls.count;
        verify(n > 0, "the first test logged a call");
        tryCompare(timeline, "count", n);
        const note = JournalController.calls.get(n - 1, "reason");
        mouseClick(child(callRow(journalPage, n - 1), "deleteCallButton"));
        compare(JournalController.calls.count, n - 1);
        const bar = child(journalPage, "undoBar");
        tryCompare(bar, "visible", true);
        mouseClick(child(bar, "undoButton"));
        compare(JournalController.calls.count, n);
        compare(JournalController.calls.get(n - 1, "reason"), note);
        tryCompare(bar, "visible", false);
    }

    function test_3_editThroughTheDialog() {
        const window = openWindow(360, 640);
        mouseClick(child(window.footer, "journalTab"));
        const journalPage = child(window.contentItem, "journalPage");
        const timeline = child(journalPage, "callTimeline");
        const n = JournalController.calls.count;
        tryCompare(timeline, "count", n);
        mouseClick(child(callRow(journalPage, n - 1), "editCallButton"));
        const dialog = child(journalPage, "logCallDialog");
        tryCompare(dialog, "opened", true);
        compare(child(dialog.contentItem, "reasonField").text, "complet");
        mouseClick(child(dialog.contentItem, "outcome_waiting-list"));
        const followUp = child(dialog.contentItem, "followUpField");
        followUp.text = "pas une date";
        mouseClick(child(dialog.footer, "saveButton"));
        const error = child(dialog.contentItem, "errorLabel");
        tryCompare(error, "visible", true);  // core refuses; the dialog stays open
        compare(dialog.opened, true);
        followUp.text = "2027-01-05";
        mouseClick(child(dialog.footer, "saveButton"));
        tryCompare(dialog, "visible", false);
        compare(JournalController.calls.get(n - 1, "outcome"), "waiting-list");
        compare(JournalController.calls.get(n - 1, "followUp"), "2027-01-05");
    }

    function test_4_typedPractice() {
        const window = openWindow(360, 640);
        mouseClick(child(window.footer, "journalTab"));
        const journalPage = child(window.contentItem, "journalPage");
        const n = JournalController.calls.count;
        mouseClick(child(journalPage, "logTypedCallButton"));
        const dialog = child(journalPage, "logCallDialog");
        tryCompare(dialog, "opened", true);
        const name = child(dialog.contentItem, "practiceNameField");
        compare(name.visible, true);
        mouseClick(child(dialog.contentItem, "outcome_voicemail"));
        mouseClick(child(dialog.footer, "saveButton"));
        tryCompare(child(dialog.contentItem, "errorLabel"), "visible", true);  // who was called?
        name.text = "Dr Durand";
        child(dialog.contentItem, "practicePhoneField").text = "04 78 11 22 33";
        mouseClick(child(dialog.footer, "saveButton"));
        tryCompare(dialog, "visible", false);
        compare(JournalController.calls.count, n + 1);
        compare(JournalController.calls.get(n, "practiceName"), "Dr Durand");
        compare(JournalController.calls.get(n, "practiceId"), "");
        compare(JournalController.calls.get(n, "practicePhone"), "04 78 11 22 33");
        compare(JournalController.calls.get(n, "outcome"), "voicemail");
    }
}
