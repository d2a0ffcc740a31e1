// YouthListModel over a generated register of a few thousand youths. Every search, filter and sort is
// compared with an independent computation in C++ over the generated data (sets and orders of ids), with
// QAbstractItemModelTester watching the model all along. With LOTSEN_TEST_PG_STATE (CTest's tst_youthlistmodel_pg)
// the register lives in a database of its own on the test server instead of a file.
//
// Personal numbers are only Skatteverket's test numbers: births 2000-2009, serials 238 and 239.

#include "ResultChecks.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ServerAddress.h"
#include "core/WriteTransaction.h"
#include "youth/Youth.h"
#include "youth/YouthFilter.h"
#include "youth/YouthListModel.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(9, 0));
constexpr int kYouths = 3000;

// The generated register as the test knows it, independent of the model.
struct Row
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString personalNumber; // 12 digits or empty
    QDate birthDate;
    QString phone;
    QString municipality;
    YouthStatus status = YouthStatus::Prospect;
    qint64 mentorId = 0;
    QDate startDate;
    QString lastContactAt; // the summary columns ContactRepository keeps; empty = never contacted
    QDate nextPlanned;
    QStringList searchTokens; // filled by index(): folded name words, then number tokens
    int nameTokenCount = 0;
};

struct Mentor
{
    qint64 id;
    QString name;
};

int luhn(const QString& nineDigits)
{
    int sum = 0;
    for (int i = 0; i < nineDigits.size(); ++i) {
        const int value = nineDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += value > 9 ? value - 9 : value;
    }
    return (10 - sum % 10) % 10;
}

QString statusCode(YouthStatus status)
{
    switch (status) {
    case YouthStatus::Prospect:
        return u"prospect"_s;
    case YouthStatus::Active:
        return u"active"_s;
    case YouthStatus::Paused:
        return u"paused"_s;
    case YouthStatus::Exited:
        return u"exited"_s;
    }
    return {};
}

// What unicode61 with remove_diacritics 2 does to a token: no accents, lower case.
QString fold(const QString& word)
{
    QString result;
    for (QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            result.append(c);
        }
    }
    return result.toLower();
}

QStringList words(const QString& text)
{
    QStringList result;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            result.append(fold(word));
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        result.append(fold(word));
    }
    return result;
}

QString digitsOf(const QString& text)
{
    QString result;
    for (QChar c : text) {
        if (c.isDigit()) {
            result.append(c);
        }
    }
    return result;
}

QStringList numberTokens(const Row& row)
{
    QStringList tokens;
    if (!row.personalNumber.isEmpty()) {
        tokens << row.personalNumber << row.personalNumber.mid(2);
    }
    if (!row.phone.isEmpty()) {
        tokens << digitsOf(row.phone);
    }
    return tokens;
}

// The search as the user expects it: a number typed with dashes, spaces, "+" or parentheses is looked up
// as digits at the start of a personal number (12 or 10 digits) or a phone number; otherwise every word
// must begin a word of the name (or a number), ignoring case and accents.
bool matchesText(const Row& row, const QString& text)
{
    const QString trimmed = text.trimmed();
    bool onlyNumber = true;
    for (QChar c : trimmed) {
        if (!(c.isDigit() || c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')')) {
            onlyNumber = false;
        }
    }
    const QStringList numbers = row.searchTokens.mid(row.nameTokenCount);
    const auto anyStartsWith = [](const QStringList& tokens, const QString& prefix) {
        return std::any_of(tokens.begin(), tokens.end(), [&](const QString& t) { return t.startsWith(prefix); });
    };
    const QString digits = digitsOf(trimmed);
    if (onlyNumber && !digits.isEmpty()) {
        return anyStartsWith(numbers, digits);
    }
    const QStringList& tokens = row.searchTokens;
    const QStringList terms = words(trimmed);
    return std::all_of(terms.begin(), terms.end(), [&](const QString& term) { return anyStartsWith(tokens, term); });
}

// Splits a row into the words a search can find, once.
void index(Row& row)
{
    row.searchTokens = words(row.firstName + u' ' + row.lastName);
    row.nameTokenCount = int(row.searchTokens.size());
    row.searchTokens += numberTokens(row);
}

bool matches(const Row& row, const YouthFilter& filter)
{
    if (filter.status && row.status != *filter.status) {
        return false;
    }
    if (filter.mentorId) {
        if (*filter.mentorId == YouthFilter::NoMentor ? row.mentorId != 0 : row.mentorId != *filter.mentorId) {
            return false;
        }
    }
    if (!filter.municipality.isEmpty() && row.municipality != filter.municipality) {
        return false;
    }
    return matchesText(row, filter.text);
}

// The run on the test server (LOTSEN_TEST_PG_STATE, see scripts/pg-test-server). This test links lotsen_models only,
// so it reaches the server with Database::openServer itself rather than through tests/support's TestServer.
bool onServer()
{
    return !qEnvironmentVariableIsEmpty("LOTSEN_TEST_PG_STATE");
}

std::optional<ServerAddress> testServer(const QString& database)
{
    QFile state(qEnvironmentVariable("LOTSEN_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return std::nullopt;
    }
    static const QRegularExpression pattern(u"host=(\\S+) port=(\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(state.readAll()));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    ServerAddress address;
    address.host = match.captured(1);
    address.port = match.captured(2).toInt();
    address.user = u"lotsen_super"_s;
    address.database = database;
    return address;
}

// Runs statements as the test server's superuser in its postgres database.
bool runOnServer(const QStringList& statements)
{
    const std::optional<ServerAddress> server = testServer(u"postgres"_s);
    if (!server) {
        return false;
    }
    const QString name = u"tst_youthlistmodel_admin"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString serverDatabaseName()
{
    return u"lt_youthlistmodel_%1"_s.arg(QCoreApplication::applicationPid());
}

// SQLite's NOCASE: ASCII letters fold to lower case, everything else compares by code point.
QString noCase(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c >= u'A' && c <= u'Z') {
            c = QChar(c.unicode() + 32);
        }
    }
    return result;
}

// The register's COLLATE NOCASE: in SQLite ASCII case folded and code points; on PostgreSQL the schema's ICU
// collation nocase ('und-u-ks-level2': the root order, case ignored, accents not).
int compareText(const QString& a, const QString& b)
{
    if (!onServer()) {
        return noCase(a).compare(noCase(b));
    }
    static const QCollator collator = [] {
        QCollator icu(QLocale(QLocale::English));
        icu.setCaseSensitivity(Qt::CaseInsensitive);
        return icu;
    }();
    return collator.compare(a, b);
}

// The register's order by name: last name, then first name (case-insensitive), then id.
int compareByName(const Row& a, const Row& b)
{
    if (int c = compareText(a.lastName, b.lastName); c != 0) {
        return c;
    }
    if (int c = compareText(a.firstName, b.firstName); c != 0) {
        return c;
    }
    return a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
}

QString formatPersonalNumber(const QString& twelve)
{
    return twelve.isEmpty() ? QString() : twelve.left(8) + u'-' + twelve.mid(8);
}

} // namespace

class TestYouthListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void unfilteredRegister();
    void headerData();
    void displayedData();
    void search_data();
    void search();
    void searchIgnoresCaseAndAccents();
    void filters_data();
    void filters();
    void sortByName();
    void sortByAge();
    void sortByOtherColumns();
    void sortByContactColumns_data();
    void sortByContactColumns();
    void countsChangedSignal();
    void refreshShowsSavedYouth();
    void pagedFetch_data();
    void pagedFetch();
    void pageBoundaries();
    void failedPageIsReported();

private:
    void generate();
    QList<qint64> fetchAllIds();
    QList<qint64> expectedIds(const YouthFilter& filter, Qt::SortOrder order = Qt::AscendingOrder) const;
    const Row& row(qint64 id) const { return m_rows.at(id - 1); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QList<Row> m_rows; // m_rows[i].id == i + 1
    QList<Mentor> m_mentors;
    QStringList m_municipalities;

    std::unique_ptr<YouthListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_failures;
};

void TestYouthListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    if (onServer()) {
        const QString name = serverDatabaseName();
        QVERIFY2(
            runOnServer({ u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name), u"CREATE DATABASE %1"_s.arg(name) }),
            "LOTSEN_TEST_PG_STATE is set but the test server cannot be reached");
        const std::optional<ServerAddress> address = testServer(name);
        QVERIFY(address);
        const Database::OpenResult opened = m_database->openServer(*address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(m_database->isServer());
    } else {
        QCOMPARE(m_database->open(m_dir.filePath(u"register.lotsen"_s)).status, Database::OpenStatus::Created);
    }
    generate();
    QVERIFY(!QTest::currentTestFailed());
}

void TestYouthListModel::cleanupTestCase()
{
    m_database.reset();
    if (onServer()) {
        QVERIFY(runOnServer({ u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(serverDatabaseName()) }));
    }
}

void TestYouthListModel::init()
{
    Clock::setFixedNow(kNow);
    m_model = std::make_unique<YouthListModel>(*m_database);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
    m_failures = std::make_unique<QSignalSpy>(m_model.get(), &YouthListModel::loadFailed);
}

void TestYouthListModel::cleanup()
{
    if (m_failures) {
        QVERIFY2(m_failures->isEmpty(),
                 m_failures->isEmpty() ? "" : qPrintable(m_failures->first().first().toString()));
    }
    m_failures.reset();
    m_tester.reset();
    m_model.reset();
    Clock::reset();
}

