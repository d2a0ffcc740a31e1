#pragma once

#include "consent/Consent.h"
#include "consent/NetworkPerson.h"
#include "youth/Youth.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace lotsen {

class OptionalDateEdit;
class Workspace;

// Records a youth's consent: what it covers (relatives, all or one; a partner organisation; sensitive notes;
// photos; something else), when and how it was given (written, or verbal before a witness), until when, by whom
// (the youth, or a legal guardian while the youth is under 18) and who on the staff recorded it.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    // `preset` chooses the scope and, for relatives or a partner, whom it covers; its givenOn, if set, the date.
    ConsentDialog(Workspace& workspace, qint64 youthId, const Consent& preset = {}, QWidget* parent = nullptr);

    Consent consent() const;
    qint64 savedId() const { return m_savedId; }

    // Whether "given by" offers the legal guardians: only while the youth is under 18 on the day given.
    bool offersGuardians() const;

public slots:
    void accept() override;

private:
    void updateRows();
    void growToFit();

    Workspace& m_workspace;
    qint64 m_youthId;
    Youth m_youth;
    QList<NetworkPerson> m_network;
    qint64 m_savedId = 0;

    QFormLayout* m_layout = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_relative = nullptr;
    QComboBox* m_partner = nullptr;
    QLineEdit* m_otherText = nullptr;
    QDateEdit* m_givenOn = nullptr;
    QComboBox* m_form = nullptr;
    QLineEdit* m_witness = nullptr;
    OptionalDateEdit* m_validUntil = nullptr;
    QComboBox* m_givenBy = nullptr;
    QComboBox* m_staff = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
