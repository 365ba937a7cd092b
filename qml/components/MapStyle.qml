pragma Singleton
import QtQuick
import Parcours

// The map's colours, shared by the markers, the legend and the filter chips: by structure
// kind (with a letter in the dot, so the kind does not rest on colour alone), and by the
// last outcome of a practice already called (a ring around its dot).
// Colours are distinct for the common colour-vision deficiencies as far as 8 colours allow;
// the legend and each marker's accessible name say the kind and the outcome in words too.
QtObject {
    readonly property var kinds: [
        { kind: "msp", glyph: "M", label: qsTr("Maison de santé"), color: "#1b7837" },
        { kind: "centre-sante", glyph: "C", label: qsTr("Centre de santé"), color: "#2166ac" },
        { kind: "cpts", glyph: "T", label: qsTr("CPTS"), color: "#4d9221" },
        { kind: "esp", glyph: "E", label: qsTr("Équipe de soins primaires"), color: "#7fbc41" },
        { kind: "soins-non-programmes", glyph: "S", label: qsTr("Soins non programmés"), color: "#d6604d" },
        { kind: "hospital", glyph: "H", label: qsTr("Hôpital"), color: "#b2182b" },
        { kind: "clinic", glyph: "K", label: qsTr("Clinique"), color: "#762a83" },
        { kind: "practice", glyph: "D", label: qsTr("Cabinet"), color: "#e08214" },
        { kind: "pharmacy", glyph: "+", label: qsTr("Pharmacie"), color: "#35978f" },
        { kind: "laboratory", glyph: "L", label: qsTr("Laboratoire"), color: "#8073ac" },
        { kind: "other", glyph: "·", label: qsTr("Autre"), color: "#636363" }
    ]
    readonly property color clusterColor: "#1a4a8a"

    // A practice already called: the ring says how the last call went. Grouped as a person
    // reads them (refused, accepted, waiting, no answer yet).
    readonly property var outcomes: [
        { group: "refused", label: qsTr("Déjà appelé : refus"), color: "#c51b1b",
          ids: ["refused-no-new-patients", "refused-other", "refused-discrimination"] },
        { group: "accepted", label: qsTr("Déjà appelé : accepté, rendez-vous"), color: "#1a9641",
          ids: ["accepted", "appointment"] },
        { group: "waiting", label: qsTr("Déjà appelé : en attente, à rappeler"), color: "#f1a30b",
          ids: ["waiting-list", "call-back", "referred"] },
        { group: "no-answer", label: qsTr("Déjà appelé : pas de réponse"), color: "#7b7b7b",
          ids: ["no-answer", "voicemail"] }
    ]

    // The user's position and the radius drawn around the centre of the search.
    readonly property color positionColor: "#1565c0"
    readonly property color positionHalo: "#401565c0"
    readonly property color radiusFill: "#141565c0"
    readonly property color radiusBorder: "#801565c0"
    // Panels over the map (legend, card, filter bar).
    readonly property color panelColor: Theme.dark ? "#f0202124" : "#f0ffffff"
    readonly property color panelBorder: Theme.dark ? "#555555" : "#cccccc"
    readonly property color buttonColor: Theme.dark ? "#2b2b2b" : "white"
    readonly property color buttonDownColor: Theme.dark ? "#3a4656" : "#dde6f2"
    readonly property color buttonBorder: "#8a8a8a"
    readonly property color markerBorder: "white"
    readonly property color clusterTextColor: "white"
    readonly property color chipCheckedColor: Theme.dark ? "#27405f" : "#d7e6f7"
    readonly property color chipCheckedBorder: Theme.accent

    function colorFor(kind: string): color {
        for (const k of kinds)
            if (k.kind === kind)
                return k.color;
        return "#636363";
    }

    function glyphFor(kind: string): string {
        for (const k of kinds)
            if (k.kind === kind)
                return k.glyph;
        return "";
    }

    function labelFor(kind: string): string {
        for (const k of kinds)
            if (k.kind === kind)
                return k.label;
        return "";
    }

    // The outcome group of a call's outcome id ({group, label, color}), or null.
    function outcomeStyle(outcome: string): var {
        for (const o of outcomes)
            if (o.ids.indexOf(outcome) >= 0)
                return o;
        return null;
    }
}
