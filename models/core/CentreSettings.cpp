#include "core/CentreSettings.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/WriteTransaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

struct KeyInfo
{
    const char* name;
    QVariant defaultValue;
};

const QHash<CentreSettings::Key, KeyInfo>& keyTable()
{
    static const QHash<CentreSettings::Key, KeyInfo> table = {
        { CentreSettings::Key::CentreName, { "centre_name", QString() } },
        { CentreSettings::Key::Logo, { "centre_logo_png", QByteArray() } },
        { CentreSettings::Key::PlanReviewWeeks, { "plan_review_weeks", CentreSettings::DefaultPlanReviewWeeks } },
        { CentreSettings::Key::ContactEditHours, { "contact_edit_hours", CentreSettings::DefaultContactEditHours } },
        { CentreSettings::Key::ActiveNoContactDays,
          { "active_no_contact_days", CentreSettings::DefaultActiveNoContactDays } },
        { CentreSettings::Key::ProspectNoContactDays,
          { "prospect_no_contact_days", CentreSettings::DefaultProspectNoContactDays } },
        { CentreSettings::Key::ReferralNoAnswerDays,
          { "referral_no_answer_days", CentreSettings::DefaultReferralNoAnswerDays } },
        { CentreSettings::Key::ConsentExpiryDays, { "consent_expiry_days", CentreSettings::DefaultConsentExpiryDays } },
        { CentreSettings::Key::AutoLockMinutes, { "auto_lock_minutes", CentreSettings::DefaultAutoLockMinutes } },
    };
    return table;
}

} // namespace

CentreSettings::CentreSettings(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

QVariant CentreSettings::value(Key key) const
{
    const KeyInfo& info = keyTable().value(key);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(info.name));
    if (query.exec() && query.next() && !query.value(0).isNull()) {
        return query.value(0);
    }
    return info.defaultValue;
}

Result<void> CentreSettings::setValue(Key key, const QVariant& value)
{
    const KeyInfo& info = keyTable().value(key);
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::fromLatin1(info.name));
    query.addBindValue(value);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        qCWarning(lcSql) << "saving setting" << info.name << "failed:" << query.lastError().text();
        return fail(query.lastError().text());
    }
    emit changed(key);
    return success();
}

QString CentreSettings::centreName() const
{
    const QString name = value(Key::CentreName).toString().trimmed();
    return name.isEmpty() ? QCoreApplication::translate("lotsen::CentreSettings", "The meeting place") : name;
}

QImage CentreSettings::defaultLogo()
{
    return QImage(QStringLiteral(":/print/logo.png"));
}

bool CentreSettings::hasOwnLogo() const
{
    return !value(Key::Logo).toByteArray().isEmpty();
}

QImage CentreSettings::logo() const
{
    const QByteArray png = value(Key::Logo).toByteArray();
    QImage image;
    if (!png.isEmpty() && image.loadFromData(png)) {
        return image;
    }
    return defaultLogo();
}

int CentreSettings::positive(Key key) const
{
    const int number = value(key).toInt();
    return number > 0 ? number : keyTable().value(key).defaultValue.toInt();
}

int CentreSettings::planReviewWeeks() const
{
    return positive(Key::PlanReviewWeeks);
}

int CentreSettings::contactEditHours() const
{
    return positive(Key::ContactEditHours);
}

int CentreSettings::referralNoAnswerDays() const
{
    return positive(Key::ReferralNoAnswerDays);
}

int CentreSettings::consentExpiryDays() const
{
    return positive(Key::ConsentExpiryDays);
}

int CentreSettings::autoLockMinutes() const
{
    return positive(Key::AutoLockMinutes);
}

int CentreSettings::activeNoContactDays() const
{
    return positive(Key::ActiveNoContactDays);
}

int CentreSettings::prospectNoContactDays() const
{
    return positive(Key::ProspectNoContactDays);
}

} // namespace lotsen
