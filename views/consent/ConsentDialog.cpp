#include "consent/ConsentDialog.h"

#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactDialog.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/PartnerRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/OptionalDateEdit.h"
#include "shell/ReadCheck.h"
#include "shell/ScreenFit.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lotsen {

ConsentDialog::ConsentDialog(Workspace& workspace, qint64 youthId, const Consent& preset, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId)
{
    // A read that fails leaves the dialog open with the reason shown and Save disabled.
    ReadCheck reads;
    m_youth = reads.take(workspace.youths().load(youthId)).value_or(Youth());
    m_network = reads.take(workspace.network().persons(youthId));
    setWindowTitle(tr("Record consent – %1").arg(m_youth.fullName()));
    const QDate today = Clock::today();

    auto* explanation = new QLabel(tr("Record a consent the youth has given. A consent is never deleted: when it is "
                                      "withdrawn, the date and a note are recorded and it stays in the list."),
                                   this);
    explanation->setWordWrap(true);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("consentScope"));
    for (ConsentScope scope : Vocabulary::consentScopes()) {
        m_scope->addItem(Vocabulary::label(scope), static_cast<int>(scope));
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(static_cast<int>(preset.scope))));

    m_relative = new QComboBox(this);
    m_relative->setObjectName(QStringLiteral("consentRelative"));
    m_relative->addItem(tr("All relatives"), QVariant::fromValue<qint64>(0));
    for (const NetworkPerson& person : std::as_const(m_network)) {
        m_relative->addItem(tr("%1 (%2)").arg(person.name, Vocabulary::label(person.relation)),
                            QVariant::fromValue(person.id));
    }
    m_relative->setCurrentIndex(std::max(0, m_relative->findData(QVariant::fromValue(preset.networkPersonId))));

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("consentPartner"));
    m_partner->addItem(tr("Choose an organisation"), QVariant::fromValue<qint64>(0));
    const QList<PartnerOrganisation> organisations = reads.take(workspace.partners().organisations(true));
    for (const PartnerOrganisation& organisation : organisations) {
        m_partner->addItem(organisation.name, QVariant::fromValue(organisation.id));
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(QVariant::fromValue(preset.partnerOrgId))));

    m_otherText = new QLineEdit(preset.otherText, this);
    m_otherText->setObjectName(QStringLiteral("consentOtherText"));
    m_otherText->setPlaceholderText(tr("What the consent covers"));

    m_givenOn = new QDateEdit(this);
    m_givenOn->setObjectName(QStringLiteral("consentGivenOn"));
    m_givenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setMaximumDate(today);
    m_givenOn->setDate(preset.givenOn.isValid() && preset.givenOn <= today ? preset.givenOn : today);

    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("consentForm"));
    for (ConsentForm form : Vocabulary::consentForms()) {
        m_form->addItem(Vocabulary::label(form), static_cast<int>(form));
    }
    m_form->setCurrentIndex(std::max(0, m_form->findData(static_cast<int>(preset.form))));
    m_witness = new QLineEdit(preset.witness, this);
    m_witness->setObjectName(QStringLiteral("consentWitness"));
    m_witness->setPlaceholderText(tr("Who heard the youth give it (required for a verbal consent)"));

    m_validUntil = new OptionalDateEdit(this);
    m_validUntil->setObjectName(QStringLiteral("consentValidUntil"));
    m_validUntil->setOptionalDate(preset.validUntil);
    m_validUntil->setToolTip(tr("Leave empty for a consent that holds until it is withdrawn."));

    m_givenBy = new QComboBox(this);
    m_givenBy->setObjectName(QStringLiteral("consentGivenBy"));
    m_givenBy->addItem(tr("The youth"), QVariant::fromValue<qint64>(0));
    for (const NetworkPerson& person : std::as_const(m_network)) {
        if (person.legalGuardian) {
            m_givenBy->addItem(tr("%1 (legal guardian)").arg(person.name), QVariant::fromValue(person.id));
        }
    }
    m_givenBy->setCurrentIndex(std::max(0, m_givenBy->findData(QVariant::fromValue(preset.guardianId))));
    m_givenBy->setToolTip(tr("For a youth under 18, a legal guardian's consent can be recorded as well. Legal "
                             "guardians are added in the network."));

    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("consentStaff"));
    reads.add(StaffChoice::fill(m_staff, workspace.staff().active(), tr("Not stated")));
    qint64 staffId = preset.staffId;
    if (staffId == 0) {
        staffId = m_workspace.session().staffId(); // the logged-in person, who may name a colleague
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(QVariant::fromValue(staffId))));

    m_error = new ErrorLabel(QStringLiteral("consentError"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("consentSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    reads.report(m_error, buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_layout = new QFormLayout(this);
    m_layout->addRow(explanation);
    m_layout->addRow(tr("&Consent to:"), m_scope);
    m_layout->addRow(tr("&Relative:"), m_relative);
    m_layout->addRow(tr("&Organisation:"), m_partner);
    m_layout->addRow(tr("&Describe:"), m_otherText);
    m_layout->addRow(tr("Given o&n:"), m_givenOn);
    m_layout->addRow(tr("&Written or verbal:"), m_form);
    m_layout->addRow(tr("Wi&tness:"), m_witness);
    m_layout->addRow(tr("&Valid until:"), m_validUntil);
    m_layout->addRow(tr("Given &by:"), m_givenBy);
    m_layout->addRow(tr("Staff memb&er:"), m_staff);
    m_layout->addRow(m_error);
    m_layout->addRow(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateRows);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateRows);
    connect(m_givenOn, &QDateEdit::dateChanged, this, &ConsentDialog::updateRows);
    updateRows();
    m_scope->setFocus();
    ScreenFit::resize(this, QSize(520, sizeHint().height()));
}

bool ConsentDialog::offersGuardians() const
{
    const int age = m_youth.ageOn(m_givenOn->date());
    return age >= 0 && age < 18;
}

void ConsentDialog::updateRows()
{
    const auto scope = static_cast<ConsentScope>(m_scope->currentData().toInt());
    m_layout->setRowVisible(m_relative, scope == ConsentScope::Relatives);
    m_layout->setRowVisible(m_partner, scope == ConsentScope::Partner);
    m_layout->setRowVisible(m_otherText, scope == ConsentScope::Other);
    const bool verbal = static_cast<ConsentForm>(m_form->currentData().toInt()) == ConsentForm::Verbal;
    m_layout->setRowVisible(m_witness, verbal);
    const bool guardians = offersGuardians();
    if (!guardians) {
        m_givenBy->setCurrentIndex(0);
    }
    m_layout->setRowVisible(m_givenBy, guardians);
    growToFit();
}

void ConsentDialog::growToFit()
{
    // Rows and the error come and go: grow with them rather than squeeze the explanation.
    if (isVisible()) {
        m_layout->activate();
        ScreenFit::resize(this, QSize(width(), std::max(height(), sizeHint().height())));
    }
}

Consent ConsentDialog::consent() const
{
    Consent consent;
    consent.youthId = m_youthId;
    consent.scope = static_cast<ConsentScope>(m_scope->currentData().toInt());
    if (consent.scope == ConsentScope::Relatives) {
        consent.networkPersonId = m_relative->currentData().toLongLong();
    } else if (consent.scope == ConsentScope::Partner) {
        consent.partnerOrgId = m_partner->currentData().toLongLong();
    } else if (consent.scope == ConsentScope::Other) {
        consent.otherText = m_otherText->text().trimmed();
    }
    consent.givenOn = m_givenOn->date();
    consent.form = static_cast<ConsentForm>(m_form->currentData().toInt());
    if (consent.form == ConsentForm::Verbal) {
        consent.witness = m_witness->text().trimmed();
    }
    consent.validUntil = m_validUntil->optionalDate();
    consent.guardianId = offersGuardians() ? m_givenBy->currentData().toLongLong() : 0;
    consent.staffId = m_staff->currentData().toLongLong();
    return consent;
}

void ConsentDialog::accept()
{
    Consent entry = consent();
    bool guardianIsLegalGuardian = entry.guardianId == 0;
    for (const NetworkPerson& person : std::as_const(m_network)) {
        if (person.id == entry.guardianId) {
            guardianIsLegalGuardian = person.legalGuardian;
        }
    }
    QString problem = ConsentRules::validate(entry, m_youth.birthDate, guardianIsLegalGuardian);
    if (problem.isEmpty()) {
        const Result<qint64> result = m_workspace.consents().record(entry);
        if (result.ok()) {
            m_savedId = entry.id != 0 ? entry.id : *result;
            QDialog::accept();
            return;
        }
        problem = result.message();
    }
    m_error->setText(problem);
    m_error->show();
    growToFit();
}

} // namespace lotsen
