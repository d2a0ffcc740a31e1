#pragma once

#include "core/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QTextDocument;
class QWidget;

namespace lotsen {

// Shows print previews and prints documents built in models/, through PagedDocumentRenderer.
class DocumentPrinter : public QObject
{
    Q_OBJECT

public:
    // Builds the document, or says why it cannot (a read failed); the user is then shown why.
    using DocumentFactory = std::function<Result<std::unique_ptr<QTextDocument>>()>;

    // True when the computer has a printer; without one Qt would silently print to a PDF file instead.
    static bool hasPrinter();
    // Records the showing or printing in the access log; when it fails, nothing is shown or printed.
    using AccessRecord = std::function<Result<void>()>;

    // Builds the document once and previews it; a document that cannot be built is reported, not previewed.
    static void preview(QWidget* parent, const AccessRecord& record, const DocumentFactory& makeDocument);
    // Returns false when there is no printer (the user is told), the user cancelled, or the printing could not
    // be recorded (the user is told; nothing is printed). Records only once the user has chosen to print.
    static bool print(QWidget* parent, const AccessRecord& record, const DocumentFactory& makeDocument);
    // After a file with personal data was written: keeps it only if its access-log entry was written, otherwise
    // removes it again and tells the user why.
    static bool keepIfRecorded(QWidget* parent, const QString& path, const Result<void>& logged);
};

} // namespace lotsen
