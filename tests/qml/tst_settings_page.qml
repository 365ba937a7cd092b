import QtQuick
import QtTest
import Parcours

// The settings page at phone size: a profile added through the form, the tile source and
// the language chosen with their buttons (read back from SettingsController), the licences
// shown in the about section, and "delete everything" asked twice.
TestCase {
    id: testCase

    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: pageComponent

        SettingsPage {}
    }

    function child(parentObject, objectName) {
        const found = findChild(parentObject, objectName);
        verify(found, objectName + " is found");
        return found;
    }

    // The page is one Flickable: scroll until `item` is in view before clicking it.
    function scrollTo(page, item) {
        const flick = child(page, "settingsFlick");
        // The layout settles first: the last click may have shown or hidden rows.
        waitForItemPolished(flick.contentItem.children[0]);
        const top = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(top - 8, flick.contentHeight - flick.height));
        waitForRendering(flick);
        return item;
    }

    function makePage() {
        const page = createTemporaryObject(pageComponent, testCase, { width: 360, height: 640 });
        verify(page);
        return page;
    }

    function test_addAProfile() {
        const page = makePage();
        const before = SettingsController.profiles.count;
        const name = child(page, "newProfileName");
        const add = child(page, "addProfileButton");
        verify(!add.enabled, "no name, no profile");
        name.text = "Léa";
        verify(add.enabled);
        mouseClick(scrollTo(page, add));
        compare(SettingsController.profiles.count, before + 1);
        compare(name.text, "");
        const row = SettingsController.profiles.count - 1;
        compare(SettingsController.profiles.get(row, "name"), "Léa");
        compare(SettingsController.profiles.get(row, "birthYear"), 2015);
        const list = child(page, "profileList");
        tryCompare(list, "count", before + 1);
    }

    // The home commune, found by typing part of its name (the sample's communes).
    function test_chooseTheHomeCommune() {
        tryVerify(() => DirectoryController.ready, 20000, "the sample directory is there");
        const page = makePage();
        mouseClick(scrollTo(page, child(page, "chooseCommuneButton")));
        const dialog = child(page, "communeDialog");
        tryCompare(dialog, "opened", true);
        const field = findChild(dialog.contentItem, "communeField");
        verify(field);
        field.forceActiveFocus();
        for (const c of "Nice")
            keyClick(c);
        tryVerify(() => SettingsController.communeResults.length > 0, 5000, "communes are found");
        let choice = null;
        tryVerify(() => (choice = findChild(dialog.contentItem, "communeChoice")) !== null);
        verify(choice.text.toUpperCase().indexOf("NICE") >= 0, choice.text);
        const profileId = page.communeProfileId;
        mouseClick(choice);
        tryCompare(dialog, "visible", false);
        const row = SettingsController.profiles.rowOf(profileId);
        verify(SettingsController.profiles.get(row, "homeCommuneLabel").toUpperCase().indexOf("NICE") >= 0);
    }

    function test_tilesAndLanguage() {
        const page = makePage();
        mouseClick(scrollTo(page, child(page, "tilesOsm")));
        compare(SettingsController.tileSource, "osm");
        compare(SettingsController.tileUrlTemplate, "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        mouseClick(scrollTo(page, child(page, "tilesFile")));
        const template = child(page, "tileTemplate");
        verify(template.visible);
        template.text = "file:///srv/tuiles/{z}/{x}/{y}.png";
        template.editingFinished();
        compare(SettingsController.tileUrlTemplate, "file:///srv/tuiles/{z}/{x}/{y}.png");
        mouseClick(scrollTo(page, child(page, "tilesNone")));
        compare(SettingsController.tileUrlTemplate, "");

        mouseClick(scrollTo(page, child(page, "languageEn")));
        compare(SettingsController.language, "en");
        mouseClick(scrollTo(page, child(page, "languageFr")));
        compare(SettingsController.language, "fr");
    }

    function test_aboutShowsTheLicences() {
        const page = makePage();
        const licences = child(page, "licenceList");
        compare(licences.count, 3);
        const texts = [];
        for (let i = 0; i < licences.count; ++i)
            texts.push(licences.itemAt(i).text);
        const all = texts.join("\n");
        verify(all.indexOf("Licence Ouverte 2.0") >= 0, all);
        verify(all.indexOf("ODbL") >= 0);
        verify(all.indexOf("contributeurs d'OpenStreetMap") >= 0);
        verify(all.indexOf("Natural Earth") >= 0);
        verify(child(page, "appVersion").text.indexOf("version") > 0);
    }

    function test_deleteAllIsAskedTwice() {
        const page = makePage();
        mouseClick(scrollTo(page, child(page, "deleteAllButton")));
        const first = child(page, "confirmDeleteDialog");
        tryCompare(first, "opened", true);
        first.reject();
        tryCompare(first, "visible", false);
        verify(!SettingsController.wipePending, "No: nothing happens");
        // (Yes, then "Tout effacer" in the second dialog, calls deleteAllData(); the
        // C++ test checks what that does: not run here, the other flows use this journal.)
        first.open();
        tryCompare(first, "opened", true);
        const next = findChild(first.contentItem, "deleteContinueButton");
        verify(next);
        mouseClick(next);
        const second = child(page, "confirmDeleteAgainDialog");
        tryCompare(second, "opened", true);
        second.reject();
        tryCompare(second, "visible", false);
        verify(!SettingsController.wipePending);
    }
}
