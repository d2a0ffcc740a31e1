#pragma once

#include "partners/Partner.h"

#include <QAbstractTableModel>
#include <QList>

namespace lotsen {

class PartnerRepository;

// The partner organisations as a table for the Interventions & partners page; follows PartnerRepository::changed.
// A centre works with some dozens of organisations, so every row is held here and filtered by a proxy.
class PartnerListModel : public QAbstractTableModel
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

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const PartnerOrganisation& organisation(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void refresh();

private:
    PartnerRepository& m_repository;
    QList<PartnerOrganisation> m_rows;
};

} // namespace lotsen
