#pragma once
// The documents of the rights page as PDF: core's HTML (rules::buildDossier) laid out by
// QTextDocument into QPdfWriter — A4, 20 mm margins, the French title as the PDF's title —
// and written durably
// (core's writeFileDurably: a temporary file, fsynced, renamed), so a failed write leaves the
// old file or none, never half a PDF.
//
// Threading: safe on a worker thread (QPainter on a QPdfWriter and QTextDocument do not need
// the GUI thread); RightsController runs it on its own pool.

#include <QByteArray>
#include <QString>

namespace parcours::app {

struct PdfDocument {
    QString html;   // a whole HTML page (core's DossierFormat::Html)
    QString title;  // the PDF's title metadata: "Demande d'aide — médecin traitant"
};

// The PDF bytes ("%PDF-1.4…").
QByteArray renderPdf(const PdfDocument& document);

// Renders and writes `file`. "" when done, else a message naming the file and the cause.
QString writePdf(const PdfDocument& document, const QString& file);

}  // namespace parcours::app
