#pragma once

#include "enrolment/Enrolment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lotsen {

class Workspace;

// Records one attempt at a follow-up after exit: date, channel and result and, when the youth was reached, their
// situation and a note (which closes the follow-up). The earlier attempts are listed; after the centre's number of
// unanswered attempts the follow-up can be closed as not reached, which takes it off Today.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(Workspace& workspace, qint64 followUpId, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void updateState();
    void closeNotReached();
    void showError(const QString& message, QWidget* field = nullptr);

    Workspace& m_workspace;
    qint64 m_followUpId;
    std::optional<FollowUp> m_followUp;
    QFormLayout* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_result = nullptr;
    QComboBox* m_situation = nullptr;
    QComboBox* m_studyType = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_notReached = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
