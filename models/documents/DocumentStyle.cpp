#include "documents/DocumentStyle.h"

#include <QFont>
#include <QFontDatabase>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace lotsen {

QString DocumentStyle::fontFamily()
{
    static const QString family = [] {
        const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return family;
}

std::unique_ptr<QTextDocument> DocumentStyle::newDocument(const QString& title)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base(fontFamily());
    base.setPointSizeF(BodyPt);
    base.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(base);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
}

QTextCharFormat DocumentStyle::text(double pointSize, bool bold, const QColor& colour)
{
    QTextCharFormat format;
    format.setFontFamilies({ fontFamily() });
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // No ligatures: DejaVu's "ff"/"fi" glyphs come out of the PDF as U+FB00/U+FB01, so "Träffa" could not be
    // found by searching an archived document.
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setForeground(colour);
    return format;
}

QTextTableFormat DocumentStyle::table(const QList<QTextLength>& widths, double border)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(widths);
    format.setBorder(border);
    format.setBorderStyle(border > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(ruleColour());
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(4);
    format.setTopMargin(0);
    format.setBottomMargin(10);
    return format;
}

void DocumentStyle::insertHeaderRow(QTextTable* table, const QStringList& headers)
{
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBackground(headerFill());
        cell.setFormat(format);
        cell.firstCursorPosition().insertText(headers.at(column), text(9, true));
    }
}

void DocumentStyle::insertFacts(QTextTable* table, const QStringList& labels, const QStringList& values)
{
    for (int column = 0; column < labels.size(); ++column) {
        table->cellAt(0, column).firstCursorPosition().insertText(labels.at(column), labelText());
        table->cellAt(1, column).firstCursorPosition().insertText(values.at(column), text(BodyPt, true));
    }
}

void DocumentStyle::ruleCell(QTextTable* table, int row, int column, double height)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setTopBorder(0);
    format.setLeftBorder(0);
    format.setRightBorder(0);
    format.setBottomBorder(0.8);
    format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBottomBorderBrush(ruleColour());
    cell.setFormat(format);
    QTextBlockFormat block;
    block.setLineHeight(height, QTextBlockFormat::FixedHeight);
    cell.firstCursorPosition().setBlockFormat(block);
}

void DocumentStyle::insertLetterhead(QTextCursor& cursor, const QString& centreName, const QImage& logo)
{
    QTextTable* header = cursor.insertTable(
        1, 2, table({ QTextLength(QTextLength::FixedLength, 70), QTextLength(QTextLength::VariableLength, 0) }));
    if (!logo.isNull()) {
        const QUrl logoUrl(QStringLiteral("lotsen-print:logo"));
        cursor.document()->addResource(QTextDocument::ImageResource, logoUrl, logo);
        QTextImageFormat image;
        image.setName(logoUrl.toString());
        const double side = 56;
        image.setWidth(logo.width() >= logo.height() ? side : side * logo.width() / logo.height());
        image.setHeight(logo.width() >= logo.height() ? side * logo.height() / logo.width() : side);
        header->cellAt(0, 0).firstCursorPosition().insertImage(image);
    }
    QTextCursor name = header->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    name.setBlockFormat(right);
    name.insertText(centreName, text(14, true));
    cursor.movePosition(QTextCursor::End);
}

void DocumentStyle::insertTitle(QTextCursor& cursor, const QString& title, const QString& subtitle)
{
    QTextBlockFormat format;
    format.setTopMargin(4);
    format.setBottomMargin(2);
    cursor.setBlockFormat(format);
    cursor.insertText(title, text(20, true));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(subtitle, text(13, true));
    cursor.insertBlock(QTextBlockFormat());
}

} // namespace lotsen
