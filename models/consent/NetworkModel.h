#pragma once

#include "consent/NetworkPerson.h"

#include "core/TableModel.h"

#include <QList>

#include <optional>

namespace lotsen {

class NetworkRepository;

// The relatives and other persons in one youth's network, sorted by name, for the Network & consent tab.
// Refreshes itself when the repository reports a change for the youth.
class NetworkModel : public TableModel<NetworkPerson>
{
    Q_OBJECT

public:
    enum Column { Name, Relation, Phone, Email, LegalGuardian, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        LegalGuardianRole // bool
    };
    Q_ENUM(Role)

    explicit NetworkModel(NetworkRepository& repository, QObject* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

    std::optional<NetworkPerson> personAt(int row) const;
    int rowOfPerson(qint64 personId) const;
    const QList<NetworkPerson>& persons() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    NetworkRepository& m_repository;
    qint64 m_youthId = 0;
};

} // namespace lotsen
