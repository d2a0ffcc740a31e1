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
// them, a current action plan for most active and paused youths, and pause end dates.
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
    Result<void> updateSummary();
    Result<void> failed(const QSqlQuery& query) const;

    Database& m_database;
    const int m_count;
    const int m_contactsPerYouth;
    QRandomGenerator m_rng;
    // Contacts and plans draw from their own generator, so the youths are the same with or without them.
    QRandomGenerator m_contactRng;
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
    QList<qint64> m_mentorIds;
    std::vector<int> m_daysAgo;
    // Each test birth date has two numbers (serials 238 and 239); this counts how many of a date are used, which
    // keeps every number unique without a set of strings.
    std::vector<quint8> m_serialsUsed;
    QDate m_youngestBirth;
    int m_birthSpan = 0;
};

} // namespace lotsen
