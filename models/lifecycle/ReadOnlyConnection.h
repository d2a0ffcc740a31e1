#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lotsen {

// A read-only SQLite connection of its own, for work beside (or without) the open database: the backup writer,
// the verifier, the restore list. Usable in the thread that made it; removed when it goes out of scope.
//   BesideWriter reads through the -wal and -shm of a running Lotsen (mode=ro);
//   AsItIs reads the file exactly as it is, creating nothing beside it (immutable=1), for a copy no one writes;
//   Copier opens the file for writing (mode=rw: never creates it) but is used only for counts and VACUUM INTO:
//   SQLite's VACUUM INTO on a mode=ro connection of a WAL file took 16.7 s instead of 1.5 s for the 440 MB
//   benchmark database (sqlite3 3.40), and PRAGMA query_only refuses VACUUM INTO.
class ReadOnlyConnection
{
public:
    enum class Mode { BesideWriter, AsItIs, Copier };
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
