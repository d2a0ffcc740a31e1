#pragma once

#include <QObject>

class QSocketNotifier;

namespace lotsen {

// SIGTERM and SIGINT (a shutdown, Ctrl+C in a terminal) end Lotsen as File › Quit would end the event loop: the
// session is logged out and the database closed, so no stale .lock file stays behind. The signal handler only
// writes a byte to a socket pair; the quitting happens in the event loop (the self-pipe trick). Unix only.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers once; false if the socket pair or a handler could not be set up.
    static bool install(QObject* parent);
    // Whether a signal has arrived (then every event loop was told to end).
    static bool received() { return s_received; }

private:
    explicit QuitOnSignal(QObject* parent);
    static void handle(int signal);

    QSocketNotifier* m_notifier = nullptr;
    static inline bool s_received = false;
};

} // namespace lotsen
