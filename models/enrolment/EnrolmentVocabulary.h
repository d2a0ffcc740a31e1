#pragma once

#include "enrolment/Enrolment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lotsen {

// The codes the database stores for the enrolment, exit and follow-up answers, and their labels in the user's
// language. The codes never change once released; the reports (next issue) count by them. Unknown codes read as
// the "not known" value of their list (or, for reasons, NotRecorded), so that a newer database still opens.
class EnrolmentVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentVocabulary)

public:
    template<typename E> static QList<E> all();
    template<typename E> static E fromCode(const QString& code);

    static QString code(LabourSituation value);
    static QString code(TimeWithout value);
    static QString code(Education value);
    static QString code(Income value);
    static QString code(SensitiveAnswer value);
    static QString code(ExitReason value);
    static QString code(Situation value);
    static QString code(StudyType value);
    static QString code(FollowUpStatus value);
    static QString code(FollowUpChannel value);
    static QString code(AttemptResult value);

    static QString label(LabourSituation value);
    static QString label(TimeWithout value);
    static QString label(Education value);
    static QString label(IscedBand value);
    static QString label(Income value);
    static QString label(SensitiveAnswer value);
    static QString label(ExitReason value);
    static QString label(Situation value);
    static QString label(StudyType value);
    static QString label(FollowUpStatus value);
    static QString label(FollowUpChannel value);
    static QString label(AttemptResult value);

    static IscedBand isced(Education education);
    // "4 weeks", "6 months" for an offset code ("4w", "6m"); the code itself when it is not one.
    static QString offsetLabel(const QString& offsetCode);
    // "4 v", "6 mån": the short form Today uses.
    static QString offsetShortLabel(const QString& offsetCode);
};

} // namespace lotsen
