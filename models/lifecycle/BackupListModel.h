#pragma once

#include "core/Result.h"
#include "lifecycle/BackupInfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace lotsen {

// The backups a restore offers, newest first, from one or more folders: when, where, size, the counts from the
// sidecar, and whether it is encrypted and verified. Only backups of the given database's automatic series and
// other *.lotsen/*.lotsen.enc files (manual backups) are listed.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TakenAt, Kind, Size, Youths, Contacts, Folder, ColumnCount };
    Q_ENUM(Column)

    explicit BackupListModel(QObject* parent = nullptr);

    // Reads the folders again; a folder that cannot be read is an error (the rows are then cleared).
    Result<void> load(const QStringList& folders, const QString& databaseName);
    // Adds one file chosen by hand (from another folder), at the top.
    void addFile(const BackupInfo& info);
    const BackupInfo* backupAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12.3 MB"
    static QString sizeText(qint64 bytes);

private:
    QList<BackupInfo> m_rows;
};

} // namespace lotsen
