#include "documents/DocumentPrinter.h"

#include "core/Clock.h"
#include "documents/PagedDocumentRenderer.h"
#include "shell/MessageBox.h"
#include "shell/ScreenFit.h"

#include <QDir>
#include <QFile>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>

namespace lotsen {

bool DocumentPrinter::hasPrinter()
{
    return !QPrinterInfo::availablePrinterNames().isEmpty();
}

namespace {

// The document, or nullptr after telling the user why it could not be built.
std::unique_ptr<QTextDocument> build(QWidget* parent, const DocumentPrinter::DocumentFactory& makeDocument)
{
    Result<std::unique_ptr<QTextDocument>> document = makeDocument();
    if (!document || !*document) {
        MessageBox::warning(parent, DocumentPrinter::tr("Cannot print"),
                            document ? DocumentPrinter::tr("There is nothing to print.") : document.message());
        return nullptr;
    }
    return std::move(document).value();
}

bool recorded(QWidget* parent, const DocumentPrinter::AccessRecord& record)
{
    if (const Result<void> logged = record(); !logged) {
        MessageBox::warning(parent, DocumentPrinter::tr("Cannot print"),
                            DocumentPrinter::tr("Lotsen shows and prints personal data only when the access log "
                                                "records it, and it cannot do so now.\n\n%1")
                                .arg(logged.message()));
        return false;
    }
    return true;
}

} // namespace

void DocumentPrinter::preview(QWidget* parent, const AccessRecord& record, const DocumentFactory& makeDocument)
{
    const std::unique_ptr<QTextDocument> document = build(parent, makeDocument);
    if (!document || !recorded(parent, record)) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    ScreenFit::resize(&dialog, QSize(900, 1000));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&document](QPrinter* target) { PagedDocumentRenderer::render(*document, *target, Clock::today()); });
    dialog.exec();
}

bool DocumentPrinter::keepIfRecorded(QWidget* parent, const QString& path, const Result<void>& logged)
{
    if (logged) {
        return true;
    }
    QFile::remove(path);
    MessageBox::warning(parent, tr("File removed"),
                        tr("%1 was removed again, because the access log could not record it.\n\n%2")
                            .arg(QDir::toNativeSeparators(path), logged.message()));
    return false;
}

bool DocumentPrinter::print(QWidget* parent, const AccessRecord& record, const DocumentFactory& makeDocument)
{
    if (!hasPrinter()) {
        MessageBox::information(parent, tr("No printer"),
                                tr("No printer is installed on this computer. Use Export PDF and print the file "
                                   "from another computer, or ask for a printer to be installed."));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const std::unique_ptr<QTextDocument> document = build(parent, makeDocument);
    return document && recorded(parent, record)
        && PagedDocumentRenderer::render(*document, printer, Clock::today()) > 0;
}

} // namespace lotsen
