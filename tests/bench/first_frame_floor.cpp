// The floor bench_app_start compares the app with: a Qt Quick program that loads an empty
// Window from QML and quits on its first frame — what any Qt Quick app pays to start (Qt's
// libraries, the QML engine, a window, the scene graph), with nothing of ours.

#include <QByteArray>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(
        QByteArrayLiteral("import QtQuick\n"
                          "Window { width: 360; height: 640; visible: true\n"
                          "         onFrameSwapped: Qt.quit() }\n"));
    if (engine.rootObjects().isEmpty()) return 1;
    return QGuiApplication::exec();
}
