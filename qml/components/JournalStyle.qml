pragma Singleton
import QtQuick

// The journal's colours (timeline, chart, date picker, messages) in one place, so the dark
// theme to come changes them here. Refusals are red and calls blue everywhere, and every
// coloured mark also says what it is in words (labels, accessible names).
QtObject {
    readonly property color call: "#1a4a8a"
    readonly property color refusal: "#b00020"
    readonly property color error: "#b00020"
    readonly property color axis: "#888888"
    readonly property color chartText: "#555555"
    readonly property color snackbar: "#323232"
    readonly property color snackbarText: "white"
    readonly property color today: "#1a4a8a"
    readonly property color selectedDay: "#1a4a8a"
    readonly property color selectedDayText: "white"
    readonly property color closed: "#636363"
}
