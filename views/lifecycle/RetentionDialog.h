#pragma once

#include "lifecycle/RetentionPolicy.h"
#include "lifecycle/RetentionRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lotsen {

class ErrorLabel;
class Workspace;

// Retention…: who would be culled now under the policy, with the reason and dates (names for administrators only),
// and how many access-log entries would go; "Cull now" asks for the administrator's password, then culls and says
// how many.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(Workspace& workspace, const RetentionPolicy& policy, QWidget* parent = nullptr);

private:
    void refresh();
    void cull();
    void updateButton();

    Workspace& m_workspace;
    RetentionPolicy m_policy;
    RetentionRepository m_retention;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_cull = nullptr;
    QLabel* m_result = nullptr;
    ErrorLabel* m_error = nullptr;
    bool m_somethingToCull = false;
    QList<qint64> m_previewed; // the youths the preview shows
};

} // namespace lotsen
