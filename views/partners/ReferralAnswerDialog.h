#pragma once

#include "partners/Referral.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace lotsen {

class Workspace;

// Records the partner's answer to a referral: accepted, declined or no answer, on which day, and a note.
class ReferralAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralAnswerDialog(Workspace& workspace, const Referral& referral, qint64 staffId, QWidget* parent = nullptr);

    qint64 referralId() const { return m_referral.id; }

public slots:
    void accept() override;

private:
    void showError(const QString& message);

    Workspace& m_workspace;
    Referral m_referral;
    qint64 m_staffId;

    QComboBox* m_status = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
