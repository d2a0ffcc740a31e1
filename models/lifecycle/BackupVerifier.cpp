#include "lifecycle/BackupVerifier.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "lifecycle/ReadOnlyConnection.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

QStringList BackupVerifier::mainTables()
{
    return { QStringLiteral("youth"),          QStringLiteral("enrolment_period"), QStringLiteral("action_plan"),
             QStringLiteral("plan_step"),      QStringLiteral("contact"),          QStringLiteral("consent"),
             QStringLiteral("network_person"), QStringLiteral("referral"),         QStringLiteral("participation"),
             QStringLiteral("follow_up"),      QStringLiteral("account"),          QStringLiteral("access_log") };
}

Result<BackupVerifier::Counts> BackupVerifier::countRows(const QSqlDatabase& connection)
{
    // A backup of an older schema lacks the newer tables: only the tables it has are counted.
    QSqlQuery query(connection);
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return fail(tr("The rows could not be counted: %1").arg(Database::describeSqlError(query.lastError())));
    }
    QStringList existing;
    while (query.next()) {
        existing << query.value(0).toString();
    }
    // One statement, so that every count is of the same snapshot.
    QStringList parts;
    for (const QString& table : mainTables()) {
        if (existing.contains(table)) {
            tables << table;
            parts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table);
        }
    }
    if (parts.isEmpty()) {
        return Counts {};
    }
    if (!query.exec(QStringLiteral("SELECT ") + parts.join(u',')) || !query.next()) {
        qCWarning(lcDatabase) << "backup: counting rows failed:" << query.lastError().databaseText();
        return fail(tr("The rows could not be counted: %1").arg(Database::describeSqlError(query.lastError())));
    }
    Counts counts;
    for (int i = 0; i < tables.size(); ++i) {
        counts.insert(tables.at(i), query.value(i).toLongLong());
    }
    return counts;
}

Result<BackupVerifier::Report> BackupVerifier::verify(const QString& path, int expectedSchema,
                                                      const std::optional<Counts>& expected)
{
    if (!QFileInfo(path).isFile()) {
        return fail(tr("The backup file does not exist."));
    }
    ReadOnlyConnection connection(path, ReadOnlyConnection::Mode::AsItIs);
    if (!connection.open()) {
        return fail(
            tr("The backup cannot be opened: %1").arg(Database::describeSqlError(connection.database().lastError())));
    }
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
        || query.value(0).toInt() != Database::ApplicationId) {
        return fail(tr("The file is not a Lotsen database."));
    }
    Report report;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(tr("The backup's schema version cannot be read."));
    }
    report.schemaVersion = query.value(0).toInt();
    if (report.schemaVersion > Database::currentSchemaVersion()) {
        return fail(tr("The backup was written by a newer Lotsen (schema %1; this Lotsen knows up to %2).")
                        .arg(report.schemaVersion)
                        .arg(Database::currentSchemaVersion()));
    }
    if (expectedSchema != 0 && report.schemaVersion != expectedSchema) {
        return fail(tr("The backup has schema version %1, not %2.").arg(report.schemaVersion).arg(expectedSchema));
    }
    // integrity_check, not quick_check: it also compares every index with its table.
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        return fail(tr("The backup is damaged (%1).").arg(query.lastError().databaseText()));
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        return fail(tr("The backup is damaged: its integrity check failed."));
    }
    query.finish();
    const Result<Counts> counts = countRows(connection.database());
    if (!counts) {
        return counts.error();
    }
    report.counts = *counts;
    if (expected && *expected != report.counts) {
        for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
            if (report.counts.value(it.key(), -1) != it.value()) {
                return fail(tr("The backup's table %1 has %2 rows, the database had %3.")
                                .arg(it.key())
                                .arg(report.counts.value(it.key(), -1))
                                .arg(it.value()));
            }
        }
        return fail(tr("The backup's row counts differ from the database's."));
    }
    return report;
}

} // namespace lotsen
