#include "core/SettingsPage.h"

#include "access/AccountsWidget.h"
#include "access/Session.h"
#include "access/StaffRepository.h"
#include "core/AppSettings.h"
#include "core/CentreSettings.h"
#include "core/Workspace.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QBuffer>
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
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lotsen {

namespace {

enum class Unit { Weeks, Days, Hours, Minutes };

// The unit after a count in its right form ("1 dag", "7 dagar"), from the translation's plural forms. Without a
// translation (English, the source language) "(s)" becomes the English plural.
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
    text.replace(QStringLiteral("(s)"), count == 1 ? QString() : QStringLiteral("s"));
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
    // Looked up by object name in showCentreSettings, as auto-lock below, so the header stays as it is.
    auto* consentDays = new QSpinBox(box);
    consentDays->setObjectName(QStringLiteral("consentExpiryDays"));
    consentDays->setRange(1, 365);
    showUnit(consentDays, Unit::Days);
    consentDays->setToolTip(tr("A consent that ends within this many days appears on the Today list."));
    layout->addRow(tr("Today: consent that ends within:"), consentDays);
    layout->addRow(tr("Timeline entries can be changed by anyone for:"), m_editHours);
    // Auto-lock: looked up by object name in showCentreSettings, so the header stays as it is.
    auto* autoLock = new QSpinBox(box);
    autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    autoLock->setRange(1, 240);
    showUnit(autoLock, Unit::Minutes);
    autoLock->setToolTip(tr("After this long without input Lotsen hides all personal data until the password is "
                            "given again."));
    layout->addRow(tr("Lock Lotsen after no input for:"), autoLock);

    connect(m_centreName, &QLineEdit::editingFinished, this, [this] {
        CentreSettings& centre = m_workspace.centre();
        if (m_centreName->text().trimmed() != centre.value(CentreSettings::Key::CentreName).toString()) {
            // A failure is logged by CentreSettings; as before, the page shows nothing more.
            static_cast<void>(centre.setValue(CentreSettings::Key::CentreName, m_centreName->text().trimmed()));
        }
    });
    connect(m_reviewWeeks, &QSpinBox::valueChanged, this, [this](int weeks) {
        if (weeks != m_workspace.centre().planReviewWeeks()) {
            static_cast<void>(m_workspace.centre().setValue(CentreSettings::Key::PlanReviewWeeks, weeks)); // logged
        }
    });
    const auto bindNumber = [this](QSpinBox* spin, CentreSettings::Key key, int (CentreSettings::*current)() const) {
        // Written when the number is complete, not at each digit: every change recomputes the Today list.
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, key, current](int value) {
            if (value != (m_workspace.centre().*current)()) {
                static_cast<void>(m_workspace.centre().setValue(key, value)); // logged
            }
        });
    };
    bindNumber(m_activeDays, CentreSettings::Key::ActiveNoContactDays, &CentreSettings::activeNoContactDays);
    bindNumber(m_prospectDays, CentreSettings::Key::ProspectNoContactDays, &CentreSettings::prospectNoContactDays);
    bindNumber(m_referralDays, CentreSettings::Key::ReferralNoAnswerDays, &CentreSettings::referralNoAnswerDays);
    bindNumber(consentDays, CentreSettings::Key::ConsentExpiryDays, &CentreSettings::consentExpiryDays);
    bindNumber(m_editHours, CentreSettings::Key::ContactEditHours, &CentreSettings::contactEditHours);
    bindNumber(autoLock, CentreSettings::Key::AutoLockMinutes, &CentreSettings::autoLockMinutes);
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_resetLogo, &QPushButton::clicked, this, &SettingsPage::resetLogo);
    return box;
}

void SettingsPage::showCentreSettings()
{
    const CentreSettings& centre = m_workspace.centre();
    m_centreName->setText(centre.value(CentreSettings::Key::CentreName).toString());
    m_reviewWeeks->setValue(centre.planReviewWeeks());
    m_activeDays->setValue(centre.activeNoContactDays());
    m_prospectDays->setValue(centre.prospectNoContactDays());
    m_referralDays->setValue(centre.referralNoAnswerDays());
    m_editHours->setValue(centre.contactEditHours());
    if (auto* consentDays = findChild<QSpinBox*>(QStringLiteral("consentExpiryDays"))) {
        consentDays->setValue(centre.consentExpiryDays());
    }
    if (auto* autoLock = findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))) {
        autoLock->setValue(centre.autoLockMinutes());
    }
    m_logoPreview->setPixmap(
        QPixmap::fromImage(centre.logo()).scaled(m_logoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_resetLogo->setEnabled(centre.hasOwnLogo());
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
    if (const Result<void> saved = m_workspace.centre().setValue(CentreSettings::Key::Logo, png); !saved) {
        MessageBox::warning(this, tr("Logo not changed"), saved.message());
    }
    showCentreSettings();
}

void SettingsPage::resetLogo()
{
    static_cast<void>(m_workspace.centre().setValue(CentreSettings::Key::Logo, QByteArray())); // logged
    showCentreSettings();
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
