#pragma once

#include "core/Result.h"
#include "lifecycle/RegisterExtract.h"

#include <QCoreApplication>
#include <QStringList>

namespace lotsen {

class Database;

// The reads behind a register extract: every row Lotsen holds about one youth, from every table that refers to
// them (directly or through a period, an exit, a follow-up or a plan version), hidden notes and special-category
// answers included, with the names of the staff and accounts the rows name, and who has opened the youth's data
// (the access log, with the staff member's name and role). Whether the user may have it is the caller's question
// (RegisterExtractExport asks it).
class RegisterExtractQuery
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExtractQuery)

public:
    explicit RegisterExtractQuery(Database& database);

    // The sections the extract holds, in the order it lists them: the tables' names.
    static QStringList sectionKeys();

    // One consistent read (one snapshot) of everything about `youthId`. Fails when any read fails (never a
    // shorter extract) or when there is no such youth.
    Result<RegisterExtract> read(qint64 youthId) const;

private:
    Database& m_database;
};

} // namespace lotsen
