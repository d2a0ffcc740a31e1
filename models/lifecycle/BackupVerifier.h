#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace lotsen {

// A backup counts only once it is known to restore: it opens as a Lotsen database, PRAGMA integrity_check is ok,
// its schema version is one this build can open, and (for a fresh copy) the row counts of the main tables are
// those of the source at the moment of the copy.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    using Counts = QMap<QString, qint64>;

    // The tables whose rows are counted: the ones that hold the youths' record and the log.
    static QStringList mainTables();
    // Counts the rows of the main tables on an open connection.
    static Result<Counts> countRows(const QSqlDatabase& connection);

    struct Report
    {
        int schemaVersion = 0;
        Counts counts;
    };
    // Opens `path` read-only as it is (creating nothing beside it) and checks it. `expectedSchema` 0 accepts any
    // version up to this build's; `expected` counts, when given, must match exactly.
    static Result<Report> verify(const QString& path, int expectedSchema = 0,
                                 const std::optional<Counts>& expected = std::nullopt);
};

} // namespace lotsen
