#include "contacts/ContactDialog.h"

#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "consent/ConsentDialog.h"
#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "shell/ReadCheck.h"
#include "shell/ScreenFit.h"
#include "youth/YouthRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace lotsen {

ContactDialog::ContactDialog(Workspace& workspace, qint64 youthId, Mode mode, const Contact& existing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId), m_mode(mode), m_existing(existing)
{
    // A read that fails leaves the dialog open with the reason shown and Save disabled.
    ReadCheck reads;
    const Youth youth = reads.take(workspace.youths().load(youthId)).value_or(Youth());
    const QString name = youth.fullName();
    switch (mode) {
    case Mode::New:
        setWindowTitle(tr("Log contact – %1").arg(name));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Change entry – %1").arg(name));
        break;
    case Mode::Correction:
        setWindowTitle(tr("Correct entry – %1").arg(name));
        break;
    }

    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("contactWhen"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(Clock::now().addSecs(600));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("contactKind"));
    for (ContactKind kind : Vocabulary::contactKinds()) {
        m_kind->addItem(Vocabulary::label(kind), static_cast<int>(kind));
    }
    m_with = new QComboBox(this);
    m_with->setObjectName(QStringLiteral("contactWith"));
    for (ContactWith with : Vocabulary::contactWiths()) {
        m_with->addItem(Vocabulary::label(with), static_cast<int>(with));
    }
    m_relative = new QComboBox(this);
    m_relative->setObjectName(QStringLiteral("contactRelative"));
    m_relative->addItem(tr("Not named"), QVariant::fromValue<qint64>(0));
    const QList<NetworkPerson> network = reads.take(workspace.network().persons(youthId));
    for (const NetworkPerson& person : network) {
        m_relative->addItem(tr("%1 (%2)").arg(person.name, Vocabulary::label(person.relation)),
                            QVariant::fromValue(person.id));
    }
    m_consentInfo = new QLabel(this);
    m_consentInfo->setObjectName(QStringLiteral("contactConsent"));
    m_consentInfo->setWordWrap(true);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("contactStaff"));
    reads.add(StaffChoice::fill(m_staff, workspace.staff().all(), tr("Not stated"), existing.staffId));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said or agreed (optional)"));
    m_nextPlanned = new OptionalDateEdit(this);
    m_nextPlanned->setObjectName(QStringLiteral("contactNextPlanned"));
    m_nextPlanned->setToolTip(tr("Lotsen reminds you on the Today page when this date comes without a contact."));
    m_error = new ErrorLabel(QStringLiteral("contactError"), this);

    // Sensible defaults: now, a meeting with the youth, had by the logged-in person (who may name a colleague
    // instead, e.g. for a call someone else made). Who registered the entry is not a field: it is always the
    // logged-in account.
    const bool fromExisting = mode != Mode::New;
    // A correction usually fixes what was written, not when: it starts from the original's time.
    m_when->setDateTime(fromExisting ? existing.occurredAt : Clock::now());
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(existing.kind)));
    m_with->setCurrentIndex(m_with->findData(static_cast<int>(existing.withWhom)));
    m_relative->setCurrentIndex(std::max(0, m_relative->findData(QVariant::fromValue(existing.networkPersonId))));
    qint64 staffId = existing.staffId;
    if (!fromExisting && staffId == 0) {
        staffId = workspace.session().staffId();
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(QVariant::fromValue(staffId))));
    if (fromExisting) {
        m_note->setPlainText(existing.note);
        m_nextPlanned->setOptionalDate(existing.nextPlanned);
    }

    auto* form = new QFormLayout(this);
    m_form = form;
    if (mode == Mode::Correction) {
        auto* explanation
            = new QLabel(tr("The original entry stays in the timeline; this correction refers to it."), this);
        explanation->setWordWrap(true);
        form->addRow(explanation);
    }
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("With &whom:"), m_with);
    form->addRow(tr("&Relative:"), m_relative);
    form->addRow(QString(), m_consentInfo);
    form->addRow(tr("&Staff:"), m_staff);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Next planned contact:"), m_nextPlanned);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("contactSave"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    reads.report(m_error, buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter saves from anywhere, the note included.
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &ContactDialog::accept);
    // Another relative, another day or another kind of contact may need another consent.
    const auto relativeChanged = [this] {
        m_override.clear();
        updateRelativeRows();
    };
    connect(m_with, &QComboBox::currentIndexChanged, this, relativeChanged);
    connect(m_relative, &QComboBox::currentIndexChanged, this, relativeChanged);
    connect(m_when, &QDateTimeEdit::dateChanged, this, &ContactDialog::updateRelativeRows);
    updateRelativeRows();
    m_kind->setFocus();
    ScreenFit::resize(this, QSize(480, sizeHint().height()));
}

