#include "core/CentreSettings.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/WriteTransaction.h"
#include "enrolment/EnrolmentRules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
        { CentreSettings::Key::FollowUpOffsets,
          { "follow_up_offsets", QString::fromLatin1(CentreSettings::DefaultFollowUpOffsets) } },
        { CentreSettings::Key::FollowUpAttempts, { "follow_up_attempts", CentreSettings::DefaultFollowUpAttempts } },
        { CentreSettings::Key::CollectSensitiveCharacteristics, { "collect_sensitive_characteristics", 0 } },
        { CentreSettings::Key::ProjectName, { "project_name", QString() } },
        { CentreSettings::Key::ProjectStart, { "project_start", QString() } },
        { CentreSettings::Key::ProjectEnd, { "project_end", QString() } },
        { CentreSettings::Key::PlannedParticipants, { "planned_participants", 0 } },
        { CentreSettings::Key::RetentionYears, { "retention_years", CentreSettings::DefaultRetentionYears } },
        { CentreSettings::Key::RetentionProspectMonths,
          { "retention_prospect_months", CentreSettings::DefaultRetentionProspectMonths } },
        { CentreSettings::Key::RetentionAccessLogYears,
          { "retention_access_log_years", CentreSettings::DefaultRetentionAccessLogYears } },
        { CentreSettings::Key::RetentionDecision, { "retention_decision", QString() } },
    };
    return table;
}

} // namespace

CentreSettings::CentreSettings(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<QVariant> CentreSettings::read(Key key) const
{
    const KeyInfo& info = keyTable().value(key);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(info.name));
    if (!query.exec()) {
        return SqlRead::failed(query, "settings.read");
    }
    if (query.next() && !query.value(0).isNull()) {
        return query.value(0);
    }
    return info.defaultValue;
}

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

Result<CentreSettings::Versions> CentreSettings::versions() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, row_version FROM setting"))) {
        return SqlRead::failed(query, "settings.versions");
    }
    Versions result;
    while (query.next()) {
        if (const std::optional<Key> key = keyFromName(query.value(0).toString())) {
            result.insert(*key, query.value(1).toInt());
        }
    }
    return result;
}

Result<void> CentreSettings::save(const QList<Change>& changes)
{
    return write(changes, nullptr);
}

Result<void> CentreSettings::save(const QList<Change>& changes, const Versions& readVersions)
{
    return write(changes, &readVersions);
}

Result<void> CentreSettings::write(const QList<Change>& changes, const Versions* readVersions)
{
    QList<Key> changed;
    QStringList details; // the access-log entries of the changes, written once none is refused
    QList<Key> conflicts;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        qCWarning(lcSql) << "saving settings: no transaction";
        return fail(tr("The settings could not be saved: the database is busy or cannot be written."));
    }
    const bool logged = m_session && m_session->hasAccessControl();
    const QString now = Clock::now().toString(Qt::ISODate);
    for (const Change& change : changes) {
        const QVariant old = value(change.key);
        // Compared as stored: SQLite hands back a number as qlonglong, the caller passes an int. A setting someone
        // else changed to the very value of this change is no conflict: nothing of theirs is overwritten.
        if (loggedValue(change.key, old) == loggedValue(change.key, change.value)
            && (change.key != Key::Logo || old.toByteArray() == change.value.toByteArray())) {
            continue;
        }
        const QString key = name(change.key);
        QSqlQuery query(m_database.connection());
        const int readVersion = readVersions ? readVersions->value(change.key, 0) : 0;
        if (!readVersions) {
            query.prepare(QStringLiteral(
                "INSERT INTO setting (key, value, row_version, changed_by, changed_at) VALUES (?, ?, 1, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, row_version = setting.row_version + 1, "
                "changed_by = excluded.changed_by, changed_at = excluded.changed_at"));
            query.addBindValue(key);
            query.addBindValue(change.value);
            query.addBindValue(m_database.authorValue()); // changed_by: the logged-in account
            query.addBindValue(now);
        } else if (readVersion == 0) {
            // Not stored when it was read: stored now only if nobody else has meanwhile.
            query.prepare(QStringLiteral("INSERT INTO setting (key, value, row_version, changed_by, changed_at) "
                                         "VALUES (?, ?, 1, ?, ?) ON CONFLICT (key) DO NOTHING"));
            query.addBindValue(key);
            query.addBindValue(change.value);
            query.addBindValue(m_database.authorValue());
            query.addBindValue(now);
        } else {
            query.prepare(QStringLiteral("UPDATE setting SET value = ?, row_version = row_version + 1, changed_by = ?, "
                                         "changed_at = ? WHERE key = ? AND row_version = ?"));
            query.addBindValue(change.value);
            query.addBindValue(m_database.authorValue());
            query.addBindValue(now);
            query.addBindValue(key);
            query.addBindValue(readVersion);
        }
        if (!query.exec()) {
            qCWarning(lcSql) << "saving setting" << key << "failed:" << query.lastError().text();
            return fail(tr("The settings could not be saved: %1").arg(query.lastError().text()));
        }
        if (readVersions && query.numRowsAffected() != 1) {
            // Changed by someone else since it was read: the whole save is refused, after naming every such key.
            conflicts << change.key;
            continue;
        }
        details << AccessDetail::encode(AccessDetail::Code::Setting,
                                        { key, loggedValue(change.key, old), loggedValue(change.key, change.value) });
        changed << change.key;
    }
    if (!conflicts.isEmpty()) {
        return conflict(conflicts); // the transaction rolls back: nothing is saved, nothing is logged
    }
    if (!logged) {
        details.clear();
    }
    for (const QString& detail : std::as_const(details)) {
        if (const Result<void> entry = m_session->log(AccessAction::ChangeSetting, 0, detail); !entry) {
            return fail(tr("The settings were not saved, because the access log could not record the change: %1")
                            .arg(entry.message()));
        }
    }
    if (!transaction.commit()) {
        qCWarning(lcSql) << "saving settings: commit failed";
        return fail(tr("The settings could not be saved: the database could not be written."));
    }
    for (const Key key : std::as_const(changed)) {
        emit this->changed(key);
    }
    return success();
}

