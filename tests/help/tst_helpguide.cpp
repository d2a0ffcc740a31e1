// The user guide that ships with Lotsen (resources/help): both languages exist with the same sections, every section
// the program opens with F1 is there, every link inside it and every picture resolves, the Swedish guide is
// translated, and its page headings are the names the program shows (from the translation file).
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "shell/MainWindow.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestHelpGuide : public QObject
{
    Q_OBJECT

private slots:
    void guideExists_data();
    void guideExists();
    void requiredSectionsInBothLanguages();
    void sameSectionsInBothLanguages();
    void linksAndPicturesResolve_data();
    void linksAndPicturesResolve();
    void browserFindsEverySection_data();
    void browserFindsEverySection();
    void everyPageAndTabHasASection();
    void swedishHeadingsAreTranslated();
    void pageHeadingsAreTheNamesOnScreen();

private:
    static QString guide(const QString& language);
    static QStringList anchors(const QString& html);
    // Anchor → heading text, for the anchors that name a heading.
    static QHash<QString, QString> headings(const QString& html);
};

QString TestHelpGuide::guide(const QString& language)
{
    QFile file(u":/help/%1/guide.html"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QStringList TestHelpGuide::anchors(const QString& html)
{
    static const QRegularExpression anchor(uR"re(<a\s+name="([^"]+)")re"_s);
    QStringList found;
    for (const QRegularExpressionMatch& match : anchor.globalMatch(html)) {
        found.append(match.captured(1));
    }
    return found;
}

QHash<QString, QString> TestHelpGuide::headings(const QString& html)
{
    static const QRegularExpression heading(uR"re(<h([1-3])><a\s+name="([^"]+)">(.*?)</a></h\1>)re"_s);
    QHash<QString, QString> found;
    for (const QRegularExpressionMatch& match : heading.globalMatch(html)) {
        QTextDocument text;
        text.setHtml(match.captured(3));
        found.insert(match.captured(2), text.toPlainText().trimmed());
    }
    return found;
}

void TestHelpGuide::guideExists_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("sv") << u"sv"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestHelpGuide::guideExists()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(u":/help/%1/guide.html"_s.arg(language)));
    const QString html = guide(language);
    QVERIFY(html.size() > 1000);
    QVERIFY(html.contains(u"<html lang=\"%1\">"_s.arg(language)));
    // Shown in a browser that has no network and no scripts.
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"http"_s, Qt::CaseInsensitive));
    QCOMPARE(HelpWindow::guideUrl(language).toString(), u"qrc:/help/%1/guide.html"_s.arg(language));
}

void TestHelpGuide::requiredSectionsInBothLanguages()
{
    const QStringList required = {
        u"contents"_s,
        u"getting-started"_s,
        u"page-today"_s,
        u"page-youths"_s,
        u"page-meeting-place"_s,
        u"page-interventions"_s,
        u"page-reports"_s,
        u"page-settings"_s,
        u"page-access-log"_s,
        u"task-log-contact"_s,
        u"task-revise-print-plan"_s,
        u"task-import-kaa"_s,
        u"task-end-participation"_s,
        u"task-monthly-report"_s,
        u"task-export-lists"_s,
        u"consent"_s,
        u"access-log"_s,
        u"shortcuts"_s,
        u"database-cannot-open"_s,
        u"locking"_s,
    };
    for (const QString& language : { u"sv"_s, u"en"_s }) {
        const QStringList found = anchors(guide(language));
        for (const QString& anchor : required) {
            QVERIFY2(found.contains(anchor), qPrintable(u"%1: no section %2"_s.arg(language, anchor)));
        }
    }
}

void TestHelpGuide::sameSectionsInBothLanguages()
{
    const QStringList sv = anchors(guide(u"sv"_s));
    const QStringList en = anchors(guide(u"en"_s));
    // In the same order, and each once.
    QCOMPARE(sv, en);
    QCOMPARE(QSet<QString>(en.cbegin(), en.cend()).size(), en.size());
}

void TestHelpGuide::linksAndPicturesResolve_data()
{
    guideExists_data();
}

void TestHelpGuide::linksAndPicturesResolve()
{
    QFETCH(QString, language);
    const QString html = guide(language);
    const QStringList found = anchors(html);
    static const QRegularExpression href(uR"re(href="([^"]*)")re"_s);
    int links = 0;
    for (const QRegularExpressionMatch& match : href.globalMatch(html)) {
        const QString target = match.captured(1);
        // Only links inside the guide: nothing that would need a network or another program.
        QVERIFY2(target.startsWith(u'#'), qPrintable(u"%1: link to %2"_s.arg(language, target)));
        QVERIFY2(found.contains(target.mid(1)), qPrintable(u"%1: no section for the link %2"_s.arg(language, target)));
        ++links;
    }
    QVERIFY(links >= 30);
    static const QRegularExpression image(uR"re(<img[^>]*\ssrc="([^"]*)")re"_s);
    for (const QRegularExpressionMatch& match : image.globalMatch(html)) {
        const QUrl source = HelpWindow::guideUrl(language).resolved(QUrl(match.captured(1)));
        QVERIFY2(source.scheme() == u"qrc"_s && QFile::exists(u":"_s + source.path()),
                 qPrintable(u"%1: no picture %2"_s.arg(language, match.captured(1))));
    }
}

void TestHelpGuide::browserFindsEverySection_data()
{
    guideExists_data();
}

void TestHelpGuide::browserFindsEverySection()
{
    // QTextBrowser scrolls to the anchors its document knows: each one the guide declares must be one of them.
    QFETCH(QString, language);
    const QString html = guide(language);
    QTextDocument document;
    document.setHtml(html);
    QSet<QString> known;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            known.unite(QSet<QString>(names.cbegin(), names.cend()));
        }
    }
    for (const QString& anchor : anchors(html)) {
        QVERIFY2(known.contains(anchor), qPrintable(u"%1: the browser does not see %2"_s.arg(language, anchor)));
    }
}

void TestHelpGuide::everyPageAndTabHasASection()
{
    QStringList topics;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        topics.append(MainWindow::pageHelpTopic(static_cast<MainWindow::Page>(page)));
    }
    topics += HelpTopics::youthsTopics();
    topics.append(u"locking"_s); // F1 on the lock screen
    QCOMPARE(topics.size(), MainWindow::PageCount + 9);
    for (const QString& language : { u"sv"_s, u"en"_s }) {
        const QStringList found = anchors(guide(language));
        for (const QString& topic : std::as_const(topics)) {
            QVERIFY2(found.contains(topic), qPrintable(u"%1: no section %2"_s.arg(language, topic)));
        }
    }
}

void TestHelpGuide::swedishHeadingsAreTranslated()
{
    const QHash<QString, QString> sv = headings(guide(u"sv"_s));
    const QHash<QString, QString> en = headings(guide(u"en"_s));
    QCOMPARE(sv.size(), en.size());
    QVERIFY(sv.size() >= 25);
    for (auto it = en.cbegin(); it != en.cend(); ++it) {
        QVERIFY2(sv.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(!sv.value(it.key()).isEmpty(), qPrintable(it.key()));
        QVERIFY2(sv.value(it.key()) != it.value(), qPrintable(u"untranslated heading: "_s + it.value()));
    }
    // Swedish letters survived the trip through the resource system.
    QVERIFY(sv.value(u"page-meeting-place"_s).contains(u'ö'));
    QVERIFY(sv.value(u"page-access-log"_s).startsWith(u'Å'));
}

void TestHelpGuide::pageHeadingsAreTheNamesOnScreen()
{
    // The pages' names in the navigation (MainWindow, English source) and their Swedish translation.
    QFile ts(QStringLiteral(LOTSEN_SOURCE_DIR "/resources/translations/lotsen_sv.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QHash<QString, QString> swedish;
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s && context == u"lotsen::MainWindow"_s) {
            swedish.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    const QHash<QString, QString> sv = headings(guide(u"sv"_s));
    const QHash<QString, QString> en = headings(guide(u"en"_s));
    const std::pair<const char*, QString> pages[] = {
        { "page-today", u"Today"_s },
        { "page-youths", u"Youths"_s },
        { "page-meeting-place", u"Meeting place"_s },
        { "page-interventions", u"Interventions & partners"_s },
        { "page-reports", u"Reports"_s },
        { "page-settings", u"Settings"_s },
        { "page-access-log", u"Access log"_s },
    };
    for (const auto& [anchor, name] : pages) {
        const QString key = QString::fromLatin1(anchor);
        QCOMPARE(en.value(key), name);
        QVERIFY2(swedish.contains(name), qPrintable(name));
        QCOMPARE(sv.value(key), swedish.value(name));
    }
}

QTEST_MAIN(TestHelpGuide)
#include "tst_helpguide.moc"
