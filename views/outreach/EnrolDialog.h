#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace lotsen {

class Workspace;

// Enrols a prospect from outreach: a start date (today by default) and a mentor make the youth active. The status
// change lands in the youth's timeline through YouthRepository::save.
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
    QLabel* m_error = nullptr;
};

} // namespace lotsen
