#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lotsen {

class OutreachListModel;
class Workspace;

// The outreach list: prospects with their contact attempts, where a mentor logs another attempt, enrols a youth
// who answered, or imports a new list.
class OutreachWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OutreachWidget(Workspace& workspace, QWidget* parent = nullptr);

    qint64 currentYouthId() const;
    void selectYouth(qint64 youthId);

public slots:
    void refresh();
    // Both open a dialog on the selected prospect; false when nothing was saved.
    bool logAttempt();
    bool enrol();
    void importList();

signals:
    void openYouthRequested(qint64 youthId);

private:
    void updateState();

    Workspace& m_workspace;
    OutreachListModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_logAttempt = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace lotsen
