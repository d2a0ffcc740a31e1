#include "KeyCommand.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "access/ChainSeal.h"

#include <QTextStream>

namespace lotsen {

int KeyCommand::run(const CommandLine& command)
{
    QTextStream err(stderr);
    const QString passphrase = CommandLineSession::readPassword(tr("the key file"));
    if (command.command == CommandLine::Command::ExportKey) {
        if (const Result<void> exported = ChainSeal::exportKey(command.csvPath, passphrase); !exported) {
            err << exported.message() << '\n';
            return 1;
        }
        QTextStream(stdout)
            << tr("The access-log key was written to %1. Keep the passphrase apart from the file.").arg(command.csvPath)
            << '\n';
        return 0;
    }
    const Result<QString> imported = ChainSeal::importKey(command.csvPath, passphrase);
    if (!imported) {
        err << imported.message() << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("The access-log key %1 was imported: the log's entries sealed with it can be "
                              "verified on this PC.")
                               .arg(*imported)
                        << '\n';
    return 0;
}

} // namespace lotsen
