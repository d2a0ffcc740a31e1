#pragma once

#include "partners/Partner.h"

#include "core/TableModel.h"

#include <QList>

namespace lotsen {

class PartnerRepository;

// The partner organisations as a table for the Interventions & partners page; follows PartnerRepository::changed.
// A centre works with some dozens of organisations, so every row is held here and filtered by a proxy.
class PartnerListModel : public TableModel<PartnerOrganisation>
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Phone, Email, Active, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        GroupRole, // the kind, as int(PartnerKind), for the kind filter
        ActiveRole, // bool
        SortRole
    };

    explicit PartnerListModel(PartnerRepository& repository, QObject* parent = nullptr);

    const PartnerOrganisation& organisation(int row) const { return rows().at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    PartnerRepository& m_repository;
};

} // namespace lotsen
