// The desktop DocumentSharer: the person picked a destination in a save dialog; the
// document is copied there durably (a temporary file, fsynced, renamed), so an existing file
// of that name is replaced whole or not at all.
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include "document_sharer.hpp"
#include "parcours/common/durable_file.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("parcours::app::DocumentSharer", text);
}

class DesktopDocumentSharer final : public DocumentSharer {
  public:
    [[nodiscard]] bool asksForDestination() const override { return true; }

    QString share(const QString& file, const QString&, const QString& destination) override {
        const QUrl url(destination);
        const QString target = url.isLocalFile() ? url.toLocalFile() : destination;
        if (target.isEmpty()) return tr("Aucun emplacement choisi pour le document");
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly)) return tr("Document introuvable : %1").arg(file);
        const QByteArray bytes = source.readAll();
        auto written = writeFileDurably(
            toPath(target),
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        if (!written)
            return tr("Impossible d'enregistrer %1 : %2")
                .arg(target, toQString(written.error().message));
        return {};
    }
};

}  // namespace

std::unique_ptr<DocumentSharer> DocumentSharer::forPlatform() {
    return std::make_unique<DesktopDocumentSharer>();
}

}  // namespace parcours::app
