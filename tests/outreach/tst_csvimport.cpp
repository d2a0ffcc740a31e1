// CSV import of youth lists: the reader (encodings, separators, quoting, truncated files), the importer (mapping,
// validation, duplicates, one transaction), the bulk insert and the preview and outreach item models.
// Every personal number is a Skatteverket test number (born 2000-2009, serial 238/239).

#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "contacts/ContactRepository.h"
#include "core/CleanText.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/TextLimits.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "outreach/CsvReader.h"
#include "outreach/ImportPreviewModel.h"
#include "outreach/OutreachListModel.h"
#include "outreach/YouthImporter.h"
#include "youth/PersonalNumber.h"
#include "youth/YouthFilter.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(lotsen::YouthImporter::Field)

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 30));

// A Skatteverket test number in the 13-character form, e.g. 20030415-2382.
QString testNumber(const QDate& birth, int serial = 238)
{
    const QString nine = birth.toString(u"yyMMdd"_s) + QString::number(serial);
    return birth.toString(u"yyyyMMdd"_s) + u'-' + QString::number(serial)
        + QString::number(PersonalNumber::luhnCheckDigit(nine));
}

QString twelve(const QString& number)
{
    return QString(number).remove(u'-');
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // CsvReader
    void separators_data();
    void separators();
    void utf8WithAndWithoutBom();
    void windows1252();
    void quotedFields();
    void emptyLinesAndCrLf();
    void truncatedFileIsAnError();
    void unreadableFile();

    // YouthImporter
    void headerNames_data();
    void headerNames();
    void oneNameColumn();
    void mappingErrors();
    void validatesEveryRow();
    void importsOnlyValidNewRows();
    void duplicatesWithinFileAndAgainstDatabase();
    void dryRunWritesNothing();
    void truncatedFileImportsNothing();
    void tenThousandRows();
    void failureMidImportWritesNothing();
    void extraColumnsAreRejected();

    // Fail closed (issue 13 §3)
    void aQuoteLeftOpenSwallowsNoRows();
    void aPlausibleMultiLineFieldIsKept();
    void rowsWithMissingColumnsAreRejectedWithTheirLine();
    void everyRowReadIsAccountedFor();
    void limitsOnTextFileSizeAndRows();
    void namesAreNormalisedAndDuplicatesFoundOnTheNormalForm();
    void utf16WithBomIsReadOtherEncodingsAreNamed();
    void fileTextIsEscapedForTheTerminal();

    // YouthRepository::insertAll
    void insertAllIsAllOrNothing();

    // Item models
    void previewModel();
    void outreachModel();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    int scalar(const QString& sql) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
};

void TestCsvImport::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"test.lotsen"_s));
    m_dir = &m_fixture->dir();
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
}

void TestCsvImport::cleanup()
{
    m_workspace = nullptr;
    m_database = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

QString TestCsvImport::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

int TestCsvImport::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

// ---- CsvReader

void TestCsvImport::separators_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << QChar(u';');
    QTest::newRow("comma") << QByteArray("a,b,c\n1,\"2;5\",3\n") << QChar(u',');
    // Commas inside a quoted header name do not count.
    QTest::newRow("quoted comma in header") << QByteArray("\"a,x\";b;c\n1;2,5;3\n") << QChar(u';');
}

void TestCsvImport::separators()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, separator);
    const Result<CsvReader::Table> result = CsvReader::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->separator, separator);
    QCOMPARE(result->header.size(), 3);
    QCOMPARE(result->records.size(), 1);
    QCOMPARE(result->records.at(0).fields, (QStringList { u"1"_s, separator == u';' ? u"2,5"_s : u"2;5"_s, u"3"_s }));
}

void TestCsvImport::utf8WithAndWithoutBom()
{
    const QByteArray body = u"Förnamn;Efternamn\nÅsa;Öberg\n"_s.toUtf8();
    for (const bool bom : { false, true }) {
        const Result<CsvReader::Table> result = CsvReader::parse(bom ? "\xEF\xBB\xBF" + body : body);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->encoding, CsvReader::Encoding::Utf8);
        QCOMPARE(result->hadBom, bom);
        // The BOM is not part of the first header name, so auto-mapping still finds it.
        QCOMPARE(result->header.at(0), u"Förnamn"_s);
        QCOMPARE(result->records.at(0).fields, (QStringList { u"Åsa"_s, u"Öberg"_s }));
    }
}

void TestCsvImport::windows1252()
{
    // "Förnamn;Efternamn;Anteckning" / "Åsa;Öberg;’citat’ – 5 €" in Windows-1252.
    const QByteArray data("F\xF6rnamn;Efternamn;Anteckning\r\n\xC5sa;\xD6"
                          "berg;\x92"
                          "citat\x92 \x96 5 \x80\r\n");
    const Result<CsvReader::Table> result = CsvReader::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(result->header.at(0), u"Förnamn"_s);
    QCOMPARE(result->records.at(0).fields,
             (QStringList { u"Åsa"_s, u"Öberg"_s, u"\u2019citat\u2019 \u2013 5 \u20AC"_s }));
    // Every byte decodes to something; the C1 gaps keep their code point.
    QCOMPARE(CsvReader::decodeWindows1252("\x81\x9F\xA0\xFF"), u"\u0081\u0178\u00A0\u00FF"_s);
}

