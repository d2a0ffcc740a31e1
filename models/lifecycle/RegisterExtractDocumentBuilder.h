#pragma once

#include "lifecycle/RegisterExtract.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace lotsen {

// Builds the printable register extract (A4, in the UI language) for the youth who asked for it: a short letter
// saying what it is and what their rights are, then every section of the extract in plain words, with every record
// and every field that holds something (codes as words, people by name), and who has opened their data.
// PagedDocumentRenderer adds the page footers and writes the PDF.
class RegisterExtractDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExtractDocumentBuilder)

public:
    struct Input
    {
        RegisterExtract extract;
        QString centreName;
        QImage logo;
    };

    static std::unique_ptr<QTextDocument> build(const Input& input);

    // A section's heading ("Contacts and notes"), and a field's label ("Note"), in the UI language. A key this
    // build does not know is shown as it is, so that nothing is left out of the document.
    static QString sectionTitle(const QString& sectionKey);
    static QString fieldLabel(const QString& sectionKey, const QString& key);
    // A stored value in words: codes as their labels, timestamps without seconds, flags as yes or no.
    static QString valueText(const QString& sectionKey, const QString& key, const QVariant& value);
};

} // namespace lotsen
