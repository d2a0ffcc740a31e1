#pragma once

#include "enrolment/EnrolmentRepository.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace lotsen {

class Workspace;

// "Exit…" on the youth card: ends the running period with the date, the reason, the situation at exit, a
// qualification gained and whether the youth may be contacted for follow-up. The plan's open steps and the open
// interventions are listed, each to be marked completed or interrupted; open referrals are shown. Everything is
// saved in one transaction by EnrolmentRepository::exit, which also freezes the plan version and creates the
// follow-ups.
class ExitDialog : public QDialog
{
    Q_OBJECT

public:
    ExitDialog(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    qint64 exitId() const { return m_exitId; }

public slots:
    void accept() override;

private:
    void updateState();
    void showError(const QString& message, QWidget* field = nullptr);
    QComboBox* outcomeCombo(const QString& objectName, const QString& completed, const QString& interrupted);

    Workspace& m_workspace;
    qint64 m_youthId;
    qint64 m_exitId = 0;
    QFormLayout* m_form = nullptr;
    QDateEdit* m_exitDate = nullptr;
    QComboBox* m_reason = nullptr;
    QComboBox* m_partner = nullptr;
    QLineEdit* m_reasonText = nullptr;
    QComboBox* m_situation = nullptr;
    QComboBox* m_studyType = nullptr;
    QComboBox* m_qualification = nullptr;
    QLineEdit* m_qualificationText = nullptr;
    QCheckBox* m_followUpConsent = nullptr;
    QList<std::pair<qint64, QComboBox*>> m_steps;
    QList<std::pair<qint64, QComboBox*>> m_participations;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
