#include "help/ShortcutsDialog.h"

#include "shell/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lotsen {

namespace {

QList<QKeySequence> keys(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key);
}

QList<QKeySequence> keys(QKeyCombination combination)
{
    return { QKeySequence(combination) };
}

} // namespace

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::shortcuts()
{
    const QString everywhere = tr("Everywhere");
    const QString lists = tr("Lists (Today, the register, outreach, meeting place, interventions & partners)");
    const QString today = tr("Today");
    const QString search = tr("Youths: register");
    const QString card = tr("Youth card");
    const QString plan = tr("Youth card: action plan");
    const QString timeline = tr("Youth card: timeline");
    const QString dialogs = tr("Dialogs for contacts, referrals and interventions");
    const QString meetingPlace = tr("Meeting place");
    const QString reports = tr("Reports");
    const QString settings = tr("Settings");
    const QString guide = tr("User guide window");
    const QString tour = tr("Tour of Lotsen");
    QList<Shortcut> all = {
        { everywhere, tr("Register a new youth"), keys(QKeySequence::New) },
        { everywhere, tr("Find a youth (search the register)"), keys(QKeySequence::Find) },
        { everywhere, tr("Close the youth card in front"), keys(QKeySequence::Close) },
        { everywhere, tr("Lock Lotsen (hide all personal data)"), keys(Qt::CTRL | Qt::Key_L) },
        { everywhere, tr("Quit Lotsen"), keys(QKeySequence::Quit) },
        { everywhere, tr("Go to Today"), keys(Qt::CTRL | Qt::Key_1) },
        { everywhere, tr("Go to Youths"), keys(Qt::CTRL | Qt::Key_2) },
        { everywhere, tr("Go to Meeting place"), keys(Qt::CTRL | Qt::Key_3) },
        { everywhere, tr("Go to Interventions & partners"), keys(Qt::CTRL | Qt::Key_4) },
        { everywhere, tr("Go to Reports"), keys(Qt::CTRL | Qt::Key_5) },
        { everywhere, tr("Go to Settings"), keys(Qt::CTRL | Qt::Key_6) },
        { everywhere, tr("Go to Access log"), keys(Qt::CTRL | Qt::Key_7) },
        { everywhere, tr("Open the user guide at the page you are on"), keys(QKeySequence::HelpContents) },
        { lists, tr("Export the list (Excel or CSV)"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E) },
        { lists, tr("Print the list"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        { today, tr("Choose a youth in the list"), { QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down) } },
        { today, tr("Open the chosen youth's card"), keys(Qt::Key_Return) },
        { search, tr("Move from the search field into the results"), keys(Qt::Key_Down) },
        { search, tr("Open the chosen youth's card"), keys(Qt::Key_Return) },
        { card, tr("Next tab of the card"), keys(Qt::CTRL | Qt::Key_Tab) },
        { card, tr("Previous tab of the card"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab) },
        { card, tr("Save the personal data"), keys(QKeySequence::Save) },
        { plan, tr("Save the plan"), keys(QKeySequence::Save) },
        { plan, tr("Undo"), keys(QKeySequence::Undo) },
        { plan, tr("Redo"), keys(QKeySequence::Redo) },
        { plan, tr("Add a step"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
        { plan, tr("Move the step up"), keys(Qt::ALT | Qt::Key_Up) },
        { plan, tr("Move the step down"), keys(Qt::ALT | Qt::Key_Down) },
        { plan, tr("Print the plan"), keys(QKeySequence::Print) },
        { timeline, tr("Log a contact"), keys(Qt::CTRL | Qt::Key_K) },
        { timeline, tr("Log an attempt without answer"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_K) },
        { dialogs, tr("Save and close the dialog"), keys(Qt::CTRL | Qt::Key_Return) },
        { meetingPlace, tr("Check in the youth you typed"), keys(Qt::Key_Return) },
        { reports, tr("The period before"), keys(Qt::ALT | Qt::Key_Left) },
        { reports, tr("The period after"), keys(Qt::ALT | Qt::Key_Right) },
        { reports, tr("Print the reports"), keys(QKeySequence::Print) },
        { settings, tr("Save the settings"), keys(QKeySequence::Save) },
        { guide, tr("Search the guide"), keys(QKeySequence::Find) },
        { guide, tr("Find the next match"), keys(QKeySequence::FindNext) },
        { guide, tr("Back"), keys(QKeySequence::Back) },
        { guide, tr("Forward"), keys(QKeySequence::Forward) },
        { guide, tr("Close the guide"), keys(QKeySequence::Close) },
        { tour, tr("Skip the tour"), keys(Qt::Key_Escape) },
    };
    // A standard key the system has no keys for (Quit on Windows, where Alt+F4 closes the window) is no shortcut.
    all.removeIf([](const Shortcut& shortcut) { return shortcut.keys.isEmpty(); });
    return all;
}

bool ShortcutsDialog::lists(const QKeySequence& wanted)
{
    const QList<Shortcut> all = shortcuts();
    return std::any_of(all.cbegin(), all.cend(),
                       [&wanted](const Shortcut& shortcut) { return shortcut.keys.contains(wanted); });
}

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    const QList<Shortcut> all = shortcuts();
    m_table = new QTableWidget(int(all.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Where"), tr("What"), tr("Keys") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < all.size(); ++row) {
        const Shortcut& shortcut = all.at(row);
        QStringList texts;
        for (const QKeySequence& sequence : shortcut.keys) {
            texts.append(sequence.toString(QKeySequence::NativeText));
        }
        auto* keysItem = new QTableWidgetItem(texts.join(tr(" or ")));
        // The portable form, for a test (and a screen reader) that compares keys whatever the platform.
        keysItem->setData(Qt::UserRole, QVariant::fromValue(shortcut.keys));
        m_table->setItem(row, 0, new QTableWidgetItem(shortcut.area));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcut.action));
        m_table->setItem(row, 2, keysItem);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* note = new QLabel(tr("Letters underlined in menus and buttons work with Alt as well."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(760, 640));
}

} // namespace lotsen
