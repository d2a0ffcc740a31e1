#pragma once

#include <QString>

namespace lotsen {

// A staff member who can be a youth's mentor. Logins come later; for now a name and an active flag.
struct Staff
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

} // namespace lotsen
