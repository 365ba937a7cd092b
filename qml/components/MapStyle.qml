pragma Singleton
import QtQuick

// The map's colours by structure kind, shared by the markers and the legend. Colours are
// distinct for the common colour-vision deficiencies as far as 8 colours allow; the legend
// and each marker's accessible name say the kind in words too.
QtObject {
    readonly property var kinds: [
        { kind: "msp", label: qsTr("Maison de santé"), color: "#1b7837" },
        { kind: "centre-sante", label: qsTr("Centre de santé"), color: "#2166ac" },
        { kind: "soins-non-programmes", label: qsTr("Soins non programmés"), color: "#d6604d" },
        { kind: "hospital", label: qsTr("Hôpital"), color: "#b2182b" },
        { kind: "clinic", label: qsTr("Clinique"), color: "#762a83" },
        { kind: "practice", label: qsTr("Cabinet"), color: "#e08214" },
        { kind: "pharmacy", label: qsTr("Pharmacie"), color: "#35978f" },
        { kind: "other", label: qsTr("Autre"), color: "#636363" }
    ]
    readonly property color clusterColor: "#1a4a8a"

    function colorFor(kind: string): color {
        for (const k of kinds)
            if (k.kind === kind)
                return k.color;
        return "#636363";
    }
}
