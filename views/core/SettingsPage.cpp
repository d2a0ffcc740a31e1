#include "core/SettingsPage.h"

#include "access/AccountsWidget.h"
#include "access/Session.h"
#include "access/StaffRepository.h"
#include "core/AppSettings.h"
#include "core/CentreSettings.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRules.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lotsen {

namespace {

enum class Unit { Weeks, Days, Hours, Minutes };

// The unit after a count in its right form ("1 dag", "7 dagar"), from the translation's plural forms (English
// has its own plural-only catalogue, see EnglishPlurals).
QString unitAfter(Unit unit, int count)
{
    QString text;
    switch (unit) {
    case Unit::Weeks:
        text = QCoreApplication::translate("lotsen::SettingsPage", "%n week(s)", "a unit after a number", count);
        break;
    case Unit::Days:
        text = QCoreApplication::translate("lotsen::SettingsPage", "%n day(s)", "a unit after a number", count);
        break;
    case Unit::Hours:
        text = QCoreApplication::translate("lotsen::SettingsPage", "%n hour(s)", "a unit after a number", count);
        break;
    case Unit::Minutes:
        text = QCoreApplication::translate("lotsen::SettingsPage", "%n minute(s)", "a unit after a number", count);
        break;
    }
    // The spin box shows the number itself: keep " dagar" of "7 dagar".
    const qsizetype space = text.indexOf(u' ');
    return space < 0 ? text : text.mid(space);
}

// The spin box's unit follows its value.
void showUnit(QSpinBox* spin, Unit unit)
{
    const auto update = [spin, unit](int value) {
        spin->setSuffix(unitAfter(unit, value));
    };
    QObject::connect(spin, &QSpinBox::valueChanged, spin, update);
    update(spin->value());
}

} // namespace

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
} // namespace

SettingsPage::SettingsPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* mentorsBox = new QGroupBox(tr("Mentors"), this);
    auto* explanation = new QLabel(tr("Staff who can be a youth's mentor. A mentor who leaves is deactivated, "
                                      "not deleted, so that the history still shows who did what."),
                                   mentorsBox);
    explanation->setWordWrap(true);
    m_mentors = new QListWidget(mentorsBox);
    m_mentors->setObjectName(QStringLiteral("mentorList"));
    m_mentors->setAccessibleName(tr("Mentors"));
    m_newMentorName = new QLineEdit(mentorsBox);
    m_newMentorName->setObjectName(QStringLiteral("newMentorName"));
    m_newMentorName->setPlaceholderText(tr("Name of a new mentor"));
    m_addButton = new QPushButton(tr("&Add mentor"), mentorsBox);
    m_addButton->setObjectName(QStringLiteral("addMentorButton"));
    m_renameButton = new QPushButton(tr("&Rename…"), mentorsBox);
    m_activeButton = new QPushButton(tr("&Deactivate"), mentorsBox);
    m_activeButton->setObjectName(QStringLiteral("mentorActiveButton"));

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newMentorName, 1);
    addRow->addWidget(m_addButton);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_renameButton);
    listButtons->addWidget(m_activeButton);
    auto* mentorsLayout = new QVBoxLayout(mentorsBox);
    mentorsLayout->addWidget(explanation);
    mentorsLayout->addWidget(m_mentors, 1);
    mentorsLayout->addLayout(listButtons);
    mentorsLayout->addLayout(addRow);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the computer"), QString());
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int languageIndex = m_language->findData(AppSettings::instance()->value(AppSettings::Key::Language));
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    auto* languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("Language of Lotsen:"), m_language);
    auto* languageNote = new QLabel(tr("Takes effect the next time Lotsen starts."), languageBox);
    languageLayout->addRow(QString(), languageNote);

    auto* layout = new QVBoxLayout(this);
    QWidget* centreBox = buildCentreBox();
    layout->addWidget(centreBox);
    layout->addWidget(mentorsBox, 1);
    // The centre's settings and the mentor list are for administrators; others see them but cannot change them.
    const auto applyPermissions = [this, centreBox, mentorsBox] {
        const bool may = m_workspace.session().allows(Permission::ManageSettings);
        centreBox->setEnabled(may);
        mentorsBox->setEnabled(may);
    };
    applyPermissions();
    connect(&workspace.session(), &Session::accessChanged, this, applyPermissions);
    // Staff accounts: shown only to those who may manage them.
    layout->addWidget(new AccountsWidget(workspace, this), 1);
    layout->addWidget(languageBox);
    m_languageBox = languageBox;

    connect(m_addButton, &QPushButton::clicked, this, &SettingsPage::addMentor);
    connect(m_newMentorName, &QLineEdit::returnPressed, this, &SettingsPage::addMentor);
    connect(m_renameButton, &QPushButton::clicked, this, &SettingsPage::renameMentor);
    connect(m_activeButton, &QPushButton::clicked, this, &SettingsPage::toggleMentorActive);
    connect(m_mentors, &QListWidget::currentRowChanged, this, &SettingsPage::updateButtons);
    connect(m_mentors, &QListWidget::itemDoubleClicked, this, &SettingsPage::renameMentor);
    connect(&workspace.staff(), &StaffRepository::changed, this, &SettingsPage::fillMentors);
    connect(m_language, &QComboBox::activated, this,
            [this] { AppSettings::instance()->setValue(AppSettings::Key::Language, m_language->currentData()); });
    fillMentors();
    showCentreSettings();
}

