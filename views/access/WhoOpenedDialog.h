#pragma once

#include <QDialog>
#include <QPushButton> // createButton's callers put it in a layout

#include <functional>

class QLabel;
class QTableWidget;

namespace lotsen {

class Workspace;

// "Who has looked at this youth?": the accounts that opened the youth's card, from the access log, the most recent
// first. Opened from the youth card by those who may view the access log.
class WhoOpenedDialog : public QDialog
{
    Q_OBJECT

public:
    WhoOpenedDialog(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    // A button for the youth card that opens this dialog (window-modal) for the card's youth. It shows itself only
    // while the session may view the access log and the youth is saved.
    static QPushButton* createButton(Workspace& workspace, std::function<qint64()> youthId, QWidget* parent);

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace lotsen
