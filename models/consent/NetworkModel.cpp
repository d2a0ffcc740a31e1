#include "consent/NetworkModel.h"

#include "consent/NetworkRepository.h"
#include "core/Vocabulary.h"

namespace lotsen {

NetworkModel::NetworkModel(NetworkRepository& repository, QObject* parent)
    : TableModel(ColumnCount, parent), m_repository(repository)
{
    connect(&repository, &NetworkRepository::changed, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh(); // a failure reaches the view through loadFailed
        }
    });
}

void NetworkModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    (void)refresh();
}

Result<void> NetworkModel::refresh()
{
    return takeRows(m_youthId != 0 ? m_repository.persons(m_youthId) : QList<NetworkPerson>());
}

std::optional<NetworkPerson> NetworkModel::personAt(int row) const
{
    if (row < 0 || row >= rows().size()) {
        return std::nullopt;
    }
    return rows().at(row);
}

int NetworkModel::rowOfPerson(qint64 personId) const
{
    return rowOf(personId);
}

QVariant NetworkModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NetworkPerson& person = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return person.name;
        case Relation:
            return Vocabulary::label(person.relation);
        case Phone:
            return person.phone;
        case Email:
            return person.email;
        case LegalGuardian:
            return person.legalGuardian ? tr("Yes") : tr("No");
        }
        break;
    case Qt::ToolTipRole:
        if (!person.notes.isEmpty()) {
            return person.notes;
        }
        break;
    case PersonIdRole:
        return QVariant::fromValue(person.id);
    case LegalGuardianRole:
        return person.legalGuardian;
    default:
        break;
    }
    return {};
}

QString NetworkModel::headerText(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case LegalGuardian:
        return tr("Legal guardian");
    }
    return {};
}

} // namespace lotsen
