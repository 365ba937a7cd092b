pragma Singleton
import QtQuick
import Parcours

// The colours of the rights page and its cards, in one place for the coming dark theme.
QtObject {
    readonly property color headerColor: Theme.subHeaderBackground
    readonly property color headerText: "white"
    readonly property color cardColor: Theme.dark ? "#1e2329" : "#f5f7fa"
    readonly property color cardBorder: Theme.dark ? "#444b53" : "#c9d3df"
    readonly property color urgentAccent: Theme.dark ? "#f28b82" : "#b2182b"   // priority ≥ 100: call now
    readonly property color stepAccent: Theme.dark ? "#8ab4f8" : "#2166ac"     // priority ≥ 50: next step
    readonly property color infoAccent: Theme.neutral     // information
    readonly property color uncertainColor: Theme.dark ? "#fdd663" : "#8a4b00" // "à vérifier"
    readonly property color uncertainBackground: Theme.dark ? "#3d3216" : "#fff1d6"
    readonly property color errorColor: Theme.danger
    readonly property color linkColor: Theme.accent
    readonly property color mutedText: Theme.secondaryText

    function accentFor(priority: int): color {
        return priority >= 100 ? urgentAccent : priority >= 50 ? stepAccent : infoAccent;
    }
}