void TestYouthListModel::generate()
{
    QRandomGenerator random(20261127);
    const auto pick = [&random](const QStringList& list) {
        return list.at(random.bounded(int(list.size())));
    };

    const QStringList firstNames
        = { u"Anna"_s,     u"Anna-Karin"_s, u"Åsa"_s,   u"Élise"_s,  u"Zoë"_s, u"Erik"_s,  u"Bo"_s,
            u"Mohammed"_s, u"Fatima"_s,     u"Lars"_s,  u"Dennis"_s, u"Ida"_s, u"Oskar"_s, u"Nora"_s,
            u"Omar"_s,     u"Sara"_s,       u"Ölvir"_s, u"Linnéa"_s, u"Kim"_s, u"Ann"_s };
    const QStringList lastNames
        = { u"Östlund"_s,  u"Öberg"_s,     u"Åberg"_s,   u"Berg"_s,       u"Bergström"_s,  u"berg"_s,     u"Nilsson"_s,
            u"Karlsson"_s, u"Yilmaz"_s,    u"Ali"_s,     u"de la Cruz"_s, u"af Klint"_s,   u"Müller"_s,   u"Larsson"_s,
            u"Lind"_s,     u"Lindqvist"_s, u"Ostling"_s, u"Ängström"_s,   u"Zetterberg"_s, u"Andersson"_s };
    m_municipalities = { u"Umeå"_s, u"Luleå"_s, u"Skellefteå"_s, u"Piteå"_s, u"Arjeplog"_s };

    WriteTransaction transaction(*m_database);
    QVERIFY(transaction.isActive());
    QSqlQuery query(m_database->connection());
    const QStringList mentorNames = { u"Kim Lind"_s, u"alva Berg"_s, u"Sam Öst"_s, u"Robin Ek"_s, u"Mika Ström"_s };
    for (int i = 0; i < mentorNames.size(); ++i) {
        query.prepare(u"INSERT INTO staff (id, name, active) VALUES (?, ?, ?)"_s);
        query.addBindValue(i + 1);
        query.addBindValue(mentorNames.at(i));
        query.addBindValue(i == 4 ? 0 : 1); // an inactive mentor still has youths
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        m_mentors.append({ i + 1, mentorNames.at(i) });
    }

    QSet<QString> usedNumbers;
    const QDate first(2000, 1, 1);
    const int days = int(first.daysTo(QDate(2009, 12, 31))) + 1;
    query.prepare(u"INSERT INTO youth (id, first_name, last_name, personal_number, birth_date, gender, phone, "
                  "municipality, status, mentor_id, start_date, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s);
    const QStringList genders = { u"woman"_s, u"man"_s, u"other"_s, u"not_stated"_s };
    for (int i = 0; i < kYouths; ++i) {
        Row row;
        row.id = i + 1;
        row.firstName = pick(firstNames);
        row.lastName = pick(lastNames);
        const int kind = random.bounded(10);
        if (kind < 8) {
            QString number;
            do {
                const QDate birth = first.addDays(random.bounded(days));
                const QString nine = birth.toString(u"yyMMdd"_s) + (random.bounded(2) ? u"238"_s : u"239"_s);
                number = u"20"_s + nine + QString::number(luhn(nine));
                row.birthDate = birth;
            } while (usedNumbers.contains(number));
            usedNumbers.insert(number);
            row.personalNumber = number;
        } else if (kind == 8) {
            row.birthDate = first.addDays(random.bounded(days)); // protected identity: a date, no number
        }
        switch (random.bounded(4)) {
        case 0:
            break; // no phone
        case 1:
            row.phone = u"+46 7%1 %2 %3 %4"_s.arg(random.bounded(10))
                            .arg(random.bounded(1000), 3, 10, QChar(u'0'))
                            .arg(random.bounded(100), 2, 10, QChar(u'0'))
                            .arg(random.bounded(100), 2, 10, QChar(u'0'));
            break;
        default:
            row.phone = u"07%1-%2 %3 %4"_s.arg(random.bounded(10))
                            .arg(random.bounded(1000), 3, 10, QChar(u'0'))
                            .arg(random.bounded(100), 2, 10, QChar(u'0'))
                            .arg(random.bounded(100), 2, 10, QChar(u'0'));
        }
        row.municipality = random.bounded(6) == 0 ? QString() : pick(m_municipalities);
        row.status = static_cast<YouthStatus>(random.bounded(4));
        row.mentorId = random.bounded(3) == 0 ? 0 : random.bounded(1, int(m_mentors.size()) + 1);
        if (random.bounded(2)) {
            row.startDate = QDate(2024, 1, 1).addDays(random.bounded(1000));
        }

        query.bindValue(0, row.id);
        query.bindValue(1, row.firstName);
        query.bindValue(2, row.lastName);
        query.bindValue(
            3, row.personalNumber.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.personalNumber));
        query.bindValue(4,
                        row.birthDate.isValid() ? QVariant(row.birthDate.toString(Qt::ISODate))
                                                : QVariant(QMetaType::fromType<QString>()));
        query.bindValue(5, pick(genders));
        query.bindValue(6, row.phone.isNull() ? u""_s : row.phone);
        query.bindValue(7, row.municipality.isNull() ? u""_s : row.municipality);
        query.bindValue(8, statusCode(row.status == YouthStatus::Exited ? YouthStatus::Active : row.status));
        query.bindValue(9, row.mentorId ? QVariant(row.mentorId) : QVariant(QMetaType::fromType<qint64>()));
        query.bindValue(10,
                        row.startDate.isValid() ? QVariant(row.startDate.toString(Qt::ISODate))
                                                : QVariant(QMetaType::fromType<QString>()));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        if (row.status == YouthStatus::Exited) {
            // Exited only with an ended period (schema 9's triggers): inserted active, then exited.
            QSqlQuery exit(m_database->connection());
            QVERIFY2(exit.exec(u"INSERT INTO enrolment_period (youth_id, start_date, end_date, created_at, updated_at) "
                               "VALUES (%1, '2023-01-01', '2023-06-01', '2023-01-01', '2023-06-01')"_s.arg(row.id)),
                     qPrintable(exit.lastError().text()));
            QVERIFY2(exit.exec(u"UPDATE youth SET status = 'exited' WHERE id = %1"_s.arg(row.id)),
                     qPrintable(exit.lastError().text()));
        }
        index(row);
        m_rows.append(row);
    }
    query.finish();

    // The contact summary columns, from a separate generator so that the rows above stay as they were.
    // Several youths share a day (and some the same moment), so the name order inside a tie is tested too.
    QRandomGenerator contacts(20261130);
    QSqlQuery summary(m_database->connection());
    summary.prepare(u"UPDATE youth SET last_contact_at = ?, next_planned_contact = ? WHERE id = ?"_s);
    for (Row& row : m_rows) {
        if (contacts.bounded(5) != 0) {
            const QDateTime at(kNow.date().addDays(-contacts.bounded(200)), QTime(9 + contacts.bounded(3), 0));
            row.lastContactAt = at.toString(Qt::ISODate);
        }
        if (contacts.bounded(3) == 0) {
            row.nextPlanned = kNow.date().addDays(contacts.bounded(60) - 20);
        }
        summary.bindValue(
            0, row.lastContactAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.lastContactAt));
        summary.bindValue(1,
                          row.nextPlanned.isValid() ? QVariant(row.nextPlanned.toString(Qt::ISODate))
                                                    : QVariant(QMetaType::fromType<QString>()));
        summary.bindValue(2, row.id);
        QVERIFY2(summary.exec(), qPrintable(summary.lastError().text()));
    }
    summary.finish();
    if (m_database->isServer()) {
        // The ids were given above, so the identity columns start after them (SQLite takes max(id) + 1 itself).
        QSqlQuery sequences(m_database->connection());
        for (const QString& table : { u"staff"_s, u"youth"_s }) {
            QVERIFY2(sequences.exec(
                         u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))"_s.arg(table)),
                     qPrintable(sequences.lastError().text()));
        }
    }
    QVERIFY(transaction.commit());
}

QList<qint64> TestYouthListModel::fetchAllIds()
{
    while (m_model->canFetchMore(QModelIndex())) {
        const int before = m_model->rowCount();
        m_model->fetchMore(QModelIndex());
        if (m_model->rowCount() == before) {
            break; // no progress; the comparison below reports it
        }
    }
    QList<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        ids.append(m_model->data(m_model->index(r, 0), YouthListModel::IdRole).toLongLong());
    }
    return ids;
}

