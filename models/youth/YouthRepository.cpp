#include "youth/YouthRepository.h"

#include "core/SqlValues.h"

#include "core/ChangedBy.h"
#include "core/CleanText.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/TextLimits.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "youth/PersonalNumber.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lotsen {

namespace {

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "not given".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant isoDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace

YouthRepository::YouthRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<std::optional<Youth>> YouthRepository::load(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, first_name, last_name, personal_number, birth_date, gender, phone, email, address, postal_code, "
        "municipality, status, mentor_id, start_date, referral_source, note, pause_until, postal_town, row_version "
        "FROM youth WHERE id = ? AND anonymised_at IS NULL")); // culled under the retention policy: no longer a person
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "youth.load");
    }
    if (!query.next()) {
        return std::optional<Youth>();
    }
    Youth youth;
    youth.id = query.value(0).toLongLong();
    youth.firstName = query.value(1).toString();
    youth.lastName = query.value(2).toString();
    youth.personalNumber = query.value(3).toString();
    youth.birthDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    youth.gender = Vocabulary::genderFromCode(query.value(5).toString());
    youth.phone = query.value(6).toString();
    youth.email = query.value(7).toString();
    youth.address = query.value(8).toString();
    youth.postalCode = query.value(9).toString();
    youth.postalTown = query.value(17).toString();
    youth.rowVersion = query.value(18).toInt();
    youth.municipality = query.value(10).toString();
    youth.status = Vocabulary::statusFromCode(query.value(11).toString());
    youth.mentorId = query.value(12).toLongLong();
    youth.startDate = QDate::fromString(query.value(13).toString(), Qt::ISODate);
    youth.referralSource = Vocabulary::referralSourceFromCode(query.value(14).toString());
    youth.note = query.value(15).toString();
    youth.pauseUntil = QDate::fromString(query.value(16).toString(), Qt::ISODate);
    if (m_notePolicy && !m_notePolicy(youth)) {
        youth.note.clear();
        youth.noteHidden = true;
    }

    QSqlQuery groups(m_database.connection());
    groups.prepare(QStringLiteral("SELECT target_group FROM youth_target_group WHERE youth_id = ?"));
    groups.addBindValue(id);
    if (!groups.exec()) {
        return SqlRead::failed(groups, "youth.load.targetGroups");
    }
    while (groups.next()) {
        bool known = false;
        const TargetGroup group = Vocabulary::targetGroupFromCode(groups.value(0).toString(), &known);
        if (known) {
            youth.targetGroups.append(group);
        }
    }
    std::sort(youth.targetGroups.begin(), youth.targetGroups.end());
    return std::optional<Youth>(std::move(youth));
}

