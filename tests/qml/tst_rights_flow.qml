import QtQuick
import QtQuick.Window
import QtTest
import Parcours

// The issue's flow: a démarche with four refusals, logged through JournalController → the
// rights page shows the CPTS / CPAM advice cards, the situation toggles re-run the advice,
// the estimate sheet shows core's amounts, and the CPAM dossier built from the page lists
// the four practices (as HTML, then as the PDF written next to the journal).
TestCase {
    id: testCase

    name: "RightsFlow"
    when: windowShown

    readonly property var practices: ["Cabinet Rivière", "Docteur Martin", "Cabinet des Pentes",
                                      "Docteur Lefèvre"]

    // A window of phone size, as the app shows the page.
    Component {
        id: windowComponent

        Window {
            property alias page: rightsPage

            width: 360
            height: 640
            visible: true

            RightsPage {
                id: rightsPage

                anchors.fill: parent
            }
        }
    }

    SignalSpy {
        id: readySpy

        signalName: "documentReady"
    }

    SignalSpy {
        id: mapSpy

        signalName: "showOnMap"
    }

    function child(parentObject, objectName) {
        const found = findChild(parentObject, objectName);
        verify(found, objectName + " is found");
        return found;
    }

    function cardWithAction(page, kind, value) {
        const cards = child(page, "adviceCards");
        for (let i = 0; i < cards.count; ++i) {
            const card = cards.itemAt(i);
            for (const action of card.actions)
                if (action.kind === kind && (action.value === value || action.kinds.indexOf(value) >= 0))
                    return card;
        }
        return null;
    }

    function logFourRefusals() {
        for (let i = 0; i < practices.length; ++i) {
            const id = JournalController.logCall({ name: practices[i], phone: "04 78 00 00 0" + i },
                                                 "refused-no-new-patients", "Patientèle complète",
                                                 "", "");
            verify(id.length > 0, JournalController.errorText);
        }
    }

    function test_fourRefusalsToTheCpamDossier() {
        tryVerify(() => DirectoryController.ready, 20000, "the sample directory is ready");
        logFourRefusals();
        const window = createTemporaryObject(windowComponent, testCase);
        verify(window);
        tryCompare(window, "visible", true);
        const page = window.page;
        compare(page.objectName, "rightsPage");
        const rights = page.controller;
        tryVerify(() => rights.refusals >= 4, 5000, "the page reads the démarche");

        // The CPTS / MSP / centres de santé card, with why it applies, and the CPAM card.
        tryVerify(() => cardWithAction(page, "show-nearby", "cpts") !== null, 5000,
                  "a card shows the CPTS nearby");
        const nearbyCard = cardWithAction(page, "show-nearby", "cpts");
        // Why: the facts that held (other test files may have logged other calls here).
        verify(nearbyCard.why.length > 0);
        verify(nearbyCard.why.join("\n").indexOf("accepted = false") >= 0, nearbyCard.why.join(" | "));
        verify(nearbyCard.title.length > 0);
        const cpamCard = cardWithAction(page, "document", "cpam");
        verify(cpamCard !== null, "a card builds the CPAM dossier");

        // The cards come in priority order.
        const cards = child(page, "adviceCards");
        for (let i = 1; i < cards.count; ++i)
            verify(cards.itemAt(i - 1).priority >= cards.itemAt(i).priority, "priority order");

        // "Pourquoi" unfolds the facts.
        const whyButton = findChild(nearbyCard, "whyButton");
        verify(whyButton);
        compare(nearbyCard.whyShown, false);
        whyButton.toggle();
        whyButton.toggled();
        compare(nearbyCard.whyShown, true);

        // "Show nearby" asks the window for the map with those kinds.
        mapSpy.target = page;
        mapSpy.clear();
        const nearbyAction = nearbyCard.actions.find(a => a.kind === "show-nearby");
        nearbyCard.actionRequested(nearbyAction);
        compare(mapSpy.count, 1);
        verify(mapSpy.signalArguments[0][0].indexOf("cpts") >= 0);

        // Urgent: a card that calls comes first; on desktop the number is shown.
        const urgent = child(page, "urgentSwitch");
        compare(urgent.visible, false, "the situation is folded at first");
        mouseClick(child(page, "situationButton"));
        tryCompare(urgent, "visible", true);
        mouseClick(urgent);
        compare(rights.urgent, true);
        tryVerify(() => cards.count > 0 && cards.itemAt(0).priority >= 100, 5000, "urgent first");
        const callAction = cards.itemAt(0).actions.find(a => a.kind === "call");
        verify(callAction !== undefined, "the urgent card calls");
        cards.itemAt(0).actionRequested(callAction);
        compare(page.numberShown, callAction.value);
        verify(child(page, "numberShown").text.indexOf(page.formatNumber(callAction.value)) >= 0);
        mouseClick(urgent);
        compare(rights.urgent, false);
        tryVerify(() => cards.count > 0 && cards.itemAt(0).priority < 100, 5000, "urgent gone");

        // The estimate: core's amounts, in euros, with the figures' dates.
        const estimate = rights.estimate("gp-consultation", false, false);
        verify(estimate.ok, estimate.error);
        verify(estimate.reimbursedText.indexOf("€") > 0, estimate.reimbursedText);
        verify(estimate.figures.length > 0);
        verify(/^\d{4}-\d{2}-\d{2}$/.test(estimate.figures[0].validFrom));

        // The dossier lists the four practices…
        let html = rights.documentHtml("cpam");
        for (const name of practices)
            verify(html.indexOf(name) >= 0, name + " in the dossier");
        // …and the page's button writes it as a PDF.
        readySpy.target = rights;
        readySpy.clear();
        const button = child(page, "cpamDossierButton");
        mouseClick(button);
        // Who it is from, optional, asked first.
        const identity = child(page, "identityDialog");
        tryCompare(identity, "opened", true);
        const nameField = child(identity.contentItem, "identityName");
        nameField.text = "Camille Durand";
        mouseClick(child(identity.footer, "identityConfirmButton"));
        compare(rights.identity.fullName, "Camille Durand");
        readySpy.wait(30000);
        const path = readySpy.signalArguments[0][0];
        verify(path.endsWith(".pdf"), path);
        compare(rights.documentPath, path);
        compare(rights.documentError, "");
        verify(rights.documentHtml("cpam").indexOf("Camille Durand") >= 0, "the name given is printed");
        // On desktop, a save dialog offers it under its dated name.
        const dialog = child(page, "saveDialog");
        tryCompare(dialog, "visible", true);
        verify(dialog.selectedFile.toString().indexOf("dossier-cpam-") >= 0,
               dialog.selectedFile.toString());
        dialog.reject();

        // The complaint needs a discriminatory refusal: core's message says so.
        const before = rights.documentPath;
        verify(!rights.buildDocument("ordre"));
        verify(rights.documentError.length > 0);
        compare(rights.documentPath, before);
    }

    function test_estimateSheet() {
        const window = createTemporaryObject(windowComponent, testCase);
        verify(window);
        const page = window.page;
        const sheetComponent = Qt.createComponent("qrc:/qt/qml/Parcours/pages/EstimateSheet.qml");
        compare(sheetComponent.status, Component.Ready, sheetComponent.errorString());
        const sheet = sheetComponent.createObject(testCase, { controller: page.controller,
                                                             width: 360, height: 640 });
        verify(sheet);
        tryVerify(() => sheet.result.ok === true, 5000, "an estimate is shown");
        verify(child(sheet, "reimbursed").text.indexOf("€") > 0);
        verify(child(sheet, "patientShare").text.indexOf("€") > 0);
        const outOfParcours = sheet.result.reimbursed;
        sheet.byOwnMt = true;
        tryVerify(() => sheet.result.inParcours === true, 5000, "with the own MT, in the parcours");
        verify(sheet.result.reimbursed > outOfParcours);
        sheet.destroy();
    }
}
