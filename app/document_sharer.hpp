#pragma once
// Handing a finished document to the person: on desktop a save dialog (QML's FileDialog
// asks where, then share() copies the file there durably); on Android and iOS the system
// share sheet (share() opens it; no destination). One implementation per platform, chosen
// by CMake as platform/ does: document_sharer_desktop.cpp is the only one so far — the
// Android (Intent.ACTION_SEND through a FileProvider) and iOS (UIActivityViewController)
// ones are platform work still to do, so forPlatform() gives the desktop one everywhere.

#include <QString>
#include <memory>

namespace parcours::app {

class DocumentSharer {
  public:
    virtual ~DocumentSharer() = default;
    // True when the person chooses a destination first (a save dialog); false when the
    // platform's share sheet takes the file as it is.
    [[nodiscard]] virtual bool asksForDestination() const = 0;
    // Gives `file` away: copied to `destination` (a path or a file:// URL) where
    // asksForDestination(), else to the share sheet. "" when done, else a clear message.
    virtual QString share(const QString& file, const QString& title,
                          const QString& destination) = 0;

    static std::unique_ptr<DocumentSharer> forPlatform();
};

}  // namespace parcours::app
