#include "partners/ReferralDialog.h"

#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "shell/ReadCheck.h"
#include "shell/ScreenFit.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lotsen {

ReferralDialog::ReferralDialog(Workspace& workspace, qint64 youthId, qint64 staffId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId), m_staffId(staffId)
{
    // A read that fails leaves the dialog open with the reason shown and Save disabled.
    ReadCheck reads;
    const std::optional<Youth> youth = reads.take(workspace.youths().load(youthId));
    setWindowTitle(tr("New referral – %1").arg(youth ? youth->fullName() : QString()));

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("referralDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::today());
    m_date->setDate(Clock::today());

    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("referralOrganisation"));
    m_organisation->addItem(tr("Choose an organisation"), QVariant::fromValue<qint64>(0));
    const QList<PartnerOrganisation> organisations = reads.take(workspace.partners().organisations(true));
    for (const PartnerOrganisation& organisation : organisations) {
        m_organisation->addItem(organisation.name, QVariant::fromValue(organisation.id));
    }
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("referralPerson"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the youth is referred, and what you ask the partner for (required)"));

    m_consent = new QLabel(this);
    m_consent->setObjectName(QStringLiteral("referralConsent"));
    m_consent->setWordWrap(true);
    m_error = new ErrorLabel(QStringLiteral("referralError"), this);

    auto* form = new QFormLayout(this);
    if (organisations.isEmpty()) {
        auto* empty = new QLabel(tr("There are no active partner organisations yet. They are added on the "
                                    "Interventions & partners page."),
                                 this);
        empty->setObjectName(QStringLiteral("referralNoPartners"));
        empty->setWordWrap(true);
        form->addRow(empty);
    }
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Contact &person:"), m_person);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_consent);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("referralSave"));
    form->addRow(buttons);
    reads.report(m_error, buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &ReferralDialog::accept);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &ReferralDialog::organisationChosen);
    connect(m_date, &QDateEdit::dateChanged, this, &ReferralDialog::updateConsentText);

    organisationChosen();
    m_organisation->setFocus();
    ScreenFit::resize(this, QSize(520, sizeHint().height()));
}

void ReferralDialog::organisationChosen()
{
    const qint64 organisationId = m_organisation->currentData().toLongLong();
    m_person->clear();
    m_person->addItem(tr("No one in particular"), QVariant::fromValue<qint64>(0));
    if (organisationId != 0) {
        const Result<QList<PartnerPerson>> persons = m_workspace.partners().persons(organisationId, true);
        if (!persons) {
            m_error->setText(persons.message());
            m_error->show();
        }
        for (const PartnerPerson& person : persons.valueOr({})) {
            m_person->addItem(person.role.isEmpty() ? person.name : tr("%1, %2").arg(person.name, person.role),
                              QVariant::fromValue(person.id));
        }
    }
    m_person->setEnabled(m_person->count() > 1);
    updateConsentText();
}

void ReferralDialog::updateConsentText()
{
    // Says before saving what the referral will rely on, so the question after Save is no surprise.
    const qint64 organisationId = m_organisation->currentData().toLongLong();
    if (organisationId == 0) {
        m_consent->clear();
        m_consent->hide();
        return;
    }
    ConsentNeed need;
    need.scope = ConsentScope::Partner;
    need.partnerOrgId = organisationId;
    const Result<std::optional<Consent>> found = m_workspace.consents().findValid(m_youthId, need, m_date->date());
    const std::optional<Consent> consent = found.valueOr(std::nullopt);
    if (!found.ok()) {
        m_consent->setText(found.message());
        m_consent->setStyleSheet(QStringLiteral("color: #b04a00;"));
    } else if (consent) {
        m_consent->setText(tr("Relies on the youth's consent of %1 to share information with %2.")
                               .arg(consent->givenOn.toString(Qt::ISODate), m_organisation->currentText()));
        m_consent->setStyleSheet(QStringLiteral("color: #2d6a3e;"));
    } else {
        m_consent->setText(ConsentRules::missingText(need, m_organisation->currentText()) + u' '
                           + tr("Record the consent in the Network & consent tab, or give a written reason for "
                                "going ahead without it when you save."));
        m_consent->setStyleSheet(QStringLiteral("color: #b04a00;"));
    }
    m_consent->show();
}