QList<qint64> TestYouthListModel::expectedIds(const YouthFilter& filter, Qt::SortOrder order) const
{
    QList<Row> selected;
    for (const Row& r : m_rows) {
        if (matches(r, filter)) {
            selected.append(r);
        }
    }
    std::sort(selected.begin(), selected.end(), [order](const Row& a, const Row& b) {
        const int c = compareByName(a, b);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<qint64> ids;
    for (const Row& r : selected) {
        ids.append(r.id);
    }
    return ids;
}

void TestYouthListModel::unfilteredRegister()
{
    QCOMPARE(m_model->totalCount(), kYouths);
    QCOMPARE(m_model->matchingCount(), kYouths);
    QVERIFY(m_model->filter().isEmpty());
    QCOMPARE(m_model->sortColumn(), int(YouthListModel::Name));
    QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
    // The engine decides how rows are fetched: one lazily read statement (SQLite) or pages (PostgreSQL).
    QCOMPARE(m_model->pageSize(), m_database->dialect().listPageRows());
    // Lazy: the first batch only, and the rest on demand.
    QVERIFY(m_model->rowCount() < kYouths);
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_model->columnCount(), int(YouthListModel::ColumnCount));

    const QList<qint64> ids = fetchAllIds();
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(ids.size(), kYouths);
    QCOMPARE(ids, expectedIds(YouthFilter()));
    for (int r = 0; r < 50; ++r) {
        QCOMPARE(m_model->idAt(r), ids.at(r));
        QCOMPARE(m_model->rowOf(ids.at(r)), r);
    }
    QCOMPARE(m_model->rowOf(kYouths + 1000), -1);
}

void TestYouthListModel::headerData()
{
    QSet<QString> seen;
    for (int column = 0; column < YouthListModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!header.trimmed().isEmpty(), qPrintable(QString::number(column)));
        seen.insert(header);
    }
    QCOMPARE(seen.size(), int(YouthListModel::ColumnCount));
    QCOMPARE(m_model->headerData(YouthListModel::Age, Qt::Horizontal).toString(), u"Age"_s);
}

void TestYouthListModel::displayedData()
{
    const QList<qint64> ids = fetchAllIds();
    QCOMPARE(ids.size(), kYouths);
    const QDate today = Clock::today();
    QCOMPARE(today, kNow.date());
    int withAge = 0;
    int withoutMentor = 0;
    for (int r = 0; r < ids.size(); ++r) {
        const Row& expected = row(ids.at(r));
        const auto cell = [&](int column) {
            return m_model->data(m_model->index(r, column));
        };

        QCOMPARE(cell(YouthListModel::Name).toString(), expected.lastName + u", "_s + expected.firstName);
        QCOMPARE(cell(YouthListModel::PersonalNumber).toString(), formatPersonalNumber(expected.personalNumber));

        // The age is whole years on today's date, computed here from the generated birth date.
        const QVariant age = cell(YouthListModel::Age);
        if (expected.birthDate.isValid()) {
            Youth youth;
            youth.birthDate = expected.birthDate;
            QCOMPARE(age.toInt(), youth.ageOn(today));
            int years = today.year() - expected.birthDate.year();
            if (std::pair(today.month(), today.day())
                < std::pair(expected.birthDate.month(), expected.birthDate.day())) {
                --years;
            }
            QCOMPARE(age.toInt(), years);
            QVERIFY(years >= 16 && years <= 26);
            ++withAge;
        } else {
            QVERIFY2(!age.isValid() || age.toString().isEmpty(), qPrintable(age.toString()));
        }

        const QString mentor = cell(YouthListModel::Mentor).toString();
        if (expected.mentorId) {
            QCOMPARE(mentor, m_mentors.at(expected.mentorId - 1).name);
        } else {
            QVERIFY(mentor.isEmpty());
            ++withoutMentor;
        }
        QCOMPARE(cell(YouthListModel::Municipality).toString(), expected.municipality);
        QCOMPARE(cell(YouthListModel::StartDate).toString(),
                 expected.startDate.isValid() ? expected.startDate.toString(Qt::ISODate) : QString());
        QVERIFY(!cell(YouthListModel::Status).toString().isEmpty());
        QVERIFY(!cell(YouthListModel::Gender).toString().isEmpty());
        QCOMPARE(m_model->data(m_model->index(r, 0), YouthListModel::StatusCodeRole).toString(),
                 statusCode(expected.status));
    }
    QVERIFY(withAge > kYouths / 2);
    QVERIFY(withAge < kYouths);
    QVERIFY(withoutMentor > 0);
}

void TestYouthListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atLeast"); // a floor, so that no case passes by finding nothing

    // A youth with a number and a phone, to build number searches from.
    const Row* withNumber = nullptr;
    const Row* withPhone = nullptr;
    const Row* withPlusPhone = nullptr;
    for (const Row& r : m_rows) {
        if (!withNumber && !r.personalNumber.isEmpty()) {
            withNumber = &r;
        }
        if (!withPhone && r.phone.startsWith(u"07"_s)) {
            withPhone = &r;
        }
        if (!withPlusPhone && r.phone.startsWith(u"+46"_s)) {
            withPlusPhone = &r;
        }
    }
    QVERIFY(withNumber && withPhone && withPlusPhone);
    const QString pn = withNumber->personalNumber;

    QTest::newRow("last name") << u"Nilsson"_s << 1;
    QTest::newRow("prefix") << u"nil"_s << 1;
    QTest::newRow("lower case") << u"karlsson"_s << 1;
    QTest::newRow("upper case") << u"KARLSSON"_s << 1;
    QTest::newRow("first name") << u"anna"_s << 1;
    QTest::newRow("second part of a hyphenated name") << u"karin"_s << 1;
    QTest::newRow("without diacritics") << u"ostlund"_s << 1;
    QTest::newRow("with diacritics") << u"Östlund"_s << 1;
    QTest::newRow("diacritics prefix") << u"öst"_s << 1;
    QTest::newRow("å without ring") << u"aberg"_s << 1;
    QTest::newRow("ä without dots") << u"angstrom"_s << 1;
    QTest::newRow("é without accent") << u"elise"_s << 1;
    QTest::newRow("ë without dots") << u"zoe"_s << 1;
    QTest::newRow("ü without dots") << u"muller"_s << 1;
    QTest::newRow("two words") << u"anna berg"_s << 1;
    QTest::newRow("two words, other order") << u"berg anna"_s << 1;
    QTest::newRow("name in several words") << u"de la cruz"_s << 1;
    QTest::newRow("lower-case particle") << u"af"_s << 1;
    QTest::newRow("one letter") << u"z"_s << 1;
    QTest::newRow("no such name") << u"Xyzzy"_s << 0;
    QTest::newRow("FTS syntax") << u"anna OR bo"_s << 0;
    QTest::newRow("quotes and star") << u"\"berg*"_s << 1;
    QTest::newRow("12 digits") << pn << 1;
    QTest::newRow("12 digits with dash") << formatPersonalNumber(pn) << 1;
    QTest::newRow("date part, 8 digits") << pn.left(8) << 1;
    QTest::newRow("year and month") << pn.left(6) << 1;
    QTest::newRow("year") << pn.left(4) << 1;
    QTest::newRow("10 digits") << pn.mid(2) << 1;
    QTest::newRow("10 digits with dash") << pn.mid(2, 6) + u'-' + pn.mid(8) << 1;
    QTest::newRow("10-digit prefix with dash") << pn.mid(2, 6) + u'-' + pn.mid(8, 2) << 1;
    QTest::newRow("6 digits") << pn.mid(2, 6) << 1;
    QTest::newRow("spaces in number") << pn.left(4) + u' ' + pn.mid(4, 4) + u" - "_s + pn.mid(8) << 1;
    QTest::newRow("phone as written") << withPhone->phone << 1;
    QTest::newRow("phone digits") << digitsOf(withPhone->phone) << 1;
    QTest::newRow("phone prefix with dash") << withPhone->phone.left(6) << 1;
    QTest::newRow("international phone") << withPlusPhone->phone << 1;
    QTest::newRow("international prefix") << u"+46 7"_s << 1;
    QTest::newRow("07") << u"07"_s << 1;
    QTest::newRow("name and year") << withNumber->firstName + u' ' + pn.left(4) << 1;
    QTest::newRow("unknown number") << u"19990101-0000"_s << 0;
    QTest::newRow("only punctuation") << u"--"_s << kYouths;
    QTest::newRow("blank") << u"   "_s << kYouths;
}

