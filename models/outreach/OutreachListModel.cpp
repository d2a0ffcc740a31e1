#include "outreach/OutreachListModel.h"

#include "core/Vocabulary.h"
#include "youth/PersonalNumber.h"

#include <QCollator>

#include <algorithm>
#include <utility>

namespace lotsen {

namespace {

QString isoDate(const QDateTime& time)
{
    return time.isValid() ? time.date().toString(Qt::ISODate) : QString();
}

} // namespace

OutreachListModel::OutreachListModel(Database& database, QObject* parent)
    : TableModel(ColumnCount, parent), m_query(database)
{
}

Result<void> OutreachListModel::refresh()
{
    Result<QList<Prospect>> read = m_query.prospects();
    if (read) {
        sortRows(*read);
    }
    return takeRows(std::move(read));
}

QVariant OutreachListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Prospect& prospect = rows().at(index.row());
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

QString OutreachListModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
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
    sortRows(editableRows());
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OutreachListModel::sortRows(QList<Prospect>& rows) const
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
        std::stable_sort(rows.begin(), rows.end(), less);
    } else {
        std::stable_sort(rows.begin(), rows.end(),
                         [&less](const Prospect& a, const Prospect& b) { return less(b, a); });
    }
}

} // namespace lotsen
