// GUI test of "Register extract…" on the youth card (offscreen): the administrator saves the extract as a PDF and as
// a JSON file through the FileDialog seam and is told where it went; the extract is logged; cancelling writes
// nothing; the button has an accessible name; a mentor never sees it, a coordinator does, and a new youth's card
// has none until it is saved.
#include "GuiTest.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/Workspace.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "youth/YouthCard.h"
#include "youth/YouthRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiRegisterExtract : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theAdministratorSavesAPdfAndAJsonFile();
    void cancellingWritesNothing();
    void aMentorDoesNotSeeTheButton();
    void aNewYouthGetsTheButtonWhenSaved();

private:
    void openCard(qint64 youthId);
    QPushButton* button() const { return GuiTest::child<QPushButton>(m_card.get(), "registerExtractButton"); }
    int loggedExtracts();

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    std::unique_ptr<YouthCard> m_card;
    qint64 m_mentor = 0;
    qint64 m_youthId = 0;
};

void TestGuiRegisterExtract::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 3, 2), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"extract.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_workspace = &m_fixture->workspace();
    m_mentor = m_fixture->addStaff(u"Maja Mentor"_s);
    m_youthId = m_fixture->addYouth(u"Alva"_s, u"Testsson"_s, m_mentor, u"200001012384"_s);
    QVERIFY(m_youthId != 0);
}

void TestGuiRegisterExtract::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    m_card.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

void TestGuiRegisterExtract::openCard(qint64 youthId)
{
    m_card = std::make_unique<YouthCard>(*m_workspace, youthId);
    m_card->resize(1100, 900);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
}

int TestGuiRegisterExtract::loggedExtracts()
{
    AccessLog::Filter filter;
    filter.youthId = m_youthId;
    filter.action = AccessAction::RegisterExtract;
    const Result<QList<AccessLog::Entry>> entries = m_workspace->accessLog().entries(filter);
    return entries ? int(entries->size()) : -1;
}

void TestGuiRegisterExtract::theAdministratorSavesAPdfAndAJsonFile()
{
    openCard(m_youthId);
    QPushButton* extract = button();
    QVERIFY(extract->isVisible());
    QVERIFY(extract->isEnabled());
    QVERIFY(!extract->accessibleName().isEmpty());

    // A name without a suffix is saved as a PDF.
    const QString pdf = m_fixture->filePath(u"alva"_s);
    FileDialog::setNextFileName(pdf);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(extract, Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(pdf + u".pdf"_s));
    QFile written(pdf + u".pdf"_s);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5).startsWith("%PDF"));
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(pdf + u".pdf"_s)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(loggedExtracts(), 1);

    const QString json = m_fixture->filePath(u"alva.json"_s);
    FileDialog::setNextFileName(json);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(extract, Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(json));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"youthId"_s).toInteger(), m_youthId);
    QVERIFY(root.value(u"sections"_s).toObject().contains(u"contact"_s));
    QCOMPARE(loggedExtracts(), 2);
}

void TestGuiRegisterExtract::cancellingWritesNothing()
{
    openCard(m_youthId);
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(loggedExtracts(), 0);
    QDir dir(m_fixture->dir().path());
    QVERIFY(dir.entryList({ u"*.pdf"_s, u"*.json"_s }, QDir::Files).isEmpty());
}

void TestGuiRegisterExtract::aMentorDoesNotSeeTheButton()
{
    openCard(m_youthId);
    QVERIFY(button()->isVisible());

    // Another user logs in: the open card follows the session.
    m_fixture->logInAsStaff(u"maja"_s, u"Maja Mentor"_s, m_mentor);
    QVERIFY(!button()->isVisible());
    // And a card opened by the mentor has it hidden from the start.
    openCard(m_youthId);
    QVERIFY(!button()->isVisible());
    QVERIFY(!button()->isVisibleTo(m_card.get()));

    // A coordinator sees it.
    m_fixture->logInAsStaff(u"cora"_s, u"Cora Koordinator"_s, 0, Role::Coordinator);
    QVERIFY(button()->isVisible());
}

void TestGuiRegisterExtract::aNewYouthGetsTheButtonWhenSaved()
{
    openCard(0);
    QVERIFY(!button()->isVisible());
    Youth youth;
    youth.firstName = u"Bo"_s;
    youth.lastName = u"Annan"_s;
    QVERIFY(m_workspace->youths().save(youth).ok());
    // The card still shows the new (unsaved) youth: no id, no button.
    QVERIFY(!button()->isVisible());
}

QTEST_MAIN(TestGuiRegisterExtract)
#include "tst_gui_registerextract.moc"
