#include "youth/PersonalDataForm.h"

#include "access/AccessDetail.h"
#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "core/Clock.h"
#include "core/TextLimits.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "youth/PersonalNumber.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lotsen {

namespace {

void setInvalid(QWidget* widget, bool invalid)
{
    // A red frame beside the message, so the field is found without reading the whole form.
    widget->setStyleSheet(invalid ? ErrorLabel::fieldStyle() : QString());
}

template<typename T> void selectData(QComboBox* combo, const T& value)
{
    const int index = combo->findData(static_cast<int>(value));
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PersonalDataForm::PersonalDataForm(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    buildUi();
    connect(&m_workspace.staff(), &StaffRepository::changed, this, [this] {
        const bool wasFilling = m_filling;
        m_filling = true;
        fillMentors(m_mentor->currentData().toLongLong());
        m_filling = wasFilling;
    });
    connect(&m_workspace.youths(), &YouthRepository::youthSaved, this, &PersonalDataForm::followSavedElsewhere);
    load(0);
}

void PersonalDataForm::buildUi()
{
    m_firstName = new QLineEdit(this);
    m_firstName->setMaxLength(TextLimits::Name);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(this);
    m_lastName->setMaxLength(TextLimits::Name);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_personalNumber = new QLineEdit(this);
    m_personalNumber->setObjectName(QStringLiteral("personalNumber"));
    m_personalNumber->setPlaceholderText(tr("YYYYMMDD-NNNN (optional)"));
    m_personalNumber->setMaxLength(20);
    m_personalNumberError = new QLabel(this);
    m_personalNumberError->setObjectName(QStringLiteral("personalNumberError"));
    m_personalNumberError->setWordWrap(true);
    m_personalNumberError->setStyleSheet(ErrorLabel::textStyle());
    m_personalNumberError->hide();
    m_birthDate = new OptionalDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setToolTip(tr("Filled in from the personal number. Without a number, enter it here."));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    for (Gender gender : Vocabulary::genders()) {
        m_gender->addItem(Vocabulary::label(gender), static_cast<int>(gender));
    }
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(TextLimits::Short);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email = new QLineEdit(this);
    m_email->setMaxLength(TextLimits::Email);
    m_email->setObjectName(QStringLiteral("email"));
    m_address = new QLineEdit(this);
    m_address->setMaxLength(TextLimits::Address);
    m_address->setObjectName(QStringLiteral("address"));
    m_postalCode = new QLineEdit(this);
    m_postalCode->setMaxLength(TextLimits::Short);
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_postalCode->setMaxLength(10);
    m_postalTown = new QLineEdit(this);
    m_postalTown->setMaxLength(TextLimits::Name);
    m_postalTown->setObjectName(QStringLiteral("postalTown"));
    m_postalTown->setMaxLength(60);
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (YouthStatus status : Vocabulary::statuses()) {
        m_status->addItem(Vocabulary::label(status), static_cast<int>(status));
    }
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentor"));
    m_startDate = new OptionalDateEdit(this);
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_pauseUntil = new OptionalDateEdit(this);
    m_pauseUntil->setObjectName(QStringLiteral("pauseUntil"));
    m_pauseUntil->setToolTip(tr("The day the pause ends. From then on the youth is on the Today list until the "
                                "status is changed."));
    m_referralSource = new QComboBox(this);
    m_referralSource->setObjectName(QStringLiteral("referralSource"));
    for (ReferralSource source : Vocabulary::referralSources()) {
        m_referralSource->addItem(Vocabulary::label(source), static_cast<int>(source));
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);

    auto* person = new QGroupBox(tr("Person"), this);
    auto* personLayout = new QFormLayout(person);
    personLayout->addRow(tr("F&irst name:"), m_firstName);
    personLayout->addRow(tr("&Last name:"), m_lastName);
    personLayout->addRow(tr("&Personal number:"), m_personalNumber);
    personLayout->addRow(QString(), m_personalNumberError);
    personLayout->addRow(tr("&Birth date:"), m_birthDate);
    personLayout->addRow(tr("Ge&nder:"), m_gender);

    auto* contact = new QGroupBox(tr("Contact details"), this);
    auto* contactLayout = new QFormLayout(contact);
    contactLayout->addRow(tr("Ph&one:"), m_phone);
    contactLayout->addRow(tr("E-mail:"), m_email);
    contactLayout->addRow(tr("&Address:"), m_address);
    contactLayout->addRow(tr("Postal &code:"), m_postalCode);
    contactLayout->addRow(tr("Postal town:"), m_postalTown);
    contactLayout->addRow(tr("Municipalit&y:"), m_municipality);

    auto* participation = new QGroupBox(tr("Participation"), this);
    auto* participationLayout = new QFormLayout(participation);
    m_participation = participationLayout;
    m_exitButton = new QPushButton(tr("E&xit…"), this);
    m_exitButton->setObjectName(QStringLiteral("formExitButton"));
    m_exitButton->setToolTip(tr("End the participation: date, reason and situation at exit"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_exitButton);
    participationLayout->addRow(tr("&Status:"), statusRow);
    participationLayout->addRow(tr("&Mentor:"), m_mentor);
    participationLayout->addRow(tr("Star&t date:"), m_startDate);
    participationLayout->addRow(tr("Paused &until:"), m_pauseUntil);
    participationLayout->addRow(tr("&Referred by:"), m_referralSource);

    auto* groups = new QGroupBox(tr("Target groups"), this);
    auto* groupsLayout = new QVBoxLayout(groups);
    for (TargetGroup group : Vocabulary::targetGroups()) {
        auto* box = new QCheckBox(Vocabulary::label(group), groups);
        box->setObjectName(QStringLiteral("targetGroup_") + Vocabulary::code(group));
        groupsLayout->addWidget(box);
        m_targetGroups.insert(group, box);
        connect(box, &QCheckBox::toggled, this, &PersonalDataForm::updateState);
    }

    auto* noteBox = new QGroupBox(tr("Note"), this);
    auto* noteLayout = new QVBoxLayout(noteBox);
    noteLayout->addWidget(m_note);

    auto* grid = new QGridLayout;
    grid->addWidget(person, 0, 0);
    grid->addWidget(contact, 1, 0);
    grid->addWidget(participation, 0, 1);
    grid->addWidget(groups, 1, 1);
    grid->addWidget(noteBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_formError = new ErrorLabel(QStringLiteral("formError"), this);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(tr("&Undo changes"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Discard the changes since the last save"));
    m_deleteButton = new QPushButton(tr("&Delete youth…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Only for prospects without history; others are exited instead"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_formError);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &PersonalDataForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PersonalDataForm::revert);
    connect(m_deleteButton, &QPushButton::clicked, this, &PersonalDataForm::requestDelete);
    connect(m_exitButton, &QPushButton::clicked, this, &PersonalDataForm::exitRequested);
    // An exit, a re-enrolment or a reopening changes the status, the start date and the mentor: shown at once,
    // unless the user is in the middle of an edit (then the save says what changed).
    connect(&m_workspace.enrolments(), &EnrolmentRepository::changed, this, [this](qint64 id) {
        if (id != 0 && id == m_loaded.id && !isDirty()) {
            load(id);
        }
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && isAncestorOf(now) && !qobject_cast<QAbstractButton*>(now)) {
            m_lastField = now;
        }
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &PersonalDataForm::save);

    for (QLineEdit* edit :
         { m_firstName, m_lastName, m_personalNumber, m_phone, m_email, m_address, m_postalCode, m_postalTown }) {
        connect(edit, &QLineEdit::textChanged, this, &PersonalDataForm::updateState);
        connect(edit, &QLineEdit::returnPressed, this, &PersonalDataForm::save);
    }
    connect(m_personalNumber, &QLineEdit::textChanged, this, &PersonalDataForm::onPersonalNumberEdited);
    for (QComboBox* combo : { m_gender, m_status, m_mentor, m_referralSource }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PersonalDataForm::updateState);
    }
    connect(m_municipality, &QComboBox::currentTextChanged, this, &PersonalDataForm::updateState);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &PersonalDataForm::updateState);
    connect(m_startDate, &QDateEdit::dateChanged, this, &PersonalDataForm::updateState);
    connect(m_pauseUntil, &QDateEdit::dateChanged, this, &PersonalDataForm::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &PersonalDataForm::updateState);
}

void PersonalDataForm::fillMentors(qint64 selectedId)
{
    // An inactive mentor stays visible only for the youths who still have them.
    m_mentorsRead = StaffChoice::fill(m_mentor, m_workspace.staff().all(), tr("No mentor yet"), selectedId);
    const int index = m_mentor->findData(QVariant::fromValue(selectedId));
    m_mentor->setCurrentIndex(index < 0 ? 0 : index);
}

void PersonalDataForm::fillMunicipalities()
{
    const QString current = m_municipality->currentText();
    m_municipality->clear();
    m_municipality->addItem(QString());
    // A failed read is logged by the repository; the list then offers no suggestions, and typing still works.
    m_municipality->addItems(m_workspace.youths().municipalities().valueOr({}));
    m_municipality->setCurrentText(current);
}

void PersonalDataForm::load(qint64 youthId)
{
    Youth youth;
    m_youthRead = success();
    if (youthId != 0) {
        Result<std::optional<Youth>> found = m_workspace.youths().load(youthId);
        if (!found.ok()) {
            m_youthRead = found.error();
        } else if (found.value()) {
            youth = *std::move(found).value();
        }
    } else {
        // A new youth usually starts as a prospect in contact from today.
        youth.startDate = Clock::today();
    }
    m_loaded = youth;
    showYouth(youth);
    if (!m_youthRead) {
        showError(YouthRepository::Field::None, m_youthRead.message());
    }
}

void PersonalDataForm::showYouth(const Youth& youth)
{
    m_filling = true;
    clearErrors();
    fillMunicipalities();
    fillMentors(youth.mentorId);
    m_firstName->setText(youth.firstName);
    m_lastName->setText(youth.lastName);
    m_personalNumber->setText(PersonalNumber::fromStored(youth.personalNumber).display());
    m_birthDate->setOptionalDate(youth.birthDate);
    m_birthDate->setEnabled(youth.personalNumber.isEmpty());
    selectData(m_gender, youth.gender);
    m_phone->setText(youth.phone);
    m_email->setText(youth.email);
    m_address->setText(youth.address);
    m_postalCode->setText(youth.postalCode);
    m_postalTown->setText(youth.postalTown);
    m_municipality->setCurrentText(youth.municipality);
    selectData(m_status, youth.status);
    // Exited is reached only through Exit…, and left only by re-enrolment or a reopened exit; a participant does
    // not become a prospect again. The choices that would be refused are not offered.
    if (auto* statuses = qobject_cast<QStandardItemModel*>(m_status->model())) {
        const bool participant = youth.status == YouthStatus::Active || youth.status == YouthStatus::Paused;
        for (int row = 0; row < statuses->rowCount(); ++row) {
            const auto status = static_cast<YouthStatus>(statuses->item(row)->data(Qt::UserRole).toInt());
            statuses->item(row)->setEnabled(
                status == youth.status
                || (status != YouthStatus::Exited && !(participant && status == YouthStatus::Prospect)));
        }
    }
    const bool exited = youth.status == YouthStatus::Exited;
    m_status->setEnabled(!exited);
    m_status->setToolTip(exited ? tr("Exited. Re-enrol on the \"Enrolment and exit\" tab to start a new period.")
                                : tr("Exited is set with Exit…, which records the date, reason and situation."));
    m_startDate->setOptionalDate(youth.startDate);
    m_pauseUntil->setOptionalDate(youth.pauseUntil);
    selectData(m_referralSource, youth.referralSource);
    for (auto it = m_targetGroups.cbegin(); it != m_targetGroups.cend(); ++it) {
        it.value()->setChecked(youth.targetGroups.contains(it.key()));
    }
    m_note->setPlainText(youth.note);
    // The data layer left the note out: say why instead of showing an empty field that looks writable.
    m_note->setReadOnly(youth.noteHidden);
    m_note->setPlaceholderText(
        youth.noteHidden ? tr("The note is shown only to the youth's mentor, coordinators, administrators and staff "
                              "with wider access.")
                         : QString());
    m_deleteButton->setVisible(youth.id != 0);
    m_filling = false;
    updateState();
}

Youth PersonalDataForm::currentYouth(QString* numberError) const
{
    Youth youth = m_loaded;
    youth.firstName = m_firstName->text();
    youth.lastName = m_lastName->text();
    youth.personalNumber.clear();
    youth.birthDate = m_birthDate->optionalDate();
    const QString numberText = m_personalNumber->text().trimmed();
    if (!numberText.isEmpty()) {
        const PersonalNumber number = PersonalNumber::parse(numberText, Clock::today());
        if (number.isValid()) {
            youth.personalNumber = number.twelveDigits();
            youth.birthDate = number.birthDate();
        } else {
            youth.personalNumber = numberText; // keeps the form "dirty" compared with the saved value
            if (numberError) {
                *numberError = number.errorMessage();
            }
        }
    }
    youth.gender = static_cast<Gender>(m_gender->currentData().toInt());
    youth.phone = m_phone->text();
    youth.email = m_email->text();
    youth.address = m_address->text();
    youth.postalCode = m_postalCode->text();
    youth.postalTown = m_postalTown->text();
    youth.municipality = m_municipality->currentText();
    youth.status = static_cast<YouthStatus>(m_status->currentData().toInt());
    youth.mentorId = m_mentor->currentData().toLongLong();
    youth.startDate = m_startDate->optionalDate();
    // The pause end date is kept only for a paused youth, as the repository does.
    youth.pauseUntil = youth.status == YouthStatus::Paused ? m_pauseUntil->optionalDate() : QDate();
    youth.referralSource = static_cast<ReferralSource>(m_referralSource->currentData().toInt());
    youth.targetGroups.clear();
    for (auto it = m_targetGroups.cbegin(); it != m_targetGroups.cend(); ++it) {
        if (it.value()->isChecked()) {
            youth.targetGroups.append(it.key());
        }
    }
    youth.note = m_note->toPlainText();
    return youth;
}

void PersonalDataForm::focusFirstField()
{
    m_firstName->setFocus(Qt::OtherFocusReason);
}

bool PersonalDataForm::isDirty() const
{
    return !(currentYouth() == m_loaded);
}

void PersonalDataForm::onPersonalNumberEdited()
{
    if (m_filling) {
        return;
    }
    const QString text = m_personalNumber->text().trimmed();
    const PersonalNumber number = PersonalNumber::parse(text, Clock::today());
    m_birthDate->setEnabled(text.isEmpty());
    if (number.isValid()) {
        m_birthDate->setOptionalDate(number.birthDate());
        m_personalNumberError->hide();
        setInvalid(m_personalNumber, false);
    } else if (!text.isEmpty()) {
        m_birthDate->clear();
    }
}

void PersonalDataForm::updateState()
{
    m_participation->setRowVisible(m_pauseUntil,
                                   static_cast<YouthStatus>(m_status->currentData().toInt()) == YouthStatus::Paused);
    if (m_filling) {
        return;
    }
    const bool dirty = isDirty();
    m_exitButton->setEnabled(!dirty && m_loaded.id != 0
                             && (m_loaded.status == YouthStatus::Active || m_loaded.status == YouthStatus::Paused));
    m_exitButton->setToolTip(dirty ? tr("Save or undo your changes first")
                                   : tr("End the participation: date, reason and situation at exit"));
    m_saveButton->setEnabled(dirty || m_loaded.id == 0);
    m_revertButton->setEnabled(dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void PersonalDataForm::clearErrors()
{
    m_personalNumberError->hide();
    m_formError->hide();
    for (QWidget* widget : std::initializer_list<QWidget*> { m_firstName, m_lastName, m_personalNumber, m_birthDate,
                                                             m_email, m_mentor }) {
        setInvalid(widget, false);
    }
}

void PersonalDataForm::showError(YouthRepository::Field field, const QString& message)
{
    QWidget* target = nullptr;
    switch (field) {
    case YouthRepository::Field::FirstName:
        target = m_firstName;
        break;
    case YouthRepository::Field::LastName:
        target = m_lastName;
        break;
    case YouthRepository::Field::PersonalNumber:
        target = m_personalNumber;
        break;
    case YouthRepository::Field::BirthDate:
        target = m_birthDate;
        break;
    case YouthRepository::Field::Email:
        target = m_email;
        break;
    case YouthRepository::Field::Mentor:
        target = m_mentor;
        break;
    case YouthRepository::Field::Phone:
        target = m_phone;
        break;
    case YouthRepository::Field::Address:
        target = m_address;
        break;
    case YouthRepository::Field::PostalCode:
        target = m_postalCode;
        break;
    case YouthRepository::Field::PostalTown:
        target = m_postalTown;
        break;
    case YouthRepository::Field::Municipality:
        target = m_municipality;
        break;
    case YouthRepository::Field::Note:
        target = m_note;
        break;
    case YouthRepository::Field::None:
        break;
    }
    if (field == YouthRepository::Field::PersonalNumber) {
        m_personalNumberError->setText(message);
        m_personalNumberError->show();
    }
    m_formError->setText(tr("Not saved: %1").arg(message));
    m_formError->show();
    if (target) {
        setInvalid(target, true);
        target->setFocus();
    }
}

bool PersonalDataForm::save()
{
    clearErrors();
    // The record could not be read: saving the empty form would register a new youth instead.
    if (!m_youthRead) {
        showError(YouthRepository::Field::None, m_youthRead.message());
        return false;
    }
    // The mentor list could not be read: saving would store "no mentor" over the real one.
    if (!m_mentorsRead) {
        showError(YouthRepository::Field::Mentor, m_mentorsRead.message());
        return false;
    }
    QString numberError;
    Youth youth = currentYouth(&numberError);
    if (!numberError.isEmpty()) {
        showError(YouthRepository::Field::PersonalNumber, numberError);
        return false;
    }
    // The save and its access-log entry commit together, or neither does.
    m_saving = true;
    const Result<void> result = m_workspace.session().loggedWrite(
        { AccessAction::ChangeYouth, youth.id, AccessDetail::encode(AccessDetail::Code::PersonalData) },
        [&](Session::LogEntry& entry) -> Result<void> {
            const Result<qint64> saved = m_workspace.youths().save(youth);
            if (!saved) {
                return saved.error();
            }
            entry.youthId = *saved;
            return success();
        });
    if (!result.ok()) {
        m_saving = false;
        if (result.field() == YouthRepository::conflictField()) {
            resolveConflict(youth, result.message());
            return false;
        }
        showError(YouthRepository::fieldOf(result.error()), result.message());
        return false;
    }
    m_saving = false;
    m_loaded = youth;
    // Save disables itself, and Qt would hand the keyboard to the next button (Delete youth…): it goes back to the
    // field the user was in instead.
    const QPointer<QWidget> focused = QApplication::focusWidget();
    showYouth(youth);
    emit saved(youth.id);
    if (focused && focused != m_saveButton && focused->isEnabled() && focused->isVisible()) {
        focused->setFocus(Qt::OtherFocusReason);
    } else if (m_lastField && m_lastField->isEnabled() && m_lastField->isVisible()) {
        m_lastField->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void PersonalDataForm::followSavedElsewhere(qint64 youthId)
{
    if (m_saving || youthId == 0 || youthId != m_loaded.id || isDirty()) {
        return;
    }
    const Result<std::optional<Youth>> stored = m_workspace.youths().load(youthId);
    if (stored.ok() && stored->has_value() && (*stored)->rowVersion != m_loaded.rowVersion) {
        m_loaded = **stored;
        showYouth(m_loaded);
    }
}

void PersonalDataForm::resolveConflict(const Youth& mine, const QString& message)
{
    const Result<std::optional<Youth>> stored = m_workspace.youths().load(mine.id);
    if (!stored.ok() || !stored->has_value()) {
        showError(YouthRepository::Field::None, stored.ok() ? message : stored.message());
        return;
    }
    const Youth& theirs = **stored;
    // Both values of every field the two differ in, so that nothing the user typed is lost from sight.
    const QList<std::tuple<QString, QString, QString>> fields = {
        { tr("First name"), theirs.firstName, mine.firstName },
        { tr("Last name"), theirs.lastName, mine.lastName },
        { tr("Personal number"), theirs.personalNumber, mine.personalNumber },
        { tr("Phone"), theirs.phone, mine.phone },
        { tr("Email"), theirs.email, mine.email },
        { tr("Address"), theirs.address, mine.address },
        { tr("Postal code"), theirs.postalCode, mine.postalCode },
        { tr("Town"), theirs.postalTown, mine.postalTown },
        { tr("Municipality"), theirs.municipality, mine.municipality },
        { tr("Note"), theirs.noteHidden ? mine.note : theirs.note, mine.note },
    };
    QStringList lines;
    for (const auto& [label, saved, typed] : fields) {
        if (saved != typed) {
            lines.append(tr("%1: saved “%2”, yours “%3”").arg(label, saved, typed));
        }
    }
    QString text = message;
    if (!lines.isEmpty()) {
        text += QStringLiteral("\n\n") + lines.join(u'\n');
    }
    text
        += QStringLiteral("\n\n") + tr("Show the saved data now? Then enter again what should still change, and save.");
    const auto answer = MessageBox::question(this, tr("Saved by someone else"), text,
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_loaded = theirs;
        showYouth(m_loaded);
        return;
    }
    // Kept as typed; a save stays refused until the saved data has been read.
    showError(YouthRepository::Field::None, message);
}

void PersonalDataForm::revert()
{
    showYouth(m_loaded);
}

void PersonalDataForm::requestDelete()
{
    if (m_loaded.id == 0) {
        return;
    }
    if (const Result<void> removable = m_workspace.youths().checkRemovable(m_loaded.id); !removable) {
        MessageBox::information(this, tr("Cannot delete"), removable.message());
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Delete youth"), tr("Delete %1 from the register? This cannot be undone.").arg(m_loaded.fullName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const qint64 id = m_loaded.id;
    if (const Result<void> removed = m_workspace.youths().remove(id); !removed) {
        MessageBox::warning(this, tr("Cannot delete"), removed.message());
        return;
    }
    m_loaded = Youth();
    m_lastDirty = false;
    emit deleted(id);
}

} // namespace lotsen