void TestYouthListModel::search()
{
    QFETCH(QString, text);
    QFETCH(int, atLeast);

    YouthFilter filter;
    filter.text = text;
    m_model->setFilter(filter);
    QCOMPARE(m_model->filter().text, text);
    const QList<qint64> expected = expectedIds(filter);
    QVERIFY2(expected.size() >= atLeast, qPrintable(u"only %1 expected"_s.arg(expected.size())));
    if (atLeast == 0) {
        QVERIFY(expected.isEmpty());
    }
    QCOMPARE(m_model->matchingCount(), int(expected.size()));
    QCOMPARE(m_model->totalCount(), kYouths);
    const QList<qint64> ids = fetchAllIds();
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), QSet<qint64>(expected.begin(), expected.end()));
    QCOMPARE(ids, expected); // and in name order
}

void TestYouthListModel::searchIgnoresCaseAndAccents()
{
    const auto idsFor = [this](const QString& text) {
        YouthFilter filter;
        filter.text = text;
        m_model->setFilter(filter);
        return fetchAllIds();
    };
    const QList<qint64> plain = idsFor(u"ostlund"_s);
    QVERIFY(!plain.isEmpty());
    QCOMPARE(idsFor(u"ÖSTLUND"_s), plain);
    QCOMPARE(idsFor(u"Östlund"_s), plain);
    // Every "Östlund" is found, and also "Ostling"-like names are not (a prefix, not a similarity).
    int oestlund = 0;
    for (const Row& r : m_rows) {
        if (r.lastName == u"Östlund"_s) {
            ++oestlund;
            QVERIFY(plain.contains(r.id));
        }
        if (r.lastName == u"Ostling"_s) {
            QVERIFY(!plain.contains(r.id));
        }
    }
    QVERIFY(oestlund > 0);
    QCOMPARE(int(plain.size()), oestlund);
}

void TestYouthListModel::filters_data()
{
    QTest::addColumn<int>("status"); // -1 = any
    QTest::addColumn<qint64>("mentor"); // 0 = any
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QString>("text");

    const QList<YouthStatus> statuses
        = { YouthStatus::Prospect, YouthStatus::Active, YouthStatus::Paused, YouthStatus::Exited };
    for (YouthStatus status : statuses) {
        QTest::addRow("status %s", qPrintable(statusCode(status)))
            << int(status) << qint64(0) << QString() << QString();
    }
    for (const Mentor& mentor : std::as_const(m_mentors)) {
        QTest::addRow("mentor %lld", mentor.id) << -1 << mentor.id << QString() << QString();
    }
    QTest::newRow("no mentor") << -1 << YouthFilter::NoMentor << QString() << QString();
    QTest::newRow("mentor without youths") << -1 << qint64(999) << QString() << QString();
    for (const QString& municipality : std::as_const(m_municipalities)) {
        QTest::addRow("municipality %s", qPrintable(municipality)) << -1 << qint64(0) << municipality << QString();
    }
    QTest::newRow("unknown municipality") << -1 << qint64(0) << u"Kiruna"_s << QString();
    QTest::newRow("status and mentor") << int(YouthStatus::Active) << qint64(1) << QString() << QString();
    QTest::newRow("status and no mentor")
        << int(YouthStatus::Prospect) << YouthFilter::NoMentor << QString() << QString();
    QTest::newRow("status, mentor, municipality") << int(YouthStatus::Paused) << qint64(2) << u"Umeå"_s << QString();
    QTest::newRow("search and status") << int(YouthStatus::Active) << qint64(0) << QString() << u"berg"_s;
    QTest::newRow("search and no mentor") << -1 << YouthFilter::NoMentor << QString() << u"anna"_s;
    QTest::newRow("search and municipality") << -1 << qint64(0) << u"Luleå"_s << u"ö"_s;
    QTest::newRow("number search and status") << int(YouthStatus::Exited) << qint64(0) << QString() << u"2004"_s;
    QTest::newRow("everything") << int(YouthStatus::Active) << qint64(3) << u"Piteå"_s << u"a"_s;
}

void TestYouthListModel::filters()
{
    QFETCH(int, status);
    QFETCH(qint64, mentor);
    QFETCH(QString, municipality);
    QFETCH(QString, text);

    YouthFilter filter;
    if (status >= 0) {
        filter.status = static_cast<YouthStatus>(status);
    }
    if (mentor != 0) {
        filter.mentorId = mentor;
    }
    filter.municipality = municipality;
    filter.text = text;
    QVERIFY(!filter.isEmpty());

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFilter(filter);
    QCOMPARE(reset.count(), 1);
    const QList<qint64> expected = expectedIds(filter);
    const bool shouldFindSome = mentor != 999 && municipality != u"Kiruna"_s;
    QCOMPARE(expected.isEmpty(), !shouldFindSome);
    QVERIFY(expected.size() < kYouths);
    QCOMPARE(m_model->matchingCount(), int(expected.size()));
    QCOMPARE(m_model->totalCount(), kYouths);
    const QList<qint64> ids = fetchAllIds();
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), QSet<qint64>(expected.begin(), expected.end()));
    QCOMPARE(ids, expected);

    // Clearing the filter brings everyone back.
    m_model->setFilter(YouthFilter());
    QCOMPARE(m_model->matchingCount(), kYouths);
}

