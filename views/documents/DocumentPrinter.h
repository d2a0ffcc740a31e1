#pragma once

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
    using DocumentFactory = std::function<std::unique_ptr<QTextDocument>()>;

    // True when the computer has a printer; without one Qt would silently print to a PDF file instead.
    static bool hasPrinter();
    static void preview(QWidget* parent, const DocumentFactory& makeDocument);
    // Returns false when there is no printer (the user is told) or the user cancelled.
    static bool print(QWidget* parent, const DocumentFactory& makeDocument);
};

} // namespace lotsen
