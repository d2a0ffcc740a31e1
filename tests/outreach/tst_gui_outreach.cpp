// GUI tests for outreach: the Outreach tab (log an attempt, enrol a prospect, open the card) and the CSV import
// dialog (file through the FileDialog seam, mapping combos, preview, import), driven offscreen with QTest.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "contacts/ContactDialog.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "outreach/EnrolDialog.h"
#include "outreach/ImportDialog.h"
#include "outreach/ImportPreviewModel.h"
#include "outreach/OutreachListModel.h"
#include "outreach/OutreachWidget.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthCard.h"
#include "youth/YouthListModel.h"
#include "youth/YouthsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
// The dialog's column-mapping combos (one per CSV column, named importMapping0, importMapping1, ...).
QList<QComboBox*> mappingCombos(const QWidget* dialog)
{
    QList<QComboBox*> combos;
    for (QComboBox* combo : dialog->findChildren<QComboBox*>()) {
        if (combo->objectName().startsWith(QLatin1String("importMapping"))) {
            combos.append(combo);
        }
    }
    return combos;
}
} // namespace

class TestGuiOutreach : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void outreachTabListsProspects();
    void enrolProspect();
    void enrolNeedsAMentor();
    void logAttemptPresetsAttempt();
    void doubleClickOpensCard();
    void importFromFileMenu();
    void importDialogMappingAndErrors();

private:
    YouthsPage* youthsPage() const { return GuiTest::child<YouthsPage>(m_window.get(), "youthsPage"); }
    OutreachWidget* outreach() const { return GuiTest::child<OutreachWidget>(youthsPage(), "outreachWidget"); }
    qint64 addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status);
    // Runs `handler` on the next modal dialog of type T once it is open, then returns.
    template<typename T> void whenModal(std::function<void(T*)> handler);
    QString writeCsv(const QString& name, const QByteArray& content);

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    qint64 m_mentorId = 0;
    qint64 m_annaId = 0;
    qint64 m_boId = 0;
    bool m_handled = false;
};

void TestGuiOutreach::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"test.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_dir = &m_fixture->dir();
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_mentorId = m_workspace->staff().add(u"Karin Mentorsson"_s).valueOr(0);
    QVERIFY(m_mentorId > 0);
    // Skatteverket test numbers.
    m_annaId = addYouth(u"Anna"_s, u"Ask"_s, u"200304152382"_s, YouthStatus::Prospect);
    m_boId = addYouth(u"Bo"_s, u"Berg"_s, QString(), YouthStatus::Prospect);
    QVERIFY(addYouth(u"Cia"_s, u"Active"_s, QString(), YouthStatus::Active) > 0);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::YouthsPageIndex);
    youthsPage()->showOutreach();
    m_handled = false;
}

void TestGuiOutreach::cleanup()
{
    GuiTest::resetSeams();
    m_window.reset();
    m_workspace = nullptr;
    m_database = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

qint64 TestGuiOutreach::addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = last;
    youth.personalNumber = number;
    youth.birthDate = number.isEmpty() ? QDate() : QDate::fromString(number.left(8), u"yyyyMMdd"_s);
    youth.status = status;
    youth.referralSource = ReferralSource::Kaa;
    return m_workspace->youths().save(youth).ok() ? youth.id : 0;
}

template<typename T> void TestGuiOutreach::whenModal(std::function<void(T*)> handler)
{
    GuiTest::whenModal<T>(this, std::move(handler), &m_handled);
}

QString TestGuiOutreach::writeCsv(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(content);
    return path;
}

void TestGuiOutreach::outreachTabListsProspects()
{
    QTabWidget* tabs = GuiTest::child<QTabWidget>(youthsPage(), "youthTabs");
    QCOMPARE(tabs->tabText(1), u"Outreach"_s);
    QCOMPARE(tabs->currentWidget(), outreach());
    OutreachListModel* model = GuiTest::child<OutreachListModel>(outreach(), "model");
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only the two prospects, not the active youth.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, OutreachListModel::Name).data().toString(), u"Ask, Anna"_s);
    QCOMPARE(outreach()->findChild<QLabel*>(u"outreachCount"_s)->text(), u"2 prospects"_s);
    // The first prospect is selected, so that the buttons work at once.
    QCOMPARE(outreach()->currentYouthId(), m_annaId);
    QVERIFY(outreach()->findChild<QPushButton*>(u"outreachEnrol"_s)->isEnabled());
    outreach()->selectYouth(m_boId);
    QCOMPARE(outreach()->currentYouthId(), m_boId);
    QVERIFY(outreach()->findChild<QPushButton*>(u"outreachEnrol"_s)->isEnabled());
    // Fixed tabs cannot be closed.
    QVERIFY(!youthsPage()->closeCard(1));
    QCOMPARE(tabs->count(), 2);
}

