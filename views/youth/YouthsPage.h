#pragma once

#include <QWidget>

class QTabWidget;

namespace lotsen {

class OutreachWidget;
class RegisterWidget;
class Workspace;
class YouthCard;

// The Youths page: the register and the outreach list as fixed tabs, and one closable tab per open youth card.
class YouthsPage : public QWidget
{
    Q_OBJECT

public:
    explicit YouthsPage(Workspace& workspace, QWidget* parent = nullptr);

    RegisterWidget* registerWidget() const { return m_register; }
    YouthCard* cardFor(qint64 youthId) const;
    YouthCard* currentCard() const;
    QList<YouthCard*> cards() const;

    // Asks about every card with unsaved changes; false if the user wants to stay.
    bool closeAllCards();
    // Closes every card without saving or asking: another user logged in at the lock screen, and must
    // not see the previous user's unsaved edits.
    void discardAllCards();

public slots:
    // nullptr when the card could not be opened (the user was told why).
    YouthCard* openYouth(qint64 youthId);
    YouthCard* newYouth();
    bool closeCard(int index);
    void closeCurrentCard();
    void showRegister();
    void showOutreach();
    // File → Import youths from CSV: the import dialog over the outreach list, where the imported youths appear.
    void importYouths();

private:
    YouthCard* addCard(qint64 youthId);

    Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    RegisterWidget* m_register = nullptr;
    OutreachWidget* m_outreach = nullptr;
};

} // namespace lotsen