QWidget* SettingsPage::buildCentreBox()
{
    auto* box = new QGroupBox(tr("The centre (shared by everyone using this database)"), this);
    m_centreName = new QLineEdit(box);
    m_centreName->setObjectName(QStringLiteral("centreName"));
    m_centreName->setPlaceholderText(tr("Shown at the top of printed plans"));
    m_logoPreview = new QLabel(box);
    m_logoPreview->setFixedSize(56, 56);
    m_logoPreview->setScaledContents(false);
    auto* chooseLogo = new QPushButton(tr("Choose logo…"), box);
    m_resetLogo = new QPushButton(tr("Use Lotsen's logo"), box);
    m_reviewWeeks = new QSpinBox(box);
    m_reviewWeeks->setObjectName(QStringLiteral("reviewWeeks"));
    m_reviewWeeks->setRange(1, 26);
    showUnit(m_reviewWeeks, Unit::Weeks);
    // The Today list's thresholds and the timeline's edit window, shared by every PC on this database.
    m_activeDays = new QSpinBox(box);
    m_activeDays->setObjectName(QStringLiteral("activeNoContactDays"));
    m_activeDays->setRange(1, 365);
    showUnit(m_activeDays, Unit::Days);
    m_activeDays->setToolTip(tr("An active youth without contact for longer than this appears on the Today list."));
    m_prospectDays = new QSpinBox(box);
    m_prospectDays->setObjectName(QStringLiteral("prospectNoContactDays"));
    m_prospectDays->setRange(1, 365);
    showUnit(m_prospectDays, Unit::Days);
    m_prospectDays->setToolTip(tr("A prospect in outreach without contact for longer than this appears on the "
                                  "Today list."));
    m_referralDays = new QSpinBox(box);
    m_referralDays->setObjectName(QStringLiteral("referralNoAnswerDays"));
    m_referralDays->setRange(1, 365);
    showUnit(m_referralDays, Unit::Days);
    m_referralDays->setToolTip(tr("A referral to a partner still without an answer after this many days appears "
                                  "on the Today list."));
    m_editHours = new QSpinBox(box);
    m_editHours->setObjectName(QStringLiteral("contactEditHours"));
    m_editHours->setRange(1, 24 * 14);
    showUnit(m_editHours, Unit::Hours);
    m_editHours->setToolTip(tr("For this long after it was written, anyone may change a timeline entry; later "
                               "only its author, and others write a correction."));

    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_resetLogo);
    logoRow->addStretch(1);
    auto* layout = new QFormLayout(box);
    layout->addRow(tr("Centre name:"), m_centreName);
    layout->addRow(tr("Logo on printouts:"), logoRow);
    layout->addRow(tr("Next plan review after:"), m_reviewWeeks);
    layout->addRow(tr("Today: active youth without contact for more than:"), m_activeDays);
    layout->addRow(tr("Today: prospect without contact for more than:"), m_prospectDays);
    layout->addRow(tr("Today: referral without an answer after:"), m_referralDays);
    m_consentDays = new QSpinBox(box);
    m_consentDays->setObjectName(QStringLiteral("consentExpiryDays"));
    m_consentDays->setRange(1, 365);
    showUnit(m_consentDays, Unit::Days);
    m_consentDays->setToolTip(tr("A consent that ends within this many days appears on the Today list."));
    layout->addRow(tr("Today: consent that ends within:"), m_consentDays);
    layout->addRow(tr("Timeline entries can be changed by anyone for:"), m_editHours);
    m_autoLock = new QSpinBox(box);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(1, 240);
    showUnit(m_autoLock, Unit::Minutes);
    m_autoLock->setToolTip(tr("After this long without input Lotsen hides all personal data until the password is "
                              "given again."));
    layout->addRow(tr("Lock Lotsen after no input for:"), m_autoLock);
    // Exits and follow-ups (what the funders ask for).
    m_followUpOffsets = new QLineEdit(box);
    m_followUpOffsets->setObjectName(QStringLiteral("followUpOffsets"));
    m_followUpOffsets->setToolTip(tr("When follow-ups fall due after an exit: weeks (w) or months (m), separated by "
                                     "commas, e.g. 4w, 6m, 12m. Applies to exits recorded from now on."));
    layout->addRow(tr("Follow-ups after exit:"), m_followUpOffsets);
    m_followUpAttempts = new QSpinBox(box);
    m_followUpAttempts->setObjectName(QStringLiteral("followUpAttempts"));
    m_followUpAttempts->setRange(1, 20);
    m_followUpAttempts->setToolTip(tr("After this many unanswered attempts a follow-up may be closed as not reached."));
    layout->addRow(tr("Close a follow-up as not reached after (unanswered attempts):"), m_followUpAttempts);
    m_collectSensitive = new QCheckBox(tr("Ask about disability and foreign background at entry"), box);
    m_collectSensitive->setObjectName(QStringLiteral("collectSensitive"));
    m_collectSensitive->setToolTip(tr("Only for a centre that must report them. They are special-category data: "
                                      "only coordinators and the youth's own mentor see them, and every read is "
                                      "logged."));
    layout->addRow(QString(), m_collectSensitive);

    // The project the reports count for: participants since its start against the planned number.
    m_projectName = new QLineEdit(box);
    m_projectName->setObjectName(QStringLiteral("projectName"));
    m_projectName->setPlaceholderText(tr("Shown on printed reports"));
    m_projectStart = new OptionalDateEdit(box);
    m_projectStart->setObjectName(QStringLiteral("projectStart"));
    m_projectEnd = new OptionalDateEdit(box);
    m_projectEnd->setObjectName(QStringLiteral("projectEnd"));
    auto* projectDates = new QHBoxLayout;
    projectDates->addWidget(m_projectStart);
    projectDates->addWidget(new QLabel(tr("to"), box));
    projectDates->addWidget(m_projectEnd);
    projectDates->addStretch(1);
    m_plannedParticipants = new QSpinBox(box);
    m_plannedParticipants->setObjectName(QStringLiteral("plannedParticipants"));
    m_plannedParticipants->setRange(0, 100000);
    m_plannedParticipants->setSpecialValueText(tr("Not set"));
    m_plannedParticipants->setToolTip(tr("The number of participants the project plans for in all; the Participants "
                                         "report sets those since the project start against it."));
    layout->addRow(tr("Project (for reports):"), m_projectName);
    layout->addRow(tr("Project period:"), projectDates);
    layout->addRow(tr("Planned participants:"), m_plannedParticipants);

    // Nothing is written while the form is edited: a slip of the mouse wheel or a half-typed number must not
    // change the rules for everyone. Save writes all changes at once, each one logged.
    m_saveCentre = new QPushButton(tr("&Save settings"), box);
    m_saveCentre->setObjectName(QStringLiteral("saveCentreSettings"));
    m_saveCentre->setToolTip(tr("Save the centre's settings for everyone using this database (Ctrl+S)"));
    m_cancelCentre = new QPushButton(tr("&Undo changes"), box);
    m_cancelCentre->setObjectName(QStringLiteral("cancelCentreSettings"));
    m_cancelCentre->setToolTip(tr("Show the saved settings again"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_cancelCentre);
    saveRow->addWidget(m_saveCentre);
    layout->addRow(saveRow);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveCentre->isEnabled()) {
            saveCentreSettings();
        }
    });

    connect(m_centreName, &QLineEdit::textChanged, this, &SettingsPage::updateSaveButtons);
    connect(m_followUpOffsets, &QLineEdit::textChanged, this, &SettingsPage::updateSaveButtons);
    connect(m_collectSensitive, &QCheckBox::toggled, this, &SettingsPage::updateSaveButtons);
    connect(m_projectName, &QLineEdit::textChanged, this, &SettingsPage::updateSaveButtons);
    connect(m_projectStart, &QDateEdit::dateChanged, this, &SettingsPage::updateSaveButtons);
    connect(m_projectEnd, &QDateEdit::dateChanged, this, &SettingsPage::updateSaveButtons);
    for (const auto& [key, spin] : numberFields()) {
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updateSaveButtons);
    }
    connect(m_saveCentre, &QPushButton::clicked, this, &SettingsPage::saveCentreSettings);
    connect(m_cancelCentre, &QPushButton::clicked, this, &SettingsPage::discardCentreSettings);
    connect(&m_workspace.centre(), &CentreSettings::changed, this, &SettingsPage::storedSettingsChanged);
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_resetLogo, &QPushButton::clicked, this, &SettingsPage::resetLogo);
    return box;
}

