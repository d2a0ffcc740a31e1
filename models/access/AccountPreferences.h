#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lotsen {

class Database;

// What each account chose for its own view, kept in the database (not per PC) so that it follows the person and is
// never handed to the next user of the same PC.
class AccountPreferences
{
    Q_DECLARE_TR_FUNCTIONS(AccountPreferences)

public:
    enum class Key {
        TodayMentor, // Today's mentor filter: a staff id, 0 for all mentors
        RegisterOnlyMine, // the register shows only the account's own youths: 1 or 0
    };

    explicit AccountPreferences(Database& database) : m_database(database) { }

    // The stored value, or nullopt when the account has not chosen yet.
    [[nodiscard]] Result<std::optional<qint64>> value(qint64 accountId, Key key) const;
    [[nodiscard]] Result<void> setValue(qint64 accountId, Key key, qint64 value);

private:
    static QString code(Key key);

    Database& m_database;
};

} // namespace lotsen
