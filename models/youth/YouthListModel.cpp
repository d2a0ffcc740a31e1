#include "youth/YouthListModel.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/Vocabulary.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "youth/PersonalNumber.h"

#include <QColor>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lotsen {

namespace {

using Q = YouthListQuery;

// The model's column is the query's sort key.
static_assert(static_cast<int>(Q::Sort::Name) == YouthListModel::Name
              && static_cast<int>(Q::Sort::StartDate) == YouthListModel::StartDate
              && static_cast<int>(Q::Sort::NextPlanned) == YouthListModel::NextPlanned
              && static_cast<int>(Q::Sort::ExitSituation) == YouthListModel::ExitSituation);

} // namespace

YouthListModel::YouthListModel(Database& database, QObject* parent)
    : QSqlQueryModel(parent), m_query(database), m_pageSize(database.dialect().listPageRows())
{
    (void)refresh(); // a failure is reported through loadFailed
}

void YouthListModel::setFilter(const YouthFilter& filter)
{
    m_filter = filter;
    (void)refresh(); // reported through loadFailed
}

void YouthListModel::setPageSize(int rows)
{
    m_pageSize = std::max(rows, 0);
    (void)refresh(); // reported through loadFailed
}

void YouthListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    (void)refresh(); // reported through loadFailed
}

void YouthListModel::clearRows()
{
    clear(); // QSqlQueryModel's statement and rows; its reset nests in the caller's
    m_pageValues.clear();
    m_pageRowCount = 0;
    m_morePages = false;
}

Result<void> YouthListModel::refresh()
{
    const auto sort = static_cast<YouthListQuery::Sort>(m_sortColumn);
    const Result<YouthListQuery::Counts> counts = m_query.counts(m_filter);
    // Paged: the first page now, read completely. Otherwise the executed statement, which QSqlQueryModel reads lazily.
    Result<void> read = counts ? success() : Result<void>(counts.error());
    Result<YouthListQuery::Page> firstPage = fail(QString()); // set below when the counts were read
    Result<QSqlQuery> rows = fail(QString());
    if (read && paged()) {
        firstPage = m_query.page(m_filter, sort, m_sortOrder, counts->matching, 0, m_pageSize);
        read = firstPage ? success() : Result<void>(firstPage.error());
    } else if (read) {
        rows = m_query.rows(m_filter, sort, m_sortOrder, counts->matching);
        read = rows ? success() : Result<void>(rows.error());
    }
    m_loadError = !read.ok();
    if (!read) {
        m_matchingCount = 0;
        m_totalCount = 0;
        beginResetModel();
        clearRows();
        endResetModel();
        emit countsChanged(m_matchingCount, m_totalCount);
        emit loadFailed(read.message());
        return read;
    }
    m_matchingCount = counts->matching;
    m_totalCount = counts->total;
    beginResetModel();
    clearRows();
    if (paged()) {
        m_pageValues = std::move(firstPage->values);
        m_pageRowCount = firstPage->rows;
        m_morePages = firstPage->more;
    } else {
        // QSqlQueryModel fetches 256 rows now and more as the view scrolls.
        setQuery(std::move(rows).value());
    }
    endResetModel();
    emit countsChanged(m_matchingCount, m_totalCount);
    return success();
}

int YouthListModel::rowCount(const QModelIndex& parent) const
{
    if (!paged()) {
        return QSqlQueryModel::rowCount(parent);
    }
    return parent.isValid() ? 0 : m_pageRowCount;
}

bool YouthListModel::canFetchMore(const QModelIndex& parent) const
{
    if (!paged()) {
        return QSqlQueryModel::canFetchMore(parent);
    }
    return !parent.isValid() && m_morePages && !m_fetchingPage;
}

void YouthListModel::fetchMore(const QModelIndex& parent)
{
    if (!paged()) {
        QSqlQueryModel::fetchMore(parent);
        // QSqlQueryModel takes a failed step for the end of the rows; say that it was not.
        if (const QSqlQuery lazy = query(); lazy.lastError().isValid() && !m_loadError) {
            reportFetchFailure(SqlRead::failed(lazy, "register.fetch").message);
        }
        return;
    }
    // Not again from a slot of the rows it is inserting: that would read the same page a second time.
    if (parent.isValid() || !m_morePages || m_fetchingPage) {
        return;
    }
    const QScopedValueRollback fetching(m_fetchingPage, true);
    Result<YouthListQuery::Page> page = m_query.page(m_filter, static_cast<YouthListQuery::Sort>(m_sortColumn),
                                                     m_sortOrder, m_matchingCount, m_pageRowCount, m_pageSize);
    if (!page) {
        reportFetchFailure(page.message());
        return;
    }
    m_morePages = page->more;
    if (page->rows == 0) {
        return;
    }
    beginInsertRows(QModelIndex(), m_pageRowCount, m_pageRowCount + page->rows - 1);
    m_pageValues.append(std::move(page->values));
    m_pageRowCount += page->rows;
    endInsertRows();
}

