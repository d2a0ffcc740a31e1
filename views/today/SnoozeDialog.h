#pragma once

#include "today/AttentionRules.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lotsen {

class Workspace;

// Snoozes one of a youth's reasons on the Today list to a later date. The explanation is required: it is what
// the next person reads in the timeline when they wonder why nobody called.
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeDialog(Workspace& workspace, const AttentionItem& item, qint64 staffId, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    qint64 m_youthId;
    qint64 m_staffId;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_until = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace lotsen