void TestCsvImport::quotedFields()
{
    const QByteArray data("name;note;phone\r\n"
                          "\"Berg; Bo\";\"He said \"\"hej\"\"\";070-1\r\n"
                          "\"Ek, Eva\";\"two\r\nlines\nand three\";\"\"\r\n"
                          "Lind;\"ends with ;\";070-3");
    const Result<CsvReader::Table> result = CsvReader::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->records.size(), 3);
    QCOMPARE(result->records.at(0).fields, (QStringList { u"Berg; Bo"_s, u"He said \"hej\""_s, u"070-1"_s }));
    QCOMPARE(result->records.at(1).fields, (QStringList { u"Ek, Eva"_s, u"two\nlines\nand three"_s, QString() }));
    QCOMPARE(result->records.at(2).fields, (QStringList { u"Lind"_s, u"ends with ;"_s, u"070-3"_s }));
    // Line numbers count physical lines, so the row after the three-line field starts on line 6.
    QCOMPARE(result->records.at(0).line, 2);
    QCOMPARE(result->records.at(1).line, 3);
    QCOMPARE(result->records.at(2).line, 6);
}

void TestCsvImport::emptyLinesAndCrLf()
{
    const QByteArray data("\r\nfirst;last\r\n\r\nA;B\r\n;;\r\n   \r\nC;D\r\n\r\n");
    const Result<CsvReader::Table> result = CsvReader::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->header, (QStringList { u"first"_s, u"last"_s }));
    QCOMPARE(result->records.size(), 2);
    QCOMPARE(result->records.at(0).fields, (QStringList { u"A"_s, u"B"_s }));
    QCOMPARE(result->records.at(0).line, 4);
    QCOMPARE(result->records.at(1).fields, (QStringList { u"C"_s, u"D"_s }));
    QCOMPARE(result->records.at(1).line, 7);

    QVERIFY(!CsvReader::parse("").ok());
    QVERIFY(!CsvReader::parse("\r\n\r\n").ok());
}

void TestCsvImport::truncatedFileIsAnError()
{
    const QByteArray data("first;last;note\nA;B;ok\nC;D;\"Zebra partial text");
    const Result<CsvReader::Table> result = CsvReader::parse(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(u"line 3"_s), qPrintable(result.message()));
    // The message never repeats the file's content.
    QVERIFY(!result.message().contains(u"Zebra"_s));
}

void TestCsvImport::unreadableFile()
{
    const Result<CsvReader::Table> missing = CsvReader::readFile(m_dir->filePath(u"missing.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.message().isEmpty());
    const QString binary = writeFile(u"binary.csv"_s, QByteArray("PK\x03\x04\0\0abc", 9));
    QVERIFY(!CsvReader::readFile(binary).ok());
}

// ---- YouthImporter

void TestCsvImport::headerNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<YouthImporter::Field>("field");
    using F = YouthImporter::Field;
    QTest::newRow("förnamn") << u"Förnamn"_s << F::FirstName;
    QTest::newRow("FÖRNAMN") << u"FÖRNAMN"_s << F::FirstName;
    QTest::newRow("first name") << u"First Name"_s << F::FirstName;
    QTest::newRow("efternamn") << u" efternamn "_s << F::LastName;
    QTest::newRow("last_name") << u"last_name"_s << F::LastName;
    QTest::newRow("namn") << u"Namn"_s << F::FullName;
    QTest::newRow("name") << u"NAME"_s << F::FullName;
    QTest::newRow("personnummer") << u"Personnummer"_s << F::PersonalNumber;
    QTest::newRow("personal number") << u"Personal number"_s << F::PersonalNumber;
    QTest::newRow("telefon") << u"Telefon"_s << F::Phone;
    QTest::newRow("phone") << u"phone"_s << F::Phone;
    QTest::newRow("e-post") << u"E-post"_s << F::Email;
    QTest::newRow("email") << u"Email"_s << F::Email;
    QTest::newRow("e-mail") << u"E-mail"_s << F::Email;
    QTest::newRow("adress") << u"Adress"_s << F::Address;
    QTest::newRow("address") << u"address"_s << F::Address;
    QTest::newRow("postnummer") << u"Postnummer"_s << F::PostalCode;
    QTest::newRow("postal code") << u"Postal code"_s << F::PostalCode;
    QTest::newRow("kommun") << u"KOMMUN"_s << F::Municipality;
    QTest::newRow("municipality") << u"Municipality"_s << F::Municipality;
    // "Ort" was not imported: the postal town and the other common Swedish and English names.
    QTest::newRow("ort") << u"Ort"_s << F::PostalTown;
    QTest::newRow("postort") << u"Postort"_s << F::PostalTown;
    QTest::newRow("city") << u"City"_s << F::PostalTown;
    QTest::newRow("mobil") << u"Mobil"_s << F::Phone;
    QTest::newRow("mobiltelefon") << u"Mobiltelefon"_s << F::Phone;
    QTest::newRow("mejl") << u"Mejl"_s << F::Email;
    QTest::newRow("postnr") << u"Postnr"_s << F::PostalCode;
    QTest::newRow("bostadskommun") << u"Bostadskommun"_s << F::Municipality;
    QTest::newRow("gatuadress") << u"Gatuadress"_s << F::Address;
    QTest::newRow("unknown") << u"Skola"_s << F::Ignore;
    // A Mac writes ö decomposed.
    QTest::newRow("nfd") << u"Fo\u0308rnamn"_s << F::FirstName;
}

void TestCsvImport::headerNames()
{
    QFETCH(QString, header);
    QFETCH(YouthImporter::Field, field);
    QCOMPARE(YouthImporter::fieldForHeader(header), field);
}

void TestCsvImport::oneNameColumn()
{
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(
        CsvReader::parse(u"Namn;Kommun\nAnna Maria Svensson;Malmö\nBerg, Bo;Lund\nCher;Ystad\n"_s.toUtf8()));
    QCOMPARE(importer.mapping(),
             (QList<YouthImporter::Field> { YouthImporter::Field::FullName, YouthImporter::Field::Municipality }));
    QVERIFY(importer.mappingError().isEmpty());
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(0).youth.firstName, u"Anna Maria"_s);
    QCOMPARE(rows.at(0).youth.lastName, u"Svensson"_s);
    QCOMPARE(rows.at(0).youth.municipality, u"Malmö"_s);
    QCOMPARE(rows.at(1).youth.firstName, u"Bo"_s);
    QCOMPARE(rows.at(1).youth.lastName, u"Berg"_s);
    // One word is a last name without a first name.
    QCOMPARE(rows.at(2).status, YouthImporter::RowStatus::Invalid);
    QCOMPARE(rows.at(2).message, u"The first name is missing."_s);
}