void ContactDialog::updateRelativeRows()
{
    const bool relative = static_cast<ContactWith>(m_with->currentData().toInt()) == ContactWith::Relative;
    m_form->setRowVisible(m_relative, relative);
    m_form->setRowVisible(m_consentInfo, relative);
    if (!relative) {
        return;
    }
    QString text;
    QString colour = QStringLiteral("#2e7d32");
    // The reason just given, or the one the entry being changed or corrected was saved with.
    const QString override = contact().consentOverride;
    if (!override.isEmpty()) {
        text = tr("Without consent. Reason: %1").arg(override);
        colour = QStringLiteral("#b04a00");
    } else {
        ConsentNeed need;
        need.scope = ConsentScope::Relatives;
        need.networkPersonId = m_relative->currentData().toLongLong();
        const Result<std::optional<Consent>> found
            = m_workspace.consents().findValid(m_youthId, need, m_when->dateTime().date());
        const std::optional<Consent> consent = found.valueOr(std::nullopt);
        if (!found.ok()) {
            text = found.message();
            colour = QStringLiteral("#b04a00");
        } else if (consent) {
            text = consent->networkPersonId != 0
                ? tr("Consent given on %1 for contact with %2.")
                      .arg(consent->givenOn.toString(Qt::ISODate), consent->networkPersonName)
                : tr("Consent given on %1 for contact with relatives.").arg(consent->givenOn.toString(Qt::ISODate));
        } else {
            text = ConsentRules::missingText(need) + u' ' + tr("You will be asked what to do when you save.");
            colour = QStringLiteral("#b04a00");
        }
    }
    m_consentInfo->setText(text);
    m_consentInfo->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

Contact ContactDialog::contact() const
{
    Contact contact = m_mode == Mode::Edit ? m_existing : Contact();
    contact.youthId = m_youthId;
    contact.occurredAt = m_when->dateTime();
    contact.kind = static_cast<ContactKind>(m_kind->currentData().toInt());
    contact.withWhom = static_cast<ContactWith>(m_with->currentData().toInt());
    contact.staffId = m_staff->currentData().toLongLong();
    contact.note = m_note->toPlainText().trimmed();
    contact.nextPlanned = m_nextPlanned->optionalDate();
    if (contact.withWhom == ContactWith::Relative) {
        contact.networkPersonId = m_relative->currentData().toLongLong();
        // The same relative as before keeps what the entry relied on; anything else is checked afresh.
        const bool sameRelative = m_mode != Mode::New && m_existing.withWhom == ContactWith::Relative
            && m_existing.networkPersonId == contact.networkPersonId;
        contact.consentId = sameRelative && m_mode == Mode::Edit ? m_existing.consentId : 0;
        contact.consentOverride = !m_override.isEmpty() ? m_override
            : sameRelative                              ? m_existing.consentOverride
                                                        : QString();
    } else {
        contact.networkPersonId = 0;
        contact.consentId = 0;
        contact.consentOverride.clear();
    }
    return contact;
}

void ContactDialog::accept()
{
    Contact entry = contact();
    Result<qint64> result = Error(); // every mode assigns it below
    switch (m_mode) {
    case Mode::New:
        result = m_workspace.contacts().log(entry);
        break;
    case Mode::Edit:
        result = m_workspace.contacts().edit(entry, m_workspace.centre().contactEditHours());
        break;
    case Mode::Correction:
        result = m_workspace.contacts().correct(m_existing.id, entry);
        break;
    }
    if (ConsentRules::isMissing(result.error())) {
        askAboutConsent(entry);
        return;
    }
    if (!result.ok()) {
        m_error->setText(result.message());
        m_error->show();
        return;
    }
    m_savedId = *result;
    QDialog::accept();
}

void ContactDialog::askAboutConsent(const Contact& entry)
{
    ConsentNeed need;
    need.scope = ConsentScope::Relatives;
    need.networkPersonId = entry.networkPersonId;
    const QString missing = ConsentRules::missingText(need);
    const QString text = missing + QStringLiteral("\n\n")
        + tr("Record the youth's consent now, or continue without consent and write down why. Cancel goes back "
             "to the contact; nothing is saved.");
    const auto answer
        = MessageBox::question(this, tr("No valid consent"), text,
                               QMessageBox::Yes | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Yes,
                               { { QMessageBox::Yes, tr("&Record consent now…") },
                                 { QMessageBox::Ignore, tr("Continue &without consent…") } });
    switch (answer) {
    case QMessageBox::Yes:
        recordConsentNow(entry);
        break;
    case QMessageBox::Ignore:
        askOverrideReason();
        break;
    default:
        m_error->setText(missing + u' ' + tr("The contact is not saved yet."));
        m_error->show();
        break;
    }
}

void ContactDialog::recordConsentNow(const Contact& entry)
{
    Consent preset;
    preset.scope = ConsentScope::Relatives;
    preset.networkPersonId = entry.networkPersonId;
    // Given on the day of the contact, so that it covers it; the user may change it.
    preset.givenOn = entry.occurredAt.date();
    preset.staffId = entry.staffId;
    auto* dialog = new ConsentDialog(m_workspace, m_youthId, preset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // With the consent recorded, try the save again: it now finds the consent.
    connect(dialog, &QDialog::accepted, this, [this] {
        updateRelativeRows();
        accept();
    });
    dialog->open();
}

void ContactDialog::askOverrideReason()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("consentOverrideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Continue without consent"));
    dialog->setLabelText(tr("The contact is saved without consent, with your reason. The reason is kept with the "
                            "entry and shown in the timeline.\nWhy is contact needed without the youth's consent?"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Save without consent"));
    // The reason is the point: saving stays impossible until one is written.
    const auto requireText = [dialog](const QString& text) {
        if (auto* buttons = dialog->findChild<QDialogButtonBox*>()) {
            if (QPushButton* ok = buttons->button(QDialogButtonBox::Ok)) {
                ok->setEnabled(!text.trimmed().isEmpty());
            }
        }
    };
    connect(dialog, &QInputDialog::textValueChanged, dialog, requireText);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        if (reason.trimmed().isEmpty()) {
            return;
        }
        m_override = reason.trimmed();
        updateRelativeRows();
        accept();
    });
    dialog->open();
    requireText(QString());
}

} // namespace lotsen
