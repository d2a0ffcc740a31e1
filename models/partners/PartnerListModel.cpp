#include "partners/PartnerListModel.h"

#include "core/RowLookup.h"

#include "partners/PartnerRepository.h"
#include "core/Vocabulary.h"

#include <QColor>

#include <algorithm>

namespace lotsen {

PartnerListModel::PartnerListModel(PartnerRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&m_repository, &PartnerRepository::changed, this, &PartnerListModel::refresh);
    refresh();
}

void PartnerListModel::refresh()
{
    QList<PartnerOrganisation> rows = m_repository.organisations(false);
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const PartnerOrganisation& a, const PartnerOrganisation& b) { return a.id == b.id; });
    if (sameRows) {
        // An edit or a (de)activation: keep the views' selection and scroll position.
        m_rows = rows;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 PartnerListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PartnerListModel::rowOf(qint64 id) const
{
    return rowWithId(m_rows, id);
}

int PartnerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PartnerListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant PartnerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PartnerOrganisation& organisation = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return organisation.id;
    case GroupRole:
        return int(organisation.kind);
    case ActiveRole:
        return organisation.active;
    case Qt::ForegroundRole:
        // Inactive organisations are shown (when asked for) but greyed, as history rather than a choice.
        return organisation.active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::ToolTipRole:
        if (!organisation.active) {
            return tr("Inactive: kept for the history, not offered for new interventions or referrals");
        }
        return organisation.notes.isEmpty() ? QVariant() : QVariant(organisation.notes);
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Name:
        return organisation.name;
    case Kind:
        return Vocabulary::label(organisation.kind);
    case Phone:
        return organisation.phone;
    case Email:
        return organisation.email;
    case Active:
        return organisation.active ? tr("Active") : tr("Inactive");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Organisation");
    case Kind:
        return tr("Kind");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lotsen