void TestGuiOutreach::enrolProspect()
{
    outreach()->selectYouth(m_annaId);
    whenModal<EnrolDialog>([this](EnrolDialog* dialog) {
        QCOMPARE(GuiTest::child<QDateEdit>(dialog, "enrolStartDate")->date(), QDate(2026, 11, 27));
        GuiTest::child<QDateEdit>(dialog, "enrolStartDate")->setDate(QDate(2026, 12, 1));
        QComboBox* mentor = GuiTest::child<QComboBox>(dialog, "enrolMentor");
        mentor->setCurrentIndex(mentor->findText(u"Karin Mentorsson"_s));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"enrolOk"_s), Qt::LeftButton);
    });
    QTest::mouseClick(outreach()->findChild<QPushButton*>(u"outreachEnrol"_s), Qt::LeftButton);
    QVERIFY(m_handled);

    const std::optional<Youth> anna = LOTSEN_VALUE(m_workspace->youths().load(m_annaId));
    QVERIFY(anna);
    QCOMPARE(anna->status, YouthStatus::Active);
    QCOMPARE(anna->startDate, QDate(2026, 12, 1));
    QCOMPARE(anna->mentorId, m_mentorId);
    // The status change is in the timeline's history.
    QSqlQuery events(m_database->connection());
    QVERIFY(
        events.exec(u"SELECT detail FROM youth_event WHERE kind = 'status_changed' AND youth_id = %1"_s.arg(m_annaId)));
    QVERIFY(events.next());
    QCOMPARE(events.value(0).toString(), u"prospect>active"_s);
    // She leaves the outreach list at once and the register shows her as active.
    auto* model = GuiTest::child<OutreachListModel>(outreach(), "model");
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(m_annaId), -1);
}

void TestGuiOutreach::enrolNeedsAMentor()
{
    outreach()->selectYouth(m_boId);
    whenModal<EnrolDialog>([](EnrolDialog* dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"enrolOk"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(GuiTest::child<QLabel>(dialog, "enrolError")->isVisible());
        QVERIFY(GuiTest::child<QLabel>(dialog, "enrolError")->text().contains(u"mentor"_s));
        dialog->reject();
    });
    QVERIFY(!outreach()->enrol());
    QVERIFY(m_handled);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_boId))->status, YouthStatus::Prospect);
    QCOMPARE(GuiTest::child<OutreachListModel>(outreach(), "model")->rowCount(), 2);
}

void TestGuiOutreach::logAttemptPresetsAttempt()
{
    outreach()->selectYouth(m_boId);
    auto* model = GuiTest::child<OutreachListModel>(outreach(), "model");
    const int row = model->rowOf(m_boId);
    QCOMPARE(model->index(row, OutreachListModel::Attempts).data().toInt(), 0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_handled = false;
        whenModal<ContactDialog>([](ContactDialog* dialog) {
            QCOMPARE(GuiTest::child<QComboBox>(dialog, "contactKind")->currentData().toInt(),
                     int(ContactKind::Attempt));
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
        });
        QTest::mouseClick(outreach()->findChild<QPushButton*>(u"outreachLogAttempt"_s), Qt::LeftButton);
        QVERIFY(m_handled);
    }
    // The list updates at once, and Bo stays selected for the next attempt.
    const int after = model->rowOf(m_boId);
    QCOMPARE(model->index(after, OutreachListModel::Attempts).data().toInt(), 2);
    QCOMPARE(model->index(after, OutreachListModel::Unanswered).data().toInt(), 2);
    QCOMPARE(model->index(after, OutreachListModel::LastAttempt).data().toString(), u"2026-11-27"_s);
    QCOMPARE(outreach()->currentYouthId(), m_boId);
}

