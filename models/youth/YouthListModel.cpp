#include "youth/YouthListModel.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "youth/PersonalNumber.h"

#include <QColor>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lotsen {

namespace {

// Query columns; the view's columns are computed from them in data().
enum QueryColumn {
    QId,
    QFirstName,
    QLastName,
    QPersonalNumber,
    QBirthDate,
    QGender,
    QStatus,
    QMentor,
    QMunicipality,
    QStartDate,
    QLastContact,
    QNextPlanned
};

const char* const kSelect = "SELECT y.id, y.first_name, y.last_name, y.personal_number, y.birth_date, y.gender, "
                            "y.status, s.name, y.municipality, y.start_date, y.last_contact_at, y.next_planned_contact "
                            "FROM youth y LEFT JOIN staff s ON s.id = y.mentor_id";

} // namespace

YouthListModel::YouthListModel(Database& database, QObject* parent) : QSqlQueryModel(parent), m_database(database)
{
    refresh();
}

void YouthListModel::setFilter(const YouthFilter& filter)
{
    m_filter = filter;
    refresh();
}

void YouthListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QString YouthListModel::whereClause(QVariantList& binds, bool scanByName) const
{
    QStringList conditions;
    const QString match = YouthFilter::matchExpression(m_filter.text);
    if (!match.isEmpty()) {
        // "+y.id" stops SQLite from looking the matches up by id and sorting them all: with many matches it is
        // faster to walk the name index and stop after the first page.
        conditions.append((scanByName ? QStringLiteral("+") : QString())
                          + QStringLiteral("y.id IN (SELECT rowid FROM youth_search WHERE youth_search MATCH ?)"));
        binds.append(match);
    }
    if (m_filter.status) {
        conditions.append(QStringLiteral("y.status = ?"));
        binds.append(Vocabulary::code(*m_filter.status));
    }
    if (m_filter.mentorId) {
        if (*m_filter.mentorId == YouthFilter::NoMentor) {
            conditions.append(QStringLiteral("y.mentor_id IS NULL"));
        } else {
            conditions.append(QStringLiteral("y.mentor_id = ?"));
            binds.append(*m_filter.mentorId);
        }
    }
    if (!m_filter.municipality.isEmpty()) {
        conditions.append(QStringLiteral("y.municipality = ?"));
        binds.append(m_filter.municipality);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString YouthListModel::orderClause() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString byName
        = QStringLiteral("y.last_name COLLATE NOCASE %1, y.first_name COLLATE NOCASE %1, y.id %1").arg(dir);
    QString key;
    switch (m_sortColumn) {
    case PersonalNumber:
        key = QStringLiteral("y.personal_number %1").arg(dir);
        break;
    case Age:
        // Older means an earlier birth date; youths without one sort last either way.
        key = QStringLiteral("y.birth_date IS NULL, y.birth_date %1")
                  .arg(m_sortOrder == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC"));
        break;
    case Gender:
        key = QStringLiteral("y.gender %1").arg(dir);
        break;
    case Status:
        key = QStringLiteral(
                  "CASE y.status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END %1")
                  .arg(dir);
        break;
    case Mentor:
        key = QStringLiteral("s.name IS NULL, s.name COLLATE NOCASE %1").arg(dir);
        break;
    case Municipality:
        key = QStringLiteral("y.municipality COLLATE NOCASE %1").arg(dir);
        break;
    case StartDate:
        key = QStringLiteral("y.start_date IS NULL, y.start_date %1").arg(dir);
        break;
    // NULLS LAST rather than "IS NULL" first: SQLite then walks the column's index and stops after the first
    // page (7 ms instead of 275 ms at 100,000 youths). Never contacted, or nothing planned, sorts last.
    case LastContact:
        key = QStringLiteral("y.last_contact_at %1 NULLS LAST").arg(dir);
        break;
    case NextPlanned:
        key = QStringLiteral("y.next_planned_contact %1 NULLS LAST").arg(dir);
        break;
    case Name:
    default:
        return QStringLiteral(" ORDER BY ") + byName;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", ") + byName;
}

int YouthListModel::runCount(const QString& sql, const QVariantList& binds)
{
    m_lastStatements.append({ sql, binds });
    QSqlQuery count(m_database.connection());
    count.setForwardOnly(true);
    count.prepare(sql);
    for (const QVariant& bind : binds) {
        count.addBindValue(bind);
    }
    return count.exec() && count.next() ? count.value(0).toInt() : 0;
}

void YouthListModel::refresh()
{
    m_lastStatements.clear();
    QVariantList binds;
    QString where = whereClause(binds, false);
    const bool onlyText = !m_filter.status && !m_filter.mentorId && m_filter.municipality.isEmpty()
        && !YouthFilter::matchExpression(m_filter.text).isEmpty();
    // The search index has one row per youth, so a text-only search is counted there without touching youth.
    m_matchingCount = onlyText
        ? runCount(QStringLiteral("SELECT count(*) FROM youth_search WHERE youth_search MATCH ?"), binds)
        : runCount(QStringLiteral("SELECT count(*) FROM youth y") + where, binds);
    m_totalCount = m_filter.isEmpty() ? m_matchingCount : runCount(QStringLiteral("SELECT count(*) FROM youth"), {});

    // Measured at 100,000 youths: above about 2,000 matches the name index scan beats sorting the matches.
    constexpr int kScanByNameFrom = 2000;
    if (m_sortColumn == Name && m_matchingCount >= kScanByNameFrom && !m_filter.text.trimmed().isEmpty()) {
        binds.clear();
        where = whereClause(binds, true);
    }
    const QString sql = QString::fromLatin1(kSelect) + where + orderClause();
    m_lastStatements.append({ sql, binds });
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& bind : std::as_const(binds)) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        emit queryFailed(query.lastError().text());
    }
    // QSqlQueryModel fetches 256 rows now and more as the view scrolls.
    setQuery(std::move(query));
    emit countsChanged(m_matchingCount, m_totalCount);
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
    // record() would call our data() back, so go to QSqlQueryModel::data with an index of the query's shape.
    return QSqlQueryModel::data(createIndex(row, queryColumn), Qt::DisplayRole);
}

