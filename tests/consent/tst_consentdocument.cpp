// The printed consent form, checked by its text through poppler's pdftotext: the youth, every scope with the
// recorded consents ticked, and signature lines for the youth and, under 18, the legal guardians.
#include "consent/ConsentDocumentBuilder.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "documents/PagedDocumentRenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 27);
} // namespace

class TestConsentDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adultWithConsents();
    void minorHasGuardianSignatures();

private:
    // The PDF's text with whitespace runs as one space.
    QString pdfText(const ConsentDocumentBuilder::Input& input, const QString& name);

    QTemporaryDir m_dir;
    QString m_pdftotext;
};

void TestConsentDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
    // To look at the Swedish form: LOTSEN_TEST_QM=build/app/lotsen_sv.qm LOTSEN_TEST_KEEP=/tmp/dir.
    const QString qm = qEnvironmentVariable("LOTSEN_TEST_QM");
    if (!qm.isEmpty()) {
        auto* translator = new QTranslator(this);
        QVERIFY(translator->load(qm));
        QCoreApplication::installTranslator(translator);
    }
}

QString TestConsentDocument::pdfText(const ConsentDocumentBuilder::Input& input, const QString& name)
{
    const QString keep = qEnvironmentVariable("LOTSEN_TEST_KEEP");
    const QString pdf = (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name + u".pdf"_s;
    std::unique_ptr<QTextDocument> document = ConsentDocumentBuilder::build(input);
    const Result<int> written = PagedDocumentRenderer::writePdf(*document, pdf, kToday);
    if (!written) {
        qWarning("%s", qPrintable(written.message()));
        return {};
    }
    QProcess process;
    process.start(m_pdftotext, { u"-q"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestConsentDocument::adultWithConsents()
{
    ConsentDocumentBuilder::Input input;
    input.youth.firstName = u"Åsa"_s;
    input.youth.lastName = u"Öberg"_s;
    input.youth.personalNumber = u"200403012388"_s; // a Skatteverket test number
    input.youth.birthDate = QDate(2004, 3, 1);
    input.centreName = u"Mötesplats Väster"_s;
    input.today = kToday;
    Consent relatives;
    relatives.scope = ConsentScope::Relatives;
    relatives.givenOn = kToday.addDays(-30);
    Consent partner;
    partner.scope = ConsentScope::Partner;
    partner.partnerOrgId = 3;
    partner.partnerOrgName = u"Arbetsförmedlingen"_s;
    partner.givenOn = kToday.addDays(-3);
    partner.validUntil = QDate(2027, 5, 31);
    Consent withdrawn;
    withdrawn.scope = ConsentScope::Photos;
    withdrawn.givenOn = kToday.addDays(-60);
    withdrawn.withdrawnOn = kToday.addDays(-1);
    input.consents = { relatives, partner, withdrawn };
    input.guardians = { NetworkPerson { 1, 1, u"Mamma Öberg"_s, Relation::Parent, {}, {}, true, {} } };

    const QString text = pdfText(input, u"adult"_s);
    QVERIFY2(!text.isEmpty(), "the PDF has no text");
    if (qEnvironmentVariableIsSet("LOTSEN_TEST_QM")) {
        return; // looked at by eye in Swedish; the checks below read the English source texts
    }
    QVERIFY2(text.contains(u"Consent"_s), qPrintable(text));
    QVERIFY(text.contains(u"Mötesplats Väster"_s));
    QVERIFY(text.contains(u"Åsa Öberg"_s));
    QVERIFY(text.contains(u"20040301-2388"_s));
    for (ConsentScope scope : Vocabulary::consentScopes()) {
        QVERIFY2(text.contains(Vocabulary::label(scope)), qPrintable(Vocabulary::label(scope)));
    }
    QVERIFY(text.contains(u"all relatives"_s));
    QVERIFY(text.contains(u"Arbetsförmedlingen (until 2027-05-31)"_s));
    // Two ticked (relatives, partner); the withdrawn photo consent is an empty box again.
    QCOMPARE(text.count(QChar(0x2612)), 2);
    QCOMPARE(text.count(QChar(0x2610)), 3);
    QVERIFY(text.contains(u"Signature of the young person"_s));
    // An adult signs alone: no guardian line even though a guardian is on record.
    QVERIFY(!text.contains(u"legal guardian"_s));
    QVERIFY(text.contains(u"Page 1 of 1"_s));
}

void TestConsentDocument::minorHasGuardianSignatures()
{
    ConsentDocumentBuilder::Input input;
    input.youth.firstName = u"Ung"_s;
    input.youth.lastName = u"Testsson"_s;
    input.youth.birthDate = QDate(2010, 3, 1);
    input.today = kToday;
    input.guardians = { NetworkPerson { 1, 1, u"Mamma Testsson"_s, Relation::Parent, {}, {}, true, {} },
                        NetworkPerson { 2, 1, u"Pappa Testsson"_s, Relation::Parent, {}, {}, true, {} } };
    const QString text = pdfText(input, u"minor"_s);
    QVERIFY2(!text.isEmpty(), "the PDF has no text");
    if (qEnvironmentVariableIsSet("LOTSEN_TEST_QM")) {
        return;
    }
    QVERIFY2(text.contains(u"Signature of legal guardian (Mamma Testsson)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Signature of legal guardian (Pappa Testsson)"_s));
    // Nothing recorded: every box is empty.
    QCOMPARE(text.count(QChar(0x2612)), 0);
}

QTEST_MAIN(TestConsentDocument)
#include "tst_consentdocument.moc"
