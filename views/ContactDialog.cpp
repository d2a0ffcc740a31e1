#include "ContactDialog.h"

#include "CentreSettings.h"
#include "Clock.h"
#include "ContactRepository.h"
#include "OptionalDateEdit.h"
#include "StaffRepository.h"
#include "Vocabulary.h"
#include "Workspace.h"
#include "YouthRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace lotsen {

namespace {
qint64 s_defaultStaffId = 0;
} // namespace

void ContactDialog::setDefaultStaffId(qint64 staffId)
{
    s_defaultStaffId = staffId;
}

qint64 ContactDialog::defaultStaffId()
{
    return s_defaultStaffId;
}

ContactDialog::ContactDialog(Workspace& workspace, qint64 youthId, Mode mode, const Contact& existing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId), m_mode(mode), m_existing(existing)
{
    const std::optional<Youth> youth = workspace.youths().load(youthId);
    const QString name = youth ? youth->fullName() : QString();
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
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("contactStaff"));
    m_staff->addItem(tr("Not stated"), QVariant::fromValue<qint64>(0));
    const QList<Staff> staff = workspace.staff().all();
    for (const Staff& member : staff) {
        if (member.active || member.id == existing.staffId) {
            m_staff->addItem(member.name, QVariant::fromValue(member.id));
        }
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said or agreed (optional)"));
    m_nextPlanned = new OptionalDateEdit(this);
    m_nextPlanned->setObjectName(QStringLiteral("contactNextPlanned"));
    m_nextPlanned->setToolTip(tr("Lotsen reminds you on the Today page when this date comes without a contact."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();

    // Sensible defaults: now, a meeting with the youth, logged by this PC's mentor or the youth's own.
    const bool fromExisting = mode != Mode::New;
    // A correction usually fixes what was written, not when: it starts from the original's time.
    m_when->setDateTime(fromExisting ? existing.occurredAt : Clock::now());
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(existing.kind)));
    m_with->setCurrentIndex(m_with->findData(static_cast<int>(existing.withWhom)));
    qint64 staffId = existing.staffId;
    if (!fromExisting && staffId == 0) {
        staffId = s_defaultStaffId != 0 ? s_defaultStaffId : (youth ? youth->mentorId : 0);
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(QVariant::fromValue(staffId))));
    if (fromExisting) {
        m_note->setPlainText(existing.note);
        m_nextPlanned->setOptionalDate(existing.nextPlanned);
    }

    auto* form = new QFormLayout(this);
    if (mode == Mode::Correction) {
        auto* explanation
            = new QLabel(tr("The original entry stays in the timeline; this correction refers to it."), this);
        explanation->setWordWrap(true);
        form->addRow(explanation);
    }
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("With &whom:"), m_with);
    form->addRow(tr("&Staff:"), m_staff);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Next planned contact:"), m_nextPlanned);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("contactSave"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter saves from anywhere, the note included.
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &ContactDialog::accept);
    m_kind->setFocus();
    resize(480, sizeHint().height());
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
    return contact;
}

void ContactDialog::accept()
{
    Contact entry = contact();
    ContactRepository::Result result;
    switch (m_mode) {
    case Mode::New:
        result = m_workspace.contacts().log(entry);
        break;
    case Mode::Edit:
        result = m_workspace.contacts().edit(entry, s_defaultStaffId, m_workspace.centre().contactEditHours());
        break;
    case Mode::Correction:
        result = m_workspace.contacts().correct(m_existing.id, entry);
        break;
    }
    if (!result.ok) {
        m_error->setText(result.message);
        m_error->show();
        return;
    }
    m_savedId = result.id;
    QDialog::accept();
}

} // namespace lotsen
