#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace lotsen {

class ListCommands;
class Workspace;
class YouthListModel;

// The register: search-as-you-type, filters and the sortable table of all youths.
class RegisterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~RegisterWidget() override;

    YouthListModel* model() const { return m_model; }
    ListCommands* listCommands() const { return m_listCommands; }

public slots:
    void focusSearch();
    void clearFilters();

signals:
    void openYouthRequested(qint64 youthId);
    void newYouthRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    // The filters in force, for an exported or printed list's heading.
    QString filterDescription() const;
    // The columns a 1366-pixel screen shows without scrolling sideways; the others are chosen on the header.
    void showDefaultColumns();
    void showExitColumns();
    void showColumnMenu(const QPoint& pos);
    // The "mine" filter as this account chose it.
    void showAccountsView();
    void fillMentorFilter();
    void fillMunicipalityFilter();
    void updateCounts();
    void openCurrent();

    Workspace& m_workspace;
    YouthListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_mentor = nullptr;
    QCheckBox* m_onlyMine = nullptr; // the logged-in person's own youths; remembered per account
    QComboBox* m_municipality = nullptr;
    QPushButton* m_newButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyAction = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
    ListCommands* m_listCommands = nullptr;
};

} // namespace lotsen
