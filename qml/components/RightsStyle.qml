pragma Singleton
import QtQuick

// The colours of the rights page and its cards, in one place for the coming dark theme.
QtObject {
    readonly property color headerColor: "#24558f"
    readonly property color headerText: "white"
    readonly property color cardColor: "#f5f7fa"
    readonly property color cardBorder: "#c9d3df"
    readonly property color urgentAccent: "#b2182b"   // priority ≥ 100: call now
    readonly property color stepAccent: "#2166ac"     // priority ≥ 50: next step
    readonly property color infoAccent: "#636363"     // information
    readonly property color uncertainColor: "#8a4b00" // "à vérifier"
    readonly property color uncertainBackground: "#fff1d6"
    readonly property color errorColor: "#b00020"
    readonly property color linkColor: "#1a4a8a"
    readonly property color mutedText: "#4a4a4a"

    function accentFor(priority: int): color {
        return priority >= 100 ? urgentAccent : priority >= 50 ? stepAccent : infoAccent;
    }
}
