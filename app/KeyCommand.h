#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// `lotsen export-key FILE` and `lotsen import-key FILE`: the access log's key (ChainSeal) moved to another PC,
// encrypted with a passphrase read from standard input (without echo on a terminal).
class KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    static int run(const CommandLine& command);
};

} // namespace lotsen