Result<qint64> YouthRepository::idByPersonalNumber(const QString& twelveDigits) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM youth WHERE personal_number = ?"));
    query.addBindValue(twelveDigits);
    if (!query.exec()) {
        return SqlRead::failed(query, "youth.idByPersonalNumber");
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> YouthRepository::idByName(const QString& firstName, const QString& lastName) const
{
    QSqlQuery query(m_database.connection());
    // The name index is NOCASE, so this is an index lookup.
    query.prepare(QStringLiteral("SELECT id FROM youth WHERE last_name = ? COLLATE NOCASE AND first_name = ? COLLATE "
                                 "NOCASE ORDER BY id LIMIT 1"));
    query.addBindValue(lastName.simplified());
    query.addBindValue(firstName.simplified());
    if (!query.exec()) {
        return SqlRead::failed(query, "youth.idByName");
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

QString YouthRepository::fieldKey(Field field)
{
    switch (field) {
    case Field::None:
        break;
    case Field::FirstName:
        return QStringLiteral("firstName");
    case Field::LastName:
        return QStringLiteral("lastName");
    case Field::PersonalNumber:
        return QStringLiteral("personalNumber");
    case Field::BirthDate:
        return QStringLiteral("birthDate");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Mentor:
        return QStringLiteral("mentor");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Address:
        return QStringLiteral("address");
    case Field::PostalCode:
        return QStringLiteral("postalCode");
    case Field::PostalTown:
        return QStringLiteral("postalTown");
    case Field::Municipality:
        return QStringLiteral("municipality");
    case Field::Note:
        return QStringLiteral("note");
    }
    return {};
}

YouthRepository::Field YouthRepository::fieldOf(const Error& error)
{
    for (Field field :
         { Field::FirstName, Field::LastName, Field::PersonalNumber, Field::BirthDate, Field::Email, Field::Mentor,
           Field::Phone, Field::Address, Field::PostalCode, Field::PostalTown, Field::Municipality, Field::Note }) {
        if (!error.field.isEmpty() && error.field == fieldKey(field)) {
            return field;
        }
    }
    return Field::None;
}

Youth YouthRepository::normalised(Youth youth)
{
    // NFC, no control or invisible characters: the same name typed, pasted or imported is stored alike.
    youth.firstName = CleanText::line(youth.firstName);
    youth.lastName = CleanText::line(youth.lastName);
    youth.phone = CleanText::line(youth.phone);
    youth.email = CleanText::line(youth.email);
    youth.address = CleanText::line(youth.address);
    youth.postalCode = CleanText::line(youth.postalCode);
    youth.postalTown = CleanText::line(youth.postalTown);
    youth.municipality = CleanText::line(youth.municipality);
    youth.note = CleanText::multiline(youth.note);
    std::sort(youth.targetGroups.begin(), youth.targetGroups.end());
    youth.targetGroups.erase(std::unique(youth.targetGroups.begin(), youth.targetGroups.end()),
                             youth.targetGroups.end());
    return youth;
}

Result<void> YouthRepository::validate(const Youth& youth) const
{
    if (youth.firstName.trimmed().isEmpty()) {
        return fail(tr("Write the first name."), fieldKey(Field::FirstName));
    }
    if (youth.lastName.trimmed().isEmpty()) {
        return fail(tr("Write the last name."), fieldKey(Field::LastName));
    }
    if (!youth.personalNumber.isEmpty()) {
        const PersonalNumber number = PersonalNumber::parse(youth.personalNumber, Clock::today());
        if (!number.isValid()) {
            return fail(number.errorMessage(), fieldKey(Field::PersonalNumber));
        }
        if (number.twelveDigits() != youth.personalNumber) {
            return fail(tr("The personal number must be stored with 12 digits."), fieldKey(Field::PersonalNumber));
        }
        if (youth.birthDate != number.birthDate()) {
            return fail(tr("The birth date does not match the personal number."), fieldKey(Field::BirthDate));
        }
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("SELECT id, first_name, last_name FROM youth WHERE personal_number = ? AND id <> ?"));
        query.addBindValue(youth.personalNumber);
        query.addBindValue(youth.id);
        if (query.exec() && query.next()) {
            return fail(tr("%1 is already registered with this personal number (no. %2). Open that youth instead.")
                            .arg(query.value(1).toString() + u' ' + query.value(2).toString())
                            .arg(query.value(0).toLongLong()),
                        fieldKey(Field::PersonalNumber));
        }
    }
    // The same limits as the database's triggers (migration 8), told per field.
    const struct
    {
        const QString& text;
        int limit;
        Field field;
    } limits[] = {
        { youth.firstName, TextLimits::Name, Field::FirstName },
        { youth.lastName, TextLimits::Name, Field::LastName },
        { youth.phone, TextLimits::Short, Field::Phone },
        { youth.email, TextLimits::Email, Field::Email },
        { youth.address, TextLimits::Address, Field::Address },
        { youth.postalCode, TextLimits::Short, Field::PostalCode },
        { youth.postalTown, TextLimits::Name, Field::PostalTown },
        { youth.municipality, TextLimits::Name, Field::Municipality },
        { youth.note, TextLimits::Note, Field::Note },
    };
    for (const auto& [text, limit, field] : limits) {
        if (text.size() > limit) {
            return fail(tr("This field takes at most %n character(s).", nullptr, limit), fieldKey(field));
        }
    }
    if (youth.birthDate.isValid() && youth.birthDate > Clock::today()) {
        return fail(tr("The birth date is in the future."), fieldKey(Field::BirthDate));
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!youth.email.isEmpty() && !emailPattern.match(youth.email).hasMatch()) {
        return fail(tr("The e-mail address does not look right (name@example.se)."), fieldKey(Field::Email));
    }
    return success();
}

Result<qint64> YouthRepository::save(Youth& youth)
{
    Youth cleaned = normalised(youth);
    // A note the user may not read is not theirs to change: the stored one stays.
    bool keptStoredNote = false;
    if (youth.id != 0 && m_notePolicy) {
        QSqlQuery stored(m_database.connection());
        stored.prepare(QStringLiteral("SELECT note, mentor_id FROM youth WHERE id = ?"));
        stored.addBindValue(youth.id);
        if (stored.exec() && stored.next()) {
            Youth before;
            before.id = youth.id;
            before.mentorId = stored.value(1).toLongLong();
            if (!m_notePolicy(before)) {
                cleaned.note = stored.value(0).toString();
                keptStoredNote = true;
            }
        }
    }
    // A pause end date only means something while the youth is paused.
    if (cleaned.status != YouthStatus::Paused) {
        cleaned.pauseUntil = {};
    }

    if (const Result<void> valid = validate(cleaned); !valid) {
        return valid.error();
    }

    const auto failed = [&cleaned](const QString& sqlError) {
        qCWarning(lcSql) << "saving youth" << cleaned.id << "failed:" << sqlError;
        return fail(tr("The youth could not be saved. Nothing was changed. (%1)").arg(sqlError));
    };

    const bool isNew = cleaned.id == 0;
    std::optional<Youth> before;
    if (!isNew) {
        Result<std::optional<Youth>> stored = load(cleaned.id);
        if (!stored.ok()) {
            return stored.error();
        }
        before = std::move(stored).value();
        if (!before) {
            return fail(tr("This youth no longer exists in the database."));
        }
    }

    if (const Result<void> allowed
        = checkStatusChange(before ? before->status : YouthStatus::Prospect, cleaned.status, isNew);
        !allowed) {
        return allowed.error();
    }
    // A participant's start date is the start of their period; a new one starts today unless given.
    if (cleaned.status != YouthStatus::Prospect && !cleaned.startDate.isValid()) {
        cleaned.startDate = Clock::today();
    }

    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    if (!transaction.isActive()) {
        return failed(transaction.error());
    }
    const QString now = Clock::now().toString(Qt::ISODate);
    if (isNew) {
        query.prepare(QStringLiteral(
            "INSERT INTO youth (first_name, last_name, personal_number, birth_date, gender, phone, email, address, "
            "postal_code, municipality, status, mentor_id, start_date, referral_source, note, created_at, updated_at, "
            "registered_by, postal_town) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE youth SET first_name = ?, last_name = ?, personal_number = ?, birth_date = ?, gender = ?, "
            "phone = ?, email = ?, address = ?, postal_code = ?, municipality = ?, status = ?, mentor_id = ?, "
            "start_date = ?, referral_source = ?, note = ?, updated_at = ?, postal_town = ?, "
            "row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    }
    query.addBindValue(cleaned.firstName);
    query.addBindValue(cleaned.lastName);
    query.addBindValue(nullIfEmpty(cleaned.personalNumber));
    query.addBindValue(isoDate(cleaned.birthDate));
    query.addBindValue(Vocabulary::code(cleaned.gender));
    query.addBindValue(text(cleaned.phone));
    query.addBindValue(text(cleaned.email));
    query.addBindValue(text(cleaned.address));
    query.addBindValue(text(cleaned.postalCode));
    query.addBindValue(text(cleaned.municipality));
    query.addBindValue(Vocabulary::code(cleaned.status));
    query.addBindValue(nullIfZero(cleaned.mentorId));
    query.addBindValue(isoDate(cleaned.startDate));
    query.addBindValue(Vocabulary::code(cleaned.referralSource));
    query.addBindValue(text(cleaned.note));
    if (isNew) {
        query.addBindValue(now);
        query.addBindValue(now);
    } else {
        query.addBindValue(now);
        query.addBindValue(text(cleaned.postalTown));
        query.addBindValue(cleaned.id);
        query.addBindValue(cleaned.rowVersion);
        query.addBindValue(cleaned.rowVersion);
    }
    if (isNew) {
        query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
        query.addBindValue(text(cleaned.postalTown));
    }
    if (!query.exec()) {
        return failed(query.lastError().text());
    }
    if (!isNew && query.numRowsAffected() == 0) {
        // Saved by someone else since this youth was read: nothing is written, and the user is told by whom.
        return conflict(cleaned.id);
    }
    if (isNew) {
        cleaned.id = query.lastInsertId().toLongLong();
        cleaned.rowVersion = 1;
    } else if (const Result<void> marked = ChangedBy::mark(m_database, ChangedBy::Table::Youth, cleaned.id); !marked) {
        return failed(marked.message());
    }

    QSqlQuery pause(m_database.connection());
    pause.prepare(QStringLiteral("UPDATE youth SET pause_until = ? WHERE id = ?"));
    pause.addBindValue(isoDate(cleaned.pauseUntil));
    pause.addBindValue(cleaned.id);
    if (!pause.exec()) {
        return failed(pause.lastError().text());
    }
    Result<void> written = writeTargetGroups(cleaned);
    if (written) {
        written = writePeriod(cleaned);
    }
    if (isNew) {
        written
            = written ? writeEvent(cleaned.id, QStringLiteral("created"), Vocabulary::code(cleaned.status)) : written;
    } else {
        if (written && before->status != cleaned.status) {
            written = writeEvent(cleaned.id, QStringLiteral("status_changed"),
                                 Vocabulary::code(before->status) + u'>' + Vocabulary::code(cleaned.status));
        }
        if (written && before->mentorId != cleaned.mentorId) {
            written = writeEvent(cleaned.id, QStringLiteral("mentor_changed"),
                                 QString::number(before->mentorId) + u'>' + QString::number(cleaned.mentorId));
        }
    }
    if (!written) {
        return failed(written.message());
    }
    if (!transaction.commit()) {
        return failed(transaction.error());
    }
    youth = cleaned;
    if (!isNew) {
        youth.rowVersion = before->rowVersion + 1;
    }
    if (keptStoredNote) {
        youth.note.clear(); // saved, but still not shown to this user
        youth.noteHidden = true;
    }
    emit youthSaved(youth.id);
    return youth.id;
}

Error YouthRepository::conflict(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT y.updated_at, a.display_name FROM youth y LEFT JOIN account a ON a.id = "
                                 "coalesce(y.changed_by, y.registered_by) WHERE y.id = ?"));
    query.addBindValue(id);
    QString who;
    QDateTime when;
    if (query.exec() && query.next()) {
        when = SqlValues::dateTime(query.value(0));
        who = query.value(1).toString();
    }
    const QString at = QLocale().toString(when, QLocale::ShortFormat);
    Error error;
    error.field = conflictField();
    error.message = who.isEmpty()
        ? tr("Someone else saved this youth at %1, after you opened the card. Nothing of yours was saved.").arg(at)
        : tr("%1 saved this youth at %2, after you opened the card. Nothing of yours was saved.").arg(who, at);
    return error;
}

Result<void> YouthRepository::insertAll(QList<Youth>& youths, int* failedIndex)
{
    if (failedIndex) {
        *failedIndex = -1;
    }
    if (m_permissionCheck && !m_permissionCheck(Permission::ImportYouths)) {
        return fail(Permissions::refusal());
    }
    QList<Youth> cleaned;
    cleaned.reserve(youths.size());
    for (const Youth& youth : std::as_const(youths)) {
        cleaned.append(normalised(youth));
    }

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return fail(tr("The youths could not be saved. Nothing was changed. (%1)").arg(transaction.error()));
    }
    // Prepared once: thousands of rows from an imported list go through the same statement.
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO youth (first_name, last_name, personal_number, birth_date, gender, phone, email, address, "
        "postal_code, municipality, status, mentor_id, start_date, referral_source, note, created_at, updated_at, "
        "registered_by, postal_town) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Clock::now().toString(Qt::ISODate);
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        Youth& youth = cleaned[i];
        const auto failed = [&](const QString& message) {
            if (failedIndex) {
                *failedIndex = static_cast<int>(i);
            }
            return Result<void>(fail(message));
        };
        if (youth.id != 0) {
            return failed(tr("Only new youths can be added this way."));
        }
        if (const Result<void> allowed = checkStatusChange(YouthStatus::Prospect, youth.status, true); !allowed) {
            return failed(allowed.message());
        }
        if (youth.status != YouthStatus::Prospect && !youth.startDate.isValid()) {
            youth.startDate = Clock::today();
        }
        // Inside the transaction, so that earlier youths of the same batch count as duplicates too.
        const Result<void> valid = validate(youth);
        if (!valid) {
            return failed(valid.message());
        }
        const QVariantList values { youth.firstName,
                                    youth.lastName,
                                    nullIfEmpty(youth.personalNumber),
                                    isoDate(youth.birthDate),
                                    Vocabulary::code(youth.gender),
                                    text(youth.phone),
                                    text(youth.email),
                                    text(youth.address),
                                    text(youth.postalCode),
                                    text(youth.municipality),
                                    Vocabulary::code(youth.status),
                                    nullIfZero(youth.mentorId),
                                    isoDate(youth.startDate),
                                    Vocabulary::code(youth.referralSource),
                                    text(youth.note),
                                    now,
                                    now };
        for (int column = 0; column < values.size(); ++column) {
            insert.bindValue(column, values.at(column));
        }
        insert.bindValue(int(values.size()), m_database.authorValue()); // registered_by: the logged-in account
        insert.bindValue(int(values.size()) + 1, text(youth.postalTown));
        if (!insert.exec()) {
            qCWarning(lcSql) << "importing youths failed at row" << i << ":" << insert.lastError().text();
            return failed(
                tr("The youths could not be saved. Nothing was changed. (%1)").arg(insert.lastError().text()));
        }
        youth.id = insert.lastInsertId().toLongLong();
        Result<void> written = writeTargetGroups(youth);
        if (written) {
            written = writePeriod(youth);
        }
        if (written) {
            written = writeEvent(youth.id, QStringLiteral("created"), Vocabulary::code(youth.status));
        }
        if (!written) {
            qCWarning(lcSql) << "importing youths failed at row" << i << ":" << written.message();
            return failed(tr("The youths could not be saved. Nothing was changed. (%1)").arg(written.message()));
        }
    }
    if (!transaction.commit()) {
        return fail(tr("The youths could not be saved. Nothing was changed. (%1)").arg(transaction.error()));
    }
    youths = cleaned;
    QList<qint64> ids;
    ids.reserve(youths.size());
    for (const Youth& youth : std::as_const(youths)) {
        ids.append(youth.id);
    }
    if (!ids.isEmpty()) {
        emit youthsAdded(ids);
    }
    return success();
}

Result<void> YouthRepository::writeTargetGroups(const Youth& youth)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM youth_target_group WHERE youth_id = ?"));
    clear.addBindValue(youth.id);
    if (!clear.exec()) {
        return fail(clear.lastError().text());
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO youth_target_group (youth_id, target_group) VALUES (?, ?)"));
    for (TargetGroup group : youth.targetGroups) {
        insert.bindValue(0, youth.id);
        insert.bindValue(1, Vocabulary::code(group));
        if (!insert.exec()) {
            return fail(insert.lastError().text());
        }
    }
    return success();
}

Result<void> YouthRepository::checkStatusChange(YouthStatus from, YouthStatus to, bool isNew)
{
    if (to == YouthStatus::Exited && (isNew || from != YouthStatus::Exited)) {
        return fail(tr("A participation ends with \"Exit…\" on the youth's card, which records the date, the reason "
                       "and the situation at exit. The status alone cannot be set to Exited."),
                    QString());
    }
    if (!isNew && from == YouthStatus::Exited && to != YouthStatus::Exited) {
        return fail(tr("An exited youth comes back with \"Re-enrol…\", which starts a new period. (A coordinator can "
                       "reopen an exit made by mistake.)"));
    }
    if (!isNew && to == YouthStatus::Prospect && (from == YouthStatus::Active || from == YouthStatus::Paused)) {
        return fail(tr("A participant cannot become a prospect again. End the participation with \"Exit…\" "
                       "instead."));
    }
    return success();
}

Result<void> YouthRepository::writePeriod(const Youth& youth)
{
    if (youth.status != YouthStatus::Active && youth.status != YouthStatus::Paused) {
        return success();
    }
    // The running period follows the card's start date, mentor and referral source; a youth who becomes a
    // participant here (not through Enrol…) gets a period whose situation at entry is not yet known.
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE enrolment_period SET start_date = ?, mentor_id = ?, referral_source = ?, "
                                  "updated_at = ? WHERE youth_id = ? AND end_date IS NULL"));
    const QString now = Clock::now().toString(Qt::ISODate);
    update.addBindValue(isoDate(youth.startDate));
    update.addBindValue(nullIfZero(youth.mentorId));
    update.addBindValue(Vocabulary::code(youth.referralSource));
    update.addBindValue(now);
    update.addBindValue(youth.id);
    if (!update.exec()) {
        return fail(update.lastError().text());
    }
    if (update.numRowsAffected() > 0) {
        return success();
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO enrolment_period (youth_id, start_date, mentor_id, referral_source, "
                                  "created_at, updated_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(youth.id);
    insert.addBindValue(isoDate(youth.startDate));
    insert.addBindValue(nullIfZero(youth.mentorId));
    insert.addBindValue(Vocabulary::code(youth.referralSource));
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(m_database.authorValue());
    if (!insert.exec()) {
        return fail(insert.lastError().text());
    }
    return success();
}

Result<void> YouthRepository::writeEvent(qint64 youthId, const QString& kind, const QString& detail)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO youth_event (youth_id, occurred_at, kind, detail, registered_by) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(youthId);
    query.addBindValue(Clock::now().toString(Qt::ISODate));
    query.addBindValue(kind);
    query.addBindValue(detail);
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!query.exec()) {
        return fail(query.lastError().text());
    }
    return success();
}

