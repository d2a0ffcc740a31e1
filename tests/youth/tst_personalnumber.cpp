// Personal numbers (personnummer / samordningsnummer), age on a date, and the search expression.
//
// Every number here is one of Skatteverket's official test numbers (births 2000-2009, serials 238 and 239),
// written out with a check digit computed by hand, never by the code under test. A few of them are read with
// another century ("+" form, or a "today" before the birth) to test the century rules; the digits stay the
// test number's digits.

#include "youth/PersonalNumber.h"
#include "youth/Youth.h"
#include "youth/YouthFilter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);

// An in-memory FTS5 table shaped like youth_search, for checking that expressions are valid FTS5.
class Fts5Table
{
public:
    explicit Fts5Table(const QString& connectionName) : m_name(connectionName)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name());
        db.setDatabaseName(u":memory:"_s);
        m_ok = db.open();
        QSqlQuery query(db);
        m_ok = m_ok
            && query.exec(u"CREATE VIRTUAL TABLE t USING fts5 (name, numbers, "
                          "tokenize = 'unicode61 remove_diacritics 2')"_s);
        const QStringList rows
            = { u"Anna Östlund|200001012384 0001012384 0701234567"_s, u"Bo Or|200304152390 0304152390"_s,
                u"Bertil And|"_s, u"Karin Near|"_s, u"Numbers Kim|"_s };
        for (const QString& row : rows) {
            const QStringList parts = row.split(u'|');
            query.prepare(u"INSERT INTO t (name, numbers) VALUES (?, ?)"_s);
            query.addBindValue(parts.at(0));
            query.addBindValue(parts.at(1));
            m_ok = m_ok && query.exec();
        }
    }
    ~Fts5Table() { QSqlDatabase::removeDatabase(name()); }

    bool ok() const { return m_ok; }

    // The number of matching rows, or -1 with `error` set when SQLite refuses the expression.
    int count(const QString& expression, QString* error) const
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        query.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s);
        query.addBindValue(expression);
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return -1;
        }
        return query.value(0).toInt();
    }

private:
    QString name() const { return m_name; }
    QString m_name;
    bool m_ok = false;
};

} // namespace

class TestPersonalNumber : public QObject
{
    Q_OBJECT

private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void centuryOfTenDigitForms_data();
    void centuryOfTenDigitForms();
    void defaultIsEmpty();
    void fromStored();

    void ageOn_data();
    void ageOn();

    void matchExpression_data();
    void matchExpression();
    void matchExpressionIsValidFts5_data();
    void matchExpressionIsValidFts5();
    void matchExpressionCannotBreakOut();

    void initTestCase();
    void cleanupTestCase();

private:
    std::unique_ptr<Fts5Table> m_fts;
};

void TestPersonalNumber::initTestCase()
{
    m_fts = std::make_unique<Fts5Table>(u"fts-data-driven"_s);
}

void TestPersonalNumber::cleanupTestCase()
{
    m_fts.reset();
}