void TestCsvImport::mappingErrors()
{
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse("first;phone\nA;1\n"));
    QVERIFY(!importer.mappingError().isEmpty());
    QCOMPARE(importer.count(YouthImporter::RowStatus::Invalid), 1);

    importer.setCsv(CsvReader::parse("first name;last name;x\nA;B;C\n"));
    QVERIFY(importer.mappingError().isEmpty());
    importer.setMapping(
        { YouthImporter::Field::FirstName, YouthImporter::Field::LastName, YouthImporter::Field::LastName });
    QVERIFY(importer.mappingError().contains(u"Last name"_s));
    QCOMPARE(importer.count(YouthImporter::RowStatus::New), 0);
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);

    importer.setMapping(
        { YouthImporter::Field::FirstName, YouthImporter::Field::Ignore, YouthImporter::Field::LastName });
    QCOMPARE(importer.count(YouthImporter::RowStatus::New), 1);
    QCOMPARE(importer.rows().at(0).youth.lastName, u"C"_s);
}

void TestCsvImport::validatesEveryRow()
{
    const QString good = testNumber(QDate(2005, 3, 1));
    QString badCheck = testNumber(QDate(2005, 3, 2));
    badCheck.back() = badCheck.back() == u'9' ? u'0' : QChar(badCheck.back().unicode() + 1);
    const QString csv = u"förnamn;efternamn;personnummer;e-post\n"_s + u"Anna;Andersson;"_s + good
        + u";anna@example.se\n"_s + u"Bo;Berg;"_s + badCheck + u";\n"_s + u"Cia;Carlsson;20051332-2381;\n"_s
        + u"Dan;;;\n"_s + u";Ek;;\n"_s + u"Eva;Eng;;not-an-address\n"_s + u"Fia;Falk;1234;\n"_s + u"Gun;Gran;"_s
        + testNumber(QDate(2005, 3, 3), 239).mid(2) + u";\n"_s;
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(csv.toUtf8()));
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(0).youth.personalNumber, twelve(good));
    QCOMPARE(rows.at(0).youth.birthDate, QDate(2005, 3, 1));
    QCOMPARE(rows.at(1).status, YouthImporter::RowStatus::Invalid);
    QVERIFY(rows.at(1).message.contains(u"check digit"_s));
    QVERIFY(rows.at(2).message.contains(u"real date"_s));
    QCOMPARE(rows.at(3).message, u"The last name is missing."_s);
    QCOMPARE(rows.at(4).message, u"The first name is missing."_s);
    QVERIFY(rows.at(5).message.contains(u"e-mail"_s));
    QVERIFY(rows.at(6).message.contains(u"YYYYMMDD"_s));
    // The 10-digit form gets its century from today.
    QCOMPARE(rows.at(7).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(7).youth.birthDate, QDate(2005, 3, 3));
    for (const YouthImporter::Row& row : rows) {
        QCOMPARE(row.line, static_cast<int>(&row - rows.data()) + 2);
        // Reasons never contain the row's names or numbers.
        QVERIFY(row.youth.firstName.isEmpty() || !row.message.contains(row.youth.firstName));
        QVERIFY(!row.message.contains(u"2005"_s));
    }
}

