#include "help/FirstStartTour.h"

#include "core/AppSettings.h"
#include "help/HelpLinks.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lotsen {

namespace {

// The same database whichever way its path was written.
QString databaseKey(const QString& database)
{
    return database.contains(QLatin1String("://")) ? database : QDir::cleanPath(QDir(database).absolutePath());
}

} // namespace

FirstStartTour::FirstStartTour(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStartTour"));
    setWindowTitle(tr("Tour of Lotsen"));

    m_panels = new QStackedWidget(this);
    m_panels->setObjectName(QStringLiteral("tourPanels"));
    const QString f1 = QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText);
    addPanel(tr("Welcome to Lotsen"),
             tr("<p>Lotsen helps you follow every young person at the meeting place, so that no one falls between "
                "the chairs.</p>"
                "<p>Everything about a youth is in one place: contacts, the action plan, interventions, consents, "
                "exit and follow-up. Lotsen needs no internet: the data stays on this PC or on your centre's own "
                "server.</p>"));
    addPanel(tr("Today is your work list"),
             tr("<p>Lotsen opens on <b>Today</b>. It lists every youth who needs attention now, with the reason: "
                "no contact for too long, calls without answer, a planned contact or a plan review that is due, a "
                "follow-up after exit, a consent that ends soon.</p>"
                "<p>Choose a youth and log a contact, log an attempt, or snooze the reason to a date with an "
                "explanation. A reason leaves the list when it is dealt with.</p>"));
    addPanel(tr("The youth card and the action plan"),
             tr("<p>Open a youth from Today or from <b>Youths</b> (Ctrl+F searches). The card has tabs: personal "
                "data, action plan, timeline, interventions, network and consent, enrolment and exit.</p>"
                "<p>The action plan is written with the youth, in their own words. Print it for signing; "
                "<b>Revise plan</b> keeps the earlier version unchanged.</p>"));
    addPanel(tr("Help is always under %1").arg(f1),
             tr("<p>Press <b>%1</b> on any page and the user guide opens at that page. Help › Keyboard shortcuts "
                "lists every shortcut, and Help › Tour of Lotsen shows this tour again.</p>"
                "<p>Lock Lotsen with <b>Ctrl+L</b> when you leave the PC.</p>")
                     .arg(f1)
                 + QStringLiteral("<p>")
                 + HelpLinks::linkText(tr("Read the guide: getting started"), QStringLiteral("getting-started"))
                 + QStringLiteral("</p>"));

    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("tourStep"));
    auto* buttons = new QDialogButtonBox(this);
    m_skip = buttons->addButton(tr("&Skip tour"), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(QStringLiteral("tourSkip"));
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("tourDone"));
    connect(m_back, &QPushButton::clicked, this, &FirstStartTour::back);
    connect(m_next, &QPushButton::clicked, this, &FirstStartTour::next);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject); // also Esc

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panels, 1);
    layout->addWidget(m_step);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateButtons();
}

void FirstStartTour::addPanel(const QString& title, const QString& text)
{
    auto* label = new QLabel(QStringLiteral("<h2>%1</h2>%2").arg(title.toHtmlEscaped(), text), m_panels);
    label->setObjectName(QStringLiteral("tourPanel%1").arg(m_panels->count() + 1));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMinimumHeight(200);
    HelpLinks::connect(label);
    m_panels->addWidget(label);
}

int FirstStartTour::panelCount() const
{
    return m_panels->count();
}

int FirstStartTour::currentPanel() const
{
    return m_panels->currentIndex();
}

void FirstStartTour::next()
{
    if (m_panels->currentIndex() + 1 < m_panels->count()) {
        m_panels->setCurrentIndex(m_panels->currentIndex() + 1);
    }
    updateButtons();
}

void FirstStartTour::back()
{
    if (m_panels->currentIndex() > 0) {
        m_panels->setCurrentIndex(m_panels->currentIndex() - 1);
    }
    updateButtons();
}

void FirstStartTour::updateButtons()
{
    const int current = m_panels->currentIndex();
    const bool last = current == m_panels->count() - 1;
    m_back->setEnabled(current > 0);
    m_next->setVisible(!last);
    m_done->setVisible(last);
    m_skip->setVisible(!last);
    (last ? m_done : m_next)->setDefault(true);
    (last ? m_done : m_next)->setFocus();
    m_step->setText(tr("%1 of %2").arg(current + 1).arg(m_panels->count()));
}

bool FirstStartTour::hasBeenShownFor(const QString& database)
{
    return AppSettings::instance()
        ->value(AppSettings::Key::TourShownFor)
        .toStringList()
        .contains(databaseKey(database));
}

FirstStartTour* FirstStartTour::showOnce(const QString& database, QWidget* parent)
{
    if (hasBeenShownFor(database)) {
        return nullptr;
    }
    // Remembered when shown, not when finished: skipped or closed, it does not come back by itself.
    QStringList shown = AppSettings::instance()->value(AppSettings::Key::TourShownFor).toStringList();
    shown.append(databaseKey(database));
    AppSettings::instance()->setValue(AppSettings::Key::TourShownFor, shown);
    auto* tour = new FirstStartTour(parent);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    tour->open();
    return tour;
}

} // namespace lotsen
