#pragma once

#include "core/Result.h"
#include "youth/Youth.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace lotsen {

class Database;

// The benchmark's register: `count` youths marked 'GENERERAD TESTDATA' and twenty mentors, with bulk INSERTs in
// one transaction, plus `contactsPerYouth` contacts each, the youth summary columns as ContactRepository keeps
// them, a current action plan for most active and paused youths, and pause end dates. Every participant has an
// enrolment period (most with the situation at entry); a quarter of the youths have exited, each with an exit
// record and follow-ups 4 weeks and 6 months after it (done, not reached, or open, some of them due).
// Exited youths are inserted as active and made 'exited' in one UPDATE once their exits exist, as the schema's
// triggers require.
class SyntheticDataWriter
{
public:
    SyntheticDataWriter(Database& database, int count, int contactsPerYouth);

    Result<void> write();

private:
    // One youth's facts that its contacts, plan and target groups depend on.
    struct Row
    {
        qint64 id = 0;
        int status = 0; // 0 prospect, 1 active, 2 paused, 3 exited
        QDate start;
        QVariant mentor;
        QString referral;
        int exitAgo = -1; // exited: the exit date, in days before today
    };

    Result<void> writeAll();
    Result<void> prepare();
    Result<void> prepareContactInsert();
    void prepareTexts();
    Result<void> insertStaff();
    Result<void> insertYouth(int index);
    QVariant testNumber(const QDate& birth, bool prospect);
    QVariant mentorFor(int status, bool prospect);
    Result<void> insertContacts(const Row& row);
    // Days ago of each contact, oldest first, and the index of the last successful one.
    int contactDays(const Row& row);
    Result<void> insertPlan(const Row& row);
    Result<void> insertTargetGroups(const Row& row);
    Result<void> prepareEnrolments();
    Result<void> insertPeriod(const Row& row);
    Result<void> insertExit(const Row& row, qint64 periodId);
    Result<void> insertFollowUp(const Row& row, qint64 exitId, const QString& offset, const QString& exitSituation);
    Result<void> insertAttempt(qint64 followUpId, int daysAgo, const QString& channel, const QString& result,
                               const QVariant& staff);
    QString situationAfter(const QString& exitSituation);
    // The date `daysAgo` days before today (negative: after) as text.
    QString dayText(int daysAgo) const;
    Result<void> markExited();
    Result<void> updateSummary();
    Result<void> failed(const QSqlQuery& query) const;

    Database& m_database;
    const int m_count;
    const int m_contactsPerYouth;
    QRandomGenerator m_rng;
    // Contacts and plans draw from their own generator, so the youths are the same with or without them.
    QRandomGenerator m_contactRng;
    // Periods, exits and follow-ups draw from a third, so the youths and their contacts stay as they were.
    QRandomGenerator m_enrolmentRng;
    const QDate m_today;
    const QString m_now;
    const QString m_note;

    // The lists are converted once; per-row conversions would dominate the run time.
    QStringList m_surnames, m_womensNames, m_mensNames, m_streets;
    QStringList m_surnameMail, m_womensMail, m_mensMail;
    QList<ReferralSource> m_referrals;
    QList<TargetGroup> m_targetGroups;
    QStringList m_statusCodes;
    // Dates and times as text are built once; QDate::toString per contact would dominate the run.
    QStringList m_dayText;
    QStringList m_timeText;
    QStringList m_successfulKinds;

    QSqlQuery m_insert;
    QSqlQuery m_contactInsert;
    QSqlQuery m_planInsert;
    QSqlQuery m_groupInsert;
    QSqlQuery m_periodInsert;
    QSqlQuery m_exitInsert;
    QSqlQuery m_followUpInsert;
    QSqlQuery m_attemptInsert;
    QStringList m_offsets; // the centre's follow-up offsets ("4w", "6m")
    // The codes of the enrolment vocabulary, converted once.
    QStringList m_labourCodes, m_timeWithoutCodes, m_educationCodes, m_incomeCodes;
    QStringList m_studyTypeCodes;
    QStringList m_futureDayText;
    qint64 m_firstYouthId = 0;
    QList<qint64> m_mentorIds;
    std::vector<int> m_daysAgo;
    // Each test birth date has two numbers (serials 238 and 239); this counts how many of a date are used, which
    // keeps every number unique without a set of strings.
    std::vector<quint8> m_serialsUsed;
    QDate m_youngestBirth;
    int m_birthSpan = 0;
};

} // namespace lotsen