void TestCsvImport::importsOnlyValidNewRows()
{
    const QString csv = u"First name,Last name,Personal number,Phone,Email,Address,Postal code,Municipality\n"_s
        + u"Anna,Östlund,"_s + testNumber(QDate(2003, 4, 15)) + u",070-123 45 67,anna@example.se,"_s
        + u"\"Storgatan 1, lgh 1101\",123 45,Malmö\n"_s + u"Bo,Berg,20030415-2383,,,,,\n"_s // wrong check digit
        + u"Cia,Carlsson,,,,,,Lund\n"_s;
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(csv.toUtf8()));
    QSignalSpy added(&m_workspace->youths(), &YouthRepository::youthsAdded);
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.alreadyRegistered, 0);
    QCOMPARE(summary.ids.size(), 2);
    QCOMPARE(added.size(), 1);

    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 2);
    const std::optional<Youth> anna = LOTSEN_VALUE(m_workspace->youths().load(summary.ids.at(0)));
    QVERIFY(anna);
    QCOMPARE(anna->fullName(), u"Anna Östlund"_s);
    QCOMPARE(anna->personalNumber, u"200304152382"_s);
    QCOMPARE(anna->phone, u"070-123 45 67"_s);
    QCOMPARE(anna->email, u"anna@example.se"_s);
    QCOMPARE(anna->address, u"Storgatan 1, lgh 1101"_s);
    QCOMPARE(anna->postalCode, u"123 45"_s);
    QCOMPARE(anna->municipality, u"Malmö"_s);
    QCOMPARE(anna->status, YouthStatus::Prospect);
    QCOMPARE(anna->referralSource, ReferralSource::Kaa);
    // Each youth's history starts with 'created', as when saved from the card; and the search index knows them.
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_event WHERE kind = 'created' AND detail = 'prospect'"_s), 2);
    QCOMPARE(scalar(m_database->dialect().youthSearchCount(
                 u"'%1'"_s.arg(m_database->dialect().searchValue(YouthFilter::matchExpression(u"carlsson"_s))))),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth WHERE referral_source = 'kaa'"_s), 2);

    // Importing the same file again adds nothing: Anna is found by her number, Cia (without one) by her name.
    importer.setCsv(CsvReader::parse(csv.toUtf8()));
    QCOMPARE(importer.count(YouthImporter::RowStatus::AlreadyRegistered), 2);
    QCOMPARE(importer.rows().at(0).existingName, u"Anna Östlund"_s);
    QCOMPARE(importer.rows().at(2).existingName, u"Cia Carlsson"_s);
    QCOMPARE(importer.count(YouthImporter::RowStatus::New), 0);
    const YouthImporter::Summary again = importer.import(ReferralSource::Kaa);
    QVERIFY(again.ok);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.alreadyRegistered, 2);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 2);
}

void TestCsvImport::duplicatesWithinFileAndAgainstDatabase()
{
    Youth existing;
    existing.firstName = u"Eva"_s;
    existing.lastName = u"Ek"_s;
    existing.personalNumber = twelve(testNumber(QDate(2004, 6, 1)));
    existing.birthDate = QDate(2004, 6, 1);
    QVERIFY(m_workspace->youths().save(existing).ok());

    const QString dup = testNumber(QDate(2006, 1, 2), 239);
    const QString csv = u"förnamn;efternamn;personnummer\n"_s + u"Eva;Ek;"_s + testNumber(QDate(2004, 6, 1)).mid(2)
        + u"\n"_s // registered, other form
        + u"Ola;Olsson;"_s + dup + u"\n"_s + u"Ola;Olsson;"_s + twelve(dup) + u"\n"_s // same number, other form
        + u"Pia;Persson;\n"_s + u"pia ; PERSSON ;\n"_s // the same name without a number
        + u"Pia;Persson;"_s + testNumber(QDate(2006, 1, 3)) + u"\n"_s;
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(csv.toUtf8()));
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::AlreadyRegistered);
    QCOMPARE(rows.at(0).existingId, existing.id);
    QCOMPARE(rows.at(0).existingName, u"Eva Ek"_s);
    QCOMPARE(rows.at(1).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(2).status, YouthImporter::RowStatus::Invalid);
    QCOMPARE(rows.at(2).message, u"The same personal number as row 3."_s);
    QCOMPARE(rows.at(3).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(4).status, YouthImporter::RowStatus::Invalid);
    QCOMPARE(rows.at(4).message, u"The same name as row 5, and no personal number."_s);
    // Same name, but a number tells them apart.
    QCOMPARE(rows.at(5).status, YouthImporter::RowStatus::New);

    const YouthImporter::Summary summary = importer.import(ReferralSource::SocialServices);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.alreadyRegistered, 1);
    QCOMPARE(summary.rejected, 2);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 4);
    // The registered youth was not touched.
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(existing.id))->referralSource, ReferralSource::None);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth WHERE referral_source = 'social_services'"_s), 3);
}

void TestCsvImport::dryRunWritesNothing()
{
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(("förnamn;efternamn;personnummer\nAnna;Ek;"
                                      + testNumber(QDate(2002, 2, 2)).toUtf8() + "\nBo;Berg;nonsense\n")));
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa, true);
    QVERIFY(summary.ok);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.rejected, 1);
    QVERIFY(summary.ids.isEmpty());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_event"_s), 0);
}

