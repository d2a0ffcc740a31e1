#pragma once

#include <QString>

class QLabel;

namespace lotsen {

// Links from the program into the user guide, for empty states and hints: a label's text holds
// <a href="help:page-today">…</a>, and HelpLinks::connect makes clicking it open the guide at that section.
class HelpLinks
{
public:
    // `<a href="help:anchor">text</a>`, with text escaped for rich text.
    static QString linkText(const QString& text, const QString& anchor);
    // An empty state's plain text (line breaks kept) with a last paragraph "How … is done: see the guide" that links
    // to `anchor`; for a label made with connect().
    static QString emptyState(const QString& plainText, const QString& anchor);
    // Plain text for such a label: escaped, line breaks kept.
    static QString richText(const QString& plainText);
    // The section a "help:" link names, or an empty string for any other link.
    static QString anchorOf(const QString& link);
    // The label shows rich text and opens the guide (HelpWindow::showTopic) when one of its help: links is
    // activated, with the keyboard too.
    static void connect(QLabel* label);
};

} // namespace lotsen
