#include "core/SqlValues.h"

#include "core/Clock.h"

#include <QRegularExpression>

namespace lotsen {

QString SqlValues::now()
{
    return Clock::now().toString(Qt::ISODate);
}

bool SqlValues::validEmail(const QString& email)
{
    // Deliberately loose: something@something.something, no spaces. Mistyped addresses, not RFC 5322.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.isEmpty() || pattern.match(email).hasMatch();
}

} // namespace lotsen
