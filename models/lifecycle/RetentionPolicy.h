#pragma once

#include "core/CentreSettings.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lotsen {

// The centre's retention policy (gallring): how long personal data is kept, and the decision it rests on. Stored in
// the centre's settings, so that a change is logged (ChangeSetting) like any other setting.
struct RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    int years = 5; // after the end of the last enrolment period and the last entry
    int prospectMonths = 12; // prospects who never enrolled, after their last entry
    int accessLogYears = 5; // access-log entries older than this are removed
    QString decision; // e.g. the board's gallringsbeslut and its date

    // The policy as stored, or the defaults for what is not set; an error when the settings cannot be read.
    static Result<RetentionPolicy> read(const CentreSettings& centre);
    // Saves all four in one transaction (logged by CentreSettings when it has a session). With the versions read
    // when the policy was shown, a setting another PC changed since is refused (CentreSettings::conflictField()).
    Result<void> save(CentreSettings& centre) const;
    Result<void> save(CentreSettings& centre, const CentreSettings::Versions& readVersions) const;

    // Entries and periods that ended before these dates are past the policy.
    QDate participantCutoff(const QDate& today) const { return today.addYears(-years); }
    QDate prospectCutoff(const QDate& today) const { return today.addMonths(-prospectMonths); }
    QDate accessLogCutoff(const QDate& today) const { return today.addYears(-accessLogYears); }

    // "5y 12m 5y": the numbers as retention_run and the retention log record them.
    QString summary() const;
    // A check of the numbers for the Settings page: an error names the field.
    Result<void> validate() const;

private:
    QList<CentreSettings::Change> changes() const;
};

} // namespace lotsen
