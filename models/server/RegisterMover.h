#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace lotsen {

class Database;

// Moves a centre's register from its file to a shared database on a PostgreSQL server (issue 17 §4): every table
// with its ids, in one transaction on the server, into a database that holds no rows yet. The file is only read.
// The server's user triggers are off while the rows are copied (the rows were checked when they were written, and
// an append-only rule would refuse nothing here anyway); what they would have made, the search index, is rebuilt
// with the triggers' own expressions, and what the file keeps itself (municipality_use) is copied. Before the
// commit every table's count is compared with the file's, and the access log's chain must verify on the server as
// it does on the file; otherwise nothing is kept.
class RegisterMover
{
    Q_DECLARE_TR_FUNCTIONS(RegisterMover)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    struct Outcome
    {
        QList<TableCount> tables; // in the order they were copied (parents before the tables that refer to them)
        qint64 rows = 0; // all tables together
        qint64 accessLogEntries = 0; // the entries whose chain was verified on the server
        qint64 milliseconds = 0; // the whole move, checks included
    };

    // Called after every batch: the table being copied and its rows copied so far.
    using Progress = std::function<void(const QString& table, qint64 rowsDone)>;

    // `source`: an open Lotsen file (open it with Database::Mode::ReadOnly); `target`: an open shared database on
    // a server, opened with an account that owns its tables (it disables and enables their triggers).
    RegisterMover(Database& source, Database& target);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Rows per INSERT statement (at most as many as PostgreSQL's 65,535 parameters allow); for measurements.
    void setRowsPerStatement(int rows) { m_rowsPerStatement = rows; }

    Result<Outcome> move();

private:
    Database& m_source;
    Database& m_target;
    Progress m_progress;
    int m_rowsPerStatement = 500;
};

} // namespace lotsen
