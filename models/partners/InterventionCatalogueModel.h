#pragma once

#include "partners/Intervention.h"

#include "core/TableModel.h"

#include <QHash>
#include <QList>

namespace lotsen {

class InterventionRepository;
class PartnerRepository;

// The intervention catalogue as a table, with how many youths take part in each intervention now. Follows the
// catalogue, the participations and (for the providers' names) the partner organisations.
class InterventionCatalogueModel : public TableModel<Intervention>
{
    Q_OBJECT

public:
    enum Column { Name, Category, Provider, TypicalLength, Ongoing, Active, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        GroupRole, // the category, as int(InterventionCategory), for the category filter
        ActiveRole, // bool
        SortRole // numbers as numbers
    };

    // `partners` may be null; then a renamed provider shows its new name at the next catalogue change.
    explicit InterventionCatalogueModel(InterventionRepository& repository, PartnerRepository* partners = nullptr,
                                        QObject* parent = nullptr);

    const Intervention& intervention(int row) const { return rows().at(row); }
    int ongoingCount(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    InterventionRepository& m_repository;
    QHash<qint64, int> m_ongoing;
};

} // namespace lotsen
