#include "lifecycle/ReadOnlyConnection.h"

#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace lotsen {

ReadOnlyConnection::ReadOnlyConnection(const QString& path, Mode mode)
    : m_name(QStringLiteral("lotsen-readonly-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(mode == Mode::AsItIs       ? QStringLiteral("immutable=1")
                     : mode == Mode::Copier ? QStringLiteral("mode=rw")
                                            : QStringLiteral("mode=ro"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(mode == Mode::Copier
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ReadOnlyConnection::open()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    return db.open();
}

QSqlDatabase ReadOnlyConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace lotsen
