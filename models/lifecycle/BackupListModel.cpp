#include "lifecycle/BackupListModel.h"

#include "lifecycle/BackupCatalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace lotsen {

BackupListModel::BackupListModel(QObject* parent) : QAbstractTableModel(parent) { }

Result<void> BackupListModel::load(const QStringList& folders, const QString& databaseName)
{
    QList<BackupInfo> rows;
    Result<void> outcome;
    for (const QString& folder : folders) {
        const Result<QList<BackupInfo>> listed = BackupCatalogue::list(folder);
        if (!listed) {
            outcome = listed.error();
            rows.clear();
            break;
        }
        for (const BackupInfo& info : *listed) {
            // Another database's automatic series is not this database's backup.
            if (!info.automatic || info.databaseName == databaseName) {
                rows << info;
            }
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return outcome;
}

void BackupListModel::addFile(const BackupInfo& info)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(info);
    endInsertRows();
}

const BackupInfo* BackupListModel::backupAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const BackupInfo& info = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const int column = index.column();
        return column == Size || column == Youths || column == Contacts ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        return QDir::toNativeSeparators(info.path);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto count = [&info](const char* table) -> QVariant {
        const QString key = QString::fromLatin1(table);
        return info.counts.contains(key) ? QVariant(info.counts.value(key)) : QVariant(QStringLiteral("–"));
    };
    switch (index.column()) {
    case TakenAt:
        return info.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind: {
        QStringList parts;
        parts << (info.automatic ? tr("Automatic") : tr("Other copy"));
        if (info.encrypted) {
            parts << tr("encrypted");
        }
        parts << (info.verified ? tr("verified") : tr("not verified"));
        return parts.join(QStringLiteral(", "));
    }
    case Size:
        return sizeText(info.size);
    case Youths:
        return count("youth");
    case Contacts:
        return count("contact");
    case Folder:
        return QDir::toNativeSeparators(QFileInfo(info.path).absolutePath());
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TakenAt:
        return tr("Taken");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Youths:
        return tr("Youths");
    case Contacts:
        return tr("Contacts");
    case Folder:
        return tr("Folder");
    default:
        return {};
    }
}

} // namespace lotsen
