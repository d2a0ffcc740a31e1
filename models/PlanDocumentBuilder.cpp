#include "PlanDocumentBuilder.h"

#include "PersonalNumber.h"
#include "Vocabulary.h"

#include <QFontDatabase>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace lotsen {

namespace {

constexpr double kBodyPt = 10.0;
const QColor kRuleColour(0x80, 0x80, 0x80);
const QColor kLabelColour(0x55, 0x55, 0x55);
const QColor kHeaderFill(0xe8, 0xee, 0xf3);
// The boxes' lines. With collapsed borders Qt draws a table's grid only from a border of 1 on (a thinner one
// draws nothing at all); it is 1/96 inch, a hairline on paper.
constexpr double kBoxBorder = 1.0;
constexpr int kBlankLinesPerSection = 3;
constexpr int kBlankStepRows = 5;

QTextCharFormat textFormat(double pointSize = kBodyPt, bool bold = false, const QColor& colour = Qt::black)
{
    QTextCharFormat format;
    format.setFontFamilies({PlanDocumentBuilder::fontFamily()});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // No ligatures: DejaVu's "ff"/"fi" glyphs come out of the PDF as U+FB00/U+FB01, so "Träffa" could not be
    // found by searching an archived plan.
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

// A line to write on by hand: an empty cell with only its bottom border.
void ruleCell(QTextTable* table, int row, int column, double height = 22)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setTopBorder(0);
    format.setLeftBorder(0);
    format.setRightBorder(0);
    format.setBottomBorder(0.8);
    format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBottomBorderBrush(kRuleColour);
    cell.setFormat(format);
    QTextBlockFormat block;
    block.setLineHeight(height, QTextBlockFormat::FixedHeight);
    cell.firstCursorPosition().setBlockFormat(block);
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

QString PlanDocumentBuilder::fontFamily()
{
    static const QString family = [] {
        const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return family;
}

std::unique_ptr<QTextDocument> PlanDocumentBuilder::build(const Input& in)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base(fontFamily());
    base.setPointSizeF(kBodyPt);
    base.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(base);
    const QString youthName = in.youth.fullName();
    document->setMetaInformation(QTextDocument::DocumentTitle, tr("Action plan – %1").arg(youthName));
    const ActionPlan& plan = in.plan;
    const bool blank = in.blankTemplate;

    QTextCursor cursor(document.get());

    // Header: the centre's logo and name.
    {
        QTextTable* header = cursor.insertTable(1, 2, tableFormat({QTextLength(QTextLength::FixedLength, 70),
                                                                   QTextLength(QTextLength::VariableLength, 0)}));
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

    // Title and version.
    {
        QTextBlockFormat title;
        title.setTopMargin(4);
        title.setBottomMargin(2);
        cursor.setBlockFormat(title);
        cursor.insertText(tr("Action plan"), textFormat(20, true));
        cursor.insertBlock(QTextBlockFormat());
        QString line;
        if (blank) {
            line = tr("Date: ____________   Next review: ____________");
        } else {
            line = tr("Version %1 · %2 · Next review: %3")
                       .arg(plan.version)
                       .arg(dateText(plan.planDate), plan.nextReview.isValid() ? dateText(plan.nextReview)
                                                                                : tr("not set"));
        }
        cursor.insertText(line, textFormat(kBodyPt, false, kLabelColour));
        cursor.insertBlock(QTextBlockFormat());
    }

    // The youth and the mentor.
    {
        QTextTable* person = cursor.insertTable(
            2, 4,
            tableFormat({QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 22),
                         QTextLength(QTextLength::PercentageLength, 18), QTextLength(QTextLength::PercentageLength, 30)},
                        kBoxBorder));
        const PersonalNumber number = PersonalNumber::fromStored(in.youth.personalNumber);
        const QStringList labels = {tr("Name"), tr("Personal number"), tr("Date of birth"), tr("Mentor")};
        const QStringList values = {youthName, number.display(), dateText(in.youth.birthDate), in.mentorName};
        for (int column = 0; column < 4; ++column) {
            person->cellAt(0, column).firstCursorPosition().insertText(labels.at(column),
                                                                       textFormat(8, false, kLabelColour));
            person->cellAt(1, column).firstCursorPosition().insertText(values.at(column), textFormat(kBodyPt, true));
        }
        cursor.movePosition(QTextCursor::End);
    }

    // The sections: each one box, so that a heading never ends a page without its text.
    for (PlanSection section : Vocabulary::planSections()) {
        const QString content = blank ? QString() : plan.section(section).trimmed();
        QTextTable* box =
            cursor.insertTable(1, 1, tableFormat({QTextLength(QTextLength::PercentageLength, 100)}, kBoxBorder));
        QTextCursor cell = box->cellAt(0, 0).firstCursorPosition();
        cell.insertText(Vocabulary::heading(section), textFormat(11, true));
        if (content.isEmpty()) {
            // Lines to fill in by hand at the meeting.
            cell.insertBlock();
            QTextTable* lines =
                cell.insertTable(kBlankLinesPerSection, 1, tableFormat({QTextLength(QTextLength::PercentageLength, 100)}));
            for (int row = 0; row < kBlankLinesPerSection; ++row) {
                ruleCell(lines, row, 0);
            }
        } else {
            cell.insertBlock();
            insertLines(cell, content, textFormat());
        }
        cursor.movePosition(QTextCursor::End);
    }

    // The steps.
    {
        QTextBlockFormat heading;
        heading.setTopMargin(6);
        heading.setBottomMargin(4);
        cursor.setBlockFormat(heading);
        cursor.insertText(tr("Steps"), textFormat(12, true));
        cursor.insertBlock(QTextBlockFormat());
        const QList<PlanStep> steps = blank ? QList<PlanStep>() : plan.steps;
        const int rows = 1 + (steps.isEmpty() ? kBlankStepRows : static_cast<int>(steps.size()));
        QTextTableFormat format = tableFormat(
            {QTextLength(QTextLength::PercentageLength, 38), QTextLength(QTextLength::PercentageLength, 22),
             QTextLength(QTextLength::PercentageLength, 13), QTextLength(QTextLength::PercentageLength, 13),
             QTextLength(QTextLength::PercentageLength, 14)},
            kBoxBorder);
        format.setHeaderRowCount(1); // repeated at the top of every page the table runs onto
        QTextTable* table = cursor.insertTable(rows, 5, format);
        const QStringList headers = {tr("What"), tr("Who"), tr("From"), tr("To"), tr("Status")};
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(kHeaderFill);
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(headers.at(column), textFormat(9, true));
        }
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
            insertLines(what, step.description, textFormat(9));
            if (!step.outcome.trimmed().isEmpty()) {
                what.insertBlock();
                insertLines(what, tr("Outcome: %1").arg(step.outcome.trimmed()), textFormat(8, false, kLabelColour));
            }
            table->cellAt(i + 1, 1).firstCursorPosition().insertText(who, textFormat(9));
            table->cellAt(i + 1, 2).firstCursorPosition().insertText(dateText(step.startDate), textFormat(9));
            table->cellAt(i + 1, 3).firstCursorPosition().insertText(dateText(step.dueDate), textFormat(9));
            table->cellAt(i + 1, 4).firstCursorPosition().insertText(Vocabulary::label(step.status), textFormat(9));
        }
        cursor.movePosition(QTextCursor::End);
    }

