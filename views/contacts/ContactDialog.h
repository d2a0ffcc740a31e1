#pragma once

#include "contacts/Contact.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace lotsen {

class OptionalDateEdit;
class Workspace;

// Logs a contact in a few keystrokes: when (now), how, with whom, who on the staff, a note, the next planned
// contact. The same dialog edits an entry within its edit window, or writes a correction of an older one.
// A contact with a relative names the relative if known, and needs a valid consent: without one the dialog says
// so and offers to record the consent now, or to go ahead with a written reason (stored with the entry).
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Edit, Correction };

    // `existing` is the entry to edit or correct; for New it may preset the kind (e.g. an attempt).
    ContactDialog(Workspace& workspace, qint64 youthId, Mode mode, const Contact& existing = {},
                  QWidget* parent = nullptr);

    Contact contact() const;
    qint64 savedId() const { return m_savedId; }

    QPlainTextEdit* noteEdit() const { return m_note; }
    // The written reason for going ahead without consent, once the user gave one.
    QString consentOverride() const { return m_override; }

    // The staff member who logs contacts on this PC by default (the mentor chosen on the Today page).

public slots:
    void accept() override;

private:
    void updateRelativeRows();
    // The save was refused for want of consent: record it now, go ahead with a reason, or stay in the dialog.
    void askAboutConsent(const Contact& entry);
    void recordConsentNow(const Contact& entry);
    void askOverrideReason();

    Workspace& m_workspace;
    qint64 m_youthId;
    Mode m_mode;
    Contact m_existing;
    qint64 m_savedId = 0;
    QString m_override;

    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_with = nullptr;
    QComboBox* m_relative = nullptr;
    QLabel* m_consentInfo = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_staff = nullptr;
    QPlainTextEdit* m_note = nullptr;
    OptionalDateEdit* m_nextPlanned = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
