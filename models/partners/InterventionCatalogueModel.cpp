#include "partners/InterventionCatalogueModel.h"

#include "core/Vocabulary.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"

#include <QColor>

namespace lotsen {

InterventionCatalogueModel::InterventionCatalogueModel(InterventionRepository& repository, PartnerRepository* partners,
                                                       QObject* parent)
    : TableModel(ColumnCount, parent), m_repository(repository)
{
    connect(&m_repository, &InterventionRepository::catalogueChanged, this, &InterventionCatalogueModel::refresh);
    connect(&m_repository, &InterventionRepository::participationsChanged, this, &InterventionCatalogueModel::refresh);
    if (partners != nullptr) {
        connect(partners, &PartnerRepository::changed, this, &InterventionCatalogueModel::refresh);
    }
    (void)refresh(); // a failure reaches the view through loadFailed
}

Result<void> InterventionCatalogueModel::refresh()
{
    Result<QList<Intervention>> rows = m_repository.interventions(false);
    const Result<QHash<qint64, int>> ongoing = m_repository.ongoingCounts();
    if (rows && !ongoing) {
        rows = ongoing.error();
    }
    m_ongoing = ongoing.valueOr({});
    // A count, an edit or a (de)activation keeps the views' selection and scroll position.
    return takeRowsInPlace(std::move(rows));
}

int InterventionCatalogueModel::ongoingCount(int row) const
{
    return m_ongoing.value(idAt(row), 0);
}

QVariant InterventionCatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Intervention& intervention = rows().at(index.row());
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

QString InterventionCatalogueModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
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
