#include "outreach/OutreachListModel.h"

#include "core/RowLookup.h"

#include "core/Database.h"
#include "youth/PersonalNumber.h"
#include "core/Vocabulary.h"

#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lotsen {

namespace {

QString isoDate(const QDateTime& time)
{
    return time.isValid() ? time.date().toString(Qt::ISODate) : QString();
}

} // namespace

OutreachListModel::OutreachListModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database)
{
    refresh();
}

void OutreachListModel::refresh()
{
    QList<Prospect> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The attempt figures come from the contact index (youth_id, occurred_at), one lookup per prospect.
    const bool ok = query.exec(QStringLiteral(
        "SELECT y.id, y.first_name, y.last_name, y.personal_number, y.phone, y.municipality, y.referral_source, "
        "y.created_at, y.unanswered_attempts, y.last_contact_at, "
        "(SELECT count(*) FROM contact c WHERE c.youth_id = y.id AND c.kind = 'attempt' AND c.struck_at IS NULL), "
        "(SELECT max(c.occurred_at) FROM contact c WHERE c.youth_id = y.id AND c.kind = 'attempt' "
        "  AND c.struck_at IS NULL) "
        "FROM youth y WHERE y.status = 'prospect'"));
    if (!ok) {
        emit queryFailed(query.lastError().text());
    }
    while (ok && query.next()) {
        Prospect prospect;
        prospect.id = query.value(0).toLongLong();
        const QString first = query.value(1).toString();
        const QString last = query.value(2).toString();
        // "Last, First" as in the register, which is also the order the list sorts by.
        prospect.name = last + QLatin1String(", ") + first;
        prospect.personalNumber = query.value(3).toString();
        prospect.phone = query.value(4).toString();
        prospect.municipality = query.value(5).toString();
        prospect.referralSource = query.value(6).toString();
        prospect.registered = QDateTime::fromString(query.value(7).toString(), Qt::ISODate).date();
        prospect.unanswered = query.value(8).toInt();
        prospect.lastContact = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        prospect.attempts = query.value(10).toInt();
        prospect.lastAttempt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
        rows.append(prospect);
    }
    beginResetModel();
    m_rows = rows;
    sortRows();
    endResetModel();
}

qint64 OutreachListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int OutreachListModel::rowOf(qint64 id) const
{
    return rowWithId(m_rows, id);
}

int OutreachListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutreachListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutreachListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Prospect& prospect = m_rows.at(index.row());
    if (role == IdRole) {
        return prospect.id;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Attempts || index.column() == Unanswered)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Unanswered && prospect.unanswered > 0) {
        return tr("Attempts without answer since the last contact");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Name:
        return prospect.name;
    case PersonalNumber:
        return prospect.personalNumber.isEmpty() ? QString()
                                                 : PersonalNumber::fromStored(prospect.personalNumber).display();
    case Phone:
        return prospect.phone;
    case Municipality:
        return prospect.municipality;
    case Source:
        return prospect.referralSource.isEmpty()
            ? QString()
            : Vocabulary::label(Vocabulary::referralSourceFromCode(prospect.referralSource));
    case Registered:
        return prospect.registered.toString(Qt::ISODate);
    case Attempts:
        return prospect.attempts;
    case Unanswered:
        return prospect.unanswered;
    case LastAttempt:
        return isoDate(prospect.lastAttempt);
    case LastContact:
        return isoDate(prospect.lastContact);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutreachListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case PersonalNumber:
        return tr("Personal number");
    case Phone:
        return tr("Phone");
    case Municipality:
        return tr("Municipality");
    case Source:
        return tr("Referred by");
    case Registered:
        return tr("Registered");
    case Attempts:
        return tr("Attempts");
    case Unanswered:
        return tr("Unanswered in a row");
    case LastAttempt:
        return tr("Last attempt");
    case LastContact:
        return tr("Last contact");
    case ColumnCount:
        break;
    }
    return {};
}

void OutreachListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : before) {
        ids.append(idAt(index.row()));
    }
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OutreachListModel::sortRows()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_sortColumn;
    // Names break ties, so that the order is the same every time.
    const auto byName = [&collator](const Prospect& a, const Prospect& b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    };
    const auto less = [&](const Prospect& a, const Prospect& b) {
        int order = 0;
        switch (static_cast<Column>(column)) {
        case Name:
            return byName(a, b);
        case PersonalNumber:
            order = a.personalNumber.compare(b.personalNumber);
            break;
        case Phone:
            order = a.phone.compare(b.phone);
            break;
        case Municipality:
            order = collator.compare(a.municipality, b.municipality);
            break;
        case Source:
            order = a.referralSource.compare(b.referralSource);
            break;
        case Registered:
            order = a.registered < b.registered ? -1 : (b.registered < a.registered ? 1 : 0);
            break;
        case Attempts:
            order = a.attempts - b.attempts;
            break;
        case Unanswered:
            order = a.unanswered - b.unanswered;
            break;
        case LastAttempt:
            order = a.lastAttempt < b.lastAttempt ? -1 : (b.lastAttempt < a.lastAttempt ? 1 : 0);
            break;
        case LastContact:
            order = a.lastContact < b.lastContact ? -1 : (b.lastContact < a.lastContact ? 1 : 0);
            break;
        case ColumnCount:
            break;
        }
        return order != 0 ? order < 0 : byName(a, b);
    };
    if (m_sortOrder == Qt::AscendingOrder) {
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    } else {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&less](const Prospect& a, const Prospect& b) { return less(b, a); });
    }
}

} // namespace lotsen