Result<void> YouthRepository::checkRemovable(qint64 id) const
{
    const Result<std::optional<Youth>> stored = load(id);
    if (!stored.ok()) {
        return stored.error();
    }
    const std::optional<Youth>& youth = stored.value();
    if (!youth) {
        return fail(tr("This youth no longer exists in the database."));
    }
    if (youth->status != YouthStatus::Prospect) {
        return fail(
            tr("Only prospects without history can be deleted. End their participation with \"Exit…\" instead, so that "
               "the history is kept."));
    }
    QSqlQuery plans(m_database.connection());
    plans.prepare(QStringLiteral("SELECT count(*) FROM action_plan WHERE youth_id = ?"));
    plans.addBindValue(id);
    if (!plans.exec()) {
        return SqlRead::failed(plans, "youth.checkRemovable.plans");
    }
    if (!plans.next() || plans.value(0).toLongLong() > 0) {
        return fail(
            tr("This youth has an action plan and cannot be deleted. End the participation with \"Exit…\" instead."));
    }
    // Contacts (struck out ones too), snoozes, interventions, referrals, consents and the network are history
    // that must never disappear with the youth.
    QSqlQuery contacts(m_database.connection());
    contacts.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM contact WHERE youth_id = :id) "
                                    "OR EXISTS (SELECT 1 FROM attention_snooze WHERE youth_id = :id) "
                                    "OR EXISTS (SELECT 1 FROM participation WHERE youth_id = :id) "
                                    "OR EXISTS (SELECT 1 FROM referral WHERE youth_id = :id) "
                                    "OR EXISTS (SELECT 1 FROM consent WHERE youth_id = :id) "
                                    "OR EXISTS (SELECT 1 FROM network_person WHERE youth_id = :id) "
                                    "OR EXISTS (SELECT 1 FROM youth_partner_contact WHERE youth_id = :id)"));
    contacts.bindValue(QStringLiteral(":id"), id);
    if (!contacts.exec()) {
        return SqlRead::failed(contacts, "youth.checkRemovable.history");
    }
    if (!contacts.next() || contacts.value(0).toInt() != 0) {
        return fail(tr("This youth has contacts, interventions, referrals, consents or a network on record and cannot "
                       "be deleted. End the participation with \"Exit…\" instead."));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM youth_event WHERE youth_id = ? AND kind <> 'created'"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "youth.checkRemovable.events");
    }
    if (!query.next() || query.value(0).toLongLong() > 0) {
        return fail(tr("This youth has a history (status or mentor changes) and cannot be deleted. End the "
                       "participation with \"Exit…\" instead."));
    }
    return success();
}

Result<void> YouthRepository::remove(qint64 id)
{
    if (const Result<void> removable = checkRemovable(id); !removable) {
        return removable;
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM youth WHERE id = ?"));
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        qCWarning(lcSql) << "deleting youth" << id << "failed:" << query.lastError().text();
        return fail(tr("The youth could not be deleted: %1").arg(query.lastError().text()));
    }
    emit youthRemoved(id);
    return success();
}

Result<int> YouthRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM youth"))) {
        return SqlRead::failed(query, "youth.count");
    }
    if (!query.next()) {
        return SqlRead::noRow("youth.count");
    }
    return query.value(0).toInt();
}

Result<QStringList> YouthRepository::municipalities() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QStringList result;
    // The small table the triggers of schema 9 keep per name: a card opens without scanning the register.
    if (!query.exec(QStringLiteral("SELECT name FROM municipality_use WHERE youths > 0 ORDER BY name"))) {
        return SqlRead::failed(query, "youth.municipalities");
    }
    while (query.next()) {
        result.append(query.value(0).toString());
    }
    return result;
}

} // namespace lotsen
