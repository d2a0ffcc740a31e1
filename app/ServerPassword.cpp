#include "ServerPassword.h"

#include "core/ServerCredentials.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace lotsen {

void ServerPassword::complete(ServerAddress& address)
{
    if (!address.password.isEmpty()) {
        return;
    }
    if (!isatty(fileno(stdin))) {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
            const QByteArray line = input.readLine().trimmed();
            if (!line.isEmpty()) {
                address.password = QString::fromUtf8(line);
                return;
            }
        }
    }
    address.password = ServerCredentials::password(address);
}

} // namespace lotsen
