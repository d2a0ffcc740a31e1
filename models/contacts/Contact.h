#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lotsen {

enum class ContactKind { Meeting, Phone, Sms, Email, Video, HomeVisit, DropIn, GroupActivity, Letter, Attempt };
enum class ContactWith { Youth, Relative, Partner, Other };

// One entry of a youth's contact history: a contact, or an attempt that got no answer.
struct Contact
{
    qint64 id = 0;
    qint64 youthId = 0;
    QDateTime occurredAt;
    ContactKind kind = ContactKind::Meeting;
    ContactWith withWhom = ContactWith::Youth;
    qint64 staffId = 0;
    QString staffName; // read-only, for display
    QString note;
    QDate nextPlanned; // the next planned contact, if one was agreed
    qint64 correctsId = 0; // this entry corrects an earlier one
    qint64 activityId = 0; // a group activity's attendance
    // A contact with a relative: which one (0 = not named), and the consent it relies on, or the written reason
    // for going ahead without one.
    qint64 networkPersonId = 0;
    qint64 consentId = 0;
    QString consentOverride;
    QDateTime struckAt; // struck out (never deleted)
    qint64 struckBy = 0;
    QString struckReason;
    QDateTime createdAt;
    // The account that was logged in when the entry was written (0: unknown, before authors were recorded, or a
    // database without accounts). Set by the repository, never by a dialog.
    qint64 registeredBy = 0;
    QString registeredByName; // read-only, for display

    bool isStruck() const { return struckAt.isValid(); }
    // A contact attempt without answer is not contact: the youth was not reached.
    bool isSuccessful() const { return kind != ContactKind::Attempt && !isStruck(); }
    bool operator==(const Contact&) const = default;
};

} // namespace lotsen