void TestCsvImport::truncatedFileImportsNothing()
{
    const QString path = writeFile(u"cut.csv"_s, "förnamn;efternamn;adress\nAnna;Ek;Storgatan 1\nBo;Berg;\"Lillg");
    YouthImporter importer(m_workspace->youths());
    QVERIFY(!importer.loadFile(path));
    QVERIFY(!importer.csv().message().isEmpty());
    QVERIFY(importer.rows().isEmpty());
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);
}

void TestCsvImport::tenThousandRows()
{
    // 7,306 distinct test numbers exist for 2000-2009; the rest of the rows have none.
    QByteArray data("Förnamn;Efternamn;Personnummer;Telefon;Kommun\r\n");
    QDate birth(2000, 1, 1);
    int serial = 238;
    for (int i = 0; i < 10000; ++i) {
        QString number;
        if (i < 7000) {
            number = testNumber(birth, serial);
            if (serial == 239) {
                birth = birth.addDays(1);
            }
            serial = serial == 238 ? 239 : 238;
        }
        data += (u"Förnamn%1;Efternamn%1;%2;070-%1;Malmö\r\n"_s.arg(i).arg(number)).toUtf8();
    }
    const QString path = writeFile(u"big.csv"_s, data);
    YouthImporter importer(m_workspace->youths());
    QVERIFY(importer.loadFile(path));
    QCOMPARE(importer.table().records.size(), 10000);
    QCOMPARE(importer.count(YouthImporter::RowStatus::New), 10000);
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, 10000);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 10000);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth WHERE personal_number IS NOT NULL"_s), 7000);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_event WHERE kind = 'created'"_s), 10000);
    // Every stored number is a Skatteverket test number.
    QCOMPARE(
        scalar(u"SELECT count(*) FROM youth WHERE personal_number IS NOT NULL AND NOT (substr(personal_number, 1, 3) "
               "= '200' AND substr(personal_number, 9, 3) IN ('238', '239'))"_s),
        0);
}

void TestCsvImport::failureMidImportWritesNothing()
{
    Youth before;
    before.firstName = u"Redan"_s;
    before.lastName = u"Här"_s;
    QVERIFY(m_workspace->youths().save(before).ok());
    const int eventsBefore = scalar(u"SELECT count(*) FROM youth_event"_s);

    QByteArray data("first name;last name;personal number\n");
    QDate birth(2001, 1, 1);
    for (int i = 0; i < 1000; ++i) {
        data += (u"Ung%1;%2;%3\n"_s.arg(i).arg(i == 600 ? u"Fel"_s : u"Efternamn"_s).arg(testNumber(birth.addDays(i))))
                    .toUtf8();
    }
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(data));
    QCOMPARE(importer.count(YouthImporter::RowStatus::New), 1000);
    // The database refuses row 600 half-way through the import, as a constraint would.
    QVERIFY(TestServer::refuseInserts(*m_database, u"fail_import"_s, u"youth"_s, u"injected failure"_s,
                                      u"new.last_name = 'Fel'"_s));
    QSignalSpy added(&m_workspace->youths(), &YouthRepository::youthsAdded);
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QVERIFY(!summary.ok);
    QCOMPARE(summary.failedLine, 602);
    QVERIFY2(summary.error.contains(u"Nothing was imported"_s), qPrintable(summary.error));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(added.size(), 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_event"_s), eventsBefore);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_search"_s), 1);

    // Once the cause is gone the same import goes through whole.
    QVERIFY(TestServer::dropTrigger(*m_database, u"fail_import"_s, u"youth"_s));
    const YouthImporter::Summary retry = importer.import(ReferralSource::Kaa);
    QVERIFY2(retry.ok, qPrintable(retry.error));
    QCOMPARE(retry.imported, 1000);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 1001);
}

void TestCsvImport::extraColumnsAreRejected()
{
    // An unquoted separator in a field shifts the row: rejected rather than imported into the wrong fields.
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(
        CsvReader::parse("first name,last name,address\nAnna,Ek,Storgatan 1, lgh 2\nBo,Berg,Lillgatan 2,,\n"));
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::Invalid);
    QVERIFY(rows.at(0).message.contains(u"more columns"_s));
    // Empty trailing fields are harmless.
    QCOMPARE(rows.at(1).status, YouthImporter::RowStatus::New);
}

// ---- YouthRepository::insertAll

void TestCsvImport::aQuoteLeftOpenSwallowsNoRows()
{
    // Row 31 of 40 opens a quote that never closes on its line; the quote in row 39 closes it, and the swallowed
    // "row" then even has the header's three fields. Before, 8 people vanished into one first name.
    QByteArray csv = "Förnamn;Efternamn;Personnummer\n";
    for (int row = 1; row <= 40; ++row) {
        const QString number = testNumber(QDate(2004, 1, 1).addDays(row));
        if (row == 31) {
            csv += "\"Bosse;Testsson;" + number.toUtf8() + "\n";
        } else if (row == 39) {
            csv += "Ada;\"Testsson\";" + number.toUtf8() + "\n";
        } else {
            csv += "Namn" + QByteArray::number(row) + ";Testsson;" + number.toUtf8() + "\n";
        }
    }
    const Result<CsvReader::Table> table = CsvReader::parse(csv);
    QVERIFY(!table.ok());
    // The line where the quote opened: the header is line 1, row 31 is line 32.
    QVERIFY2(table.message().contains(u"line 32"_s), qPrintable(table.message()));
    QVERIFY2(table.message().contains(u"nothing was imported"_s), qPrintable(table.message()));

    // The importer refuses the whole file: nothing written.
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(table);
    QVERIFY(importer.rows().isEmpty());
    QCOMPARE(importer.import(ReferralSource::Kaa).imported, 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);
}