QList<std::pair<CentreSettings::Key, QSpinBox*>> SettingsPage::numberFields() const
{
    using Key = CentreSettings::Key;
    return { { Key::PlanReviewWeeks, m_reviewWeeks },
             { Key::ActiveNoContactDays, m_activeDays },
             { Key::ProspectNoContactDays, m_prospectDays },
             { Key::ReferralNoAnswerDays, m_referralDays },
             { Key::ConsentExpiryDays, m_consentDays },
             { Key::ContactEditHours, m_editHours },
             { Key::AutoLockMinutes, m_autoLock },
             { Key::FollowUpAttempts, m_followUpAttempts },
             { Key::PlannedParticipants, m_plannedParticipants } };
}

void SettingsPage::readStoredSettings()
{
    // The versions before the values: a change in between makes the next save refused, never written over.
    const Result<CentreSettings::Versions> versions = m_workspace.centre().versions();
    m_versions = versions.valueOr({});
    m_stored = storedValues();
}

QHash<CentreSettings::Key, QVariant> SettingsPage::storedValues() const
{
    using Key = CentreSettings::Key;
    const CentreSettings& centre = m_workspace.centre();
    return { { Key::CentreName, centre.value(Key::CentreName).toString() },
             { Key::Logo, centre.value(Key::Logo).toByteArray() },
             { Key::PlanReviewWeeks, centre.planReviewWeeks() },
             { Key::ActiveNoContactDays, centre.activeNoContactDays() },
             { Key::ProspectNoContactDays, centre.prospectNoContactDays() },
             { Key::ReferralNoAnswerDays, centre.referralNoAnswerDays() },
             { Key::ConsentExpiryDays, centre.consentExpiryDays() },
             { Key::ContactEditHours, centre.contactEditHours() },
             { Key::AutoLockMinutes, centre.autoLockMinutes() },
             { Key::FollowUpAttempts, centre.followUpAttempts() },
             { Key::FollowUpOffsets, centre.followUpOffsets().join(QStringLiteral(", ")) },
             { Key::CollectSensitiveCharacteristics, centre.collectsSensitiveCharacteristics() ? 1 : 0 },
             { Key::ProjectName, centre.projectName() },
             { Key::ProjectStart, centre.projectStart() },
             { Key::ProjectEnd, centre.projectEnd() },
             { Key::PlannedParticipants, centre.plannedParticipants() } };
}

