#pragma once

#include "partners/Intervention.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lotsen {

class InterventionRepository;
class PartnerRepository;

// The intervention catalogue as a table, with how many youths take part in each intervention now. Follows the
// catalogue, the participations and (for the providers' names) the partner organisations.
class InterventionCatalogueModel : public QAbstractTableModel
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

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Intervention& intervention(int row) const { return m_rows.at(row); }
    int ongoingCount(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void refresh();

private:
    InterventionRepository& m_repository;
    QList<Intervention> m_rows;
    QHash<qint64, int> m_ongoing;
};

} // namespace lotsen