qint64 YouthListModel::idAt(int row) const
{
    return rawValue(row, QId).toLongLong();
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
        return raw(QId);
    }
    if (role == StatusCodeRole) {
        return raw(QStatus);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Age) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == NextPlanned) {
        // A planned contact that is due or past with no contact since stands out, as on Today; not for youths
        // who are paused or exited.
        const QString planned = raw(QNextPlanned).toString();
        const QString status = raw(QStatus).toString();
        const bool followed = status == QLatin1String("active") || status == QLatin1String("prospect");
        const bool due = !planned.isEmpty() && planned <= Clock::today().toString(Qt::ISODate)
            && raw(QLastContact).toString().left(10) < planned;
        return followed && due ? QVariant(QColor(0xc0, 0x39, 0x2b)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return raw(QLastName).toString() + QStringLiteral(", ") + raw(QFirstName).toString();
    case PersonalNumber:
        return PersonalNumber::fromStored(raw(QPersonalNumber).toString()).display();
    case Age: {
        Youth youth;
        youth.birthDate = QDate::fromString(raw(QBirthDate).toString(), Qt::ISODate);
        const int age = youth.ageOn(Clock::today());
        return age < 0 ? QVariant() : QVariant(age);
    }
    case Gender:
        return Vocabulary::label(Vocabulary::genderFromCode(raw(QGender).toString()));
    case Status:
        return Vocabulary::label(Vocabulary::statusFromCode(raw(QStatus).toString()));
    case Mentor:
        return raw(QMentor);
    case Municipality:
        return raw(QMunicipality);
    case StartDate:
        return raw(QStartDate);
    case LastContact: {
        const QString stored = raw(QLastContact).toString();
        return stored.isEmpty() ? QVariant() : QVariant(stored.left(10)); // the date of "2026-11-20T14:00:00"
    }
    case NextPlanned: {
        const QString stored = raw(QNextPlanned).toString();
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
    case LastContact:
        return tr("Last contact");
    case NextPlanned:
        return tr("Next planned contact");
    default:
        return {};
    }
}

} // namespace lotsen