void TestCsvImport::aPlausibleMultiLineFieldIsKept()
{
    // Excel quotes an address with a line break; the row then has the header's fields and is one youth.
    const QByteArray csv = "Förnamn;Efternamn;Adress\n"
                           "Anna;Ek;\"Storgatan 1\nLgh 1101\"\n"
                           "Bo;Berg;Lillgatan 2\n";
    const Result<CsvReader::Table> table = CsvReader::parse(csv);
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->records.at(0).fields.at(2), u"Storgatan 1\nLgh 1101"_s);
    QCOMPARE(table->records.at(1).line, 4);
}

void TestCsvImport::rowsWithMissingColumnsAreRejectedWithTheirLine()
{
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse("Förnamn;Efternamn;Telefon\nAnna;Ek;070-1740605\nBo;Berg\nCia;Ceder;\n"));
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(1).status, YouthImporter::RowStatus::Invalid);
    QCOMPARE(rows.at(1).line, 3);
    QVERIFY2(rows.at(1).message.contains(u"2 columns, the header has 3"_s), qPrintable(rows.at(1).message));
    // An empty last field is a field: Excel writes it so.
    QCOMPARE(rows.at(2).status, YouthImporter::RowStatus::New);
}

void TestCsvImport::everyRowReadIsAccountedFor()
{
    Youth existing;
    existing.firstName = u"Eva"_s;
    existing.lastName = u"Ek"_s;
    QVERIFY(m_workspace->youths().save(existing).ok());
    const QString csv = u"Förnamn;Efternamn;Personnummer\n"_s + u"Eva;Ek;\n"_s + u"Anna;Ek;"_s
        + testNumber(QDate(2004, 2, 2)) + u"\n"_s + u"Bo;Berg;nonsense\n"_s + u"Cia\n"_s + u"\n"_s + u"Dan;Dahl;;;;\n"_s
        + u"Dan;Dahl;\n"_s;
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(csv.toUtf8()));
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    // Six data rows (the empty line is no row): every one is counted once.
    QCOMPARE(summary.read, 6);
    QCOMPARE(summary.imported + summary.alreadyRegistered + summary.rejected, summary.read);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.alreadyRegistered, 1);
    QCOMPARE(summary.rejected, 3);
}

void TestCsvImport::limitsOnTextFileSizeAndRows()
{
    // A 100,000-character name is refused with the limit, in the importer and in the repository.
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse("Förnamn;Efternamn\n" + QByteArray(100000, 'A') + ";Ek\nBo;Berg\n"));
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::Invalid);
    QVERIFY2(rows.at(0).message.contains(u"at most 100 character"_s), qPrintable(rows.at(0).message));
    QCOMPARE(rows.at(1).status, YouthImporter::RowStatus::New);
    Youth youth;
    youth.firstName = QString(101, u'A');
    youth.lastName = u"Ek"_s;
    const Result<qint64> saved = m_workspace->youths().save(youth);
    QVERIFY(!saved.ok());
    QCOMPARE(YouthRepository::fieldOf(saved.error()), YouthRepository::Field::FirstName);
    youth.firstName = u"Anna"_s;
    youth.note = QString(TextLimits::Note + 1, u'x');
    QCOMPARE(YouthRepository::fieldOf(m_workspace->youths().save(youth).error()), YouthRepository::Field::Note);
    // The database refuses it from any other writer too.
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"INSERT INTO youth (first_name, last_name, created_at, updated_at) "
                        "VALUES ('%1', 'Ek', '2026-12-05', '2026-12-05')"_s.arg(QString(101, u'A'))));
    QVERIFY(query.exec(u"INSERT INTO youth (first_name, last_name, created_at, updated_at) "
                       "VALUES ('%1', 'Ek', '2026-12-05', '2026-12-05')"_s.arg(QString(100, u'A'))));

    // More rows than the limit: refused with the limit.
    QByteArray many = "Förnamn;Efternamn\n";
    for (int row = 0; row <= CsvReader::MaximumRecords; ++row) {
        many += "A;B\n";
    }
    const Result<CsvReader::Table> tooMany = CsvReader::parse(many);
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.message().contains(u"50000"_s), qPrintable(tooMany.message()));
    // A file over the size limit is refused before it is read.
    const QString big = writeFile(u"big.csv"_s, QByteArray(CsvReader::MaximumFileBytes + 1, 'a'));
    const Result<CsvReader::Table> tooBig = CsvReader::readFile(big);
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.message().contains(u"up to 20 MB"_s), qPrintable(tooBig.message()));
}

