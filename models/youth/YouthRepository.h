#pragma once

#include "access/PermissionCheck.h"
#include "core/Result.h"
#include "youth/Youth.h"

#include <QObject>

#include <QStringList>
#include <functional>

#include <optional>

namespace lotsen {

class Database;

// The one place where a youth's record is read and written. Every view goes through it, so that
// rules (validation, duplicates, deletion) and later the access log live here and nowhere else.
class YouthRepository : public QObject
{
    Q_OBJECT

public:
    enum class Field {
        None,
        FirstName,
        LastName,
        PersonalNumber,
        BirthDate,
        Email,
        Mentor,
        Phone,
        Address,
        PostalCode,
        PostalTown,
        Municipality,
        Note
    };
    Q_ENUM(Field)

    // The field a refused save concerns travels as Error::field, a stable key ("personalNumber"); forms map
    // it back to the enum with fieldOf() to point the user at the right input.
    static QString fieldKey(Field field);
    static Field fieldOf(const Error& error);
    // Error::field of a save refused because someone else saved the youth after it was loaded (Youth::rowVersion):
    // the card offers to read the youth again.
    static QString conflictField() { return QStringLiteral("rowVersion"); }
    // The clean-up save() and insertAll() apply before they validate: every text as CleanText (NFC, no control or
    // invisible characters, one-line fields simplified), target groups sorted without duplicates.
    static Youth normalised(Youth youth);

    explicit YouthRepository(Database& database, QObject* parent = nullptr);

    // Who may read a youth's sensitive note; without a policy everyone may (tests of other parts, no accounts).
    // Enforced here, in the data layer, so that a view that forgets cannot show or overwrite it.
    using NotePolicy = std::function<bool(const Youth&)>;
    void setNotePolicy(NotePolicy policy) { m_notePolicy = std::move(policy); }
    // insertAll(), the import, needs ImportYouths.
    void setPermissionCheck(PermissionCheck check) { m_permissionCheck = std::move(check); }

    // No value when no youth has this id; an Error when the read failed.
    Result<std::optional<Youth>> load(qint64 id) const;
    // 0 when no youth has this 12-digit personal number.
    Result<qint64> idByPersonalNumber(const QString& twelveDigits) const;
    // 0 when no youth has this first and last name (case-insensitive); for imported rows without a number.
    Result<qint64> idByName(const QString& firstName, const QString& lastName) const;
    // Checks the rules without writing: names, personal number, duplicates.
    Result<void> validate(const Youth& youth) const;
    // Inserts (id 0, and sets `youth.id`) or updates, in one transaction with its history events; the youth's id.
    Result<qint64> save(Youth& youth);
    // Inserts new youths (id 0) in one transaction, each validated like save() and with its 'created' event;
    // sets their ids. On any failure nothing is written and `failedIndex` names the youth, if it was one.
    // Announces youthsAdded once instead of youthSaved per youth, so that lists refresh once. Needs ImportYouths.
    Result<void> insertAll(QList<Youth>& youths, int* failedIndex = nullptr);

    // Success when the youth may be deleted, otherwise why not (in the UI language), or why it could not be read.
    Result<void> checkRemovable(qint64 id) const;
    Result<void> remove(qint64 id);

    Result<int> count() const;
    Result<QStringList> municipalities() const;

signals:
    void youthSaved(qint64 id);
    void youthRemoved(qint64 id);
    void youthsAdded(const QList<qint64>& ids);

private:
    Error conflict(qint64 id) const;
    // On failure the message is SQLite's text, for the caller to log and wrap in its own message.
    Result<void> writeTargetGroups(const Youth& youth);
    Result<void> writeEvent(qint64 youthId, const QString& kind, const QString& detail);
    // Keeps the running enrolment period in step with the card (or starts one); SQLite's text on failure.
    Result<void> writePeriod(const Youth& youth);
    // Exits go through EnrolmentRepository: the status alone cannot make a youth exited, or bring one back.
    static Result<void> checkStatusChange(YouthStatus from, YouthStatus to, bool isNew);

    Database& m_database;
    NotePolicy m_notePolicy;
    PermissionCheck m_permissionCheck;
};

} // namespace lotsen
