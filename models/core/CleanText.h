#pragma once

#include <QString>

namespace lotsen {

// Text on its way into the database: Unicode NFC, no control characters and no invisible formatting characters
// (zero-width spaces, bidi overrides such as U+202E, a stray BOM), so that what is stored is what the user sees and
// the same name typed, pasted or imported compares equal. Applied by the repositories, whoever wrote the text.
namespace CleanText {

// A name, a town, a phone number: one line, whitespace trimmed and collapsed to single spaces.
QString line(const QString& text);
// A note or a plan text: line breaks and tabs kept (as '\n' and '\t'), every other control character removed.
QString multiline(const QString& text);
// A copy safe to print to a terminal: control and formatting characters shown as \uXXXX, so that an escape
// sequence in a file cannot act on the terminal.
QString forTerminal(const QString& text);

} // namespace CleanText

} // namespace lotsen
