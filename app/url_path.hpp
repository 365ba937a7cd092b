#pragma once
// The local file a dialog or the OS gave as a URL.

#include <QString>
#include <QUrl>

namespace parcours::app {

// The path of a file:// URL, or a plain path as a test or the command line may give; ""
// for anything else (content:// on Android is the platform's to resolve).
inline QString localPath(const QUrl& url) {
    if (url.isLocalFile()) return url.toLocalFile();
    if (url.scheme().isEmpty()) return url.path();
    return {};
}

}  // namespace parcours::app
