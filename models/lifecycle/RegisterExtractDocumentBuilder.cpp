#include "lifecycle/RegisterExtractDocumentBuilder.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Permissions.h"
#include "core/Vocabulary.h"
#include "documents/DocumentStyle.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "today/AttentionRules.h"
#include "today/SnoozeRepository.h"
#include "youth/PersonalNumber.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace lotsen {

namespace {

using Builder = RegisterExtractDocumentBuilder;

// A code's label when the code is one this build knows (the round trip gives it back); otherwise the code itself,
// so that a value from a newer version is shown rather than mistaken for a default.
template<typename FromCode, typename ToCode, typename Label>
QString word(const QString& stored, FromCode fromCode, ToCode toCode, Label label)
{
    const auto value = fromCode(stored);
    return toCode(value) == stored ? label(value) : stored;
}

template<typename E> QString enrolmentWord(const QString& stored)
{
    return word(
        stored, [](const QString& c) { return EnrolmentVocabulary::fromCode<E>(c); },
        [](E v) { return EnrolmentVocabulary::code(v); }, [](E v) { return EnrolmentVocabulary::label(v); });
}

#define LOTSEN_VOCABULARY_WORD(stored, fromCode)                                                                       \
    word(                                                                                                              \
        stored, [](const QString& c) { return Vocabulary::fromCode(c); }, [](auto v) { return Vocabulary::code(v); },  \
        [](auto v) { return Vocabulary::label(v); })

QString yesNo(const QVariant& value)
{
    return value.toLongLong() != 0 ? RegisterExtractDocumentBuilder::tr("Yes")
                                   : RegisterExtractDocumentBuilder::tr("No");
}

// The event kinds the program writes to youth_event (see TimelineModel's wording of the same).
QString eventKind(const QString& kind)
{
    static const QHash<QString, const char*> kinds {
        { QStringLiteral("created"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Registered") },
        { QStringLiteral("status_changed"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Status changed") },
        { QStringLiteral("mentor_changed"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Mentor changed") },
        { QStringLiteral("snoozed"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Reminder postponed") },
        { QStringLiteral("intervention_started"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Intervention started") },
        { QStringLiteral("intervention_ended"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Intervention ended") },
        { QStringLiteral("consent_given"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Consent recorded") },
        { QStringLiteral("consent_withdrawn"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Consent withdrawn") },
        { QStringLiteral("referral_sent"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Referral") },
        { QStringLiteral("referral_sent_without_consent"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Referral without consent") },
        { QStringLiteral("referral_answered"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Referral answered") },
    };
    const auto found = kinds.constFind(kind);
    return found == kinds.constEnd() ? kind : RegisterExtractDocumentBuilder::tr(found.value());
}

// An event's detail in words where it is codes (a status, a postponed reminder); otherwise as stored, which holds
// names and codes that read well enough ("relatives:Mamma").
QString eventDetail(const QString& kind, const QString& detail)
{
    const auto status = [](const QString& code) {
        return LOTSEN_VOCABULARY_WORD(code, statusFromCode);
    };
    if (kind == u"created") {
        return status(detail);
    }
    if (kind == u"status_changed" && detail.contains(u'>')) {
        return status(detail.section(u'>', 0, 0)) + QStringLiteral(" → ") + status(detail.section(u'>', 1));
    }
    if (kind == u"snoozed") {
        return SnoozeRepository::eventText(detail);
    }
    return detail;
}

// Fields the document leaves out because another field says the same in words: the row's own number (in the
// record's heading), the youth (the extract is about one), and a reference whose name is shown beside it. The JSON
// file keeps them all.
bool shownElsewhere(const RegisterExtract::Record& record, const QString& key)
{
    if (key == u"id" || key == u"youth_id") {
        return true;
    }
    if (record.has(key + QStringLiteral("_name"))) {
        return true; // registered_by → registered_by_name
    }
    if (key.endsWith(u"_id") && record.has(key.chopped(3) + QStringLiteral("_name"))) {
        return true; // staff_id → staff_name
    }
    return (key == u"activity_id" && record.has(u"activity_title"))
        || (key == u"plan_id" && record.has(u"plan_version"))
        || (key == u"intervention_id" && record.has(u"intervention_name"));
}

bool isEmpty(const QVariant& value)
{
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

void insertHeading(QTextCursor& cursor, const QString& text, double pointSize, double topMargin)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    block.setBottomMargin(2);
    cursor.insertBlock(block);
    cursor.insertText(text, DocumentStyle::text(pointSize, true));
}

void insertParagraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& format, double topMargin = 4)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    cursor.insertBlock(block);
    cursor.insertText(text, format);
}

// One record as a box: its number (and whether it was struck out, undone or withdrawn) in a shaded first row, then
// a label and a value a line. The number is inside the box so that a page break never parts it from its record.
void insertRecord(QTextCursor& cursor, const QString& sectionKey, const RegisterExtract::Record& record,
                  bool withHeading)
{
    QList<std::pair<QString, QString>> lines;
    for (const RegisterExtract::Field& field : record.fields) {
        if (shownElsewhere(record, field.key) || isEmpty(field.value)) {
            continue;
        }
        const QString value = sectionKey == u"youth_event" && field.key == u"detail"
            ? eventDetail(record.value(u"kind").toString(), field.value.toString())
            : Builder::valueText(sectionKey, field.key, field.value);
        lines.append({ Builder::fieldLabel(sectionKey, field.key), value });
    }
    QString heading;
    if (withHeading && record.has(u"id")) {
        heading = RegisterExtractDocumentBuilder::tr("No. %1").arg(record.value(u"id").toLongLong());
        if (!isEmpty(record.value(u"struck_at"))) {
            heading += QStringLiteral(" – ") + RegisterExtractDocumentBuilder::tr("struck out");
        } else if (!isEmpty(record.value(u"reopened_at"))) {
            heading += QStringLiteral(" – ") + RegisterExtractDocumentBuilder::tr("undone");
        } else if (!isEmpty(record.value(u"withdrawn_on"))) {
            heading += QStringLiteral(" – ") + RegisterExtractDocumentBuilder::tr("withdrawn");
        }
    }
    if (lines.isEmpty() && heading.isEmpty()) {
        return;
    }
    QTextTableFormat format = DocumentStyle::table(
        { QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 70) },
        DocumentStyle::BoxBorder);
    format.setCellPadding(2);
    format.setTopMargin(6);
    const int first = heading.isEmpty() ? 0 : 1;
    QTextTable* table = cursor.insertTable(int(lines.size()) + first, 2, format);
    if (first == 1) {
        table->mergeCells(0, 0, 1, 2);
        QTextTableCell cell = table->cellAt(0, 0);
        QTextTableCellFormat shaded = cell.format().toTableCellFormat();
        shaded.setBackground(DocumentStyle::headerFill());
        cell.setFormat(shaded);
        cell.firstCursorPosition().insertText(heading, DocumentStyle::text(9, true));
    }
    for (int row = 0; row < lines.size(); ++row) {
        table->cellAt(row + first, 0).firstCursorPosition().insertText(lines.at(row).first, DocumentStyle::labelText());
        table->cellAt(row + first, 1).firstCursorPosition().insertText(lines.at(row).second, DocumentStyle::text(9));
    }
    cursor.movePosition(QTextCursor::End);
}

// The access log as one table: when, who, in which role, what.
void insertAccessLog(QTextCursor& cursor, const RegisterExtract::Section& section)
{
    QTextTableFormat format = DocumentStyle::table(
        { QTextLength(QTextLength::PercentageLength, 20), QTextLength(QTextLength::PercentageLength, 27),
          QTextLength(QTextLength::PercentageLength, 15), QTextLength(QTextLength::PercentageLength, 38) },
        DocumentStyle::BoxBorder);
    format.setHeaderRowCount(1);
    format.setCellPadding(2);
    QTextTable* table = cursor.insertTable(int(section.records.size()) + 1, 4, format);
    DocumentStyle::insertHeaderRow(
        table,
        { RegisterExtractDocumentBuilder::tr("When"), RegisterExtractDocumentBuilder::tr("Staff member"),
          RegisterExtractDocumentBuilder::tr("Role"), RegisterExtractDocumentBuilder::tr("What") });
    for (int row = 0; row < section.records.size(); ++row) {
        const RegisterExtract::Record& record = section.records.at(row);
        const QString name = record.value(u"account_name").toString();
        const QString username = record.value(u"username").toString();
        QString what = Builder::valueText(section.key, QStringLiteral("action"), record.value(u"action"));
        const QString detail = Builder::valueText(section.key, QStringLiteral("detail"), record.value(u"detail"));
        if (!detail.isEmpty()) {
            what += QStringLiteral(" (") + detail + u')';
        }
        const QStringList cells {
            Builder::valueText(section.key, QStringLiteral("at"), record.value(u"at")),
            name.isEmpty() ? username : name,
            Builder::valueText(section.key, QStringLiteral("account_role"), record.value(u"account_role")),
            what,
        };
        for (int column = 0; column < cells.size(); ++column) {
            table->cellAt(row + 1, column).firstCursorPosition().insertText(cells.at(column), DocumentStyle::text(9));
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QString sectionIntro(const QString& key)
{
    if (key == u"youth") {
        return RegisterExtractDocumentBuilder::tr(
            "What is registered about you as a person, including the note that only some staff can "
            "see.");
    }
    if (key == u"youth_target_group") {
        return RegisterExtractDocumentBuilder::tr("The groups the centre's project counts you in.");
    }
    if (key == u"follow_up_attempt") {
        return RegisterExtractDocumentBuilder::tr(
            "Each time staff tried to reach you for a follow-up, and how it went.");
    }
    if (key == u"plan_step") {
        return RegisterExtractDocumentBuilder::tr("The steps of each version of your action plan.");
    }
    if (key == u"participation") {
        return RegisterExtractDocumentBuilder::tr(
            "Work training, studies and other interventions you have taken part in.");
    }
    if (key == u"referral") {
        return RegisterExtractDocumentBuilder::tr(
            "When the centre referred you to another organisation, and their answer.");
    }
    if (key == u"youth_partner_contact") {
        return RegisterExtractDocumentBuilder::tr("Staff at other organisations who work with you.");
    }
    if (key == u"enrolment_period") {
        return RegisterExtractDocumentBuilder::tr(
            "Each period you have taken part in the centre's work, with your situation when you "
            "started.");
    }
    if (key == u"enrolment_exit") {
        return RegisterExtractDocumentBuilder::tr(
            "When and why a period ended and what you went on to. An exit that was undone is kept, "
            "with the reason.");
    }
    if (key == u"follow_up") {
        return RegisterExtractDocumentBuilder::tr(
            "Contacts planned after you left, to hear how things are going for you.");
    }
    if (key == u"action_plan") {
        return RegisterExtractDocumentBuilder::tr("Every version of your action plan, the earlier ones too.");
    }
    if (key == u"contact") {
        return RegisterExtractDocumentBuilder::tr(
            "Every contact and attempt at contact, with the notes, also entries that were struck out "
            "or corrected, and your visits to the meeting place.");
    }
    if (key == u"youth_event") {
        return RegisterExtractDocumentBuilder::tr(
            "What the program recorded by itself: registration, changes of status or mentor, and "
            "similar.");
    }
    if (key == u"attention_snooze") {
        return RegisterExtractDocumentBuilder::tr("When staff postponed a reminder about you, and why.");
    }
    if (key == u"network_person") {
        return RegisterExtractDocumentBuilder::tr("Relatives and others around you.");
    }
    if (key == u"consent") {
        return RegisterExtractDocumentBuilder::tr(
            "The consents you (or your guardian) have given, and when they were withdrawn.");
    }
    if (key == u"access_log") {
        return RegisterExtractDocumentBuilder::tr(
            "From Lotsen's access log: every time a member of staff opened, changed, printed or "
            "exported your data, with their name and role.");
    }
    return {};
}

} // namespace

QString RegisterExtractDocumentBuilder::sectionTitle(const QString& key)
{
    static const QHash<QString, const char*> titles {
        { QStringLiteral("youth"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Personal data") },
        { QStringLiteral("youth_target_group"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Target groups") },
        { QStringLiteral("enrolment_period"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Enrolment periods") },
        { QStringLiteral("enrolment_exit"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Exits") },
        { QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Follow-ups") },
        { QStringLiteral("follow_up_attempt"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Follow-up attempts") },
        { QStringLiteral("action_plan"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Action plans") },
        { QStringLiteral("plan_step"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Steps of the action plans") },
        { QStringLiteral("contact"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Contacts and notes") },
        { QStringLiteral("youth_event"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Events") },
        { QStringLiteral("attention_snooze"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Postponed reminders") },
        { QStringLiteral("participation"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Interventions") },
        { QStringLiteral("referral"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Referrals") },
        { QStringLiteral("network_person"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Your network") },
        { QStringLiteral("consent"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Consents") },
        { QStringLiteral("youth_partner_contact"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Contact persons at partner organisations") },
        { QStringLiteral("access_log"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Who has opened your data") },
    };
    const auto found = titles.constFind(key);
    return found == titles.constEnd() ? key : tr(found.value());
}

QString RegisterExtractDocumentBuilder::fieldLabel(const QString& section, const QString& key)
{
    // Where one column name means different things in different tables.
    if (key == u"reason") {
        if (section == u"enrolment_exit") {
            return tr("Reason for leaving");
        }
        if (section == u"attention_snooze") {
            return tr("Reminder");
        }
        return tr("Reason");
    }
    if (key == u"status") {
        return section == u"youth" ? tr("Status in the register") : tr("Status");
    }
    if (key == u"situation") {
        return section == u"enrolment_exit" ? tr("Situation after leaving") : tr("Situation");
    }
    if (key == u"name") {
        return tr("Name");
    }
    if (key == u"note") {
        return section == u"youth" ? tr("Note (only some staff can see it)") : tr("Note");
    }
    static const QHash<QString, const char*> labels {
        { QStringLiteral("first_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "First name") },
        { QStringLiteral("last_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Last name") },
        { QStringLiteral("personal_number"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Personal identity number") },
        { QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Date of birth") },
        { QStringLiteral("gender"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Gender") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Phone") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Email") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Address") },
        { QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Postal code") },
        { QStringLiteral("postal_town"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Town") },
        { QStringLiteral("municipality"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Municipality") },
        { QStringLiteral("mentor_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Mentor") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Start date") },
        { QStringLiteral("end_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "End date") },
        { QStringLiteral("referral_source"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Referred by") },
        { QStringLiteral("created_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Registered") },
        { QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Last changed") },
        { QStringLiteral("registered_by_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Registered by") },
        { QStringLiteral("changed_by_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Last changed by") },
        { QStringLiteral("last_contact_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Latest contact") },
        { QStringLiteral("next_planned_contact"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Next planned contact") },
        { QStringLiteral("unanswered_attempts"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Unanswered attempts in a row") },
        { QStringLiteral("first_unanswered_at"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "First unanswered attempt") },
        { QStringLiteral("pause_until"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Paused until") },
        { QStringLiteral("anonymised_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Anonymised") },
        { QStringLiteral("target_group"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Target group") },
        { QStringLiteral("labour_situation"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Situation at the start") },
        { QStringLiteral("time_without"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Time without work or studies") },
        { QStringLiteral("education"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Education") },
        { QStringLiteral("income"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Income") },
        { QStringLiteral("kaa_override"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder",
                            "Under the municipality's activity responsibility (KAA)") },
        { QStringLiteral("disability"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Disability") },
        { QStringLiteral("foreign_background"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Foreign background") },
        { QStringLiteral("period_id"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Enrolment period no.") },
        { QStringLiteral("exit_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Date of leaving") },
        { QStringLiteral("reason_text"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Reason in words") },
        { QStringLiteral("partner_org_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Organisation") },
        { QStringLiteral("study_type"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Kind of studies") },
        { QStringLiteral("qualification"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Qualification gained") },
        { QStringLiteral("qualification_text"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Qualification") },
        { QStringLiteral("follow_up_consent"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Agreed to be followed up") },
        { QStringLiteral("staff_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Staff member") },
        { QStringLiteral("reopened_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Undone") },
        { QStringLiteral("reopen_reason"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Why it was undone") },
        { QStringLiteral("reopened_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Undone by") },
        { QStringLiteral("exit_id"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Exit no.") },
        { QStringLiteral("offset_code"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "When after leaving") },
        { QStringLiteral("due_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Due") },
        { QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Closed") },
        { QStringLiteral("closed_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Closed by") },
        { QStringLiteral("follow_up_id"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Follow-up no.") },
        { QStringLiteral("attempted_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Date") },
        { QStringLiteral("channel"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "How") },
        { QStringLiteral("result"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Result") },
        { QStringLiteral("version"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Version") },
        { QStringLiteral("plan_version"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Action plan version") },
        { QStringLiteral("plan_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Date of the plan") },
        { QStringLiteral("my_goal"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "My goal") },
        { QStringLiteral("strengths"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "My strengths") },
        { QStringLiteral("support_needs"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Support I need") },
        { QStringLiteral("wishes"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "My wishes") },
        { QStringLiteral("long_term_goal"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Long-term goal") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Notes") },
        { QStringLiteral("next_review"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Next review") },
        { QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Signed") },
        { QStringLiteral("signed_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Signature registered by") },
        { QStringLiteral("frozen_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Closed for changes") },
        { QStringLiteral("frozen_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Closed for changes by (staff)") },
        { QStringLiteral("frozen_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Closed for changes by") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Order") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Step") },
        { QStringLiteral("responsible"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Responsible") },
        { QStringLiteral("responsible_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Responsible person") },
        { QStringLiteral("due_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "To be done by") },
        { QStringLiteral("outcome"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Outcome") },
        { QStringLiteral("occurred_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "When") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Kind") },
        { QStringLiteral("with_whom"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "With") },
        { QStringLiteral("next_planned"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Next planned contact") },
        { QStringLiteral("corrects_id"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Corrects entry no.") },
        { QStringLiteral("activity_title"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Group activity") },
        { QStringLiteral("activity_held_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Activity date") },
        { QStringLiteral("struck_at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Struck out") },
        { QStringLiteral("struck_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Struck out by (staff)") },
        { QStringLiteral("struck_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Struck out by") },
        { QStringLiteral("struck_reason"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Why it was struck out") },
        { QStringLiteral("network_person_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Person in your network") },
        { QStringLiteral("consent_id"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Relies on consent no.") },
        { QStringLiteral("consent_override"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Why without consent") },
        { QStringLiteral("detail"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Details") },
        { QStringLiteral("until_date"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Postponed until") },
        { QStringLiteral("explanation"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Why") },
        { QStringLiteral("intervention_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Intervention") },
        { QStringLiteral("intervention_category"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Kind of intervention") },
        { QStringLiteral("provider_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Provided by") },
        { QStringLiteral("planned_end"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Planned end") },
        { QStringLiteral("plan_step_id"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Carries out plan step no.") },
        { QStringLiteral("org_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Organisation") },
        { QStringLiteral("person_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Contact person") },
        { QStringLiteral("person_role"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Their role") },
        { QStringLiteral("sent_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Sent") },
        { QStringLiteral("response_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Answered") },
        { QStringLiteral("response_note"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Answer") },
        { QStringLiteral("answer_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Answer registered by") },
        { QStringLiteral("relation"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Relation") },
        { QStringLiteral("legal_guardian"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Legal guardian") },
        { QStringLiteral("scope"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Consent to") },
        { QStringLiteral("other_text"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "What it covers") },
        { QStringLiteral("given_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Given") },
        { QStringLiteral("form"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Form") },
        { QStringLiteral("witness"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Witness") },
        { QStringLiteral("valid_until"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Valid until") },
        { QStringLiteral("guardian_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Given by guardian") },
        { QStringLiteral("withdrawn_on"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Withdrawn") },
        { QStringLiteral("withdrawn_note"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "About the withdrawal") },
        { QStringLiteral("withdrawn_registered_by_name"),
          QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Withdrawal registered by") },
        { QStringLiteral("at"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "When") },
        { QStringLiteral("action"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "What") },
        { QStringLiteral("username"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "User name") },
        { QStringLiteral("account_name"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Staff member") },
        { QStringLiteral("account_role"), QT_TRANSLATE_NOOP("RegisterExtractDocumentBuilder", "Role") },
    };
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? key : tr(found.value());
}

QString RegisterExtractDocumentBuilder::valueText(const QString& section, const QString& key, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    const QString stored = value.toString();
    if (key == u"gender") {
        return LOTSEN_VOCABULARY_WORD(stored, genderFromCode);
    }
    if (key == u"status") {
        if (section == u"youth") {
            return LOTSEN_VOCABULARY_WORD(stored, statusFromCode);
        }
        if (section == u"plan_step") {
            return LOTSEN_VOCABULARY_WORD(stored, stepStatusFromCode);
        }
        if (section == u"participation") {
            return LOTSEN_VOCABULARY_WORD(stored, participationStatusFromCode);
        }
        if (section == u"referral") {
            return LOTSEN_VOCABULARY_WORD(stored, referralStatusFromCode);
        }
        if (section == u"follow_up") {
            return enrolmentWord<FollowUpStatus>(stored);
        }
    }
    if (key == u"referral_source") {
        return LOTSEN_VOCABULARY_WORD(stored, referralSourceFromCode);
    }
    if (key == u"target_group") {
        return word(
            stored, [](const QString& c) { return Vocabulary::targetGroupFromCode(c); },
            [](TargetGroup v) { return Vocabulary::code(v); }, [](TargetGroup v) { return Vocabulary::label(v); });
    }
    if (key == u"responsible") {
        return LOTSEN_VOCABULARY_WORD(stored, stepResponsibleFromCode);
    }
    if (key == u"kind" && section == u"contact") {
        return LOTSEN_VOCABULARY_WORD(stored, contactKindFromCode);
    }
    if (key == u"kind" && section == u"youth_event") {
        return eventKind(stored);
    }
    if (key == u"with_whom") {
        return LOTSEN_VOCABULARY_WORD(stored, contactWithFromCode);
    }
    if (key == u"intervention_category") {
        return LOTSEN_VOCABULARY_WORD(stored, interventionCategoryFromCode);
    }
    if (key == u"relation") {
        return LOTSEN_VOCABULARY_WORD(stored, relationFromCode);
    }
    if (key == u"scope") {
        return LOTSEN_VOCABULARY_WORD(stored, consentScopeFromCode);
    }
    if (key == u"form") {
        return LOTSEN_VOCABULARY_WORD(stored, consentFormFromCode);
    }
    if (key == u"labour_situation") {
        return enrolmentWord<LabourSituation>(stored);
    }
    if (key == u"time_without") {
        return enrolmentWord<TimeWithout>(stored);
    }
    if (key == u"education") {
        return enrolmentWord<Education>(stored);
    }
    if (key == u"income") {
        return enrolmentWord<Income>(stored);
    }
    if (key == u"disability" || key == u"foreign_background") {
        return enrolmentWord<SensitiveAnswer>(stored);
    }
    if (key == u"reason" && section == u"enrolment_exit") {
        return enrolmentWord<ExitReason>(stored);
    }
    if (key == u"reason" && section == u"attention_snooze") {
        const std::optional<AttentionReason> reason = AttentionRules::reasonFromCode(stored);
        return reason ? AttentionRules::label(*reason) : stored;
    }
    if (key == u"situation") {
        return enrolmentWord<Situation>(stored);
    }
    if (key == u"study_type") {
        return enrolmentWord<StudyType>(stored);
    }
    if (key == u"channel") {
        return enrolmentWord<FollowUpChannel>(stored);
    }
    if (key == u"result") {
        return enrolmentWord<AttemptResult>(stored);
    }
    if (key == u"offset_code") {
        return EnrolmentVocabulary::offsetLabel(stored);
    }
    if (key == u"legal_guardian" || key == u"follow_up_consent" || key == u"qualification" || key == u"kaa_override") {
        return yesNo(value);
    }
    if (key == u"position") {
        return QString::number(value.toLongLong() + 1); // stored from 0
    }
    if (key == u"personal_number") {
        const PersonalNumber number = PersonalNumber::fromStored(stored);
        return number.isValid() ? number.display() : stored;
    }
    if (section == u"access_log") {
        if (key == u"action") {
            const std::optional<AccessAction> action = AccessLog::actionFromCode(stored);
            return action ? AccessLog::label(*action) : stored;
        }
        if (key == u"detail") {
            return AccessDetail::describe(stored);
        }
        if (key == u"account_role") {
            bool known = false;
            const Role role = Permissions::roleFromCode(stored, &known);
            return known ? Permissions::label(role) : stored;
        }
    }
    // Timestamps as stored (ISO 8601, local time) without seconds: "2026-03-01 14:05".
    static const QRegularExpression timestamp(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d)"));
    const QRegularExpressionMatch match = timestamp.match(stored);
    if (match.hasMatch()) {
        return match.captured(1) + u' ' + match.captured(2);
    }
    return stored;
}

std::unique_ptr<QTextDocument> RegisterExtractDocumentBuilder::build(const Input& in)
{
    const RegisterExtract& extract = in.extract;
    const RegisterExtract::Section* youthSection = extract.section(u"youth");
    const RegisterExtract::Record youth
        = youthSection && !youthSection->records.isEmpty() ? youthSection->records.first() : RegisterExtract::Record();
    const QString name
        = (youth.value(u"first_name").toString() + u' ' + youth.value(u"last_name").toString()).trimmed();

    auto document = DocumentStyle::newDocument(tr("Register extract – %1").arg(name));
    QTextCursor cursor(document.get());
    DocumentStyle::insertLetterhead(cursor, in.centreName, in.logo);

    {
        DocumentStyle::insertTitle(cursor, tr("Register extract"), name);

        QTextTable* facts = cursor.insertTable(2, 3,
                                               DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 30),
                                                                      QTextLength(QTextLength::PercentageLength, 25),
                                                                      QTextLength(QTextLength::PercentageLength, 45) },
                                                                    DocumentStyle::BoxBorder));
        QString producedBy = extract.producedBy;
        if (!extract.producedByRole.isEmpty()) {
            producedBy += QStringLiteral(" (")
                + valueText(QStringLiteral("access_log"), QStringLiteral("account_role"), extract.producedByRole)
                + u')';
        }
        DocumentStyle::insertFacts(
            facts, { tr("Personal identity number"), tr("Produced"), tr("Produced by") },
            { valueText(QStringLiteral("youth"), QStringLiteral("personal_number"), youth.value(u"personal_number")),
              extract.producedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), producedBy });
        cursor.movePosition(QTextCursor::End);
    }

    // A letter in plain words: what this is, what it holds, and what the youth may do with it.
    const QString controller = extract.controller.isEmpty() ? tr("the centre") : extract.controller;
    insertParagraph(cursor,
                    tr("This is a register extract: everything %1 keeps about you in Lotsen, the program the centre "
                       "uses to keep track of its work with young people. You have the right to receive it under "
                       "Article 15 of the EU General Data Protection Regulation (GDPR).")
                        .arg(controller),
                    DocumentStyle::text(), 8);
    insertParagraph(cursor,
                    tr("Nothing is left out: it includes notes that not all staff can see, entries that were struck "
                       "out or corrected, and a list of the staff who have opened your data. Empty fields are not "
                       "shown."),
                    DocumentStyle::text());
    insertParagraph(cursor,
                    tr("If something is wrong you may ask for it to be corrected (Article 16), and you may ask for "
                       "your data to be erased (Article 17). The same content can be given to you as a "
                       "machine-readable file (JSON) to take to another service (Article 20). If you are not "
                       "satisfied with how your data is handled, you may complain to the Swedish Authority for "
                       "Privacy Protection (IMY)."),
                    DocumentStyle::text());

    // What it contains: each part, what it holds, and its number of entries, so that the reader can see that all is
    // there. The parts below have only their headings, which the renderer keeps with their first box.
    insertHeading(cursor, tr("Contents"), 13, 10);
    {
        QTextTableFormat format = DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 27),
                                                         QTextLength(QTextLength::PercentageLength, 61),
                                                         QTextLength(QTextLength::PercentageLength, 12) },
                                                       DocumentStyle::BoxBorder);
        format.setCellPadding(2);
        format.setHeaderRowCount(1);
        QTextTable* table = cursor.insertTable(int(extract.sections.size()) + 1, 3, format);
        DocumentStyle::insertHeaderRow(table, { tr("Part"), tr("What it holds"), tr("Entries") });
        for (int row = 0; row < extract.sections.size(); ++row) {
            const RegisterExtract::Section& section = extract.sections.at(row);
            table->cellAt(row + 1, 0)
                .firstCursorPosition()
                .insertText(sectionTitle(section.key), DocumentStyle::text(9));
            table->cellAt(row + 1, 1)
                .firstCursorPosition()
                .insertText(sectionIntro(section.key), DocumentStyle::text(8));
            QTextCursor count = table->cellAt(row + 1, 2).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            count.setBlockFormat(right);
            count.insertText(QString::number(section.records.size()), DocumentStyle::text(9));
        }
        cursor.movePosition(QTextCursor::End);
    }

    for (const RegisterExtract::Section& section : extract.sections) {
        insertHeading(cursor, sectionTitle(section.key), 13, 14);
        if (section.records.isEmpty()) {
            insertParagraph(cursor, tr("Nothing is recorded."), DocumentStyle::text(9), 2);
            continue;
        }
        if (section.key == u"access_log") {
            insertAccessLog(cursor, section);
        } else if (section.key == u"youth_target_group") {
            QStringList groups;
            for (const RegisterExtract::Record& record : section.records) {
                groups.append(valueText(section.key, QStringLiteral("target_group"), record.value(u"target_group")));
            }
            insertParagraph(cursor, groups.join(QStringLiteral(", ")), DocumentStyle::text(), 2);
        } else {
            const bool numbered = section.key != u"youth";
            for (const RegisterExtract::Record& record : section.records) {
                insertRecord(cursor, section.key, record, numbered);
            }
        }
    }

    insertParagraph(cursor, tr("%n entry(s) in all.", nullptr, extract.recordCount()), DocumentStyle::labelText(), 12);
    return document;
}

} // namespace lotsen