void TestYouthListModel::sortByName()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(YouthListModel::Name, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->sortColumn(), int(YouthListModel::Name));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    const QList<qint64> descending = fetchAllIds();
    QCOMPARE(descending, expectedIds(YouthFilter(), Qt::DescendingOrder));

    m_model->sort(YouthListModel::Name, Qt::AscendingOrder);
    const QList<qint64> ascending = fetchAllIds();
    QCOMPARE(ascending, expectedIds(YouthFilter()));
    QList<qint64> reversed(descending.rbegin(), descending.rend());
    QCOMPARE(ascending, reversed);

    // Case does not split the same name: "berg" and "Berg" sort together, before "Bergström".
    int lastBerg = -1;
    int firstBergstrom = int(ascending.size());
    for (int i = 0; i < ascending.size(); ++i) {
        const QString name = row(ascending.at(i)).lastName;
        if (name.compare(u"berg"_s, Qt::CaseInsensitive) == 0) {
            lastBerg = i;
        } else if (name == u"Bergström"_s) {
            firstBergstrom = std::min(firstBergstrom, i);
        }
    }
    QVERIFY(lastBerg >= 0);
    QVERIFY(lastBerg < firstBergstrom);

    // The sort stays while the filter changes.
    YouthFilter filter;
    filter.status = YouthStatus::Active;
    m_model->sort(YouthListModel::Name, Qt::DescendingOrder);
    m_model->setFilter(filter);
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(fetchAllIds(), expectedIds(filter, Qt::DescendingOrder));

    // An unknown column changes nothing.
    m_model->sort(-1, Qt::AscendingOrder);
    m_model->sort(YouthListModel::ColumnCount, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), int(YouthListModel::Name));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
}

void TestYouthListModel::sortByAge()
{
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        m_model->sort(YouthListModel::Age, order);
        QCOMPARE(m_model->sortColumn(), int(YouthListModel::Age));
        const QList<qint64> ids = fetchAllIds();
        QCOMPARE(ids.size(), kYouths);

        // Youngest first when ascending (latest birth date first); youths without a birth date last either
        // way; the same birth date in name order.
        QList<Row> expected = m_rows;
        std::sort(expected.begin(), expected.end(), [order](const Row& a, const Row& b) {
            if (a.birthDate.isValid() != b.birthDate.isValid()) {
                return a.birthDate.isValid();
            }
            if (a.birthDate != b.birthDate) {
                return order == Qt::AscendingOrder ? a.birthDate > b.birthDate : a.birthDate < b.birthDate;
            }
            const int c = compareByName(a, b);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        QList<qint64> expectedIds;
        for (const Row& r : expected) {
            expectedIds.append(r.id);
        }
        QCOMPARE(ids, expectedIds);

        // And what the user sees: the Age column in order, blanks at the end.
        int previous = order == Qt::AscendingOrder ? -1 : 1000;
        bool blanks = false;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QVariant age = m_model->data(m_model->index(r, YouthListModel::Age));
            if (!age.isValid()) {
                blanks = true;
                continue;
            }
            QVERIFY2(!blanks, "an age after the blanks");
            QVERIFY(order == Qt::AscendingOrder ? age.toInt() >= previous : age.toInt() <= previous);
            previous = age.toInt();
        }
        QVERIFY(blanks);
    }
}

void TestYouthListModel::sortByOtherColumns()
{
    for (int column = 0; column < YouthListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            m_model->sort(column, order);
            const QList<qint64> ids = fetchAllIds();
            QCOMPARE(ids.size(), kYouths);
            QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), kYouths);
        }
    }
    // Municipality: the shown values in (case-insensitive) order.
    m_model->sort(YouthListModel::Municipality, Qt::AscendingOrder);
    fetchAllIds();
    for (int r = 1; r < m_model->rowCount(); ++r) {
        const QString a = m_model->data(m_model->index(r - 1, YouthListModel::Municipality)).toString();
        const QString b = m_model->data(m_model->index(r, YouthListModel::Municipality)).toString();
        QVERIFY2(compareText(a, b) <= 0, qPrintable(a + u" > "_s + b));
    }
}

void TestYouthListModel::sortByContactColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column : { int(YouthListModel::LastContact), int(YouthListModel::NextPlanned) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            QTest::addRow("%s %s", column == YouthListModel::LastContact ? "last contact" : "next planned",
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << int(order);
        }
    }
}

void TestYouthListModel::sortByContactColumns()
{
    QFETCH(int, column);
    QFETCH(int, order);
    const auto sortOrder = static_cast<Qt::SortOrder>(order);
    const bool last = column == YouthListModel::LastContact;
    m_model->sort(column, sortOrder);
    QCOMPARE(m_model->sortColumn(), column);
    const QList<qint64> ids = fetchAllIds();

    // In order of the stored value, youths without one last either way; ties in name order (same direction).
    QList<Row> expected = m_rows;
    const auto key = [last](const Row& r) {
        return last ? r.lastContactAt : (r.nextPlanned.isValid() ? r.nextPlanned.toString(Qt::ISODate) : QString());
    };
    std::sort(expected.begin(), expected.end(), [&](const Row& a, const Row& b) {
        const QString ka = key(a);
        const QString kb = key(b);
        if (ka.isEmpty() != kb.isEmpty()) {
            return kb.isEmpty();
        }
        if (ka != kb) {
            return sortOrder == Qt::AscendingOrder ? ka < kb : ka > kb;
        }
        const int c = compareByName(a, b);
        return sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<qint64> expectedIds;
    for (const Row& r : expected) {
        expectedIds.append(r.id);
    }
    QCOMPARE(ids, expectedIds);

    // What the user sees: the date only, in order, blanks at the end.
    bool blanks = false;
    QString previous;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString shown = m_model->data(m_model->index(r, column)).toString();
        const Row& expectedRow = row(ids.at(r));
        if (shown.isEmpty()) {
            QVERIFY(key(expectedRow).isEmpty());
            blanks = true;
            continue;
        }
        QVERIFY2(!blanks, "a date after the blanks");
        QCOMPARE(shown.size(), 10);
        QCOMPARE(shown, key(expectedRow).left(10));
        if (!previous.isEmpty()) {
            QVERIFY(sortOrder == Qt::AscendingOrder ? previous <= shown : previous >= shown);
        }
        previous = shown;
    }
    QVERIFY(blanks);

    // A planned contact that is due with no contact since stands out in the view, for youths still followed.
    if (!last) {
        int marked = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const Row& shown = row(ids.at(r));
            const bool followed = shown.status == YouthStatus::Active || shown.status == YouthStatus::Prospect;
            const bool due = shown.nextPlanned.isValid() && shown.nextPlanned <= kNow.date()
                && (shown.lastContactAt.isEmpty()
                    || QDate::fromString(shown.lastContactAt.left(10), Qt::ISODate) < shown.nextPlanned);
            const QVariant colour = m_model->data(m_model->index(r, column), Qt::ForegroundRole);
            QCOMPARE(colour.isValid(), followed && due);
            marked += colour.isValid() ? 1 : 0;
        }
        QVERIFY(marked > 0);
    }
}

