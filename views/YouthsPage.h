#pragma once

#include <QWidget>

class QTabWidget;

namespace lotsen {

class RegisterWidget;
class Workspace;
class YouthCard;

// The Youths page: the register as the first tab, and one closable tab per open youth card.
class YouthsPage : public QWidget
{
    Q_OBJECT

public:
    explicit YouthsPage(Workspace& workspace, QWidget* parent = nullptr);

    RegisterWidget* registerWidget() const { return m_register; }
    QTabWidget* tabs() const { return m_tabs; }
    YouthCard* cardFor(qint64 youthId) const;
    YouthCard* currentCard() const;
    QList<YouthCard*> cards() const;

    // Asks about every card with unsaved changes; false if the user wants to stay.
    bool closeAllCards();

public slots:
    YouthCard* openYouth(qint64 youthId);
    YouthCard* newYouth();
    bool closeCard(int index);
    void closeCurrentCard();
    void showRegister();

private:
    YouthCard* addCard(qint64 youthId);

    Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    RegisterWidget* m_register = nullptr;
};

} // namespace lotsen