void TestCsvImport::namesAreNormalisedAndDuplicatesFoundOnTheNormalForm()
{
    const QString composed = u"Am\u00e9lie"_s;
    const QString decomposed = u"Ame\u0301lie"_s;
    const QString csv = u"Förnamn;Efternamn\n"_s + composed + u";Testsson\n"_s + decomposed + u";Testsson\n"_s
        + u"Bo\u200Bsse;Ek\n"_s + u"Bosse;Ek\n"_s + u"\u202Eessob\u001b[31m;  Berg   Ek \n"_s;
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(CsvReader::parse(csv.toUtf8()));
    const QList<YouthImporter::Row> rows = importer.rows();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(1).status, YouthImporter::RowStatus::Invalid); // the same name, decomposed
    QCOMPARE(rows.at(2).status, YouthImporter::RowStatus::New);
    QCOMPARE(rows.at(3).status, YouthImporter::RowStatus::Invalid); // the same name, without the zero-width space
    QCOMPARE(rows.at(4).status, YouthImporter::RowStatus::New);
    const YouthImporter::Summary summary = importer.import(ReferralSource::Kaa);
    QVERIFY(summary.ok);
    QCOMPARE(summary.imported, 3);
    // Stored without the override, the escape and the extra spaces.
    const Youth stored = *LOTSEN_VALUE(m_workspace->youths().load(summary.ids.at(2)));
    QCOMPARE(stored.firstName, u"essob[31m"_s);
    QCOMPARE(stored.lastName, u"Berg Ek"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(summary.ids.at(0)))->firstName, composed);
    // A name saved from the card later is recognised too.
    Youth typed;
    typed.firstName = decomposed;
    typed.lastName = u"Testsson"_s;
    QVERIFY(m_workspace->youths().save(typed).ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(typed.id))->firstName, composed);
}

void TestCsvImport::utf16WithBomIsReadOtherEncodingsAreNamed()
{
    const QString text = u"Förnamn;Efternamn\r\nÅsa;Öberg\r\n"_s;
    QByteArray little("\xFF\xFE", 2);
    QByteArray big("\xFE\xFF", 2);
    for (const QChar c : text) {
        little.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    for (const QByteArray& data : { little, big }) {
        const Result<CsvReader::Table> table = CsvReader::parse(data);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, CsvReader::Encoding::Utf16);
        QCOMPARE(table->header, QStringList({ u"Förnamn"_s, u"Efternamn"_s }));
        QCOMPARE(table->records.at(0).fields, QStringList({ u"Åsa"_s, u"Öberg"_s }));
    }
    // Without its BOM it cannot be told from binary: the message says what to do.
    const Result<CsvReader::Table> bare = CsvReader::parse(little.mid(2));
    QVERIFY(!bare.ok());
    QVERIFY2(bare.message().contains(u"CSV UTF-8"_s), qPrintable(bare.message()));
}

void TestCsvImport::fileTextIsEscapedForTheTerminal()
{
    const QString shown = CleanText::forTerminal(u"Skola\u001b]0;owned\u0007\u202E"_s);
    QVERIFY(!shown.contains(QChar(0x1b)));
    QVERIFY(!shown.contains(QChar(0x202e)));
    QCOMPARE(shown, u"Skola\\u001b]0;owned\\u0007\\u202e"_s);
}

void TestCsvImport::insertAllIsAllOrNothing()
{
    QList<Youth> youths;
    for (int i = 0; i < 3; ++i) {
        Youth youth;
        youth.firstName = u"  Ung  "_s;
        youth.lastName = u"Nummer%1"_s.arg(i);
        youth.personalNumber = twelve(testNumber(QDate(2007, 5, 1 + i)));
        youth.birthDate = QDate(2007, 5, 1 + i);
        youths.append(youth);
    }
    // The third repeats the first's number: validation inside the transaction sees the earlier insert.
    youths[2].personalNumber = youths[0].personalNumber;
    youths[2].birthDate = youths[0].birthDate;
    int failedIndex = -2;
    QList<Youth> copy = youths;
    Result<void> result = m_workspace->youths().insertAll(copy, &failedIndex);
    QVERIFY(!result.ok());
    QCOMPARE(failedIndex, 2);
    QCOMPARE(copy, youths);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);

    youths.removeLast();
    result = m_workspace->youths().insertAll(youths, &failedIndex);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(failedIndex, -1);
    QVERIFY(youths.at(0).id > 0);
    QCOMPARE(youths.at(0).firstName, u"Ung"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(youths.at(1).id))->lastName, u"Nummer1"_s);

    // Invalid data is refused as save() refuses it.
    QList<Youth> invalid { Youth() };
    QVERIFY(!m_workspace->youths().insertAll(invalid, &failedIndex).ok());
    QCOMPARE(failedIndex, 0);
    QList<Youth> existing { youths.at(0) };
    QVERIFY(!m_workspace->youths().insertAll(existing).ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 2);
}

// ---- Item models

