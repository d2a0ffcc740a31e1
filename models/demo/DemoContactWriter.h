#pragma once

#include "contacts/ContactRepository.h"
#include "core/Result.h"
#include "demo/DemoHolders.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

namespace lotsen {

class Database;

// The demo's contact histories of the last six months for every youth who is not exited, written through
// ContactRepository so that the summary columns are the ones the program itself would keep. Youths the meeting
// place already gave recent visits keep a regular rhythm; the others are spread over the rhythms the Today view
// must catch. Afterwards the entries and the youths' events are dated when they happened.
class DemoContactWriter
{
public:
    DemoContactWriter(Database& database, const QDate& today);

    Result<void> write(const QList<DemoContactHolder>& holders);

private:
    // What a youth's recent history looks like, for the Today view's rules to find (or not).
    enum class Rhythm {
        Regular, // in touch every week or two; the next contact is planned
        Drifting, // the last real contact was 20-60 days ago
        Unanswered, // two to four attempts in a row without answer since the last contact
        PlannedDue, // the planned next contact is today or has passed
    };
    // One youth's history as it is being written.
    struct History
    {
        const DemoContactHolder* holder = nullptr;
        int historyDays = 0;
        Rhythm rhythm = Rhythm::Regular;
        int lastSuccess = 0; // days ago
    };

    Result<void> loadVisitors();
    void collectColleagues(const QList<DemoContactHolder>& holders);
    Result<void> log(qint64 youthId, ContactKind kind, ContactWith with, const QDateTime& at, qint64 staffId,
                     const QString& note, const QDate& nextPlanned = {});
    qint64 staffOn(const DemoContactHolder& holder, const QDate& day);
    QString attemptNote();

    Result<void> writeProspect(const DemoContactHolder& holder, int historyDays);
    Result<void> writeEnrolled(const DemoContactHolder& holder, int historyDays);
    void chooseRhythm(History& history);
    Result<void> writeOutreach(const History& history, int& daysAgo);
    Result<void> writeContacts(const History& history, int daysAgo);
    Result<void> writeContact(const History& history, int day, bool last);
    QDate nextPlanned(const History& history, bool last, const QDate& on);
    Result<void> correctOrStrike(const History& history, ContactKind kind, const QDateTime& at);
    Result<void> writeAfterLastContact(const History& history);

    Result<void> backdateEntries();
    Result<void> backdateEvents(const QList<DemoContactHolder>& holders);

    Database& m_database;
    QRandomGenerator m_rng;
    ContactRepository m_contacts;
    const QDateTime m_now;
    const QDate m_base; // today, never later than now
    QSet<qint64> m_visitors; // youths with drop-in visits or group activities from the meeting place
    QList<qint64> m_colleagues; // mentors who take a call for another's youth
    Contact m_entry; // the last one logged
    int m_activeOrdinal = 0;
    int m_prospectOrdinal = 0;
    int m_plannedDue = 0;
    bool m_correctionWritten = false;
    bool m_strikeWritten = false;
};

} // namespace lotsen
