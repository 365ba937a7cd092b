pragma Singleton
import QtQuick
import Parcours

// The journal's colours (timeline, chart, date picker, messages) in one place, so the dark
// theme to come changes them here. Refusals are red and calls blue everywhere, and every
// coloured mark also says what it is in words (labels, accessible names).
QtObject {
    readonly property color call: Theme.accent
    readonly property color refusal: Theme.danger
    readonly property color error: Theme.danger
    readonly property color axis: Theme.neutral
    readonly property color chartText: Theme.secondaryText
    readonly property color snackbar: "#323232"
    readonly property color snackbarText: "white"
    readonly property color today: Theme.accent
    readonly property color selectedDay: Theme.dark ? "#3b6db3" : "#1a4a8a"
    readonly property color selectedDayText: "white"
    readonly property color closed: Theme.neutral
}
