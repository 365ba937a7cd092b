pragma Singleton
import QtQuick
import Parcours

// Colours and sizes of the sync and settings pages (forms, reports, cards), in one place
// so that the coming dark theme changes them here.
QtObject {
    readonly property color errorColor: Theme.danger
    readonly property color successColor: Theme.success
    readonly property color mutedColor: Theme.secondaryText
    readonly property color cardColor: Theme.dark ? "#1e2329" : "#f5f7fa"
    readonly property color currentCardColor: Theme.dark ? "#1f2e45" : "#e8f0fe"
    readonly property color borderColor: Theme.dark ? "#444b53" : "#c7ccd1"
    readonly property int pageMaxWidth: 760
    readonly property int sectionFontSize: 18
}
