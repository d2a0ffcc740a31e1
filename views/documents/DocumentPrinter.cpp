#include "documents/DocumentPrinter.h"

#include "core/Clock.h"
#include "documents/PagedDocumentRenderer.h"
#include "shell/MessageBox.h"

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

void DocumentPrinter::preview(QWidget* parent, const DocumentFactory& makeDocument)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&makeDocument](QPrinter* target) {
        const std::unique_ptr<QTextDocument> document = makeDocument();
        PagedDocumentRenderer::render(*document, *target, Clock::today());
    });
    dialog.exec();
}

bool DocumentPrinter::print(QWidget* parent, const DocumentFactory& makeDocument)
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
    const std::unique_ptr<QTextDocument> document = makeDocument();
    return PagedDocumentRenderer::render(*document, printer, Clock::today()) > 0;
}

} // namespace lotsen