void TestPersonalNumber::validNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("twelve");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("coordination");
    QTest::addColumn<QDate>("today");

    const QDate jan1(2000, 1, 1);
    // The four forms people type give the same stored number.
    QTest::newRow("YYMMDD-NNNC") << u"000101-2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                 << kToday;
    QTest::newRow("YYMMDDNNNC") << u"0001012384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                << kToday;
    QTest::newRow("YYYYMMDDNNNC") << u"200001012384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                  << kToday;
    QTest::newRow("YYYYMMDD-NNNC") << u"20000101-2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                   << kToday;
    QTest::newRow("serial 239") << u"20000101-2392"_s << u"200001012392"_s << u"20000101-2392"_s << jan1 << false
                                << kToday;
    QTest::newRow("serial 239 short") << u"000101-2392"_s << u"200001012392"_s << u"20000101-2392"_s << jan1 << false
                                      << kToday;
    QTest::newRow("other date") << u"030415-2390"_s << u"200304152390"_s << u"20030415-2390"_s << QDate(2003, 4, 15)
                                << false << kToday;
    QTest::newRow("end of decade") << u"20091231-2386"_s << u"200912312386"_s << u"20091231-2386"_s
                                   << QDate(2009, 12, 31) << false << kToday;

    // Leap days exist in leap years, 2000 included (divisible by 400).
    QTest::newRow("29 Feb 2004") << u"20040229-2387"_s << u"200402292387"_s << u"20040229-2387"_s << QDate(2004, 2, 29)
                                 << false << kToday;
    QTest::newRow("29 Feb 2004 short") << u"040229-2395"_s << u"200402292395"_s << u"20040229-2395"_s
                                       << QDate(2004, 2, 29) << false << kToday;
    QTest::newRow("29 Feb 2000") << u"000229-2381"_s << u"200002292381"_s << u"20000229-2381"_s << QDate(2000, 2, 29)
                                 << false << kToday;

    // Samordningsnummer: day + 60.
    QTest::newRow("coordination 12") << u"20000161-2381"_s << u"200001612381"_s << u"20000161-2381"_s << jan1 << true
                                     << kToday;
    QTest::newRow("coordination 10") << u"000161-2399"_s << u"200001612399"_s << u"20000161-2399"_s << jan1 << true
                                     << kToday;

    // White space anywhere is ignored.
    QTest::newRow("leading/trailing spaces")
        << u"  20000101-2384  "_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false << kToday;
    QTest::newRow("tab and newline") << u"\t000101-2384\n"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                     << kToday;
    QTest::newRow("inner space") << u"000101 2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                 << kToday;
    QTest::newRow("inner space 12") << u"20000101 2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                    << kToday;
    QTest::newRow("spaces around dash") << u"000101 - 2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1
                                        << false << kToday;

    // "+" means 100 years older than the "-" reading.
    QTest::newRow("plus: 100 or older") << u"000101+2384"_s << u"190001012384"_s << u"19000101-2384"_s
                                        << QDate(1900, 1, 1) << false << kToday;
    // Born today is not in the future.
    QTest::newRow("born today") << u"20000101-2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                << jan1;
    QTest::newRow("born today, short") << u"000101-2384"_s << u"200001012384"_s << u"20000101-2384"_s << jan1 << false
                                       << jan1;
}

void TestPersonalNumber::validNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, twelve);
    QFETCH(QString, display);
    QFETCH(QDate, birth);
    QFETCH(bool, coordination);
    QFETCH(QDate, today);

    const PersonalNumber number = PersonalNumber::parse(input, today);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.error(), PersonalNumber::Error::None);
    QVERIFY(number.errorMessage().isEmpty());
    QCOMPARE(number.twelveDigits(), twelve);
    QCOMPARE(number.tenDigits(), twelve.mid(2));
    QCOMPARE(number.display(), display);
    QCOMPARE(number.birthDate(), birth);
    QCOMPARE(number.isCoordinationNumber(), coordination);
}

void TestPersonalNumber::invalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<PersonalNumber::Error>("error");

    using E = PersonalNumber::Error;
    QTest::newRow("empty") << QString() << kToday << E::Empty;
    QTest::newRow("only spaces") << u"   \t "_s << kToday << E::Empty;

    // One digit off from 20000101-2384 / -2392.
    QTest::newRow("check digit 12") << u"20000101-2385"_s << kToday << E::BadCheckDigit;
    QTest::newRow("check digit 12 no dash") << u"200001012380"_s << kToday << E::BadCheckDigit;
    QTest::newRow("check digit 10") << u"000101-2385"_s << kToday << E::BadCheckDigit;
    QTest::newRow("check digit 10 no dash") << u"0001012393"_s << kToday << E::BadCheckDigit;
    QTest::newRow("swapped digits") << u"20000101-2834"_s << kToday << E::BadCheckDigit;
    QTest::newRow("coordination check digit") << u"20000161-2382"_s << kToday << E::BadCheckDigit;

    // Impossible dates, each with the check digit that would otherwise be right.
    QTest::newRow("month 13") << u"20001301-2380"_s << kToday << E::ImpossibleDate;
    QTest::newRow("month 00") << u"20000001-2385"_s << kToday << E::ImpossibleDate;
    QTest::newRow("day 32") << u"20000132-2387"_s << kToday << E::ImpossibleDate;
    QTest::newRow("day 00") << u"20000100-2385"_s << kToday << E::ImpossibleDate;
    QTest::newRow("29 Feb 2001") << u"20010229-2380"_s << kToday << E::ImpossibleDate;
    QTest::newRow("29 Feb 2001 short") << u"010229-2380"_s << kToday << E::ImpossibleDate;
    QTest::newRow("coordination day 92") << u"20000192-2384"_s << kToday << E::ImpossibleDate;
    QTest::newRow("coordination day 92 short") << u"000192-2384"_s << kToday << E::ImpossibleDate;

    // Letters, wrong lengths, misplaced separators.
    QTest::newRow("letter as check digit") << u"20000101-238A"_s << kToday << E::BadFormat;
    QTest::newRow("letters") << u"abcdefghij"_s << kToday << E::BadFormat;
    QTest::newRow("template") << u"YYMMDD-NNNN"_s << kToday << E::BadFormat;
    QTest::newRow("9 digits") << u"000101238"_s << kToday << E::BadFormat;
    QTest::newRow("9 digits with dash") << u"000101-238"_s << kToday << E::BadFormat;
    QTest::newRow("11 digits") << u"20001012384"_s << kToday << E::BadFormat;
    QTest::newRow("13 digits") << u"2000010123840"_s << kToday << E::BadFormat;
    QTest::newRow("12 digits + 1 after dash") << u"20000101-23840"_s << kToday << E::BadFormat;
    QTest::newRow("dash in wrong place") << u"0001-012384"_s << kToday << E::BadFormat;
    QTest::newRow("two dashes") << u"000101--2384"_s << kToday << E::BadFormat;
    QTest::newRow("slash separator") << u"000101/2384"_s << kToday << E::BadFormat;
    QTest::newRow("plus with 12 digits") << u"20000101+2384"_s << kToday << E::BadFormat;
    QTest::newRow("non-ASCII digits") << u"\u0660\u0660\u0660\u0661\u0660\u0661\u0662\u0663\u0668\u0664"_s << kToday
                                      << E::BadFormat;

    // The 12-digit form carries its century, so a later birth is in the future, not a century earlier.
    QTest::newRow("future 12") << u"20051231-2380"_s << QDate(2005, 6, 15) << E::InFuture;
    QTest::newRow("future 12 tomorrow") << u"20050616-2387"_s << QDate(2005, 6, 15) << E::InFuture;
    QTest::newRow("future 12 no dash") << u"200901012385"_s << QDate(2005, 6, 15) << E::InFuture;
}

