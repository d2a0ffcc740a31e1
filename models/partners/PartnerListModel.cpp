#include "partners/PartnerListModel.h"

#include "core/Vocabulary.h"
#include "partners/PartnerRepository.h"

#include <QColor>

namespace lotsen {

PartnerListModel::PartnerListModel(PartnerRepository& repository, QObject* parent)
    : TableModel(ColumnCount, parent), m_repository(repository)
{
    connect(&m_repository, &PartnerRepository::changed, this, &PartnerListModel::refresh);
    (void)refresh(); // a failure reaches the view through loadFailed
}

Result<void> PartnerListModel::refresh()
{
    // An edit or a (de)activation keeps the views' selection and scroll position.
    return takeRowsInPlace(m_repository.organisations(false));
}

QVariant PartnerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PartnerOrganisation& organisation = rows().at(index.row());
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

QString PartnerListModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
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
