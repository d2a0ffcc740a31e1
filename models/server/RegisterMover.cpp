#include "server/RegisterMover.h"

#include "access/AccessLog.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/WriteTransaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace lotsen {

namespace {

// The server's tables that the file has not: the schema's version (PRAGMA user_version in the file) and the search
// index, an FTS5 table in the file, rebuilt here.
const QString kVersionTable = QStringLiteral("lotsen_schema_version");
const QString kSearchTable = QStringLiteral("youth_search");
// PostgreSQL takes at most 65,535 parameters per statement.
constexpr int kMaxParameters = 60000;

// The search index's rows as youth_search_refresh() (the trigger youth_search_insert) makes them, for every youth.
const QString kRebuildSearch = QStringLiteral(
    "INSERT INTO youth_search (youth_id, name, numbers) "
    "SELECT id, to_tsvector('simple', lotsen_search_words(first_name || ' ' || last_name)), "
    "to_tsvector('simple', lotsen_search_words(coalesce(personal_number || ' ' || substr(personal_number, 3), '') "
    "|| ' ' || replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''))) "
    "FROM youth");

enum class Kind {
    Plain,
    Moment, // a date or timestamptz column: the file's text as it is (PostgreSQL reads ISO), '' as NULL
    Bytes, // bytea
};

struct Column
{
    QString name;
    Kind kind = Kind::Plain;
};

struct Table
{
    QString name;
    QList<Column> columns; // the file's columns, in its order
    QString order; // ORDER BY of the read: ids ascending, so that a row's parent in the same table comes first
    QString identity; // the identity column on the server, if any
    qint64 rows = 0; // in the file
};

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString literal(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// An SQL failure: the operation and the error code to lotsen.sql (never the server's text, which may quote a
// row's values); the user's message with Database's description.
Error sqlFailure(const char* operation, const QString& table, const QSqlError& error, const QString& message)
{
    qCWarning(lcSql) << "register move:" << operation << table << error.nativeErrorCode();
    return fail(message + u' ' + Database::describeSqlError(error));
}

} // namespace

RegisterMover::RegisterMover(Database& source, Database& target) : m_source(source), m_target(target) { }

Result<RegisterMover::Outcome> RegisterMover::move()
{
    QElapsedTimer timer;
    timer.start();
    const QString nothingMoved = tr("Nothing was moved.");
    if (!m_source.isOpen() || m_source.isServer() || !m_target.isOpen() || !m_target.isServer()) {
        return fail(tr("A register is moved from a Lotsen file to a database on a server."));
    }
    if (m_target.isReadOnly()) {
        return fail(tr("The database on the server was opened read-only.") + u' ' + nothingMoved);
    }
    const int sourceVersion = m_source.userVersion();
    const int targetVersion = m_target.userVersion();
    if (sourceVersion != targetVersion || sourceVersion <= 0) {
        return fail(tr("The file has schema version %1 and the database on the server %2: both must be this "
                       "version of Lotsen's (%3). Open the file in this Lotsen once to update it.")
                        .arg(sourceVersion)
                        .arg(targetVersion)
                        .arg(Database::currentSchemaVersion())
                    + u' ' + nothingMoved);
    }
    const QSqlDatabase source = m_source.connection();
    const QSqlDatabase target = m_target.connection();

    // One snapshot of the file for every read: a Lotsen may write to it meanwhile through its WAL.
    QSqlQuery snapshot(source);
    if (!snapshot.exec(QStringLiteral("SAVEPOINT register_move"))) {
        return sqlFailure("snapshot", {}, snapshot.lastError(),
                          tr("The file could not be read.") + u' ' + nothingMoved);
    }
    const auto endSnapshot = qScopeGuard([&snapshot] { snapshot.exec(QStringLiteral("RELEASE register_move")); });

    // The file's tables, without SQLite's own and without the FTS5 search index and its shadow tables.
    QList<Table> tables;
    {
        QSqlQuery query(source);
        if (!query.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name"))) {
            return sqlFailure("list tables", {}, query.lastError(), tr("The file could not be read."));
        }
        QStringList virtualTables;
        QList<std::pair<QString, QString>> all;
        while (query.next()) {
            const QString name = query.value(0).toString();
            const QString sql = query.value(1).toString();
            all.append({ name, sql });
            if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
                virtualTables.append(name);
            }
        }
        for (const auto& [name, sql] : all) {
            const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&name](const QString& v) {
                return name == v || name.startsWith(v + u'_');
            });
            if (name.startsWith(QLatin1String("sqlite_")) || shadow) {
                continue;
            }
            Table table;
            table.name = name;
            table.order = sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive) ? QString()
                                                                                            : QStringLiteral("rowid");
            QSqlQuery info(source);
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)))) {
                return sqlFailure("table info", name, info.lastError(), tr("The file could not be read."));
            }
            while (info.next()) {
                table.columns.append(Column { info.value(1).toString(), Kind::Plain });
                if (table.columns.last().name == QLatin1String("id")) {
                    table.order = QStringLiteral("id");
                }
            }
            tables.append(table);
        }
    }

    // The server's tables and columns: the same tables, and every column of the file's there.
    QSet<QString> serverTables;
    QHash<QString, QHash<QString, QString>> serverTypes; // table -> column -> data_type
    QHash<QString, QSet<QString>> generated;
    QHash<QString, QString> identities;
    QHash<QString, QStringList> parents; // table -> the tables its foreign keys refer to
    {
        QSqlQuery query(target);
        if (!query.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                       "current_schema()"))) {
            return sqlFailure("server tables", {}, query.lastError(),
                              tr("The database on the server could not be read."));
        }
        while (query.next()) {
            serverTables.insert(query.value(0).toString());
        }
        if (!query.exec(QStringLiteral("SELECT table_name, column_name, data_type, is_identity, is_generated FROM "
                                       "information_schema.columns WHERE table_schema = current_schema()"))) {
            return sqlFailure("server columns", {}, query.lastError(),
                              tr("The database on the server could not be read."));
        }
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString column = query.value(1).toString();
            serverTypes[table].insert(column, query.value(2).toString());
            if (query.value(3).toString() == QLatin1String("YES")) {
                identities.insert(table, column);
            }
            if (query.value(4).toString() == QLatin1String("ALWAYS")) {
                generated[table].insert(column);
            }
        }
        if (!query.exec(QStringLiteral("SELECT c.relname, p.relname FROM pg_catalog.pg_constraint k "
                                       "JOIN pg_catalog.pg_class c ON c.oid = k.conrelid "
                                       "JOIN pg_catalog.pg_class p ON p.oid = k.confrelid "
                                       "WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace"))) {
            return sqlFailure("server foreign keys", {}, query.lastError(),
                              tr("The database on the server could not be read."));
        }
        while (query.next()) {
            if (query.value(0).toString() != query.value(1).toString()) {
                parents[query.value(0).toString()].append(query.value(1).toString());
            }
        }
    }
    const QString serverName = m_target.shownName();
    QSet<QString> fileTables;
    for (Table& table : tables) {
        fileTables.insert(table.name);
        if (!serverTables.contains(table.name)) {
            return fail(tr("The database %1 has no table %2, which the file has: it was set up by another version "
                           "of Lotsen.")
                            .arg(serverName, table.name)
                        + u' ' + nothingMoved);
        }
        const QHash<QString, QString>& types = serverTypes.value(table.name);
        for (Column& column : table.columns) {
            if (!types.contains(column.name) || generated.value(table.name).contains(column.name)) {
                return fail(tr("The table %1 of the database %2 has no column %3, which the file has: it was set up "
                               "by another version of Lotsen.")
                                .arg(table.name, serverName, column.name)
                            + u' ' + nothingMoved);
            }
            const QString type = types.value(column.name);
            column.kind = type == QLatin1String("date") || type.startsWith(QLatin1String("timestamp")) ? Kind::Moment
                : type == QLatin1String("bytea")                                                       ? Kind::Bytes
                                                                                                       : Kind::Plain;
        }
        table.identity = identities.value(table.name);
    }
    for (const QString& name : serverTables) {
        if (name != kVersionTable && name != kSearchTable && !fileTables.contains(name)) {
            return fail(tr("The database %1 has a table %2 that the file does not have: it was set up by another "
                           "version of Lotsen.")
                            .arg(serverName, name)
                        + u' ' + nothingMoved);
        }
    }
    if (!serverTables.contains(kSearchTable)) {
        return fail(tr("The database %1 has no table %2: it was set up by another version of Lotsen.")
                        .arg(serverName, kSearchTable)
                    + u' ' + nothingMoved);
    }

    // Parents before children: the foreign keys stay on (only the table's owner's triggers go off).
    QList<Table> ordered;
    {
        QSet<QString> placed;
        QList<Table> waiting = tables;
        while (!waiting.isEmpty()) {
            const auto ready = std::find_if(waiting.begin(), waiting.end(), [&](const Table& table) {
                const QStringList& needed = parents.value(table.name);
                return std::all_of(needed.cbegin(), needed.cend(), [&](const QString& parent) {
                    return placed.contains(parent) || !fileTables.contains(parent);
                });
            });
            if (ready == waiting.end()) {
                return fail(tr("The tables of the database %1 refer to each other in a circle (%2): they cannot be "
                               "filled one after the other.")
                                .arg(serverName, waiting.first().name)
                            + u' ' + nothingMoved);
            }
            placed.insert(ready->name);
            ordered.append(*ready);
            waiting.erase(ready);
        }
    }

    // The file's counts, and its chain: the move is complete when the server has the same.
    qint64 sourceRows = 0;
    for (Table& table : ordered) {
        QSqlQuery count(source);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))) || !count.next()) {
            return sqlFailure("count", table.name, count.lastError(), tr("The file could not be read."));
        }
        table.rows = count.value(0).toLongLong();
        sourceRows += table.rows;
    }
    bool sourceHasDatabaseId = false;
    {
        QSqlQuery query(source);
        sourceHasDatabaseId
            = query.exec(QStringLiteral("SELECT 1 FROM setting WHERE key = 'database_id'")) && query.next();
    }
    const AccessLog::VerifyResult sourceChain = AccessLog(m_source).verifyChain();
    if (!sourceChain.ok) {
        return fail(tr("The file's access log does not verify on this PC, so the move could not be checked "
                       "against it: %1")
                        .arg(sourceChain.message)
                    + u' ' + nothingMoved);
    }

    WriteTransaction transaction(m_target);
    if (!transaction.isActive()) {
        return fail(transaction.error() + u' ' + nothingMoved);
    }
    const auto run = [&target](const QString& sql, QSqlError& error) {
        QSqlQuery query(target);
        if (!query.exec(sql)) {
            error = query.lastError();
            return false;
        }
        return true;
    };
    QSqlError error;
    // The owner may switch its tables' triggers off inside the transaction (session_replication_role needs a
    // superuser); this also locks every table until the commit.
    for (const Table& table : ordered) {
        if (!run(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table.name)), error)) {
            if (error.nativeErrorCode() == QLatin1String("42501")) {
                qCWarning(lcSql) << "register move: not the owner of" << table.name;
                return fail(tr("The account %1 does not own the tables of the database %2: a register is moved "
                               "with the owner's account (the owner that \"lotsen setup-server\" made).")
                                .arg(m_target.server().user, serverName)
                            + u' ' + nothingMoved);
            }
            return sqlFailure("disable triggers", table.name, error,
                              tr("The database %1 could not be prepared.").arg(serverName) + u' ' + nothingMoved);
        }
    }
    // Empty: no rows but the register's identity, which a new database is given.
    QStringList checked;
    for (const QString& name : serverTables) {
        if (name != kVersionTable) {
            checked.append(name);
        }
    }
    checked.sort();
    for (const QString& name : checked) {
        QSqlQuery query(target);
        const QString condition
            = name == QLatin1String("setting") ? QStringLiteral(" WHERE key <> 'database_id'") : QString();
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1%2)").arg(quoted(name), condition))
            || !query.next()) {
            return sqlFailure("empty check", name, query.lastError(),
                              tr("The database %1 could not be read.").arg(serverName) + u' ' + nothingMoved);
        }
        if (query.value(0).toBool()) {
            return fail(tr("The database %1 is not empty (its table %2 holds rows): a register is moved only into "
                           "an empty database. Nothing was changed.")
                            .arg(serverName, name));
        }
    }
    // The file's identity replaces the new one: it is the same register, and its retention log names it.
    if (sourceHasDatabaseId && !run(QStringLiteral("DELETE FROM setting WHERE key = 'database_id'"), error)) {
        return sqlFailure("identity", QStringLiteral("setting"), error, nothingMoved);
    }

    Outcome outcome;
    for (const Table& table : ordered) {
        if (m_progress) {
            m_progress(table.name, 0);
        }
        const int width = int(table.columns.size());
        const int perStatement = std::clamp(m_rowsPerStatement, 1, std::max(1, kMaxParameters / std::max(1, width)));
        QStringList names;
        for (const Column& column : table.columns) {
            names.append(quoted(column.name));
        }
        const QString oneRow = u'(' + QStringList(width, QStringLiteral("?")).join(u',') + u')';
        const auto insertSql = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table.name), names.join(u','))
                + QStringList(rows, oneRow).join(u',');
        };
        QSqlQuery full(target);
        bool fullPrepared = false;
        QVariantList pending;
        pending.reserve(perStatement * width);
        int pendingRows = 0;
        qint64 done = 0;
        qint64 emptyMoments = 0;
        const auto flush = [&](QSqlQuery& insert) {
            for (int i = 0; i < pending.size(); ++i) {
                insert.bindValue(i, pending.at(i));
            }
            if (!insert.exec()) {
                error = insert.lastError();
                return false;
            }
            done += pendingRows;
            pending.clear();
            pendingRows = 0;
            if (m_progress) {
                m_progress(table.name, done);
            }
            return true;
        };

        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(names.join(u','), quoted(table.name),
                                table.order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + table.order))) {
            return sqlFailure("read", table.name, read.lastError(), tr("The file could not be read."));
        }
        while (read.next()) {
            for (int i = 0; i < width; ++i) {
                // The driver's NULL test: Qt 6's QVariant does not tell a NULL text from an empty one.
                if (read.isNull(i)) {
                    pending.append(QVariant());
                    continue;
                }
                QVariant value = read.value(i);
                const Kind kind = table.columns.at(i).kind;
                if (kind == Kind::Moment && value.typeId() == QMetaType::QString && value.toString().isEmpty()) {
                    value = QVariant();
                    ++emptyMoments;
                } else if (kind == Kind::Bytes && value.typeId() == QMetaType::QString) {
                    value = value.toString().toUtf8();
                }
                pending.append(value);
            }
            if (++pendingRows == perStatement) {
                if (!fullPrepared) {
                    if (!full.prepare(insertSql(perStatement))) {
                        return sqlFailure("prepare", table.name, full.lastError(),
                                          tr("The table %1 could not be copied.").arg(table.name) + u' '
                                              + nothingMoved);
                    }
                    fullPrepared = true;
                }
                if (!flush(full)) {
                    return sqlFailure("insert", table.name, error,
                                      tr("The table %1 could not be copied.").arg(table.name) + u' ' + nothingMoved);
                }
            }
        }
        if (read.lastError().isValid()) {
            return sqlFailure("read", table.name, read.lastError(),
                              tr("The file could not be read.") + u' ' + nothingMoved);
        }
        if (pendingRows > 0) {
            QSqlQuery rest(target);
            if (!rest.prepare(insertSql(pendingRows)) || !flush(rest)) {
                return sqlFailure("insert", table.name, rest.lastError().isValid() ? rest.lastError() : error,
                                  tr("The table %1 could not be copied.").arg(table.name) + u' ' + nothingMoved);
            }
        }
        if (emptyMoments > 0) {
            qCInfo(lcDatabase) << "register move:" << table.name << emptyMoments << "empty dates copied as NULL";
        }
        outcome.tables.append(TableCount { table.name, done });
        outcome.rows += done;
    }

    // What the triggers would have made: the search index. municipality_use came from the file.
    if (!run(kRebuildSearch, error)) {
        return sqlFailure("search index", kSearchTable, error,
                          tr("The search index could not be built.") + u' ' + nothingMoved);
    }
    for (const Table& table : ordered) {
        if (!run(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table.name)), error)) {
            return sqlFailure("enable triggers", table.name, error, nothingMoved);
        }
        // New rows continue after the copied ids.
        if (!table.identity.isEmpty() && table.rows > 0
            && !run(QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), max(%3)) FROM %4")
                        .arg(literal(quoted(table.name)), literal(table.identity), quoted(table.identity),
                             quoted(table.name)),
                    error)) {
            return sqlFailure("sequence", table.name, error, nothingMoved);
        }
    }

    // Complete: every table's count, the search index's, and the chain.
    for (const Table& table : ordered) {
        QSqlQuery count(target);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))) || !count.next()) {
            return sqlFailure("count", table.name, count.lastError(), nothingMoved);
        }
        if (count.value(0).toLongLong() != table.rows) {
            qCWarning(lcDatabase) << "register move: count differs in" << table.name << count.value(0).toLongLong()
                                  << table.rows;
            return fail(tr("The table %1 has %2 rows on the server but %3 in the file.")
                            .arg(table.name)
                            .arg(count.value(0).toLongLong())
                            .arg(table.rows)
                        + u' ' + nothingMoved);
        }
    }
    {
        QSqlQuery count(target);
        if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM youth_search) = (SELECT count(*) FROM youth)"))
            || !count.next() || !count.value(0).toBool()) {
            qCWarning(lcDatabase) << "register move: search index incomplete";
            return fail(tr("The search index could not be built.") + u' ' + nothingMoved);
        }
    }
    const AccessLog::VerifyResult chain = AccessLog(m_target).verifyChain();
    if (!chain.ok || chain.checkedEntries != sourceChain.checkedEntries) {
        qCWarning(lcAccess) << "register move: the chain does not verify on the server; broken at"
                            << chain.firstBrokenId << "checked" << chain.checkedEntries << "of"
                            << sourceChain.checkedEntries;
        return fail(tr("The access log does not verify on the server as it does in the file: %1").arg(chain.message)
                    + u' ' + nothingMoved);
    }
    if (!transaction.commit()) {
        return fail(transaction.error() + u' ' + nothingMoved);
    }
    Q_ASSERT(outcome.rows == sourceRows);
    outcome.accessLogEntries = chain.checkedEntries;
    outcome.milliseconds = timer.elapsed();
    qCInfo(lcDatabase) << "register moved to the server:" << outcome.rows << "rows in" << outcome.milliseconds << "ms";
    return outcome;
}

} // namespace lotsen