void TestPersonalNumber::invalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(PersonalNumber::Error, error);

    const PersonalNumber number = PersonalNumber::parse(input, today);
    QCOMPARE(number.error(), error);
    QVERIFY(!number.isValid());
    QVERIFY(!number.errorMessage().trimmed().isEmpty());
    QVERIFY(number.twelveDigits().isEmpty());
    QVERIFY(number.display().isEmpty());
    QVERIFY(!number.birthDate().isValid());
}

void TestPersonalNumber::centuryOfTenDigitForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("twelve");

    // The latest date not after today with these YYMMDD.
    QTest::newRow("earlier this century") << u"091231-2386"_s << kToday << QDate(2009, 12, 31) << u"200912312386"_s;
    QTest::newRow("earlier this year") << u"050101-2389"_s << QDate(2005, 6, 15) << QDate(2005, 1, 1)
                                       << u"200501012389"_s;
    QTest::newRow("today") << u"050615-2388"_s << QDate(2005, 6, 15) << QDate(2005, 6, 15) << u"200506152388"_s;
    QTest::newRow("tomorrow: a century ago")
        << u"050616-2387"_s << QDate(2005, 6, 15) << QDate(1905, 6, 16) << u"190506162387"_s;
    QTest::newRow("later this year: a century ago")
        << u"051231-2380"_s << QDate(2005, 6, 15) << QDate(1905, 12, 31) << u"190512312380"_s;
    QTest::newRow("a later year: a century ago")
        << u"0912312394"_s << QDate(2005, 6, 15) << QDate(1909, 12, 31) << u"190912312394"_s;
    // "+" adds a century to whichever of these the "-" form gives.
    QTest::newRow("plus") << u"000101+2384"_s << kToday << QDate(1900, 1, 1) << u"190001012384"_s;
    QTest::newRow("plus earlier this year")
        << u"050101+2389"_s << QDate(2005, 6, 15) << QDate(1905, 1, 1) << u"190501012389"_s;
    QTest::newRow("plus later this year")
        << u"051231+2380"_s << QDate(2005, 6, 15) << QDate(1805, 12, 31) << u"180512312380"_s;
    QTest::newRow("plus coordination") << u"000161+2381"_s << kToday << QDate(1900, 1, 1) << u"190001612381"_s;
}

void TestPersonalNumber::centuryOfTenDigitForms()
{
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(QDate, birth);
    QFETCH(QString, twelve);

    const PersonalNumber number = PersonalNumber::parse(input, today);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.birthDate(), birth);
    QCOMPARE(number.twelveDigits(), twelve);
    QVERIFY(number.birthDate() <= today);
}

void TestPersonalNumber::defaultIsEmpty()
{
    const PersonalNumber number;
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), PersonalNumber::Error::Empty);
    QVERIFY(!number.errorMessage().isEmpty());
    QVERIFY(number.display().isEmpty());
}

