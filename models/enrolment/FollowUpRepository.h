#pragma once

#include "core/Result.h"
#include "enrolment/Enrolment.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace lotsen {

class Database;

// Follow-ups after an exit and their attempts. A follow-up is open until the youth is reached (with their
// situation), declines, or is closed as not reached after enough unanswered attempts; reopening the exit cancels
// it. Every attempt is kept (append-only) with its author, the logged-in account.
class FollowUpRepository : public QObject
{
    Q_OBJECT

public:
    explicit FollowUpRepository(Database& database, QObject* parent = nullptr);

    // Inside the caller's transaction (EnrolmentRepository::exit): one follow-up per offset after the exit date.
    // On failure the message is SQLite's text.
    static Result<void> createFor(Database& database, qint64 exitId, qint64 youthId, const QDate& exitDate,
                                  const QStringList& offsets);

    // The youth's follow-ups, by due date, each with its attempts.
    Result<QList<FollowUp>> followUps(qint64 youthId) const;
    Result<std::optional<FollowUp>> followUp(qint64 id) const;

    // One attempt; reaching the youth closes the follow-up as done with their situation, and a youth who declines
    // closes it as not reached. Refused for a closed follow-up, a date in the future or before the exit, and a
    // reached youth without a situation.
    Result<void> recordAttempt(qint64 followUpId, const AttemptInput& attempt);
    // Closes an open follow-up as not reached, after at least `maxAttempts` unanswered attempts.
    Result<void> closeNotReached(qint64 followUpId, int maxAttempts);

signals:
    void changed(qint64 youthId);

private:
    Database& m_database;
};

} // namespace lotsen
