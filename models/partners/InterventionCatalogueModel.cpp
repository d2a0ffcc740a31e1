#include "partners/InterventionCatalogueModel.h"

#include "core/RowLookup.h"

#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "core/Vocabulary.h"

#include <QColor>

#include <algorithm>

namespace lotsen {

InterventionCatalogueModel::InterventionCatalogueModel(InterventionRepository& repository, PartnerRepository* partners,
                                                       QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&m_repository, &InterventionRepository::catalogueChanged, this, &InterventionCatalogueModel::refresh);
    connect(&m_repository, &InterventionRepository::participationsChanged, this, &InterventionCatalogueModel::refresh);
    if (partners != nullptr) {
        connect(partners, &PartnerRepository::changed, this, &InterventionCatalogueModel::refresh);
    }
    refresh();
}

void InterventionCatalogueModel::refresh()
{
    QList<Intervention> rows = m_repository.interventions(false);
    QHash<qint64, int> ongoing = m_repository.ongoingCounts();
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Intervention& a, const Intervention& b) { return a.id == b.id; });
    if (sameRows) {
        // A count, an edit or a (de)activation: keep the views' selection and scroll position.
        m_rows = rows;
        m_ongoing = ongoing;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_ongoing = ongoing;
    endResetModel();
}

qint64 InterventionCatalogueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int InterventionCatalogueModel::rowOf(qint64 id) const
{
    return rowWithId(m_rows, id);
}

int InterventionCatalogueModel::ongoingCount(int row) const
{
    return m_ongoing.value(idAt(row), 0);
}

int InterventionCatalogueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterventionCatalogueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags InterventionCatalogueModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant InterventionCatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Intervention& intervention = m_rows.at(index.row());
    const int ongoing = m_ongoing.value(intervention.id, 0);
    switch (role) {
    case IdRole:
        return intervention.id;
    case GroupRole:
        return int(intervention.category);
    case ActiveRole:
        return intervention.active;
    case Qt::ForegroundRole:
        return intervention.active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::TextAlignmentRole:
        return index.column() == Ongoing ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Ongoing) {
            return tr("Youths with an ongoing participation in this intervention now");
        }
        if (!intervention.active) {
            return tr("Inactive: kept for the history, not offered for new participations");
        }
        return intervention.description.isEmpty() ? QVariant() : QVariant(intervention.description);
    case SortRole:
        if (index.column() == Ongoing) {
            return ongoing;
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Name:
        return intervention.name;
    case Category:
        return Vocabulary::label(intervention.category);
    case Provider:
        return intervention.providerId == 0 ? tr("the centre") : intervention.providerName;
    case TypicalLength:
        return intervention.typicalLength;
    case Ongoing:
        return ongoing;
    case Active:
        return intervention.active ? tr("Active") : tr("Inactive");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InterventionCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Intervention");
    case Category:
        return tr("Category");
    case Provider:
        return tr("Provider");
    case TypicalLength:
        return tr("Typical length");
    case Ongoing:
        return tr("In it now");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lotsen
