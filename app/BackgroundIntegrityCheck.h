#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;
class QWidget;

namespace lotsen {

// Runs Database::checkIntegrity() on a large database in a worker thread after start-up, and warns the user
// if the file turns out to be damaged. The main window stays usable meanwhile.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT

public:
    BackgroundIntegrityCheck(const QString& path, QWidget* window);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    // An empty problem means the file is sound.
    void finished(const QString& problem);

private:
    QString m_path;
    QString m_problem;
    QPointer<QWidget> m_window;
    QThread* m_thread = nullptr;
};

} // namespace lotsen