void TestPersonalNumber::fromStored()
{
    const PersonalNumber stored = PersonalNumber::fromStored(u"200402292387"_s);
    QVERIFY(stored.isValid());
    QCOMPARE(stored.birthDate(), QDate(2004, 2, 29));
    QCOMPARE(stored.display(), u"20040229-2387"_s);

    // The stored form keeps its century even for a birth a century back.
    const PersonalNumber old = PersonalNumber::fromStored(u"190001012384"_s);
    QVERIFY(old.isValid());
    QCOMPARE(old.birthDate(), QDate(1900, 1, 1));

    QVERIFY(!PersonalNumber::fromStored(u"200001012385"_s).isValid());
    QVERIFY(!PersonalNumber::fromStored(QString()).isValid());
    QVERIFY(PersonalNumber::fromStored(QString()).display().isEmpty());
}

void TestPersonalNumber::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("age");

    QTest::newRow("birthday today") << QDate(2004, 11, 27) << kToday << 22;
    QTest::newRow("birthday tomorrow") << QDate(2004, 11, 28) << kToday << 21;
    QTest::newRow("birthday yesterday") << QDate(2004, 11, 26) << kToday << 22;
    QTest::newRow("birthday next month") << QDate(2004, 12, 1) << kToday << 21;
    QTest::newRow("birthday last month") << QDate(2004, 10, 31) << kToday << 22;
    QTest::newRow("born today") << kToday << kToday << 0;
    QTest::newRow("new year's eve") << QDate(2000, 1, 1) << QDate(2025, 12, 31) << 25;
    QTest::newRow("new year") << QDate(2000, 1, 1) << QDate(2026, 1, 1) << 26;
    QTest::newRow("leap day, 28 Feb") << QDate(2004, 2, 29) << QDate(2026, 2, 28) << 21;
    QTest::newRow("leap day, 1 Mar") << QDate(2004, 2, 29) << QDate(2026, 3, 1) << 22;
    QTest::newRow("leap day in a leap year") << QDate(2004, 2, 29) << QDate(2028, 2, 29) << 24;
    QTest::newRow("no birth date") << QDate() << kToday << -1;
    QTest::newRow("no today") << QDate(2004, 1, 1) << QDate() << -1;
}

void TestPersonalNumber::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, today);
    QFETCH(int, age);

    Youth youth;
    youth.birthDate = birth;
    QCOMPARE(youth.ageOn(today), age);
}

void TestPersonalNumber::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   "_s << QString();
    QTest::newRow("only punctuation") << u"()"_s << QString();
    QTest::newRow("only a quote") << u"\""_s << QString();
    QTest::newRow("one word") << u"anna"_s << u"\"anna\"*"_s;
    QTest::newRow("two words") << u"Anna  Östlund"_s << u"\"Anna\"* \"Östlund\"*"_s;
    QTest::newRow("hyphenated name") << u"Anna-Karin"_s << u"\"Anna\"* \"Karin\"*"_s;
    QTest::newRow("surrounding spaces") << u"  kim "_s << u"\"kim\"*"_s;
    QTest::newRow("personal number 12") << u"20000101-2384"_s << u"numbers : \"200001012384\"*"_s;
    QTest::newRow("personal number 10") << u"000101-2384"_s << u"numbers : \"0001012384\"*"_s;
    QTest::newRow("number with spaces") << u"070-123 45 67"_s << u"numbers : \"0701234567\"*"_s;
    QTest::newRow("international phone") << u"+46 (0)70 12"_s << u"numbers : \"4607012\"*"_s;
    QTest::newRow("digits only") << u"2000"_s << u"numbers : \"2000\"*"_s;
    QTest::newRow("quotes") << u"\"anna\""_s << u"\"anna\"*"_s;
    QTest::newRow("star") << u"an*"_s << u"\"an\"*"_s;
    QTest::newRow("OR keyword") << u"anna OR bo"_s << u"\"anna\"* \"OR\"* \"bo\"*"_s;
    QTest::newRow("column filter") << u"numbers:2000"_s << u"\"numbers\"* \"2000\"*"_s;
}

void TestPersonalNumber::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(YouthFilter::matchExpression(text), expression);
}

