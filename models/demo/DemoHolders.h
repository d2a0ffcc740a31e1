#pragma once

#include "youth/Youth.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lotsen {

// What the later parts of the demo need to know about a saved youth. They are written after all the youths are
// saved, each from a random sequence of its own, so that the youths stay the same whichever parts are written.

// For the action plan.
struct DemoPlanHolder
{
    qint64 youthId = 0;
    YouthStatus status = YouthStatus::Active;
    QDate startDate;
    qint64 mentorId = 0;
    int age = 0;
    QList<TargetGroup> groups;
    QDate exitOn; // an exited youth's exit date: the plan stops there
};

// For the timeline, the network, consents, interventions and referrals.
struct DemoContactHolder
{
    qint64 youthId = 0;
    int index = 0;
    YouthStatus status = YouthStatus::Active;
    QDate startDate;
    qint64 mentorId = 0;
    QDate createdOn; // the 'created' event
    QDate statusChangedOn; // the 'status_changed' event, if any
    qint64 formerMentorId = 0;
    QDate mentorChangedOn; // the 'mentor_changed' event, if any
    // The youth's participation as DemoExitWriter writes it. An exited youth is saved as active and exited on
    // `exitOn` once its plan is written (status is the status it ends with); a re-enrolled youth took part from
    // `earlierStart` to `earlierEnd` and came back on `startDate`.
    QDate exitOn;
    int exitOrdinal = -1; // which of the demo's exits, for exited youths
    QDate earlierStart;
    QDate earlierEnd;
};

// For the network, consents, interventions and referrals: a youth who is not a prospect, as its record reads.
struct DemoPartnerYouth
{
    const DemoContactHolder* holder = nullptr;
    QString surname;
    bool minor = false;
    qint64 staffId = 0; // who records things for the youth: the mentor, or a colleague
    QDate start; // the start date, or sixty days ago when there is none
};

} // namespace lotsen