void SettingsPage::showCentreSettings()
{
    readStoredSettings();
    m_pendingLogo.reset();
    m_centreName->setText(m_stored.value(CentreSettings::Key::CentreName).toString());
    for (const auto& [key, spin] : numberFields()) {
        spin->setValue(m_stored.value(key).toInt());
    }
    m_followUpOffsets->setText(m_stored.value(CentreSettings::Key::FollowUpOffsets).toString());
    m_collectSensitive->setChecked(m_stored.value(CentreSettings::Key::CollectSensitiveCharacteristics).toInt() != 0);
    m_projectName->setText(m_stored.value(CentreSettings::Key::ProjectName).toString());
    m_projectStart->setOptionalDate(m_stored.value(CentreSettings::Key::ProjectStart).toDate());
    m_projectEnd->setOptionalDate(m_stored.value(CentreSettings::Key::ProjectEnd).toDate());
    const CentreSettings& centre = m_workspace.centre();
    showLogo(centre.logo(), centre.hasOwnLogo());
    updateSaveButtons();
}

void SettingsPage::storedSettingsChanged()
{
    // Changed by Save, or elsewhere (another window, another PC): unsaved edits stay, the rest follows.
    if (hasUnsavedChanges()) {
        readStoredSettings();
        updateSaveButtons();
    } else {
        showCentreSettings();
    }
}

