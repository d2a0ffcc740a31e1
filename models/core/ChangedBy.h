#pragma once

#include "core/Result.h"

namespace lotsen {

class Database;

// Records the logged-in account as the last to change a row that is edited in place (its changed_by column), in
// the caller's transaction. Like registered_by, it comes from the session through Database::author(), never from a
// dialog. A database without accounts has no author: the column stays as it is.
class ChangedBy
{
public:
    enum class Table { Youth, ActionPlan, Participation, NetworkPerson };

    [[nodiscard]] static Result<void> mark(Database& database, Table table, qint64 id);
};

} // namespace lotsen
