#pragma once

#include "core/Result.h"
#include "today/AttentionRules.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace lotsen {

class Database;

// Snoozes a reason on the Today list: only to a later date and only with a written explanation, which also lands
// in the youth's timeline (a youth_event 'snoozed'), both in one transaction. The reason returns at its date;
// nothing here resolves it.
class SnoozeRepository : public QObject
{
    Q_OBJECT

public:
    // The timeline event written for a snooze.
    static constexpr const char* EventKind = "snoozed";

    explicit SnoozeRepository(Database& database, QObject* parent = nullptr);

    // Empty when `until` and `explanation` may be saved on `today`, otherwise why not.
    static QString check(const QDate& until, const QString& explanation, const QDate& today);
    Result<void> snooze(qint64 youthId, AttentionReason reason, const QDate& until, const QString& explanation,
                        qint64 staffId);

    // youth_event.detail of a snooze: "2026-12-01 no_contact: the explanation" (readable as it is, and parsed
    // by eventText for the timeline).
    static QString eventDetail(AttentionReason reason, const QDate& until, const QString& explanation);
    // "Snoozed “No contact” until 2026-12-01: the explanation" in the UI language; the detail itself if it
    // does not parse.
    static QString eventText(const QString& detail);

signals:
    void snoozed(qint64 youthId);

private:
    Database& m_database;
};

} // namespace lotsen
