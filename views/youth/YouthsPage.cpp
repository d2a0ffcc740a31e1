#include "youth/YouthsPage.h"

#include "core/Workspace.h"
#include "outreach/OutreachWidget.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthCard.h"
#include "youth/YouthListModel.h"
#include "youth/YouthRepository.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lotsen {

YouthsPage::YouthsPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("youthTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_register = new RegisterWidget(workspace, m_tabs);
    m_tabs->addTab(m_register, tr("Register"));
    m_outreach = new OutreachWidget(workspace, m_tabs);
    m_outreach->setObjectName(QStringLiteral("outreachWidget"));
    m_tabs->addTab(m_outreach, tr("Outreach"));
    // The register and the outreach list are always there; only cards can be closed.
    for (int fixed = 0; fixed < 2; ++fixed) {
        m_tabs->tabBar()->setTabButton(fixed, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(fixed, QTabBar::LeftSide, nullptr);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &YouthsPage::closeCard);
    connect(m_register, &RegisterWidget::openYouthRequested, this, &YouthsPage::openYouth);
    connect(m_register, &RegisterWidget::newYouthRequested, this, &YouthsPage::newYouth);
    connect(m_outreach, &OutreachWidget::openYouthRequested, this, &YouthsPage::openYouth);
    // An import announces its youths once rather than one youthSaved each, so the register refreshes once here.
    connect(&workspace.youths(), &YouthRepository::youthsAdded, this, [this] {
        (void)m_register->model()->refresh(); // a failure shows in the register's error line
    });
}

QList<YouthCard*> YouthsPage::cards() const
{
    QList<YouthCard*> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* card = qobject_cast<YouthCard*>(m_tabs->widget(i))) {
            result.append(card);
        }
    }
    return result;
}

YouthCard* YouthsPage::cardFor(qint64 youthId) const
{
    const QList<YouthCard*> open = cards();
    for (YouthCard* card : open) {
        if (card->youthId() == youthId && youthId != 0) {
            return card;
        }
    }
    return nullptr;
}

YouthCard* YouthsPage::currentCard() const
{
    return qobject_cast<YouthCard*>(m_tabs->currentWidget());
}

YouthCard* YouthsPage::openYouth(qint64 youthId)
{
    if (YouthCard* existing = cardFor(youthId)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    return addCard(youthId);
}

YouthCard* YouthsPage::newYouth()
{
    return addCard(0);
}

YouthCard* YouthsPage::addCard(qint64 youthId)
{
    // No card is opened without its entry in the access log.
    if (youthId != 0) {
        if (const Result<void> logged = m_workspace.session().log(AccessAction::OpenYouth, youthId); !logged) {
            MessageBox::warning(this, tr("Card not opened"),
                                tr("Lotsen opens a youth's card only when the access log records it, so the card "
                                   "is not opened.\n\n%1")
                                    .arg(logged.message()));
            return nullptr;
        }
    }
    auto* card = new YouthCard(m_workspace, youthId, m_tabs);
    const int index = m_tabs->addTab(card, card->title());
    m_tabs->setCurrentIndex(index);
    // Keyboard users continue in the card: a new youth at the first field, an existing one on its tabs.
    if (youthId == 0) {
        card->personalDataForm()->focusFirstField();
    } else {
        card->tabs()->setFocus();
    }
    connect(card, &YouthCard::titleChanged, this, [this, card](const QString& title) {
        const int at = m_tabs->indexOf(card);
        if (at >= 0) {
            m_tabs->setTabText(at, title);
            m_tabs->setTabToolTip(at, title);
        }
    });
    connect(card, &YouthCard::youthDeleted, this, [this, card] {
        m_tabs->removeTab(m_tabs->indexOf(card));
        card->deleteLater();
        showRegister();
    });
    return card;
}

bool YouthsPage::closeCard(int index)
{
    auto* card = qobject_cast<YouthCard*>(m_tabs->widget(index));
    if (!card) {
        return false;
    }
    m_tabs->setCurrentIndex(index);
    if (!card->confirmClose()) {
        return false;
    }
    m_tabs->removeTab(index);
    card->deleteLater();
    return true;
}

void YouthsPage::closeCurrentCard()
{
    closeCard(m_tabs->currentIndex());
}

bool YouthsPage::closeAllCards()
{
    const QList<YouthCard*> open = cards();
    for (YouthCard* card : open) {
        if (!closeCard(m_tabs->indexOf(card))) {
            return false;
        }
    }
    return true;
}

void YouthsPage::discardAllCards()
{
    const QList<YouthCard*> open = cards();
    for (YouthCard* card : open) {
        m_tabs->removeTab(m_tabs->indexOf(card));
        card->deleteLater();
    }
}

void YouthsPage::showRegister()
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_register));
}

void YouthsPage::showOutreach()
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_outreach));
}

void YouthsPage::importYouths()
{
    showOutreach();
    m_outreach->importList();
}

} // namespace lotsen
