#pragma once
// Long work off the UI thread, its result back on it: what the directory, sync and settings
// controllers share.

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <utility>

namespace parcours::app {

// Runs `work` on `pool`, then `done(result)` on `context`'s thread, always through its event
// loop (never inside the caller, even when the work is already over: QFuture::then may run
// inside it on Qt 6.4), and not at all if `context` is gone by then.
template <class Work, class Done>
void runThenDeliver(QThreadPool& pool, QObject* context, Work work, Done done) {
    pool.start([context, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

}  // namespace parcours::app
