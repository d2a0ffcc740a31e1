#include "QuitOnSignal.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace lotsen {

namespace {
int s_socketPair[2] = { -1, -1 };
} // namespace

QuitOnSignal::QuitOnSignal(QObject* parent) : QObject(parent) { }

void QuitOnSignal::handle(int signal)
{
#ifdef Q_OS_UNIX
    const char byte = static_cast<char>(signal);
    // Only async-signal-safe calls here.
    [[maybe_unused]] const ssize_t written = ::write(s_socketPair[0], &byte, 1);
#else
    Q_UNUSED(signal);
#endif
}

bool QuitOnSignal::install(QObject* parent)
{
#ifdef Q_OS_UNIX
    if (s_socketPair[0] != -1) {
        return true;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_socketPair) != 0) {
        qCWarning(lcDatabase) << "no socket pair for SIGTERM/SIGINT";
        return false;
    }
    auto* quitter = new QuitOnSignal(parent);
    quitter->m_notifier = new QSocketNotifier(s_socketPair[1], QSocketNotifier::Read, quitter);
    connect(quitter->m_notifier, &QSocketNotifier::activated, quitter, [] {
        char byte = 0;
        if (::read(s_socketPair[1], &byte, 1) == 1) {
            s_received = true;
            qCInfo(lcDatabase) << "signal" << int(byte) << "received: closing";
        }
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
#else
    Q_UNUSED(parent);
    return false;
#endif
}

} // namespace lotsen
