#pragma once

#include <QString>
#include <QStringList>

namespace lotsen::RawSqlite {

// Plain SQLite access for tests that build or inspect a file without Lotsen's Database: a file as an older
// version left it, or what a migration wrote.

// A migration script from the resources, split the way Database splits it (';' at the end of a line; a trigger
// body ends with a line 'END;'), comments left out.
QStringList scriptStatements(const QString& resourcePath);
// Runs statements on a plain connection; the first failure is returned in `error`.
bool exec(const QString& path, const QStringList& statements, QString* error, bool readOnly = false);
// The first column of every row of `sql` on a plain read-only connection, as text.
QStringList column(const QString& path, const QString& sql);

} // namespace lotsen::RawSqlite