void TestYouthListModel::countsChangedSignal()
{
    QSignalSpy counts(m_model.get(), &YouthListModel::countsChanged);
    YouthFilter filter;
    filter.status = YouthStatus::Paused;
    m_model->setFilter(filter);
    QCOMPARE(counts.count(), 1);
    const int paused = int(expectedIds(filter).size());
    QVERIFY(paused > 0 && paused < kYouths);
    QCOMPARE(counts.at(0).at(0).toInt(), paused);
    QCOMPARE(counts.at(0).at(1).toInt(), kYouths);

    filter.text = u"Nilsson"_s;
    m_model->setFilter(filter);
    QCOMPARE(counts.count(), 2);
    QCOMPARE(counts.at(1).at(0).toInt(), int(expectedIds(filter).size()));
    QCOMPARE(counts.at(1).at(1).toInt(), kYouths);

    m_model->sort(YouthListModel::Age, Qt::DescendingOrder); // a new query: the counts are sent again
    QCOMPARE(counts.count(), 3);
    QCOMPARE(counts.at(2).at(0).toInt(), int(expectedIds(filter).size()));

    m_model->setFilter(YouthFilter());
    QCOMPARE(counts.count(), 4);
    QCOMPARE(counts.at(3).at(0).toInt(), kYouths);
    QCOMPARE(counts.at(3).at(1).toInt(), kYouths);

    // Fetching more rows does not change the counts.
    fetchAllIds();
    QCOMPARE(counts.count(), 4);
}

void TestYouthListModel::refreshShowsSavedYouth()
{
    YouthRepository repository(*m_database);
    QSignalSpy counts(m_model.get(), &YouthListModel::countsChanged);
    QVERIFY(m_model->rowCount() > 0); // a partly fetched model, as in the view

    Youth youth;
    youth.firstName = u"Aaron"_s;
    youth.lastName = u"Aabergsson"_s; // sorts first
    youth.personalNumber = u"200512312380"_s; // serial 238 of 2005-12-31
    youth.birthDate = QDate(2005, 12, 31);
    // The generator may have used this number: then take its serial-239 sibling.
    for (const Row& r : std::as_const(m_rows)) {
        if (r.personalNumber == youth.personalNumber) {
            youth.personalNumber = u"200512312398"_s;
        }
    }
    const Result<qint64> saved = repository.save(youth);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));

    // Not yet: the model shows what it last queried.
    QCOMPARE(m_model->totalCount(), kYouths);
    LOTSEN_VERIFY_OK(m_model->refresh());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), kYouths + 1);
    QCOMPARE(counts.at(0).at(1).toInt(), kYouths + 1);
    QCOMPARE(m_model->totalCount(), kYouths + 1);
    QCOMPARE(m_model->idAt(0), youth.id);
    QCOMPARE(m_model->rowOf(youth.id), 0);
    QCOMPARE(fetchAllIds().size(), kYouths + 1);

    // Searchable at once, by name and number.
    YouthFilter filter;
    filter.text = u"aabergs"_s;
    m_model->setFilter(filter);
    QCOMPARE(fetchAllIds(), QList<qint64> { youth.id });
    filter.text = youth.personalNumber.mid(2, 6) + u'-' + youth.personalNumber.mid(8);
    m_model->setFilter(filter);
    QVERIFY(fetchAllIds().contains(youth.id));

    // Gone again after removal (a new prospect may be deleted) and a refresh.
    QVERIFY(repository.remove(youth.id));
    LOTSEN_VERIFY_OK(m_model->refresh());
    QVERIFY(fetchAllIds().isEmpty());
    QCOMPARE(m_model->matchingCount(), 0);
    m_model->setFilter(YouthFilter());
    QCOMPARE(m_model->totalCount(), kYouths);
    QCOMPARE(fetchAllIds().size(), kYouths);
    QCOMPARE(m_model->rowOf(youth.id), -1);
}

void TestYouthListModel::pagedFetch_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("status"); // -1 = any
    QTest::addColumn<QString>("text");

    const QMetaEnum columns = QMetaEnum::fromType<YouthListModel::Column>();
    for (int column = 0; column < YouthListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            QTest::addRow("%s %s", columns.valueToKey(column), order == Qt::AscendingOrder ? "asc" : "desc")
                << column << int(order) << 97 << -1 << QString();
        }
    }
    // Exited youths: their exit columns are looked up per row; pages of a few rows.
    QTest::newRow("exited by exit date") << int(YouthListModel::ExitDate) << int(Qt::AscendingOrder) << 13
                                         << int(YouthStatus::Exited) << QString();
    QTest::newRow("exited by name desc") << int(YouthListModel::Name) << int(Qt::DescendingOrder) << 13
                                         << int(YouthStatus::Exited) << QString();
    // Many equal keys, one row per page: the tie-breakers alone keep the pages apart.
    QTest::newRow("search by status, 1 a page")
        << int(YouthListModel::Status) << int(Qt::AscendingOrder) << 1 << -1 << u"Nilsson Anna"_s;
    QTest::newRow("search by gender, 2 a page")
        << int(YouthListModel::Gender) << int(Qt::DescendingOrder) << 2 << -1 << u"berg"_s;
}

