#include "self_test.hpp"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

#include "app_options.hpp"

namespace parcours::app {

namespace {

QQuickItem* findItem(QQuickItem* item, const QString& objectName) {
    if (!item) return nullptr;
    if (item->objectName() == objectName) return item;
    const auto children = item->childItems();
    for (QQuickItem* child : children)
        if (QQuickItem* found = findItem(child, objectName)) return found;
    return nullptr;
}

// Runs the event loop for `ms` milliseconds.
void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

int runSelfTest(QQuickWindow* window, const AppOptions& options) {
    if (!window) {
        std::fputs("self-test: FAILED, no window\n", stderr);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    int rows = 0;
    bool shown = false;

    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (options.page == QStringLiteral("map")) {
            // The map page: the basemap loaded and at least one marker on screen.
            QQuickItem* map = findItem(window->contentItem(), QStringLiteral("mapView"));
            int onScreen = 0;
            if (map && map->isVisible() && map->property("basemapLoaded").toBool()) {
                const auto children = map->childItems();
                for (QQuickItem* child : children)
                    if (child->objectName().startsWith(QStringLiteral("mapMarker")) &&
                        child->isVisible())
                        ++onScreen;
            }
            rows = onScreen;
            shown = onScreen > 0 && window->isVisible();
        } else if (options.page != QStringLiteral("list")) {
            // Any other page: its root item (objectName "<page>Page") is shown and laid out.
            QQuickItem* page =
                findItem(window->contentItem(), options.page + QStringLiteral("Page"));
            shown = page && page->isVisible() && page->width() > 0 && window->isVisible();
            rows = shown ? 1 : 0;
        } else if (QQuickItem* list =
                       findItem(window->contentItem(), QStringLiteral("structureList"))) {
            rows = list->property("count").toInt();
            QQuickItem* first = nullptr;
            if (rows > 0)
                QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, first),
                                          Q_ARG(int, 0));
            shown = first && first->isVisible() && first->height() > 0 && window->isVisible();
        }
        if (shown || timer.elapsed() > options.selfTestTimeoutMs) loop.quit();
    });
    poll.start();
    loop.exec();
    poll.stop();
    const qint64 elapsed = timer.elapsed();

    if (!options.screenshot.isEmpty()) {
        spin(300);  // let the delegates and fonts settle before grabbing
        const QImage image = window->grabWindow();
        if (image.isNull() || !image.save(options.screenshot, "PNG")) {
            std::fprintf(stderr, "self-test: could not save the screenshot to %s\n",
                         qPrintable(options.screenshot));
            return 1;
        }
        std::fprintf(stdout, "self-test: window %dx%d saved to %s\n", image.width(), image.height(),
                     qPrintable(options.screenshot));
    }
    if (!shown) {
        std::fprintf(stderr, "self-test: FAILED, %d rows shown after %lld ms\n", rows,
                     static_cast<long long>(elapsed));
        return 1;
    }
    std::fprintf(stdout, "self-test: ok, %d rows (or markers) shown after %lld ms\n", rows,
                 static_cast<long long>(elapsed));
    return 0;
}

}  // namespace parcours::app
