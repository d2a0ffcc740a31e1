#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace lotsen {

// A short tour at the first start on a database: what Lotsen is for, Today, the youth card and its action plan, and
// help under F1. Four panels with Back/Next, skippable (Skip tour or Esc), and re-opened from Help › Tour of Lotsen.
class FirstStartTour : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartTour(QWidget* parent = nullptr);

    int panelCount() const;
    int currentPanel() const;

    // Whether this user has seen the tour for `database` (a file's path or a server's address) on this PC.
    static bool hasBeenShownFor(const QString& database);
    // Opens the tour (window-modal, without blocking) over parent the first time for `database`, and remembers
    // that it did; nullptr when it was shown before.
    static FirstStartTour* showOnce(const QString& database, QWidget* parent);

public slots:
    void next();
    void back();

private:
    void addPanel(const QString& title, const QString& text);
    void updateButtons();

    QStackedWidget* m_panels = nullptr;
    QLabel* m_step = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_skip = nullptr;
};

} // namespace lotsen