void TestGuiOutreach::doubleClickOpensCard()
{
    QTableView* table = GuiTest::child<QTableView>(outreach(), "outreachTable");
    auto* model = GuiTest::child<OutreachListModel>(outreach(), "model");
    const QModelIndex index = model->index(model->rowOf(m_boId), OutreachListModel::Name);
    const QRect rect = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    YouthCard* card = youthsPage()->currentCard();
    QVERIFY(card);
    QCOMPARE(card->youthId(), m_boId);
    QCOMPARE(youthsPage()->cards().size(), 1);
}

void TestGuiOutreach::importFromFileMenu()
{
    const QByteArray csv = "F\xF6rnamn;Efternamn;Personnummer;Telefon;Kommun\r\n"
                           "Dina;Dahl;20050301-2387;070-1;Malm\xF6\r\n"
                           "Anna;Ask;20030415-2382;;\r\n"
                           "Erik;Ek;20050302-2380;;\r\n"
                           "Fia;;;;\r\n";
    const QString path = writeCsv(u"kaa.csv"_s, csv);
    QVERIFY(!path.isEmpty());
    const int registerTotal = youthsPage()->registerWidget()->model()->totalCount();

    youthsPage()->showRegister();
    // The import command asks for the file before the preview opens.
    FileDialog::setNextFileName(path);
    whenModal<ImportDialog>([path](ImportDialog* dialog) {
        QCOMPARE(dialog->findChild<QLineEdit*>(u"importPath"_s)->text(), QDir::toNativeSeparators(path));
        ImportPreviewModel* preview = GuiTest::child<ImportPreviewModel>(dialog, "previewModel");
        QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(mappingCombos(dialog).size(), 5);
        QCOMPARE(dialog->referralSource(), ReferralSource::Kaa);
        QCOMPARE(preview->index(0, ImportPreviewModel::Status).data().toString(), u"New"_s);
        QCOMPARE(preview->index(0, ImportPreviewModel::Municipality).data().toString(), u"Malmö"_s);
        QCOMPARE(preview->index(1, ImportPreviewModel::Status).data().toString(), u"Already registered (Anna Ask)"_s);
        QVERIFY(preview->index(2, ImportPreviewModel::Status).data().toString().contains(u"check digit"_s));
        QCOMPARE(preview->index(3, ImportPreviewModel::Status).data().toString(), u"The last name is missing."_s);
        QCOMPARE(GuiTest::child<QPushButton>(dialog, "importButton")->text(), u"&Import 1 youth"_s);
        QVERIFY(GuiTest::child<QPushButton>(dialog, "importButton")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->lastSummary().imported, 1);
        QCOMPARE(dialog->lastSummary().rejected, 2);
    });
    m_window->findChild<QAction*>(u"importYouthsAction"_s)->trigger();
    QVERIFY(m_handled);
    QVERIFY2(MessageBox::lastText().contains(u"1 youth imported as prospects"_s), qPrintable(MessageBox::lastText()));

    // The import ends on the outreach list, which shows the new prospect; the register counts her too.
    QCOMPARE(GuiTest::child<QTabWidget>(youthsPage(), "youthTabs")->currentWidget(), outreach());
    auto* model = GuiTest::child<OutreachListModel>(outreach(), "model");
    QCOMPARE(model->rowCount(), 3);
    const qint64 dina = LOTSEN_VALUE(m_workspace->youths().idByPersonalNumber(u"200503012387"_s));
    QVERIFY(dina > 0);
    QVERIFY(model->rowOf(dina) >= 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(dina))->referralSource, ReferralSource::Kaa);
    QTRY_COMPARE(youthsPage()->registerWidget()->model()->totalCount(), registerTotal + 1);
}