Referral ReferralDialog::referral() const
{
    Referral referral;
    referral.youthId = m_youthId;
    referral.organisationId = m_organisation->currentData().toLongLong();
    referral.personId = m_person->currentData().toLongLong();
    referral.sentOn = m_date->date();
    referral.reason = m_reason->toPlainText().trimmed();
    referral.staffId = m_staffId;
    return referral;
}

void ReferralDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReferralDialog::accept()
{
    Referral entry = referral();
    if (entry.organisationId == 0) {
        showError(tr("Choose the organisation the youth is referred to."));
        m_organisation->setFocus();
        return;
    }
    if (entry.reason.isEmpty()) {
        showError(tr("Write the reason for the referral."));
        m_reason->setFocus();
        return;
    }
    const Result<qint64> result = m_workspace.referrals().create(entry, m_staffId);
    if (result.ok()) {
        m_savedId = entry.id != 0 ? entry.id : *result;
        QDialog::accept();
        return;
    }
    if (!ConsentRules::isMissing(result.error())) {
        showError(result.message());
        return;
    }
    offerOverride(entry);
}

void ReferralDialog::offerOverride(const Referral& referral)
{
    ConsentNeed need;
    need.scope = ConsentScope::Partner;
    need.partnerOrgId = referral.organisationId;
    const QString text = ConsentRules::missingText(need, m_organisation->currentText()) + QStringLiteral("\n\n")
        + tr("You can record the youth's consent in the Network & consent tab and then save the referral. Or you "
             "can continue without consent: you must then give the reason in writing. It is stored with the "
             "referral and shown in the timeline.");
    const QMessageBox::StandardButton answer
        = MessageBox::question(this, tr("No consent"), text, QMessageBox::Yes | QMessageBox::Cancel,
                               QMessageBox::Cancel, { { QMessageBox::Yes, tr("Continue without consent…") } });
    if (answer != QMessageBox::Yes) {
        showError(tr("Not saved: there is no valid consent."));
        return;
    }

    auto* ask = new QDialog(this);
    ask->setObjectName(QStringLiteral("consentOverrideDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Continue without consent"));
    auto* label = new QLabel(tr("Why is the youth referred to %1 without consent? The reason is stored with the "
                                "referral and shown in the timeline.")
                                 .arg(m_organisation->currentText()),
                             ask);
    label->setWordWrap(true);
    auto* reason = new QPlainTextEdit(ask);
    reason->setObjectName(QStringLiteral("consentOverrideReason"));
    reason->setTabChangesFocus(true);
    label->setBuddy(reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, ask);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("consentOverrideOk"));
    ok->setText(tr("Save without consent"));
    ok->setEnabled(false);
    auto* layout = new QVBoxLayout(ask);
    layout->addWidget(label);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    // The reason is required: no saving on an empty one.
    connect(reason, &QPlainTextEdit::textChanged, ask,
            [reason, ok] { ok->setEnabled(!reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, ask, [this, ask, reason, referral] {
        const QString reasonText = reason->toPlainText().trimmed();
        if (reasonText.isEmpty()) {
            return;
        }
        ask->accept();
        saveWithOverride(referral, reasonText);
    });
    connect(buttons, &QDialogButtonBox::rejected, ask, [this, ask] {
        ask->reject();
        showError(tr("Not saved: there is no valid consent."));
    });
    ScreenFit::resize(ask, QSize(440, ask->sizeHint().height()));
    ask->open();
    reason->setFocus();
}

void ReferralDialog::saveWithOverride(Referral referral, const QString& reason)
{
    referral.consentOverride = reason;
    const Result<qint64> result = m_workspace.referrals().create(referral, m_staffId);
    if (!result.ok()) {
        showError(result.message());
        return;
    }
    m_savedId = referral.id != 0 ? referral.id : *result;
    QDialog::accept();
}

} // namespace lotsen
