#include "BackgroundChainCheck.h"

#include "access/AccessDetail.h"
#include "access/AccessLogPage.h"
#include "access/Permissions.h"
#include "access/Session.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QDir>
#include <QStatusBar>
#include <QThread>

namespace lotsen {

namespace {
constexpr int kStatusMessageMs = 10000;
}

BackgroundChainCheck::BackgroundChainCheck(Workspace& workspace, MainWindow* window)
    : QObject(window), m_workspace(workspace), m_window(window), m_path(workspace.database().path())
{
}

BackgroundChainCheck::~BackgroundChainCheck()
{
    // Quitting during the check stops it at the next entry instead of waiting for the whole log.
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundChainCheck::followLogins()
{
    connect(&m_workspace.session(), &Session::loggedIn, this, &BackgroundChainCheck::start);
}

void BackgroundChainCheck::start()
{
    if (m_thread && !m_thread->isFinished()) {
        m_startAgain = true;
        return;
    }
    // A result still waiting for the unlock is out of date now: this check's result is reported instead.
    disconnect(m_waitForUnlock);
    m_waitingForUnlock = false;
    delete m_thread;
    m_cancelled = false;
    const QString path = m_path;
    const bool server = m_workspace.database().isServer();
    const ServerAddress address = server ? m_workspace.database().serverWithPassword() : ServerAddress();
    m_thread = QThread::create([this, path, server, address] {
        m_result = server ? AccessLog::verifyChain(address, &m_cancelled) : AccessLog::verifyChain(path, &m_cancelled);
    });
    m_thread->setObjectName(QStringLiteral("access-log-check"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_startAgain) {
            m_startAgain = false;
            start();
            return;
        }
        if (m_workspace.session().isLocked()) {
            m_waitingForUnlock = true;
            m_waitForUnlock = connect(&m_workspace.session(), &Session::unlocked, this, &BackgroundChainCheck::report,
                                      Qt::SingleShotConnection);
        } else {
            report();
        }
    });
    m_thread->start(QThread::LowPriority);
}

void BackgroundChainCheck::report()
{
    m_waitingForUnlock = false;
    if (m_window) {
        if (AccessLogPage* page = m_window->accessLogPage()) {
            page->setStartChainResult(m_result);
        }
        if (m_result.ok) {
            // A quiet confirmation, and only where it hides no other message (the demo's notice stays); an earlier
            // confirmation is replaced, so the count is never that of an older check.
            const QString current = m_window->statusBar()->currentMessage();
            if (current.isEmpty() || current == m_statusShown) {
                m_statusShown = tr("Access log verified (%n entries).", nullptr, int(m_result.checkedEntries));
                m_window->statusBar()->showMessage(m_statusShown, kStatusMessageMs);
            }
        } else if (m_result.firstBrokenId == 0) {
            // Not read (busy, I/O error): nothing is known about the chain, and the page's own check can tell more.
            m_window->statusBar()->showMessage(m_result.message, kStatusMessageMs);
        } else {
            warnBroken();
        }
    }
    emit finished();
}

void BackgroundChainCheck::warnBroken()
{
    // Appending does not break the chain further: a new entry never rewrites an old one and links to the last
    // entry's stored hash, so the check still stops at the same first broken entry. It records who was told when.
    if (const Result<void> logged = m_workspace.session().log(
            AccessAction::VerifyLog, 0,
            AccessDetail::encode(AccessDetail::Code::BrokenAtStart, { QString::number(m_result.firstBrokenId) }));
        !logged) {
        qCWarning(lcAccess) << "the broken chain could not be recorded in the access log";
    }

    const QString title = tr("Access log altered");
    if (!m_workspace.session().allows(Permission::ViewAccessLog)) {
        MessageBox::warning(m_window, title,
                            tr("Lotsen has found that its access log was changed outside Lotsen. Please tell an "
                               "administrator."));
        return;
    }
    const QString id = QString::number(m_result.firstBrokenId);
    // The id and the time alone: the entry's account and youth are personal data, and the page shows them.
    const QString at = QString(m_result.firstBrokenAt).replace(u'T', u' ').left(19);
    const QStringList paragraphs {
        tr("Lotsen has found that the access log was changed outside Lotsen. The first entry that fails the check is "
           "number %1, dated %2.")
            .arg(id, at),
        m_result.message,
        tr("This means that the database file has been altered with another tool. Entry %1 and every entry after it "
           "cannot be trusted; the entries before it passed the check.")
            .arg(id),
        tr("Keep a copy of the database file as it is now (%1) and contact the person responsible for data protection "
           "in your organisation. Lotsen cannot repair the log.")
            .arg(QDir::toNativeSeparators(m_path)),
    };
    const QMessageBox::StandardButton answer = MessageBox::warning(
        m_window, title, paragraphs.join(QStringLiteral("\n\n")), QMessageBox::Open | QMessageBox::Close,
        QMessageBox::Open, { { QMessageBox::Open, tr("Show the &access log") } });
    if (answer == QMessageBox::Open && m_window) {
        m_window->showPage(MainWindow::AccessLogPageIndex);
    }
}

} // namespace lotsen
