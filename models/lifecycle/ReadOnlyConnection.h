#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lotsen {

// A read-only SQLite connection of its own, for work beside (or without) the open database: the backup writer,
// the verifier, the restore list. Usable in the thread that made it; removed when it goes out of scope.
//   BesideWriter reads through the -wal and -shm of a running Lotsen (mode=ro);
//   AsItIs reads the file exactly as it is, creating nothing beside it (immutable=1), for a copy no one writes.
class ReadOnlyConnection
{
public:
    enum class Mode { BesideWriter, AsItIs };
    ReadOnlyConnection(const QString& path, Mode mode);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool open();
    QSqlDatabase database() const;

private:
    QString m_name;
};

} // namespace lotsen
