#pragma once
// `parcours-app --self-test`: checks that the real Main.qml starts and shows rows, so a
// script (or ctest) can check the app headless (QT_QPA_PLATFORM=offscreen).

class QQuickWindow;

namespace parcours::app {

struct AppOptions;

// Runs the event loop until the window's structure list (objectName "structureList") has
// rows and its first row is on screen (with --page map: the map's basemap is loaded and a
// marker is on screen), or until the timeout. Saves the window to
// options.screenshot (PNG) when set. Returns the exit status: 0 when rows show, 1 otherwise.
int runSelfTest(QQuickWindow* window, const AppOptions& options);

}  // namespace parcours::app
