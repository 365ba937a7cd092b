pragma Singleton
import QtQuick

// Colours and sizes of the sync and settings pages (forms, reports, cards), in one place
// so that the coming dark theme changes them here.
QtObject {
    readonly property color errorColor: "#b00020"
    readonly property color successColor: "#1b7837"
    readonly property color mutedColor: "#5f6368"
    readonly property color cardColor: "#f5f7fa"
    readonly property color currentCardColor: "#e8f0fe"
    readonly property color borderColor: "#c7ccd1"
    readonly property int pageMaxWidth: 760
    readonly property int sectionFontSize: 18
}
