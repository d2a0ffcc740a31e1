#pragma once

#include "core/ServerAddress.h"

#include <QString>

namespace lotsen {

// The password of a shared database for the command line: never on the command line itself (other users of the
// PC can read a process's arguments), but from the first line of standard input when that is a pipe or a file
// ("echo … | lotsen migrate …", a scheduled task), otherwise from the platform's credential store (what the
// program saved at its last login to that server). Without either the address is used as it is (a server that
// trusts the PC's login, or a .pgpass file).
class ServerPassword
{
public:
    // Fills address.password when it is empty and a password is to be had.
    static void complete(ServerAddress& address);
};

} // namespace lotsen