void SettingsPage::showLogo(const QImage& logo, bool own)
{
    m_logoPreview->setPixmap(
        QPixmap::fromImage(logo).scaled(m_logoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_resetLogo->setEnabled(own);
}

QList<CentreSettings::Change> SettingsPage::pendingChanges() const
{
    // Against the values read when the form was filled: no database read at each keystroke.
    using Key = CentreSettings::Key;
    QList<CentreSettings::Change> changes;
    const QString name = m_centreName->text().trimmed();
    if (name != m_stored.value(Key::CentreName).toString()) {
        changes.append({ Key::CentreName, name });
    }
    if (m_pendingLogo && *m_pendingLogo != m_stored.value(Key::Logo).toByteArray()) {
        changes.append({ Key::Logo, *m_pendingLogo });
    }
    for (const auto& [key, spin] : numberFields()) {
        if (spin->value() != m_stored.value(key).toInt()) {
            changes.append({ key, spin->value() });
        }
    }
    // Stored as read back: "6m,4w" is saved as "4w, 6m"; text that holds no offset keeps the stored ones.
    const QStringList offsets = EnrolmentRules::parseOffsets(m_followUpOffsets->text());
    const QString offsetText = offsets.join(QStringLiteral(", "));
    if (!offsets.isEmpty() && offsetText != m_stored.value(Key::FollowUpOffsets).toString()) {
        changes.append({ Key::FollowUpOffsets, offsetText });
    }
    const int collect = m_collectSensitive->isChecked() ? 1 : 0;
    if (collect != m_stored.value(Key::CollectSensitiveCharacteristics).toInt()) {
        changes.append({ Key::CollectSensitiveCharacteristics, collect });
    }
    const QString project = m_projectName->text().trimmed();
    if (project != m_stored.value(Key::ProjectName).toString()) {
        changes.append({ Key::ProjectName, project });
    }
    for (const auto& [key, edit] :
         { std::pair { Key::ProjectStart, m_projectStart }, std::pair { Key::ProjectEnd, m_projectEnd } }) {
        if (edit->optionalDate() != m_stored.value(key).toDate()) {
            changes.append({ key, edit->optionalDate().toString(Qt::ISODate) });
        }
    }
    return changes;
}

void SettingsPage::addSection(QWidget* section)
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    section->setParent(this);
    layout->insertWidget(layout->indexOf(m_languageBox), section);
}

bool SettingsPage::hasUnsavedChanges() const
{
    return !pendingChanges().isEmpty();
}

void SettingsPage::updateSaveButtons()
{
    const bool changed = hasUnsavedChanges();
    m_saveCentre->setEnabled(changed);
    m_cancelCentre->setEnabled(changed);
}

bool SettingsPage::saveCentreSettings()
{
    const QList<CentreSettings::Change> changes = pendingChanges();
    if (changes.isEmpty()) {
        return true;
    }
    if (const Result<void> saved = m_workspace.centre().save(changes, m_versions); !saved) {
        if (saved.field() == CentreSettings::conflictField()) {
            resolveConflict(changes, saved.message());
            return false;
        }
        MessageBox::warning(this, tr("Settings not saved"), saved.message());
        return false;
    }
    showCentreSettings();
    return true;
}

void SettingsPage::resolveConflict(const QList<CentreSettings::Change>& mine, const QString& message)
{
    using Key = CentreSettings::Key;
    const auto shown = [](Key key, const QVariant& value) -> QString {
        switch (key) {
        case Key::Logo:
            return value.toByteArray().isEmpty() ? tr("Lotsen's logo") : tr("the centre's own logo");
        case Key::CollectSensitiveCharacteristics:
            return value.toInt() != 0 ? tr("yes") : tr("no");
        case Key::ProjectStart:
        case Key::ProjectEnd: {
            const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                                  : QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? date.toString(Qt::ISODate) : tr("none");
        }
        default:
            return value.toString();
        }
    };
    // Both values of every setting this save would change and that now differs, so nothing typed is lost from sight.
    const QHash<Key, QVariant> saved = storedValues();
    QStringList lines;
    for (const CentreSettings::Change& change : mine) {
        const QString theirs = shown(change.key, saved.value(change.key));
        const QString yours = shown(change.key, change.value);
        if (theirs != yours) {
            lines.append(tr("%1: saved “%2”, yours “%3”").arg(CentreSettings::label(change.key), theirs, yours));
        }
    }
    QString text = message;
    if (!lines.isEmpty()) {
        text += QStringLiteral("\n\n") + lines.join(u'\n');
    }
    text += QStringLiteral("\n\n")
        + tr("Show the saved settings now? Then make again what should still change, and save. With No, your "
             "changes stay here, unsaved.");
    const auto answer = MessageBox::question(this, tr("Changed by someone else"), text,
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        showCentreSettings();
    }
    // With No the edits stay as typed, and Save stays refused until the saved settings have been read.
}

void SettingsPage::discardCentreSettings()
{
    showCentreSettings();
}

bool SettingsPage::confirmLeave()
{
    if (!hasUnsavedChanges()) {
        return true;
    }
    const auto answer = MessageBox::question(
        this, tr("Unsaved settings"),
        tr("The centre's settings have changes that are not saved. Save them for everyone using this database?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        return saveCentreSettings();
    }
    discardCentreSettings();
    return true;
}

void SettingsPage::chooseLogo()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the centre's logo"),
                                                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                     tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    QImage image(path);
    if (image.isNull()) {
        MessageBox::warning(this, tr("Logo not changed"), tr("The file could not be read as an image."));
        return;
    }
    // Stored small and as PNG: the database is shared, and the print size is about 2 cm.
    image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_pendingLogo = png;
    showLogo(image, true);
    updateSaveButtons();
}

void SettingsPage::resetLogo()
{
    m_pendingLogo = QByteArray();
    showLogo(CentreSettings::defaultLogo(), false);
    updateSaveButtons();
}

void SettingsPage::fillMentors()
{
    const qint64 current = currentMentorId();
    m_mentors->clear();
    const Result<QList<Staff>> staff = m_workspace.staff().all();
    if (!staff) {
        auto* item = new QListWidgetItem(staff.message(), m_mentors);
        item->setFlags(Qt::NoItemFlags);
        updateButtons();
        return;
    }
    for (const Staff& member : *staff) {
        auto* item = new QListWidgetItem(member.active ? member.name : tr("%1 (inactive)").arg(member.name), m_mentors);
        item->setData(IdRole, member.id);
        item->setData(ActiveRole, member.active);
        if (!member.active) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (member.id == current) {
            m_mentors->setCurrentItem(item);
        }
    }
    updateButtons();
}

qint64 SettingsPage::currentMentorId() const
{
    const QListWidgetItem* item = m_mentors->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void SettingsPage::updateButtons()
{
    const QListWidgetItem* item = m_mentors->currentItem();
    m_renameButton->setEnabled(item);
    m_activeButton->setEnabled(item);
    m_activeButton->setText(item && !item->data(ActiveRole).toBool() ? tr("&Activate") : tr("&Deactivate"));
}

void SettingsPage::addMentor()
{
    if (const Result<qint64> added = m_workspace.staff().add(m_newMentorName->text()); !added) {
        MessageBox::warning(this, tr("Mentor not added"), added.message());
        return;
    }
    m_newMentorName->clear();
}

void SettingsPage::renameMentor()
{
    const QListWidgetItem* item = m_mentors->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(IdRole).toLongLong();
    const Result<QString> current = m_workspace.staff().nameOf(id);
    if (!current) {
        MessageBox::warning(this, tr("Mentor not renamed"), current.message());
        return;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename mentor"), tr("Name:"), QLineEdit::Normal, *current, &ok);
    if (!ok) {
        return;
    }
    if (const Result<void> renamed = m_workspace.staff().rename(id, name); !renamed) {
        MessageBox::warning(this, tr("Mentor not renamed"), renamed.message());
    }
}

void SettingsPage::toggleMentorActive()
{
    const QListWidgetItem* item = m_mentors->currentItem();
    if (!item) {
        return;
    }
    const Result<void> changed
        = m_workspace.staff().setActive(item->data(IdRole).toLongLong(), !item->data(ActiveRole).toBool());
    if (!changed) {
        MessageBox::warning(this, tr("Mentor not changed"), changed.message());
    }
}

} // namespace lotsen