void TestPersonalNumber::matchExpressionIsValidFts5_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches"); // rows of Fts5Table the search finds

    QTest::newRow("plain word") << u"anna"_s << 1;
    QTest::newRow("prefix") << u"ann"_s << 1;
    QTest::newRow("case and diacritics") << u"ÖSTL"_s << 1;
    QTest::newRow("no diacritics") << u"ostlund"_s << 1;
    QTest::newRow("personal number 12") << u"20000101-2384"_s << 1;
    QTest::newRow("personal number 10 prefix") << u"000101-23"_s << 1;
    QTest::newRow("phone") << u"070-123 45"_s << 1;
    QTest::newRow("double quote") << u"\""_s << -2; // empty expression: not run
    QTest::newRow("unbalanced quote") << u"\"anna"_s << 1;
    QTest::newRow("quote inside") << u"an\"na"_s << 0;
    QTest::newRow("star alone") << u"*"_s << -2;
    QTest::newRow("star word") << u"*anna"_s << 1;
    QTest::newRow("parentheses") << u"(anna"_s << 1;
    QTest::newRow("closing parenthesis") << u"anna)"_s << 1;
    QTest::newRow("AND alone") << u"AND"_s << 1; // the name "And", not the operator
    QTest::newRow("OR alone") << u"OR"_s << 1; // the name "Or"
    QTest::newRow("NOT alone") << u"NOT"_s << 0;
    QTest::newRow("NEAR alone") << u"NEAR"_s << 1; // the name "Near"
    QTest::newRow("NEAR group") << u"NEAR(anna bo)"_s << 0;
    QTest::newRow("OR between words") << u"anna OR bertil"_s << 0;
    QTest::newRow("NOT between words") << u"anna NOT bo"_s << 0;
    QTest::newRow("AND between words") << u"anna AND karin"_s << 0;
    QTest::newRow("column filter") << u"name: anna"_s << 0;
    QTest::newRow("column set") << u"{name numbers}: anna"_s << 0;
    QTest::newRow("numbers column word") << u"numbers"_s << 1; // the name "Numbers"
    QTest::newRow("caret") << u"^anna"_s << 1;
    QTest::newRow("minus word") << u"-anna"_s << 1;
    QTest::newRow("plus word") << u"+anna"_s << 1;
    QTest::newRow("colon") << u":"_s << -2;
    QTest::newRow("SQL") << u"'; DROP TABLE t; --"_s << 0;
    QTest::newRow("mixed number and word") << u"anna 2000"_s << 1;
    QTest::newRow("apostrophe") << u"O'Brien"_s << 0;
    QTest::newRow("combining mark") << u"O\u0308stlund"_s << 1;
    QTest::newRow("emoji") << u"anna 😀"_s << 1;
    QTest::newRow("backslash") << u"anna\\"_s << 1;
}

void TestPersonalNumber::matchExpressionIsValidFts5()
{
    QFETCH(QString, text);
    QFETCH(int, matches);

    const Fts5Table& table = *m_fts;
    QVERIFY(table.ok());
    const QString expression = YouthFilter::matchExpression(text);
    if (matches == -2) {
        QVERIFY2(expression.isEmpty(), qPrintable(expression));
        return;
    }
    QVERIFY(!expression.isEmpty());
    QString error;
    const int found = table.count(expression, &error);
    QVERIFY2(found >= 0, qPrintable(u"%1 → %2: %3"_s.arg(text, expression, error)));
    QCOMPARE(found, matches);
}

void TestPersonalNumber::matchExpressionCannotBreakOut()
{
    // Every printable ASCII character, alone and between two words, gives a valid expression; and no
    // punctuation joins "anna" and "bertil" (different rows) into an OR that finds both.
    Fts5Table table(u"fts-break-out"_s);
    QVERIFY(table.ok());
    for (char16_t c = 0x20; c < 0x7f; ++c) {
        const QString alone(QChar { c });
        const QStringList inputs = { alone, alone + alone, u"anna"_s + alone + u"bertil"_s,
                                     u"anna "_s + alone + u" bertil"_s, alone + u"anna"_s + alone };
        for (const QString& input : inputs) {
            const QString expression = YouthFilter::matchExpression(input);
            if (expression.isEmpty()) {
                continue;
            }
            QString error;
            const int found = table.count(expression, &error);
            QVERIFY2(found >= 0, qPrintable(u"%1 → %2: %3"_s.arg(input, expression, error)));
            if (QChar(c).isLetterOrNumber()) {
                continue; // "0" alone rightly finds every number starting with 0
            }
            QVERIFY2(found <= 1, qPrintable(u"%1 → %2 found %3 rows"_s.arg(input, expression).arg(found)));
        }
    }
}

QTEST_GUILESS_MAIN(TestPersonalNumber)
#include "tst_personalnumber.moc"