// The same query read in pages (LIMIT/OFFSET) and as one statement gives the same rows in the same order: none
// skipped, none twice, on either engine, whatever the sort.
void TestYouthListModel::pagedFetch()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, pageSize);
    QFETCH(int, status);
    QFETCH(QString, text);
    const auto sortOrder = static_cast<Qt::SortOrder>(order);
    YouthFilter filter;
    if (status >= 0) {
        filter.status = static_cast<YouthStatus>(status);
    }
    filter.text = text;

    // The reference: one statement, read to the end.
    m_model->setPageSize(0);
    m_model->setFilter(filter);
    m_model->sort(column, sortOrder);
    const QList<qint64> whole = fetchAllIds();
    const int matching = m_model->matchingCount();
    QCOMPARE(int(whole.size()), matching);
    QVERIFY(matching > 3 * pageSize || pageSize > 90);

    m_model->setPageSize(pageSize);
    QCOMPARE(m_model->pageSize(), pageSize);
    QCOMPARE(m_model->matchingCount(), matching);
    QCOMPARE(m_model->rowCount(), std::min(pageSize, matching));
    QCOMPARE(m_model->canFetchMore(QModelIndex()), matching > pageSize);
    QCOMPARE(m_model->lastStatements().size(), filter.isEmpty() ? 2 : 3); // the counts and the first page
    QVERIFY(m_model->lastStatements().last().sql.contains(u" LIMIT %1 OFFSET 0"_s.arg(pageSize + 1)));

    // Each fetchMore() appends the next page right after the rows before it; a tester that fetches checks them.
    QList<std::pair<int, int>> inserted;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&inserted](const QModelIndex&, int first, int last) {
                inserted.append({ first, last });
            });
    QAbstractItemModelTester fetching(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetching.setUseFetchMore(true);
    const QList<qint64> paged = fetchAllIds();
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), paged.size());
    QCOMPARE(paged, whole);
    int next = std::min(pageSize, matching);
    for (const auto& [first, last] : std::as_const(inserted)) {
        QCOMPARE(first, next);
        QVERIFY(last - first + 1 <= pageSize);
        next = last + 1;
    }
    QCOMPARE(next, matching);
    QCOMPARE(int(inserted.size()), matching == 0 ? 0 : (matching - 1) / pageSize);
    // Fetching pages is not a refresh: the statements stay those of the refresh.
    QCOMPARE(m_model->lastStatements().size(), filter.isEmpty() ? 2 : 3);
    if (column == YouthListModel::Name) {
        QCOMPARE(paged, expectedIds(filter, sortOrder)); // and independently of the SQL
    }
    for (int r = 0; r < paged.size(); r += 37) {
        QCOMPARE(m_model->idAt(r), paged.at(r));
        QCOMPARE(m_model->rowOf(paged.at(r)), r);
        QCOMPARE(m_model->data(m_model->index(r, YouthListModel::Name)).toString(),
                 row(paged.at(r)).lastName + u", "_s + row(paged.at(r)).firstName);
    }
}

void TestYouthListModel::pageBoundaries()
{
    YouthFilter filter;
    filter.status = YouthStatus::Paused;
    filter.mentorId = 1;
    m_model->setFilter(filter);
    const QList<qint64> expected = expectedIds(filter);
    const int matching = int(expected.size());
    QVERIFY(matching > 10);

    // Exactly one page: nothing more to fetch (the page reads one row more to know).
    m_model->setPageSize(matching);
    QCOMPARE(m_model->rowCount(), matching);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(fetchAllIds(), expected);

    // One row short: a second page of one row.
    m_model->setPageSize(matching - 1);
    QCOMPARE(m_model->rowCount(), matching - 1);
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    const qint64 lastId = expected.last();
    QCOMPARE(m_model->rowOf(lastId), -1); // among the fetched rows only
    QCOMPARE(m_model->idAt(matching - 1), qint64(0));
    m_model->fetchMore(QModelIndex());
    QCOMPARE(m_model->rowCount(), matching);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_model->rowOf(lastId), matching - 1);
    QCOMPARE(m_model->idAt(matching - 1), lastId);
    m_model->fetchMore(QModelIndex()); // nothing more: no change
    QCOMPARE(m_model->rowCount(), matching);

    // No match at all.
    filter.mentorId = 999;
    m_model->setFilter(filter);
    QCOMPARE(m_model->matchingCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(!m_model->hasLoadError());

    // A refresh (a youth saved elsewhere) starts again at the first page.
    m_model->setFilter(YouthFilter());
    m_model->setPageSize(50);
    fetchAllIds();
    QCOMPARE(m_model->rowCount(), kYouths);
    LOTSEN_VERIFY_OK(m_model->refresh());
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(fetchAllIds(), expectedIds(YouthFilter()));
}

// A page that cannot be read is an error the view shows, not the end of the register.
void TestYouthListModel::failedPageIsReported()
{
    m_model->setPageSize(50);
    QCOMPARE(m_model->rowCount(), 50);
    QVERIFY(!m_model->hasLoadError());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    {
        // The row query joins staff: without it, the next page fails. Rolled back below.
        WriteTransaction transaction(*m_database);
        QVERIFY(transaction.isActive());
        QSqlQuery rename(m_database->connection());
        QVERIFY2(rename.exec(u"ALTER TABLE staff RENAME TO staff_away"_s), qPrintable(rename.lastError().text()));
        QVERIFY(m_model->canFetchMore(QModelIndex()));
        m_model->fetchMore(QModelIndex());
        transaction.rollback();
    }
    QCOMPARE(m_failures->count(), 1);
    QVERIFY(!m_failures->first().first().toString().isEmpty());
    QVERIFY(m_model->hasLoadError());
    QCOMPARE(m_model->rowCount(), 50); // what was read stays, and says it is incomplete
    QVERIFY(!m_model->canFetchMore(QModelIndex())); // no retry loop from the view
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->matchingCount(), kYouths);
    m_failures->clear();

    // The next refresh reads again.
    LOTSEN_VERIFY_OK(m_model->refresh());
    QVERIFY(!m_model->hasLoadError());
    QCOMPARE(fetchAllIds(), expectedIds(YouthFilter()));
}

QTEST_GUILESS_MAIN(TestYouthListModel)
#include "tst_youthlistmodel.moc"
