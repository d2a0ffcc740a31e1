#include "meetingplace/AttendanceDocumentBuilder.h"

#include "documents/DocumentStyle.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace lotsen {

namespace {

// Tall enough to sign in by hand.
constexpr double kSignatureRowHeight = 26.0;

} // namespace

std::unique_ptr<QTextDocument> AttendanceDocumentBuilder::build(const Input& in)
{
    const MeetingPlaceRepository::GroupActivity& activity = in.activity;
    auto document = DocumentStyle::newDocument(
        tr("Attendance list – %1 %2").arg(activity.title, activity.heldOn.toString(Qt::ISODate)));
    QTextCursor cursor(document.get());

    DocumentStyle::insertLetterhead(cursor, in.centreName, in.logo);

    // Title and the activity.
    {
        DocumentStyle::insertTitle(cursor, tr("Attendance list"), activity.title);

        QTextTable* facts = cursor.insertTable(2, 3,
                                               DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 25),
                                                                      QTextLength(QTextLength::PercentageLength, 40),
                                                                      QTextLength(QTextLength::PercentageLength, 35) },
                                                                    DocumentStyle::BoxBorder));
        const QStringList labels = { tr("Date"), tr("Place"), tr("Leader") };
        const QStringList values = { activity.heldOn.toString(Qt::ISODate), activity.place, activity.leaderName };
        DocumentStyle::insertFacts(facts, labels, values);
        cursor.movePosition(QTextCursor::End);
    }

    // The list: number, name, signature. Empty rows for those who come without being on the list.
    {
        const int named = int(in.names.size());
        const int rows = std::max(named + kExtraRows, in.minimumRows);
        QTextTableFormat format = DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 6),
                                                         QTextLength(QTextLength::PercentageLength, 44),
                                                         QTextLength(QTextLength::PercentageLength, 50) },
                                                       DocumentStyle::BoxBorder);
        format.setHeaderRowCount(1); // repeated at the top of every page the list runs onto
        QTextTable* table = cursor.insertTable(rows + 1, 3, format);
        DocumentStyle::insertHeaderRow(table, { tr("No."), tr("Name"), tr("Signature") });
        for (int row = 1; row <= rows; ++row) {
            QTextBlockFormat tall;
            tall.setLineHeight(kSignatureRowHeight, QTextBlockFormat::MinimumHeight);
            for (int column = 0; column < 3; ++column) {
                table->cellAt(row, column).firstCursorPosition().setBlockFormat(tall);
            }
            table->cellAt(row, 0).firstCursorPosition().insertText(
                QString::number(row), DocumentStyle::text(9, false, DocumentStyle::labelColour()));
            if (row <= named) {
                table->cellAt(row, 1).firstCursorPosition().insertText(in.names.at(row - 1), DocumentStyle::text());
            }
        }
        cursor.movePosition(QTextCursor::End);
    }

    {
        QTextBlockFormat note;
        note.setTopMargin(2);
        cursor.setBlockFormat(note);
        cursor.insertText(tr("%n youth(s) ticked in Lotsen.", nullptr, int(in.names.size())),
                          DocumentStyle::labelText());
    }
    return document;
}

} // namespace lotsen
