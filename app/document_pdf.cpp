#include "document_pdf.hpp"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include "parcours/common/durable_file.hpp"
#include "path_util.hpp"

namespace parcours::app {

namespace {

constexpr qreal kMarginMillimetres = 20.0;
constexpr int kResolutionDpi = 300;
constexpr qreal kBodyPointSize = 10.5;

}  // namespace

QByteArray renderPdf(const PdfDocument& document) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolutionDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMillimetres, kMarginMillimetres,
                                                   kMarginMillimetres, kMarginMillimetres),
                                         QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Parcours"));
        QTextDocument text;
        text.setMetaInformation(QTextDocument::DocumentTitle, document.title);
        // Laid out on the writer itself, one page the size of its printable area: print()
        // then neither scales nor adds its own 2 cm margins and page numbers on top of the
        // writer's (what it does with a document that has no page size).
        text.documentLayout()->setPaintDevice(&writer);
        text.setDocumentMargin(0);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(kBodyPointSize);
        text.setDefaultFont(font);
        text.setHtml(document.html);
        text.setPageSize(QSizeF(writer.width(), writer.height()));
        text.print(&writer);
    }  // the writer ends the PDF when it is destroyed
    return bytes;
}

QString writePdf(const PdfDocument& document, const QString& file) {
    const QByteArray bytes = renderPdf(document);
    if (!bytes.startsWith("%PDF"))
        return QCoreApplication::translate("parcours::app::Documents", "PDF non produit pour %1")
            .arg(file);
    auto written = writeFileDurably(
        toPath(file), std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!written)
        return QCoreApplication::translate("parcours::app::Documents",
                                           "Impossible d'écrire %1 : %2")
            .arg(file, toQString(written.error().message));
    return {};
}

}  // namespace parcours::app
