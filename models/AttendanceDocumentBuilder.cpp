#include "AttendanceDocumentBuilder.h"

#include "PlanDocumentBuilder.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace lotsen {

namespace {

constexpr double kBodyPt = 10.0;
const QColor kRuleColour(0x80, 0x80, 0x80);
const QColor kLabelColour(0x55, 0x55, 0x55);
const QColor kHeaderFill(0xe8, 0xee, 0xf3);
// Collapsed borders are drawn only from a width of 1 on (see PlanDocumentBuilder).
constexpr double kBoxBorder = 1.0;
// Tall enough to sign in by hand.
constexpr double kSignatureRowHeight = 26.0;

QTextCharFormat textFormat(double pointSize = kBodyPt, bool bold = false, const QColor& colour = Qt::black)
{
    QTextCharFormat format;
    format.setFontFamilies({ PlanDocumentBuilder::fontFamily() });
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // No ligatures, so that names can be found in the PDF's text (see PlanDocumentBuilder).
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setForeground(colour);
    return format;
}

QTextTableFormat tableFormat(const QList<QTextLength>& widths, double border = 0)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(widths);
    format.setBorder(border);
    format.setBorderStyle(border > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(kRuleColour);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(4);
    format.setTopMargin(0);
    format.setBottomMargin(10);
    return format;
}

} // namespace

std::unique_ptr<QTextDocument> AttendanceDocumentBuilder::build(const Input& in)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base(PlanDocumentBuilder::fontFamily());
    base.setPointSizeF(kBodyPt);
    base.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(base);
    const MeetingPlaceRepository::GroupActivity& activity = in.activity;
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 tr("Attendance list – %1 %2").arg(activity.title,
                                                                   activity.heldOn.toString(Qt::ISODate)));
    QTextCursor cursor(document.get());

    // Header: the centre's logo and name.
    {
        QTextTable* header = cursor.insertTable(1, 2, tableFormat({ QTextLength(QTextLength::FixedLength, 70),
                                                                    QTextLength(QTextLength::VariableLength, 0) }));
        if (!in.logo.isNull()) {
            const QUrl logoUrl(QStringLiteral("lotsen-print:logo"));
            document->addResource(QTextDocument::ImageResource, logoUrl, in.logo);
            QTextImageFormat image;
            image.setName(logoUrl.toString());
            const double side = 56;
            image.setWidth(in.logo.width() >= in.logo.height() ? side : side * in.logo.width() / in.logo.height());
            image.setHeight(in.logo.width() >= in.logo.height() ? side * in.logo.height() / in.logo.width() : side);
            header->cellAt(0, 0).firstCursorPosition().insertImage(image);
        }
        QTextCursor name = header->cellAt(0, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        name.setBlockFormat(right);
        name.insertText(in.centreName, textFormat(14, true));
        cursor.movePosition(QTextCursor::End);
    }

    // Title and the activity.
    {
        QTextBlockFormat title;
        title.setTopMargin(4);
        title.setBottomMargin(2);
        cursor.setBlockFormat(title);
        cursor.insertText(tr("Attendance list"), textFormat(20, true));
        cursor.insertBlock(QTextBlockFormat());
        cursor.insertText(activity.title, textFormat(13, true));
        cursor.insertBlock(QTextBlockFormat());

        QTextTable* facts = cursor.insertTable(
            2, 3,
            tableFormat({ QTextLength(QTextLength::PercentageLength, 25), QTextLength(QTextLength::PercentageLength, 40),
                          QTextLength(QTextLength::PercentageLength, 35) },
                        kBoxBorder));
        const QStringList labels = { tr("Date"), tr("Place"), tr("Leader") };
        const QStringList values = { activity.heldOn.toString(Qt::ISODate), activity.place, activity.leaderName };
        for (int column = 0; column < labels.size(); ++column) {
            facts->cellAt(0, column).firstCursorPosition().insertText(labels.at(column),
                                                                      textFormat(8, false, kLabelColour));
            facts->cellAt(1, column).firstCursorPosition().insertText(values.at(column), textFormat(kBodyPt, true));
        }
        cursor.movePosition(QTextCursor::End);
    }

    // The list: number, name, signature. Empty rows for those who come without being on the list.
    {
        const int named = int(in.names.size());
        const int rows = std::max(named + kExtraRows, in.minimumRows);
        QTextTableFormat format = tableFormat(
            { QTextLength(QTextLength::PercentageLength, 6), QTextLength(QTextLength::PercentageLength, 44),
              QTextLength(QTextLength::PercentageLength, 50) },
            kBoxBorder);
        format.setHeaderRowCount(1); // repeated at the top of every page the list runs onto
        QTextTable* table = cursor.insertTable(rows + 1, 3, format);
        const QStringList headers = { tr("No."), tr("Name"), tr("Signature") };
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(kHeaderFill);
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(headers.at(column), textFormat(9, true));
        }
        for (int row = 1; row <= rows; ++row) {
            QTextBlockFormat tall;
            tall.setLineHeight(kSignatureRowHeight, QTextBlockFormat::MinimumHeight);
            for (int column = 0; column < 3; ++column) {
                table->cellAt(row, column).firstCursorPosition().setBlockFormat(tall);
            }
            table->cellAt(row, 0).firstCursorPosition().insertText(QString::number(row),
                                                                   textFormat(9, false, kLabelColour));
            if (row <= named) {
                table->cellAt(row, 1).firstCursorPosition().insertText(in.names.at(row - 1), textFormat());
            }
        }
        cursor.movePosition(QTextCursor::End);
    }

    {
        QTextBlockFormat note;
        note.setTopMargin(2);
        cursor.setBlockFormat(note);
        cursor.insertText(tr("%n youth(s) ticked in Lotsen.", nullptr, int(in.names.size())),
                          textFormat(8, false, kLabelColour));
    }
    return document;
}

} // namespace lotsen
