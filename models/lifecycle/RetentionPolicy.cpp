#include "lifecycle/RetentionPolicy.h"

#include "core/CentreSettings.h"

namespace lotsen {

Result<RetentionPolicy> RetentionPolicy::read(const CentreSettings& centre)
{
    using Key = CentreSettings::Key;
    RetentionPolicy policy;
    const Result<QVariant> years = centre.read(Key::RetentionYears);
    const Result<QVariant> months = centre.read(Key::RetentionProspectMonths);
    const Result<QVariant> logYears = centre.read(Key::RetentionAccessLogYears);
    const Result<QVariant> decision = centre.read(Key::RetentionDecision);
    for (const Result<QVariant>* read : { &years, &months, &logYears, &decision }) {
        if (!read->ok()) {
            return read->error();
        }
    }
    // A number that is missing or not positive is the default: a policy never culls "after 0 years".
    const auto positive = [](const QVariant& value, int fallback) {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && number > 0 ? number : fallback;
    };
    policy.years = positive(*years, CentreSettings::DefaultRetentionYears);
    policy.prospectMonths = positive(*months, CentreSettings::DefaultRetentionProspectMonths);
    policy.accessLogYears = positive(*logYears, CentreSettings::DefaultRetentionAccessLogYears);
    policy.decision = decision->toString().trimmed();
    return policy;
}

Result<void> RetentionPolicy::save(CentreSettings& centre) const
{
    if (Result<void> valid = validate(); !valid) {
        return valid;
    }
    return centre.save(changes());
}

Result<void> RetentionPolicy::save(CentreSettings& centre, const CentreSettings::Versions& readVersions) const
{
    if (Result<void> valid = validate(); !valid) {
        return valid;
    }
    // Empty versions are meaningful: none of the settings was stored when they were read.
    return centre.save(changes(), readVersions);
}

QList<CentreSettings::Change> RetentionPolicy::changes() const
{
    using Key = CentreSettings::Key;
    return { { Key::RetentionYears, years },
             { Key::RetentionProspectMonths, prospectMonths },
             { Key::RetentionAccessLogYears, accessLogYears },
             { Key::RetentionDecision, decision.trimmed() } };
}

QString RetentionPolicy::summary() const
{
    return QStringLiteral("%1y %2m %3y").arg(years).arg(prospectMonths).arg(accessLogYears);
}

Result<void> RetentionPolicy::validate() const
{
    if (years < 1 || years > 100) {
        return fail(tr("Personal data must be kept between 1 and 100 years."), QStringLiteral("years"));
    }
    if (prospectMonths < 1 || prospectMonths > 1200) {
        return fail(tr("Prospects must be kept between 1 and 1200 months."), QStringLiteral("prospectMonths"));
    }
    if (accessLogYears < 1 || accessLogYears > 100) {
        return fail(tr("The access log must be kept between 1 and 100 years."), QStringLiteral("accessLogYears"));
    }
    if (decision.size() > 2000) {
        return fail(tr("The retention decision may have at most 2000 characters."), QStringLiteral("decision"));
    }
    return success();
}

} // namespace lotsen