    // Signatures: paper signatures are the practice. One table for the heading, both signatures and the note that
    // it was signed: PagedDocumentRenderer moves a table that fits on a page to the next page as a unit.
    {
        const bool signedOnPaper = !blank && plan.signedOn.isValid();
        QTextTableFormat format =
            tableFormat({QTextLength(QTextLength::PercentageLength, 46), QTextLength(QTextLength::PercentageLength, 8),
                         QTextLength(QTextLength::PercentageLength, 46)});
        format.setTopMargin(8);
        QTextTable* signatures = cursor.insertTable(signedOnPaper ? 3 : 2, 3, format);
        signatures->mergeCells(0, 0, 1, 3);
        {
            QTextTableCell cell = signatures->cellAt(0, 0);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setLeftPadding(0);
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(tr("Signatures"), textFormat(12, true));
        }
        const QStringList who = {tr("The youth"), tr("The mentor")};
        const QStringList names = {youthName, in.mentorName};
        for (int side = 0; side < 2; ++side) {
            QTextCursor cell = signatures->cellAt(1, side * 2).firstCursorPosition();
            cell.insertText(who.at(side), textFormat(9, true));
            cell.insertBlock();
            QTextTable* lines = cell.insertTable(3, 1, tableFormat({QTextLength(QTextLength::PercentageLength, 100)}));
            ruleCell(lines, 0, 0, 34);
            lines->cellAt(1, 0).firstCursorPosition().insertText(tr("Signature"), textFormat(8, false, kLabelColour));
            QTextCursor name = lines->cellAt(2, 0).firstCursorPosition();
            name.insertText(tr("Name: %1").arg(names.at(side)), textFormat(9));
            name.insertBlock();
            name.insertText(tr("Date: ____________________"), textFormat(9));
        }
        if (signedOnPaper) {
            signatures->mergeCells(2, 0, 1, 3);
            signatures->cellAt(2, 0).firstCursorPosition().insertText(
                tr("Signed on paper %1.").arg(dateText(plan.signedOn)), textFormat(8, false, kLabelColour));
        }
        cursor.movePosition(QTextCursor::End);
    }
    return document;
}

} // namespace lotsen
