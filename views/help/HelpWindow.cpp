#include "help/HelpWindow.h"

#include "shell/ScreenFit.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace lotsen {

QPointer<HelpWindow> HelpWindow::s_instance;

namespace {

// Readable on screen without a style of its own: headings a little apart, tables with a light grid.
const char* const kStyleSheet = "h1 { font-size: 18pt; margin-bottom: 6px; }"
                                "h2 { font-size: 15pt; margin-top: 18px; }"
                                "h3 { font-size: 12pt; margin-top: 12px; }"
                                "p, li { line-height: 130%; }"
                                "th { background-color: #e8e8e8; text-align: left; }"
                                "td, th { padding: 3px 8px; }";

} // namespace

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Lotsen – user guide"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDefaultStyleSheet(QString::fromLatin1(kStyleSheet));

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("helpToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setObjectName(QStringLiteral("helpBackAction"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction* forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setObjectName(QStringLiteral("helpForwardAction"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction* contents = bar->addAction(tr("Contents"), this, [this] { showAnchor(QStringLiteral("contents")); });
    contents->setObjectName(QStringLiteral("helpContentsAction"));
    bar->addSeparator();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    bar->addWidget(m_search);
    QAction* findNext = bar->addAction(tr("Find next"), this, &HelpWindow::findNext);
    findNext->setObjectName(QStringLiteral("helpFindNextAction"));
    findNext->setShortcut(QKeySequence::FindNext);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("helpSearchStatus"));
    bar->addWidget(m_searchStatus);
    connect(m_search, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    connect(m_search, &QLineEdit::textChanged, m_searchStatus, &QLabel::clear);

    QAction* find = new QAction(tr("Search the guide"), this);
    find->setObjectName(QStringLiteral("helpFindAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    QAction* closeWindow = new QAction(tr("Close the guide"), this);
    closeWindow->setObjectName(QStringLiteral("helpCloseAction"));
    closeWindow->setShortcut(QKeySequence::Close);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    addAction(closeWindow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);

    m_guide = guideUrl(guideLanguage());
    m_browser->setSource(m_guide);
    ScreenFit::resize(this, QSize(820, 760));
}

HelpWindow* HelpWindow::showTopic(QWidget* parent, const QString& anchor)
{
    if (!s_instance) {
        // Owned by the outermost window (the main window), not by a dialog such as the tour that may close first.
        QWidget* owner = parent ? parent->window() : nullptr;
        while (owner && owner->parentWidget()) {
            owner = owner->parentWidget()->window();
        }
        s_instance = new HelpWindow(owner);
    }
    s_instance->showAnchor(anchor);
    s_instance->show();
    s_instance->raise();
    s_instance->activateWindow();
    return s_instance;
}

HelpWindow* HelpWindow::instance()
{
    return s_instance;
}

QString HelpWindow::guideLanguage()
{
    // The guide follows the language of the program's own texts (app/Translations installs the Swedish
    // catalogue or none), not the settings, which take effect only at the next start.
    const QString language = QCoreApplication::translate(
        "lotsen::HelpWindow", "en", "The language of the user guide: sv in the Swedish translation (do not change)");
    return language == QLatin1String("sv") ? QStringLiteral("sv") : QStringLiteral("en");
}

QUrl HelpWindow::guideUrl(const QString& language)
{
    return QUrl(QStringLiteral("qrc:/help/%1/guide.html").arg(language));
}

QString HelpWindow::currentTopic() const
{
    return m_browser->source().fragment();
}

void HelpWindow::showAnchor(const QString& anchor)
{
    QUrl url = m_guide;
    if (!anchor.isEmpty()) {
        url.setFragment(anchor);
    }
    m_browser->setSource(url);
    // A section near the end cannot scroll to the top; its heading is at least on screen.
    if (!anchor.isEmpty()) {
        m_browser->scrollToAnchor(anchor);
    }
    // The contents open the guide: show it from its very first line, title and all.
    if (anchor.isEmpty() || anchor == QLatin1String("contents")) {
        m_browser->verticalScrollBar()->setValue(0);
    }
}

bool HelpWindow::findNext()
{
    const QString text = m_search->text().trimmed();
    m_searchStatus->clear();
    if (text.isEmpty()) {
        return false;
    }
    if (m_browser->find(text)) {
        return true;
    }
    // From the top again.
    QTextCursor start = m_browser->textCursor();
    start.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(start);
    if (m_browser->find(text)) {
        return true;
    }
    m_searchStatus->setText(tr("Not found"));
    return false;
}

} // namespace lotsen
