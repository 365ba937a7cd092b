import QtQuick
import QtTest
import Parcours
import ParcoursTest

// Sync between two app data folders: a call logged on this device, exported from the sync
// page (the suggested passphrase replaced by one the person typed), then imported into a
// second journal (another app data folder, SecondJournal / SecondSync from the test setup):
// the same démarches and calls. Then the other way, through the page's import: the file
// inspected, a wrong passphrase refused with a clear error, the right one giving a report.
TestCase {
    id: testCase

    name: "SyncFlow"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: pageComponent

        SyncPage {}
    }

    SignalSpy {
        id: exported

        target: SyncController
        signalName: "exportFinished"
    }
    SignalSpy {
        id: imported

        target: SyncController
        signalName: "importFinished"
    }
    SignalSpy {
        id: secondExported

        target: SecondSync
        signalName: "exportFinished"
    }
    SignalSpy {
        id: secondImported

        target: SecondSync
        signalName: "importFinished"
    }

    function child(parentObject, objectName) {
        const found = findChild(parentObject, objectName);
        verify(found, objectName + " is found");
        return found;
    }

    // The page is one Flickable: scroll until `item` is in view before clicking it.
    function scrollTo(page, item) {
        const flick = child(page, "syncFlick");
        // The layout settles first: the last click may have shown or hidden rows.
        waitForItemPolished(flick.contentItem.children[0]);
        const top = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(top - 8, flick.contentHeight - flick.height));
        waitForRendering(flick);
        return item;
    }

    function callNames(journal) {
        const names = [];
        for (let i = 0; i < journal.calls.count; ++i)
            names.push(journal.calls.get(i, "practiceName") + "/" + journal.calls.get(i, "outcome"));
        return names.sort().join(",");
    }

    function test_1_exportHereImportThere() {
        const callId = JournalController.logCall({ name: "Cabinet de la Synchro", phone: "04 72 00 00 00" },
                                                 "refused-no-new-patients", "complet", "", "");
        verify(callId.length > 0, JournalController.errorText);
        const page = createTemporaryObject(pageComponent, testCase, { width: 360, height: 640 });
        const field = child(page, "exportPassphrase");
        compare(field.text, SyncController.suggestedPassphrase, "a passphrase is suggested");
        field.text = "ma-phrase-a-moi-pour-le-test";
        exported.clear();
        page.exportToFile(SyncController.defaultExportUrl);  // what the save dialog does
        exported.wait(20000);
        compare(exported.signalArguments[0][0], true, SyncController.errorText);
        tryVerify(() => child(page, "exportDone").visible);

        verify(SecondSync.inspect(SyncController.defaultExportUrl), SecondSync.errorText);
        compare(SecondSync.pendingImport.deviceLabel, "Téléphone de test");
        compare(SecondSync.pendingImport.encrypted, true);
        secondImported.clear();
        SecondSync.importPending("ma-phrase-a-moi-pour-le-test");
        secondImported.wait(20000);
        compare(secondImported.signalArguments[0][0], true, SecondSync.errorText);
        verify(SecondSync.lastImport.added >= 2);

        compare(SecondJournal.demarches.count, JournalController.demarches.count);
        compare(callNames(SecondJournal), callNames(JournalController));
        verify(callNames(SecondJournal).indexOf("Cabinet de la Synchro/refused-no-new-patients") >= 0);
    }

    function test_2_importThroughThePage() {
        // The second device logs a call and exports it next to this device's export.
        verify(SecondJournal.logCall({ name: "Centre de l'autre appareil", phone: "" },
                                     "no-answer", "", "", "").length > 0);
        const url = String(SyncController.defaultExportUrl).replace(".parcours", "-second.parcours");
        secondExported.clear();
        SecondSync.exportTo(url, "phrase-du-second-appareil");
        secondExported.wait(20000);
        compare(secondExported.signalArguments[0][0], true, SecondSync.errorText);

        const page = createTemporaryObject(pageComponent, testCase, { width: 360, height: 640 });
        SyncController.openFile(url);  // as when the OS opens a .parcours file
        const pending = child(page, "pendingImport");
        tryVerify(() => pending.visible, 2000, "the file is inspected");
        verify(child(page, "pendingImportHeader").text.indexOf("second.parcours") >= 0);
        const passphrase = child(page, "importPassphrase");
        verify(passphrase.visible, "an encrypted file asks for its passphrase");
        const button = child(page, "importButton");

        passphrase.text = "pas-la-bonne";
        imported.clear();
        mouseClick(scrollTo(page, button));
        imported.wait(20000);
        compare(imported.signalArguments[0][0], false);
        const error = child(page, "syncError");
        verify(error.visible);
        verify(error.text.indexOf("rien n'a changé") >= 0, error.text);
        verify(callNames(JournalController).indexOf("Centre de l'autre appareil") < 0);

        passphrase.text = "phrase-du-second-appareil";
        imported.clear();
        mouseClick(scrollTo(page, button));
        imported.wait(20000);
        compare(imported.signalArguments[0][0], true, SyncController.errorText);
        const report = child(page, "importReport");
        tryVerify(() => report.visible);
        verify(report.text.indexOf("Import terminé") === 0, report.text);
        verify(!pending.visible);
        verify(callNames(JournalController).indexOf("Centre de l'autre appareil/no-answer") >= 0);
    }

    function exportAndWait(sync, spy, url, passphrase) {
        spy.clear();
        sync.exportTo(url, passphrase);
        spy.wait(20000);
        compare(spy.signalArguments[0][0], true, sync.errorText);
    }
    function importAndWait(sync, spy, url, passphrase) {
        verify(sync.inspect(url), sync.errorText);
        spy.clear();
        sync.importPending(passphrase);
        spy.wait(20000);
        compare(spy.signalArguments[0][0], true, sync.errorText);
    }

    // Both devices change the same call before exchanging: the page lists the conflict with
    // both versions, and "Garder cette version" settles it; the other device agrees.
    function test_3_settleAConflictOnThePage() {
        const callId = JournalController.logCall({ name: "Cabinet du conflit", phone: "" },
                                                 "no-answer", "", "", "");
        const here = SyncController.defaultExportUrl;
        const there = String(here).replace(".parcours", "-second.parcours");
        exportAndWait(SyncController, exported, here, "phrase-commune");
        importAndWait(SecondSync, secondImported, here, "phrase-commune");
        verify(JournalController.updateCall(callId, "call-back", "", "rappeler lundi", ""));
        verify(SecondJournal.updateCall(callId, "refused-no-new-patients", "complet", "", ""));
        exportAndWait(SecondSync, secondExported, there, "phrase-commune");
        importAndWait(SyncController, imported, there, "phrase-commune");
        compare(SyncController.lastImport.conflicts, 1);

        const page = createTemporaryObject(pageComponent, testCase, { width: 360, height: 640 });
        const list = child(page, "conflictList");
        tryCompare(list, "count", 1);
        const card = list.itemAt(0);
        compare(card.recordId, callId);
        compare(card.versions.length, 2);
        // Keep the version made here ("rappeler lundi").
        let mine = 0;
        for (const v of card.versions)
            if (v.thisDevice)
                mine = v.number;
        verify(mine > 0);
        mouseClick(scrollTo(page, child(card, "keepVersion" + mine)));
        tryCompare(list, "count", 0);
        compare(SyncController.errorText, "");

        exportAndWait(SyncController, exported, here, "phrase-commune");
        importAndWait(SecondSync, secondImported, here, "phrase-commune");
        compare(SecondSync.conflicts.count, 0);
        let note = "";
        for (let i = 0; i < SecondJournal.calls.count; ++i)
            if (SecondJournal.calls.get(i, "callId") === callId)
                note = SecondJournal.calls.get(i, "note");
        compare(note, "rappeler lundi");
    }
}
