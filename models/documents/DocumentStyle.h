#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextLength>
#include <QTextTableFormat>

#include <memory>

class QImage;
class QTextCursor;
class QTextDocument;
class QTextTable;

namespace lotsen {

// The look that Lotsen's printed documents share (action plan, attendance list): the shipped font, the text and
// table formats, and the letterhead with the centre's logo and name.
class DocumentStyle
{
public:
    static constexpr double BodyPt = 10.0;
    // The boxes' lines. With collapsed borders Qt draws a table's grid only from a border of 1 on (a thinner one
    // draws nothing at all); it is 1/96 inch, a hairline on paper.
    static constexpr double BoxBorder = 1.0;
    static QColor ruleColour() { return { 0x80, 0x80, 0x80 }; }
    static QColor labelColour() { return { 0x55, 0x55, 0x55 }; }
    static QColor headerFill() { return { 0xe8, 0xee, 0xf3 }; }

    // The documents' font, shipped with Lotsen so that every PC produces the same PDF.
    static QString fontFamily();
    // An empty document in the body font, with its title in the PDF's metadata.
    static std::unique_ptr<QTextDocument> newDocument(const QString& title);
    static QTextCharFormat text(double pointSize = BodyPt, bool bold = false, const QColor& colour = Qt::black);
    // A full-width table; border 0 for layout only, BoxBorder for a visible grid.
    static QTextTableFormat table(const QList<QTextLength>& widths, double border = 0);
    // The small grey text of labels and notes.
    static QTextCharFormat labelText() { return text(8, false, labelColour()); }

    // Table cells the documents share. Row 0 of `table` as a shaded header row, one text a column.
    static void insertHeaderRow(QTextTable* table, const QStringList& headers);
    // Facts in a box: row 0 the labels (small and grey), row 1 the values (bold), one a column.
    static void insertFacts(QTextTable* table, const QStringList& labels, const QStringList& values);
    // A line to sign or write on by hand: an empty cell with only its bottom border, `height` points tall.
    static void ruleCell(QTextTable* table, int row, int column, double height);

    // The centre's logo on the left and its name on the right, at the cursor; leaves the cursor after it.
    static void insertLetterhead(QTextCursor& cursor, const QString& centreName, const QImage& logo);
    // The document's title (20 pt bold) and the line under it (13 pt bold), each in a block of its own; the cursor
    // is left in a new plain block.
    static void insertTitle(QTextCursor& cursor, const QString& title, const QString& subtitle);
};

} // namespace lotsen
