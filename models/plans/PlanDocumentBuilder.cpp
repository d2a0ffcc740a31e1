#include "plans/PlanDocumentBuilder.h"

#include "core/Vocabulary.h"
#include "documents/DocumentStyle.h"
#include "youth/PersonalNumber.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace lotsen {

namespace {

constexpr int kBlankLinesPerSection = 3;
constexpr int kBlankStepRows = 5;

// A line to write on by hand.
void ruleCell(QTextTable* table, int row, int column, double height = 22)
{
    DocumentStyle::ruleCell(table, row, column, height);
}

void insertLines(QTextCursor& cursor, const QString& text, const QTextCharFormat& format)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock();
        }
        cursor.insertText(lines.at(i), format);
    }
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

std::unique_ptr<QTextDocument> PlanDocumentBuilder::build(const Input& in)
{
    const QString youthName = in.youth.fullName();
    auto document = DocumentStyle::newDocument(tr("Action plan – %1").arg(youthName));
    const ActionPlan& plan = in.plan;
    const bool blank = in.blankTemplate;

    QTextCursor cursor(document.get());

    DocumentStyle::insertLetterhead(cursor, in.centreName, in.logo);

    // Title and version.
    {
        QTextBlockFormat title;
        title.setTopMargin(4);
        title.setBottomMargin(2);
        cursor.setBlockFormat(title);
        cursor.insertText(tr("Action plan"), DocumentStyle::text(20, true));
        cursor.insertBlock(QTextBlockFormat());
        QString line;
        if (blank) {
            line = tr("Date: ____________   Next review: ____________");
        } else {
            line = tr("Version %1 · %2 · Next review: %3")
                       .arg(plan.version)
                       .arg(dateText(plan.planDate),
                            plan.nextReview.isValid() ? dateText(plan.nextReview) : tr("not set"));
        }
        cursor.insertText(line, DocumentStyle::text(DocumentStyle::BodyPt, false, DocumentStyle::labelColour()));
        cursor.insertBlock(QTextBlockFormat());
    }

    // The youth and the mentor.
    {
        QTextTable* person = cursor.insertTable(2, 4,
                                                DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 30),
                                                                       QTextLength(QTextLength::PercentageLength, 22),
                                                                       QTextLength(QTextLength::PercentageLength, 18),
                                                                       QTextLength(QTextLength::PercentageLength, 30) },
                                                                     DocumentStyle::BoxBorder));
        const PersonalNumber number = PersonalNumber::fromStored(in.youth.personalNumber);
        const QStringList labels = { tr("Name"), tr("Personal number"), tr("Date of birth"), tr("Mentor") };
        const QStringList values = { youthName, number.display(), dateText(in.youth.birthDate), in.mentorName };
        DocumentStyle::insertFacts(person, labels, values);
        cursor.movePosition(QTextCursor::End);
    }

    // The sections: each one box, so that a heading never ends a page without its text.
    for (PlanSection section : Vocabulary::planSections()) {
        const QString content = blank ? QString() : plan.section(section).trimmed();
        QTextTable* box = cursor.insertTable(
            1, 1, DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 100) }, DocumentStyle::BoxBorder));
        QTextCursor cell = box->cellAt(0, 0).firstCursorPosition();
        cell.insertText(Vocabulary::heading(section), DocumentStyle::text(11, true));
        if (content.isEmpty()) {
            // Lines to fill in by hand at the meeting.
            cell.insertBlock();
            QTextTable* lines = cell.insertTable(
                kBlankLinesPerSection, 1, DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 100) }));
            for (int row = 0; row < kBlankLinesPerSection; ++row) {
                ruleCell(lines, row, 0);
            }
        } else {
            cell.insertBlock();
            insertLines(cell, content, DocumentStyle::text());
        }
        cursor.movePosition(QTextCursor::End);
    }

    // The steps.
    {
        QTextBlockFormat heading;
        heading.setTopMargin(6);
        heading.setBottomMargin(4);
        cursor.setBlockFormat(heading);
        cursor.insertText(tr("Steps"), DocumentStyle::text(12, true));
        cursor.insertBlock(QTextBlockFormat());
        const QList<PlanStep> steps = blank ? QList<PlanStep>() : plan.steps;
        const int rows = 1 + (steps.isEmpty() ? kBlankStepRows : static_cast<int>(steps.size()));
        QTextTableFormat format = DocumentStyle::table(
            { QTextLength(QTextLength::PercentageLength, 38), QTextLength(QTextLength::PercentageLength, 22),
              QTextLength(QTextLength::PercentageLength, 13), QTextLength(QTextLength::PercentageLength, 13),
              QTextLength(QTextLength::PercentageLength, 14) },
            DocumentStyle::BoxBorder);
        format.setHeaderRowCount(1); // repeated at the top of every page the table runs onto
        QTextTable* table = cursor.insertTable(rows, 5, format);
        DocumentStyle::insertHeaderRow(table, { tr("What"), tr("Who"), tr("From"), tr("To"), tr("Status") });
        if (steps.isEmpty()) {
            for (int row = 1; row < rows; ++row) {
                QTextBlockFormat tall;
                tall.setLineHeight(20, QTextBlockFormat::FixedHeight);
                table->cellAt(row, 0).firstCursorPosition().setBlockFormat(tall);
            }
        }
        for (int i = 0; i < steps.size(); ++i) {
            const PlanStep& step = steps.at(i);
            QString who = Vocabulary::label(step.responsible);
            if (step.responsible == StepResponsible::Other && !step.responsibleName.isEmpty()) {
                who = step.responsibleName;
            }
            QTextCursor what = table->cellAt(i + 1, 0).firstCursorPosition();
            insertLines(what, step.description, DocumentStyle::text(9));
            if (!step.outcome.trimmed().isEmpty()) {
                what.insertBlock();
                insertLines(what, tr("Outcome: %1").arg(step.outcome.trimmed()), DocumentStyle::labelText());
            }
            table->cellAt(i + 1, 1).firstCursorPosition().insertText(who, DocumentStyle::text(9));
            table->cellAt(i + 1, 2).firstCursorPosition().insertText(dateText(step.startDate), DocumentStyle::text(9));
            table->cellAt(i + 1, 3).firstCursorPosition().insertText(dateText(step.dueDate), DocumentStyle::text(9));
            table->cellAt(i + 1, 4).firstCursorPosition().insertText(Vocabulary::label(step.status),
                                                                     DocumentStyle::text(9));
        }
        cursor.movePosition(QTextCursor::End);
    }

    // Signatures: paper signatures are the practice. One table for the heading, both signatures and the note that
    // it was signed: PagedDocumentRenderer moves a table that fits on a page to the next page as a unit.
    {
        const bool signedOnPaper = !blank && plan.signedOn.isValid();
        QTextTableFormat format = DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 46),
                                                         QTextLength(QTextLength::PercentageLength, 8),
                                                         QTextLength(QTextLength::PercentageLength, 46) });
        format.setTopMargin(8);
        QTextTable* signatures = cursor.insertTable(signedOnPaper ? 3 : 2, 3, format);
        signatures->mergeCells(0, 0, 1, 3);
        {
            QTextTableCell cell = signatures->cellAt(0, 0);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setLeftPadding(0);
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(tr("Signatures"), DocumentStyle::text(12, true));
        }
        const QStringList who = { tr("The youth"), tr("The mentor") };
        const QStringList names = { youthName, in.mentorName };
        for (int side = 0; side < 2; ++side) {
            QTextCursor cell = signatures->cellAt(1, side * 2).firstCursorPosition();
            cell.insertText(who.at(side), DocumentStyle::text(9, true));
            cell.insertBlock();
            QTextTable* lines
                = cell.insertTable(3, 1, DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 100) }));
            ruleCell(lines, 0, 0, 34);
            lines->cellAt(1, 0).firstCursorPosition().insertText(tr("Signature"), DocumentStyle::labelText());
            QTextCursor name = lines->cellAt(2, 0).firstCursorPosition();
            name.insertText(tr("Name: %1").arg(names.at(side)), DocumentStyle::text(9));
            name.insertBlock();
            name.insertText(tr("Date: ____________________"), DocumentStyle::text(9));
        }
        if (signedOnPaper) {
            signatures->mergeCells(2, 0, 1, 3);
            signatures->cellAt(2, 0).firstCursorPosition().insertText(
                tr("Signed on paper %1.").arg(dateText(plan.signedOn)), DocumentStyle::labelText());
        }
        cursor.movePosition(QTextCursor::End);
    }
    return document;
}

} // namespace lotsen
