#pragma once

#include "partners/Referral.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace lotsen {

class Workspace;

// Refers a youth to a partner organisation: date, organisation, contact person, reason. Sharing needs the youth's
// valid consent for that organisation; without one the dialog says so plainly and goes ahead only on an explicit
// override with a written reason, which is stored with the referral.
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    // `staffId` is who is recorded as having made the referral.
    ReferralDialog(Workspace& workspace, qint64 youthId, qint64 staffId, QWidget* parent = nullptr);

    // The referral as entered (not yet saved), without an override.
    Referral referral() const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void organisationChosen();
    void updateConsentText();
    // Asks whether to go on without consent and, if so, for the written reason; saves with it.
    void offerOverride(const Referral& referral);
    void saveWithOverride(Referral referral, const QString& reason);
    void showError(const QString& message);

    Workspace& m_workspace;
    qint64 m_youthId;
    qint64 m_staffId;
    qint64 m_savedId = 0;

    QDateEdit* m_date = nullptr;
    QComboBox* m_organisation = nullptr;
    QComboBox* m_person = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_consent = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