void YouthListModel::reportFetchFailure(const QString& message)
{
    // The rows read so far stay and no more are fetched (the view would ask again at once); the error line says the
    // list is incomplete until the next refresh.
    m_morePages = false;
    m_loadError = true;
    emit loadFailed(message);
}

int YouthListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags YouthListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant YouthListModel::rawValue(int row, int queryColumn) const
{
    if (paged()) {
        return row >= 0 && row < m_pageRowCount ? m_pageValues.at(qsizetype(row) * Q::QueryColumnCount + queryColumn)
                                                : QVariant();
    }
    // record() would call our data() back, so go to QSqlQueryModel::data with an index of the query's shape.
    return QSqlQueryModel::data(createIndex(row, queryColumn), Qt::DisplayRole);
}

qint64 YouthListModel::idAt(int row) const
{
    return rawValue(row, Q::Id).toLongLong();
}

int YouthListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id) {
            return row;
        }
    }
    return -1;
}

QVariant YouthListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    // The query has more columns than the view (id, both names, birth date); the base class reads any of them.
    const auto raw = [this, &index](int queryColumn) {
        return rawValue(index.row(), queryColumn);
    };
    if (role == IdRole) {
        return raw(Q::Id);
    }
    if (role == StatusCodeRole) {
        return raw(Q::StatusColumn);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Age) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == NextPlanned) {
        // A planned contact that is due or past with no contact since stands out, as on Today; not for youths
        // who are paused or exited.
        const QString planned = raw(Q::NextPlannedContact).toString();
        const QString status = raw(Q::StatusColumn).toString();
        const bool followed = status == QLatin1String("active") || status == QLatin1String("prospect");
        const bool due = !planned.isEmpty() && planned <= Clock::today().toString(Qt::ISODate)
            && raw(Q::LastContactAt).toString().left(10) < planned;
        return followed && due ? QVariant(QColor(0xc0, 0x39, 0x2b)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return raw(Q::LastName).toString() + QStringLiteral(", ") + raw(Q::FirstName).toString();
    case PersonalNumber:
        return PersonalNumber::fromStored(raw(Q::PersonalNumberColumn).toString()).display();
    case Age: {
        Youth youth;
        youth.birthDate = QDate::fromString(raw(Q::BirthDate).toString(), Qt::ISODate);
        const int age = youth.ageOn(Clock::today());
        return age < 0 ? QVariant() : QVariant(age);
    }
    case Gender:
        return Vocabulary::label(Vocabulary::genderFromCode(raw(Q::GenderColumn).toString()));
    case Status:
        return Vocabulary::label(Vocabulary::statusFromCode(raw(Q::StatusColumn).toString()));
    case Mentor:
        return raw(Q::MentorName);
    case Municipality:
        return raw(Q::MunicipalityColumn);
    case StartDate:
        return raw(Q::StartDateColumn);
    case ExitDate:
        return raw(Q::ExitDateColumn);
    case ExitSituation: {
        const QVariant code = raw(Q::ExitSituationColumn);
        return code.isNull()
            ? QVariant()
            : QVariant(EnrolmentVocabulary::label(EnrolmentVocabulary::fromCode<lotsen::Situation>(code.toString())));
    }
    case LastContact: {
        const QString stored = raw(Q::LastContactAt).toString();
        return stored.isEmpty() ? QVariant() : QVariant(stored.left(10)); // the date of "2026-11-20T14:00:00"
    }
    case NextPlanned: {
        const QString stored = raw(Q::NextPlannedContact).toString();
        return stored.isEmpty() ? QVariant() : QVariant(stored);
    }
    default:
        return {};
    }
}

QVariant YouthListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QSqlQueryModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case PersonalNumber:
        return tr("Personal number");
    case Age:
        return tr("Age");
    case Gender:
        return tr("Gender");
    case Status:
        return tr("Status");
    case Mentor:
        return tr("Mentor");
    case Municipality:
        return tr("Municipality");
    case StartDate:
        return tr("Start date");
    case ExitDate:
        return tr("Exit date");
    case ExitSituation:
        return tr("Situation at exit");
    case LastContact:
        return tr("Last contact");
    case NextPlanned:
        return tr("Next planned contact");
    default:
        return {};
    }
}

} // namespace lotsen
