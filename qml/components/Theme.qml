pragma Singleton
import QtQuick
import Parcours

// The app's own colours, light and dark (UiTheme.dark). Controls take theirs from the
// Material style (Main.qml sets its theme from the same flag); these are for what the style
// does not draw: the header, the map, cards, outcome and status colours. Pairs keep at least
// 4.5:1 contrast for text on their background.
QtObject {
    readonly property bool dark: UiTheme.dark

    readonly property color headerBackground: dark ? "#0f2a4d" : "#1a4a8a"
    readonly property color headerText: "#ffffff"
    // A page's own bar under the window's (the structure sheet, the rights page).
    readonly property color subHeaderBackground: dark ? "#1c3f6b" : "#24558f"
    readonly property color background: dark ? "#121212" : "#ffffff"
    readonly property color surface: dark ? "#1e1e1e" : "#f5f5f5"
    readonly property color text: dark ? "#e8e8e8" : "#1a1a1a"
    readonly property color secondaryText: dark ? "#b0b0b0" : "#555555"
    readonly property color divider: dark ? "#3a3a3a" : "#dddddd"
    readonly property color accent: dark ? "#8ab4f8" : "#1a4a8a"

    // Outcomes and states.
    readonly property color danger: dark ? "#f28b82" : "#b00020"
    readonly property color success: dark ? "#81c995" : "#1b7837"
    readonly property color warning: dark ? "#fdd663" : "#8a5a00"
    readonly property color neutral: dark ? "#9aa0a6" : "#636363"

    // The basemap (MapView's colours).
    readonly property color mapWater: dark ? "#1f3a4d" : "#aad3df"
    readonly property color mapLand: dark ? "#2b2b2b" : "#f2efe9"
    readonly property color mapBorder: dark ? "#6d6478" : "#9e8ea8"
}
