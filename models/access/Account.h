#pragma once

#include "access/Role.h"

#include <QDateTime>
#include <QString>

namespace lotsen {

// A staff login. The password hash never leaves AccountRepository, so it is not here.
struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Mentor;
    bool mustChangePassword = false;
    // Sensitive notes (and the cards) of every youth, not only one's own; see Permissions.
    bool widerAccess = false;
    bool active = true;
    qint64 staffId = 0; // the staff (mentor) record this account is; 0 = none
    int failedLogins = 0; // wrong passwords in a row
    QDateTime lastFailedAt; // invalid when failedLogins is 0
};

} // namespace lotsen
