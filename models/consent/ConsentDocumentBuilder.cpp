#include "consent/ConsentDocumentBuilder.h"

#include "consent/ConsentRules.h"
#include "core/Vocabulary.h"
#include "documents/DocumentStyle.h"
#include "youth/PersonalNumber.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace lotsen {

namespace {

// A line to sign or write on by hand.
void signatureLine(QTextTable* table, int row, int column)
{
    DocumentStyle::ruleCell(table, row, column, 30);
}

} // namespace

std::unique_ptr<QTextDocument> ConsentDocumentBuilder::build(const Input& in)
{
    const QString youthName = in.youth.fullName();
    auto document = DocumentStyle::newDocument(tr("Consent – %1").arg(youthName));
    QTextCursor cursor(document.get());
    DocumentStyle::insertLetterhead(cursor, in.centreName, in.logo);

    QTextBlockFormat title;
    title.setTopMargin(4);
    title.setBottomMargin(4);
    cursor.setBlockFormat(title);
    cursor.insertText(tr("Consent"), DocumentStyle::text(20, true));
    cursor.insertBlock(QTextBlockFormat());

    // Who the consent is about.
    {
        QTextTable* facts = cursor.insertTable(2, 2,
                                               DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 60),
                                                                      QTextLength(QTextLength::PercentageLength, 40) },
                                                                    DocumentStyle::BoxBorder));
        DocumentStyle::insertFacts(facts, { tr("Name"), tr("Personal number") },
                                   { youthName, PersonalNumber::fromStored(in.youth.personalNumber).display() });
        cursor.movePosition(QTextCursor::End);
    }

    cursor.insertText(tr("I agree that the meeting place may do what is ticked below. I can withdraw my consent at "
                         "any time, in writing or by telling my mentor; that does not affect my support here."),
                      DocumentStyle::text());
    cursor.insertBlock(QTextBlockFormat());

    // Every scope, with the consents already recorded and valid today ticked and named.
    QList<Consent> valid;
    for (const Consent& consent : in.consents) {
        if (ConsentRules::isValidOn(consent, in.today, in.youth.birthDate)) {
            valid.append(consent);
        }
    }
    const QList<ConsentScope> scopes = Vocabulary::consentScopes();
    QTextTable* table = cursor.insertTable(int(scopes.size()) + 1, 3,
                                           DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 8),
                                                                  QTextLength(QTextLength::PercentageLength, 42),
                                                                  QTextLength(QTextLength::PercentageLength, 50) },
                                                                DocumentStyle::BoxBorder));
    DocumentStyle::insertHeaderRow(table, { tr("Yes"), tr("Consent to"), tr("Whom or what, valid until") });
    for (int i = 0; i < scopes.size(); ++i) {
        const ConsentScope scope = scopes.at(i);
        QStringList details;
        for (const Consent& consent : std::as_const(valid)) {
            if (consent.scope != scope) {
                continue;
            }
            QString what;
            switch (scope) {
            case ConsentScope::Relatives:
                what = consent.networkPersonId == 0 ? tr("all relatives") : consent.networkPersonName;
                break;
            case ConsentScope::Partner:
                what = consent.partnerOrgName;
                break;
            case ConsentScope::Other:
                what = consent.otherText;
                break;
            case ConsentScope::SensitiveNotes:
            case ConsentScope::Photos:
                what = tr("given %1").arg(consent.givenOn.toString(Qt::ISODate));
                break;
            }
            if (consent.validUntil.isValid()) {
                what += u' ' + tr("(until %1)").arg(consent.validUntil.toString(Qt::ISODate));
            }
            details.append(what);
        }
        const int row = i + 1;
        // A ballot box, ticked (U+2612) for a recorded consent, empty (U+2610) to tick by hand.
        table->cellAt(row, 0).firstCursorPosition().insertText(
            details.isEmpty() ? QStringLiteral("\u2610") : QStringLiteral("\u2612"), DocumentStyle::text(12));
        table->cellAt(row, 1).firstCursorPosition().insertText(Vocabulary::label(scope), DocumentStyle::text());
        table->cellAt(row, 2).firstCursorPosition().insertText(details.join(QStringLiteral("; ")),
                                                               DocumentStyle::text());
    }
    cursor.movePosition(QTextCursor::End);

    // Signatures: the youth, and each legal guardian of a youth under 18.
    QStringList signers = { tr("Signature of the young person") };
    const int age = in.youth.ageOn(in.today);
    if (age >= 0 && age < 18) {
        for (const NetworkPerson& guardian : in.guardians) {
            signers.append(tr("Signature of legal guardian (%1)").arg(guardian.name));
        }
        if (in.guardians.isEmpty()) {
            signers.append(tr("Signature of legal guardian"));
        }
    }
    signers.append(tr("Received by (staff)"));
    QTextTableFormat signatureFormat = DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 62),
                                                              QTextLength(QTextLength::PercentageLength, 4),
                                                              QTextLength(QTextLength::PercentageLength, 34) });
    QTextTable* signatures = cursor.insertTable(int(signers.size()) * 2, 3, signatureFormat);
    for (int i = 0; i < signers.size(); ++i) {
        signatureLine(signatures, i * 2, 0);
        signatureLine(signatures, i * 2, 2);
        signatures->cellAt(i * 2 + 1, 0).firstCursorPosition().insertText(signers.at(i), DocumentStyle::labelText());
        signatures->cellAt(i * 2 + 1, 2).firstCursorPosition().insertText(tr("Date"), DocumentStyle::labelText());
    }
    return document;
}

} // namespace lotsen
