#include "BackgroundIntegrityCheck.h"

#include "core/Database.h"
#include "shell/MessageBox.h"

#include <QThread>
#include <QWidget>

namespace lotsen {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString& path, QWidget* window)
    : QObject(window), m_path(path), m_window(window)
{
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    // Quitting while the check runs waits for it: the worker holds its own read-only connection.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundIntegrityCheck::start()
{
    const QString path = m_path;
    m_thread = QThread::create([this, path] { m_problem = Database::checkIntegrity(path); });
    m_thread->setObjectName(QStringLiteral("integrity-check"));
    connect(m_thread, &QThread::finished, this, [this] {
        emit finished(m_problem);
        if (!m_problem.isEmpty() && m_window) {
            MessageBox::warning(m_window, tr("Lotsen"), m_problem);
        }
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace lotsen
