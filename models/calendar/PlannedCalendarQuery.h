#pragma once

#include "calendar/CalendarEvent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lotsen {

class Database;

// What a mentor has planned, as calendar events: a youth's next planned contact, a current plan's review date and
// an open follow-up after exit. The events name the youth by first name only and carry a Lotsen reference
// ("Lotsen ref. Y-000123"), never a personal number, a surname or a note.
class PlannedCalendarQuery
{
    Q_DECLARE_TR_FUNCTIONS(PlannedCalendarQuery)

public:
    explicit PlannedCalendarQuery(Database& database) : m_database(database) { }

    // The items of the youths whose mentor is the staff record `mentorId`, dated in [from, to], by date. None for
    // mentorId 0 (an account without a staff record has no youths of its own).
    Result<QList<CalendarEvent>> mentorsItems(qint64 mentorId, const QDate& from, const QDate& to) const;
    // One item; no value when there is no such item (struck out, no planned date, closed, a frozen plan).
    Result<std::optional<CalendarEvent>> plannedContact(qint64 contactId) const;
    Result<std::optional<CalendarEvent>> planReview(qint64 planId) const;
    Result<std::optional<CalendarEvent>> followUp(qint64 followUpId) const;

    // The youth's reference in Lotsen, "Y-000123": Lotsen's own number, which means nothing outside it.
    static QString reference(qint64 youthId);

private:
    enum class Kind { Contact, Review, FollowUp };
    CalendarEvent event(Kind kind, qint64 id, qint64 youthId, const QString& firstName, const QDate& date) const;
    Result<std::optional<CalendarEvent>> one(Kind kind, const QString& sql, qint64 id, const char* operation) const;

    Database& m_database;
    mutable QString m_identity; // the register's identity, read once, for UIDs that differ between registers
    mutable bool m_identityRead = false;
};

} // namespace lotsen
