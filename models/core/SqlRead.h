#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class QSqlError;
class QSqlQuery;

namespace lotsen {

// The one way a repository or query reports a read that failed: the failure is logged on lotsen.sql with the
// operation's name and the SQL error (never bound values, so never personal data), and the caller gets an Error
// with a message for the user. A failed read is an error the caller shows, never an empty list.
//     if (!query.exec()) { return SqlRead::failed(query, "staff.all"); }
class SqlRead
{
    Q_DECLARE_TR_FUNCTIONS(SqlRead)

public:
    static Error failed(const QSqlQuery& query, const char* operation);
    // For a statement that ran but returned no row where one was certain (e.g. SELECT count(*)).
    static Error noRow(const char* operation);

private:
    // What went wrong in words for the user, without the engine's text.
    static QString reason(const QSqlError& error);
};

} // namespace lotsen
