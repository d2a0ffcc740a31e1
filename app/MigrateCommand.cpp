#include "MigrateCommand.h"

#include "CommandLine.h"
#include "ServerPassword.h"
#include "core/Database.h"
#include "core/ServerAddress.h"
#include "server/RegisterMover.h"

#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace lotsen {

namespace {

int exitWithError(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

} // namespace

int MigrateCommand::run(const CommandLine& command)
{
    if (!QFileInfo(command.migrateSource).isFile()) {
        return exitWithError(tr("%1: no such file.").arg(command.migrateSource));
    }
    std::optional<ServerAddress> address = ServerAddress::fromUrl(command.migrateTarget);
    if (!address) {
        return exitWithError(tr("%1 is not a server's address; write it as postgresql://user@host:port/dbname.")
                                 .arg(command.migrateTarget));
    }
    // The file is only read; ReadOnly also refuses a file of another program, a damaged or an outdated one.
    Database source;
    if (const Database::OpenResult opened = source.open(command.migrateSource, Database::Mode::ReadOnly);
        !opened.ok()) {
        return exitWithError(opened.message);
    }
    ServerPassword::complete(*address);
    Database target;
    if (const Database::OpenResult opened = target.openServer(*address); !opened.ok()) {
        return exitWithError(opened.message);
    }
    RegisterMover mover(source, target);
    const Result<RegisterMover::Outcome> moved = mover.move();
    if (!moved) {
        return exitWithError(moved.message());
    }
    QTextStream out(stdout);
    for (const RegisterMover::TableCount& table : moved->tables) {
        out << tr("%1: %2").arg(table.table, -28).arg(table.rows) << '\n';
    }
    out << tr("access log chain verified (%1 entries)").arg(moved->accessLogEntries) << '\n';
    const double seconds = double(std::max<qint64>(moved->milliseconds, 1)) / 1000.0;
    out << tr("Moved %1 rows to %2 in %3 s (%4 rows/s).")
               .arg(moved->rows)
               .arg(target.shownName())
               .arg(seconds, 0, 'f', 1)
               .arg(qint64(double(moved->rows) / seconds))
        << '\n';
    return 0;
}

} // namespace lotsen