Error CentreSettings::conflict(const QList<Key>& keys) const
{
    QStringList lines;
    for (const Key key : keys) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT s.changed_at, a.display_name FROM setting s "
                                     "LEFT JOIN account a ON a.id = s.changed_by WHERE s.key = ?"));
        query.addBindValue(name(key));
        QString who;
        QDateTime when;
        if (query.exec() && query.next()) {
            when = SqlValues::dateTime(query.value(0));
            who = query.value(1).toString();
        } else {
            qCWarning(lcSql) << "reading who changed setting" << name(key) << "failed:" << query.lastError().text();
        }
        const QString at = QLocale().toString(when, QLocale::ShortFormat);
        if (!who.isEmpty() && when.isValid()) {
            lines << tr("“%1”: changed by %2 at %3").arg(label(key), who, at);
        } else if (when.isValid()) {
            lines << tr("“%1”: changed by someone else at %2").arg(label(key), at);
        } else if (!who.isEmpty()) {
            lines << tr("“%1”: changed by %2").arg(label(key), who);
        } else {
            lines << tr("“%1”: changed by someone else").arg(label(key));
        }
    }
    Error error;
    error.field = conflictField();
    error.message = tr("Someone else changed %n of the settings you are saving, after you opened them. Nothing of "
                       "yours was saved.",
                       nullptr, int(keys.size()))
        + u'\n' + lines.join(u'\n');
    return error;
}

QString CentreSettings::loggedValue(Key key, const QVariant& value)
{
    if (key == Key::Logo) {
        return value.toByteArray().isEmpty() ? QStringLiteral("default") : QStringLiteral("own");
    }
    return value.toString();
}

QString CentreSettings::name(Key key)
{
    return QString::fromLatin1(keyTable().value(key).name);
}

std::optional<CentreSettings::Key> CentreSettings::keyFromName(const QString& name)
{
    const auto& table = keyTable();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (name == QLatin1String(it.value().name)) {
            return it.key();
        }
    }
    return std::nullopt;
}

QString CentreSettings::label(Key key)
{
    switch (key) {
    case Key::CentreName:
        return tr("Centre name");
    case Key::Logo:
        return tr("Logo on printouts");
    case Key::PlanReviewWeeks:
        return tr("Next plan review after (weeks)");
    case Key::ContactEditHours:
        return tr("Timeline entries can be changed by anyone for (hours)");
    case Key::ActiveNoContactDays:
        return tr("Today: active youth without contact for more than (days)");
    case Key::ProspectNoContactDays:
        return tr("Today: prospect without contact for more than (days)");
    case Key::ReferralNoAnswerDays:
        return tr("Today: referral without an answer after (days)");
    case Key::ConsentExpiryDays:
        return tr("Today: consent that ends within (days)");
    case Key::AutoLockMinutes:
        return tr("Lock Lotsen after no input for (minutes)");
    case Key::FollowUpOffsets:
        return tr("Follow-ups after exit (e.g. 4w, 6m, 12m)");
    case Key::FollowUpAttempts:
        return tr("A follow-up may be closed as not reached after (unanswered attempts)");
    case Key::CollectSensitiveCharacteristics:
        return tr("Ask about disability and foreign background at entry");
    case Key::ProjectName:
        return tr("Project name");
    case Key::ProjectStart:
        return tr("Project start");
    case Key::ProjectEnd:
        return tr("Project end");
    case Key::PlannedParticipants:
        return tr("Planned participants");
    case Key::RetentionYears:
        return tr("Cull personal data after the last period and entry (years)");
    case Key::RetentionProspectMonths:
        return tr("Cull prospects who never enrolled after their last entry (months)");
    case Key::RetentionAccessLogYears:
        return tr("Keep the access log for (years)");
    case Key::RetentionDecision:
        return tr("Retention decision");
    }
    return {};
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

QStringList CentreSettings::followUpOffsets() const
{
    QStringList offsets = EnrolmentRules::parseOffsets(value(Key::FollowUpOffsets).toString());
    return offsets.isEmpty() ? EnrolmentRules::parseOffsets(QString::fromLatin1(DefaultFollowUpOffsets)) : offsets;
}

int CentreSettings::followUpAttempts() const
{
    return positive(Key::FollowUpAttempts);
}

bool CentreSettings::collectsSensitiveCharacteristics() const
{
    return value(Key::CollectSensitiveCharacteristics).toInt() != 0;
}

int CentreSettings::activeNoContactDays() const
{
    return positive(Key::ActiveNoContactDays);
}

int CentreSettings::prospectNoContactDays() const
{
    return positive(Key::ProspectNoContactDays);
}

QString CentreSettings::projectName() const
{
    return value(Key::ProjectName).toString().trimmed();
}

QDate CentreSettings::projectStart() const
{
    return QDate::fromString(value(Key::ProjectStart).toString(), Qt::ISODate);
}

QDate CentreSettings::projectEnd() const
{
    return QDate::fromString(value(Key::ProjectEnd).toString(), Qt::ISODate);
}

int CentreSettings::plannedParticipants() const
{
    return std::max(0, value(Key::PlannedParticipants).toInt());
}

} // namespace lotsen
