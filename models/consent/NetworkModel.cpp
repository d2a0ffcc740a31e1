#include "consent/NetworkModel.h"

#include "consent/NetworkRepository.h"
#include "core/Vocabulary.h"

namespace lotsen {

NetworkModel::NetworkModel(NetworkRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&repository, &NetworkRepository::changed, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            refresh();
        }
    });
}

void NetworkModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    refresh();
}

void NetworkModel::refresh()
{
    QList<NetworkPerson> persons = m_youthId != 0 ? m_repository.persons(m_youthId) : QList<NetworkPerson>();
    beginResetModel();
    m_persons = std::move(persons);
    endResetModel();
}

std::optional<NetworkPerson> NetworkModel::personAt(int row) const
{
    if (row < 0 || row >= m_persons.size()) {
        return std::nullopt;
    }
    return m_persons.at(row);
}

int NetworkModel::rowOfPerson(qint64 personId) const
{
    for (int row = 0; row < m_persons.size(); ++row) {
        if (m_persons.at(row).id == personId) {
            return row;
        }
    }
    return -1;
}

int NetworkModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_persons.size());
}

int NetworkModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NetworkPerson& person = m_persons.at(index.row());
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

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
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
