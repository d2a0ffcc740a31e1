#pragma once

#include "access/AccessLog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lotsen {

class AccessLogModel;
class OptionalDateEdit;
class Workspace;

// The access-log page (administrator): who opened, changed, printed or exported which youth's data, and every login,
// filtered by account, youth, action and period; CSV export for the municipality's log review, and a check of the
// hash chain (once when the page is first shown, and on demand).
class AccessLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccessLogPage(Workspace& workspace, QWidget* parent = nullptr);

    AccessLog::Filter currentFilter() const;
    // The check at start (BackgroundChainCheck), so that first showing the page need not read the whole log again
    // on the GUI thread. Ignored once the page has checked for itself (its own result is newer), and when the log
    // could not be read at start.
    void setStartChainResult(const AccessLog::VerifyResult& result);

public slots:
    void applyFilter();
    void clearFilter();
    bool exportCsv();
    AccessLog::VerifyResult verifyLog();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fillAccounts();
    void showChainResult(const AccessLog::VerifyResult& result, bool atStart = false);

    Workspace& m_workspace;
    AccessLogModel* m_model = nullptr;
    QComboBox* m_account = nullptr;
    QLineEdit* m_youth = nullptr;
    QComboBox* m_action = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_chain = nullptr;
    QLabel* m_count = nullptr;
    bool m_verifiedOnce = false;
};

} // namespace lotsen
