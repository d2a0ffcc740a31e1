#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// "lotsen migrate --from FILE.lotsen --to postgresql://owner@host:port/dbname": moves a centre's register from its
// file into an empty shared database on a server (RegisterMover), with the owner's account; the password from
// standard input or the credential store (ServerPassword). The file is only read. Prints every table's count and
// the verified access-log chain; exits 0 only when the whole register was moved, 1 when nothing was.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    static int run(const CommandLine& command);
};

} // namespace lotsen
