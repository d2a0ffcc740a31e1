#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace lotsen {

class EntrySituationForm;
class Workspace;

// Enrols a prospect from outreach, or re-enrols an exited youth in a new period: a start date (today by default), a
// mentor, where the youth came from and the situation at entry make the youth active (EnrolmentRepository::enrol).
// The new period lands in the youth's timeline.
class EnrolDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolDialog(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void showError(const QString& message);

    Workspace& m_workspace;
    qint64 m_youthId;
    QDateEdit* m_startDate = nullptr;
    QComboBox* m_mentor = nullptr;
    QComboBox* m_referralSource = nullptr;
    EntrySituationForm* m_entry = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
