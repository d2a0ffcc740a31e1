#pragma once

#include "access/PermissionCheck.h"
#include "core/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lotsen {

class CentreSettings;
class Database;

// The reports' one query layer: every figure of the Reports page, its PDF, its spreadsheets and `lotsen report`
// comes from here, counted in SQL (aggregates only; the names of "no one lost" are the one exception, marked
// onScreenOnly). Each report carries its written definition; the README's report section says the same.
// Only for those who may view reports (coordinators, administrators): a mentor gets an error, never figures.
class ReportQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReportQuery)

public:
    // The reports in page order; keys are stable (file names, tests, the command line).
    static QStringList keys();

    ReportQuery(Database& database, CentreSettings& centre);
    void setPermissionCheck(PermissionCheck check) { m_allowed = std::move(check); }

    Result<Report> report(const QString& key, const ReportParameters& parameters) const;
    // Every report, in page order.
    Result<QList<Report>> all(const ReportParameters& parameters) const;

    // 1. Active at start, new, exited, active at end, cumulative since the project start; by gender and age group;
    //    month by month.
    Result<Report> participants(const ReportParameters& parameters) const;
    // 2. The situation at entry of the periods that started in the period, by gender.
    Result<Report> situationAtEntry(const ReportParameters& parameters) const;
    // 3. Exits by reason and by situation; the shares in work or studies and closer to the labour market.
    Result<Report> exits(const ReportParameters& parameters) const;
    // 4. Follow-ups due in the period: done, not reached, open, response rate; situations against those at exit.
    Result<Report> followUps(const ReportParameters& parameters) const;
    // 5. Time in the programme, for periods that ended in the period and those still running at its end.
    Result<Report> timeInProgramme(const ReportParameters& parameters) const;
    // 6. "No one lost": today's active youths with a plan, a plan not overdue, a contact in the last 30 days.
    Result<Report> noOneLost(const ReportParameters& parameters) const;
    // 7. Contacts by kind, drop-in visits and group activities, month by month.
    Result<Report> activity(const ReportParameters& parameters) const;
    // 8. Participations per intervention; referrals by partner kind with their answers.
    Result<Report> interventions(const ReportParameters& parameters) const;
    // 9. Prospects registered in the period by source: contacted, enrolled, days from first attempt to enrolment.
    Result<Report> outreach(const ReportParameters& parameters) const;
    // 10. The KAA group (under 20): contacted, with a first measure, declined, ended by reason.
    Result<Report> kaa(const ReportParameters& parameters) const;

    // The funder's participant list: one row per enrolment period that overlaps the period (personal data: for the
    // export only, which logs it). Never masked.
    Result<ReportTable> participantList(const ReportParameters& parameters) const;

    // "15–17" … "25–29", or "other" (also without a birth date); the age group's column index 0–4.
    static int ageGroup(int age);
    static QStringList ageGroupLabels();
    // Woman, man, non-binary/other, not stated: the column index 0–3 of a gender code.
    static int genderIndex(const QString& code);
    static QStringList genderLabels();

private:
    Result<void> mayView() const;
    // An empty report with its title and definition, or the refusal for those who may not view reports.
    Result<Report> begin(const QString& key, const QString& title, const QString& definition) const;

    Database& m_database;
    CentreSettings& m_centre;
    PermissionCheck m_allowed;
};

} // namespace lotsen