void TestCsvImport::previewModel()
{
    Youth existing;
    existing.firstName = u"Eva"_s;
    existing.lastName = u"Ek"_s;
    existing.personalNumber = twelve(testNumber(QDate(2004, 6, 1)));
    existing.birthDate = QDate(2004, 6, 1);
    QVERIFY(m_workspace->youths().save(existing).ok());

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    YouthImporter importer(m_workspace->youths());
    importer.setCsv(
        CsvReader::parse(("namn;personnummer\nEva Ek;" + testNumber(QDate(2004, 6, 1)).toUtf8() + "\nAnna Berg;"
                          + testNumber(QDate(2003, 4, 15)).mid(2).toUtf8() + "\nBo Lind;20030415-2383\n")));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(importer.rows());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportPreviewModel::ColumnCount));
    QCOMPARE(model.index(0, ImportPreviewModel::Line).data().toInt(), 2);
    QCOMPARE(model.index(0, ImportPreviewModel::Status).data().toString(), u"Already registered (Eva Ek)"_s);
    QCOMPARE(model.index(1, ImportPreviewModel::Status).data().toString(), u"New"_s);
    QCOMPARE(model.index(1, ImportPreviewModel::PersonalNumber).data().toString(), u"20030415-2382"_s);
    QCOMPARE(model.index(1, ImportPreviewModel::FirstName).data().toString(), u"Anna"_s);
    QVERIFY(model.index(2, ImportPreviewModel::Status).data().toString().contains(u"check digit"_s));
    // A rejected number is shown as it stands in the file.
    QCOMPARE(model.index(2, ImportPreviewModel::PersonalNumber).data().toString(), u"20030415-2383"_s);
    QCOMPARE(model.index(2, 0).data(ImportPreviewModel::RowStatusRole).toInt(), int(YouthImporter::RowStatus::Invalid));
    QVERIFY(model.index(2, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.headerData(ImportPreviewModel::Status, Qt::Horizontal).toString(), u"Status"_s);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCsvImport::outreachModel()
{
    QList<Youth> youths;
    for (const auto& [first, last] :
         { std::pair { u"Cia"_s, u"Ceder"_s }, { u"Anna"_s, u"Ask"_s }, { u"Bo"_s, u"Björk"_s } }) {
        Youth youth;
        youth.firstName = first;
        youth.lastName = last;
        youths.append(youth);
    }
    youths[1].personalNumber = twelve(testNumber(QDate(2008, 8, 8)));
    youths[1].birthDate = QDate(2008, 8, 8);
    youths[1].referralSource = ReferralSource::Kaa;
    QVERIFY(m_workspace->youths().insertAll(youths).ok());
    Youth active;
    active.firstName = u"Dan"_s;
    active.lastName = u"Dahl"_s;
    active.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(active).ok());

    // Bo: two attempts, then a call, then one more attempt.
    const auto log = [this](qint64 youthId, ContactKind kind, const QDateTime& when) {
        Contact contact;
        contact.youthId = youthId;
        contact.kind = kind;
        contact.occurredAt = when;
        QVERIFY(m_workspace->contacts().log(contact).ok());
    };
    const qint64 bo = youths.at(2).id;
    log(bo, ContactKind::Attempt, kNow.addDays(-10));
    log(bo, ContactKind::Attempt, kNow.addDays(-8));
    log(bo, ContactKind::Phone, kNow.addDays(-5));
    log(bo, ContactKind::Attempt, kNow.addDays(-2));

    OutreachListModel model(*m_database);
    LOTSEN_VERIFY_OK(model.refresh());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3); // the active youth is not in outreach
    QCOMPARE(model.index(0, OutreachListModel::Name).data().toString(), u"Ask, Anna"_s);
    QCOMPARE(model.index(0, OutreachListModel::PersonalNumber).data().toString(), testNumber(QDate(2008, 8, 8)));
    QCOMPARE(model.index(0, OutreachListModel::Source).data().toString(), Vocabulary::label(ReferralSource::Kaa));
    QCOMPARE(model.index(0, OutreachListModel::Registered).data().toString(), u"2026-11-27"_s);
    QCOMPARE(model.index(0, OutreachListModel::Attempts).data().toInt(), 0);
    QCOMPARE(model.index(0, OutreachListModel::LastAttempt).data().toString(), QString());
    const int boRow = model.rowOf(bo);
    QCOMPARE(boRow, 1);
    QCOMPARE(model.index(boRow, OutreachListModel::Attempts).data().toInt(), 3);
    QCOMPARE(model.index(boRow, OutreachListModel::Unanswered).data().toInt(), 1);
    QCOMPARE(model.index(boRow, OutreachListModel::LastAttempt).data().toString(), u"2026-11-25"_s);
    QCOMPARE(model.index(boRow, OutreachListModel::LastContact).data().toString(), u"2026-11-22"_s);
    QCOMPARE(model.index(boRow, 0).data(OutreachListModel::IdRole).toLongLong(), bo);

    // Sorting keeps persistent indexes on their youth.
    const QPersistentModelIndex boIndex = model.index(boRow, 0);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(OutreachListModel::Attempts, Qt::DescendingOrder);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(model.idAt(0), bo);
    QCOMPARE(boIndex.row(), 0);
    model.sort(OutreachListModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.index(0, OutreachListModel::Name).data().toString(), u"Ceder, Cia"_s);

    // Enrolled youths leave the list at the next refresh.
    Youth enrolled = *LOTSEN_VALUE(m_workspace->youths().load(bo));
    enrolled.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(enrolled).ok());
    LOTSEN_VERIFY_OK(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(bo), -1);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
