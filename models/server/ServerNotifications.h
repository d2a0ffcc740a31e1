#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace lotsen {

class Workspace;

// On a shared database: what other PCs commit reaches this one within a moment. The server announces every change
// to what a mentor sees (PostgreSQL LISTEN/NOTIFY on the channel lotsen_change, "<table>:<youth id>", sent by the
// schema's triggers); this turns the notices into the repositories' own change signals, so that Today, the
// register, the meeting place and an open card read again exactly what they read after a change on this PC, and
// only for the youths concerned. Notices of this connection's own commits are ignored: the repositories have
// signalled those already. Notices arriving together are handled together, once each.
class ServerNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr int CollectMilliseconds = 150;

    explicit ServerNotifications(Workspace& workspace, QObject* parent = nullptr);
    ~ServerNotifications() override;

    // False when the connection could not listen (a file, or the server refused): then nothing arrives.
    bool isListening() const { return m_listening; }

signals:
    // After the repositories' signals for a batch of notices, with the youths concerned (none after the connection
    // was lost and is back: then everything may have changed).
    void othersChanged(const QList<qint64>& youthIds);

private:
    void listen();
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void flush();

    Workspace& m_workspace;
    bool m_listening = false;
    QTimer m_collect;
    QSet<QString> m_pending; // "table:youth id"
};

} // namespace lotsen