void TestGuiOutreach::importDialogMappingAndErrors()
{
    ImportDialog dialog(*m_workspace, m_window.get());
    dialog.show();
    auto* importButton = GuiTest::child<QPushButton>(&dialog, "importButton");
    QVERIFY(!importButton->isEnabled());

    // Unknown headers: nothing is mapped until the user chooses, and the dialog says what is missing.
    const QString path = writeCsv(u"plain.csv"_s, "a,b,c\nGun,Gran,20050303-2385\nHans,Holm,\n");
    QVERIFY(dialog.loadFile(path));
    QCOMPARE(mappingCombos(&dialog).size(), 3);
    auto* errorLabel = GuiTest::child<QLabel>(&dialog, "importError");
    QVERIFY(errorLabel->isVisible());
    QVERIFY(!importButton->isEnabled());
    const auto choose = [&dialog](int column, YouthImporter::Field field) {
        QComboBox* combo = GuiTest::child<QComboBox>(&dialog, qPrintable(u"importMapping%1"_s.arg(column)));
        combo->setCurrentIndex(combo->findData(int(field)));
    };
    choose(0, YouthImporter::Field::FirstName);
    choose(1, YouthImporter::Field::LastName);
    QVERIFY(!errorLabel->isVisible());
    auto* previewModel = GuiTest::child<ImportPreviewModel>(&dialog, "previewModel");
    QCOMPARE(previewModel->rowCount(), 2);
    QCOMPARE(previewModel->index(0, ImportPreviewModel::PersonalNumber).data().toString(), QString());
    choose(2, YouthImporter::Field::PersonalNumber);
    QCOMPARE(previewModel->index(0, ImportPreviewModel::PersonalNumber).data().toString(), u"20050303-2385"_s);
    QCOMPARE(importButton->text(), u"&Import 2 youths"_s);
    // The same field twice is refused.
    choose(1, YouthImporter::Field::FirstName);
    QVERIFY(errorLabel->isVisible());
    QVERIFY(!importButton->isEnabled());
    choose(1, YouthImporter::Field::LastName);

    auto* sourceCombo = GuiTest::child<QComboBox>(&dialog, "importSource");
    sourceCombo->setCurrentIndex(sourceCombo->findData(int(ReferralSource::School)));

    // A wide file: every column is mapped in one vertical list, with nothing off to the side, and "Ort" is the
    // postal town.
    {
        ImportDialog wide(*m_workspace, m_window.get());
        wide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wide));
        const QString widePath
            = writeCsv(u"wide.csv"_s,
                       "Förnamn;Efternamn;Personnummer;Mobil;E-post;Adress;Postnummer;Ort;Kommun\n"
                       "Gun;Gran;20050303-2385;070-1234567;gun@example.se;Storgatan 1;41101;Göteborg;Göteborg\n");
        QVERIFY(wide.loadFile(widePath));
        const QList<QComboBox*> combos = mappingCombos(&wide);
        QCOMPARE(combos.size(), 9);
        QCOMPARE(combos.at(7)->currentData().toInt(), int(YouthImporter::Field::PostalTown));
        QCOMPARE(combos.at(8)->currentData().toInt(), int(YouthImporter::Field::Municipality));
        QCOMPARE(combos.at(3)->currentData().toInt(), int(YouthImporter::Field::Phone));
        // One column per row: the combos stand below each other (once the layout has run), nothing off to the side.
        QTRY_VERIFY(combos.at(1)->y() > combos.at(0)->y());
        QCOMPARE(combos.at(1)->x(), combos.at(0)->x());
        auto* area = GuiTest::child<QScrollArea>(&wide, "importMapping");
        QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        for (const QComboBox* combo : combos) {
            QVERIFY(combo->geometry().right() <= area->viewport()->width());
        }
        auto* wideModel = GuiTest::child<ImportPreviewModel>(&wide, "previewModel");
        QCOMPARE(wideModel->index(0, ImportPreviewModel::PostalTown).data().toString(), u"Göteborg"_s);
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog.importRows());
    QCOMPARE(LOTSEN_VALUE(
                 m_workspace->youths().load(LOTSEN_VALUE(m_workspace->youths().idByPersonalNumber(u"200503032385"_s))))
                 ->referralSource,
             ReferralSource::School);

    // A truncated file is reported and nothing can be imported from it.
    ImportDialog second(*m_workspace, m_window.get());
    const QString cut = writeCsv(u"cut.csv"_s, "förnamn;efternamn;adress\nIda;Ibsen;\"Gatan");
    QVERIFY(!second.loadFile(cut));
    QVERIFY(GuiTest::child<QLabel>(&second, "importError")->text().contains(u"cut off"_s));
    QCOMPARE(GuiTest::child<ImportPreviewModel>(&second, "previewModel")->rowCount(), 0);
    QVERIFY(!GuiTest::child<QPushButton>(&second, "importButton")->isEnabled());
}

QTEST_MAIN(TestGuiOutreach)
#include "tst_gui_outreach.moc"
