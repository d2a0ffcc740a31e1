#include "lifecycle/BackupSettingsWidget.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Permissions.h"
#include "access/Session.h"
#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "lifecycle/AutomaticBackup.h"
#include "lifecycle/BackupListModel.h"
#include "lifecycle/BackupSettings.h"
#include "shell/MessageBox.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lotsen {

namespace {

QSpinBox* keepBox(QWidget* parent, const QString& name, const QString& accessibleName, int value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setRange(1, 99);
    box->setValue(value);
    return box;
}

} // namespace

BackupSettingsWidget::BackupSettingsWidget(Workspace& workspace, AutomaticBackup* backup, QWidget* parent)
    : QGroupBox(tr("Automatic backups"), parent), m_workspace(workspace), m_backup(backup)
{
    setObjectName(QStringLiteral("backupSettings"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Lotsen backs up the database at the first start of each day and when it closes "
                                "after changes, checks every copy, and keeps 7 daily, 5 weekly and 12 monthly "
                                "backups. Copies in the second folder are encrypted. These settings are this "
                                "PC's and apply at once."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    const QString databasePath = workspace.database().path();
    const auto folderRow
        = [this, form](QLineEdit*& edit, const QString& name, const QString& label, const QString& accessible,
                       AppSettings::Key key, const QString& logKey, const QString& placeholder) {
              edit = new QLineEdit(AppSettings::instance()->value(key).toString(), this);
              edit->setObjectName(name);
              edit->setAccessibleName(accessible);
              edit->setPlaceholderText(placeholder);
              auto* browse = new QPushButton(tr("Browse…"), this);
              browse->setObjectName(name + QStringLiteral("Browse"));
              browse->setAccessibleName(tr("Browse for %1").arg(accessible));
              auto* row = new QHBoxLayout;
              row->addWidget(edit, 1);
              row->addWidget(browse);
              auto* rowLabel = new QLabel(label, this);
              rowLabel->setBuddy(edit);
              form->addRow(rowLabel, row);
              QLineEdit* target = edit;
              connect(edit, &QLineEdit::editingFinished, this,
                      [this, target, key, logKey] { saveFolder(target, int(key), logKey); });
              connect(browse, &QPushButton::clicked, this, [this, target, key, logKey] {
                  const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), target->text());
                  if (!chosen.isEmpty()) {
                      target->setText(QDir::toNativeSeparators(chosen));
                      saveFolder(target, int(key), logKey);
                  }
              });
          };
    folderRow(m_folder, QStringLiteral("backupFolderEdit"), tr("Backup &folder:"), tr("Backup folder"),
              AppSettings::Key::BackupFolder, QStringLiteral("backup_folder"),
              QDir::toNativeSeparators(BackupSettings::defaultFolder(databasePath)));
    folderRow(m_secondFolder, QStringLiteral("secondBackupFolderEdit"), tr("&Second folder (encrypted):"),
              tr("Second backup folder"), AppSettings::Key::SecondBackupFolder, QStringLiteral("backup_second_folder"),
              tr("None (for example a USB disk or a network share)"));

    m_passphraseState = new QLabel(this);
    m_passphraseState->setObjectName(QStringLiteral("passphraseState"));
    m_passphraseButton = new QPushButton(tr("Set &passphrase…"), this);
    m_passphraseButton->setObjectName(QStringLiteral("setPassphraseButton"));
    auto* passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_passphraseState, 1);
    passphraseRow->addWidget(m_passphraseButton);
    form->addRow(tr("Encryption:"), passphraseRow);
    connect(m_passphraseButton, &QPushButton::clicked, this, &BackupSettingsWidget::setPassphrase);

    const BackupRotation::Keep keep = BackupSettings::keep();
    m_daily = keepBox(this, QStringLiteral("keepDailySpin"), tr("Daily backups kept"), keep.daily);
    m_weekly = keepBox(this, QStringLiteral("keepWeeklySpin"), tr("Weekly backups kept"), keep.weekly);
    m_monthly = keepBox(this, QStringLiteral("keepMonthlySpin"), tr("Monthly backups kept"), keep.monthly);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_daily);
    keepRow->addWidget(new QLabel(tr("daily"), this));
    keepRow->addSpacing(12);
    keepRow->addWidget(m_weekly);
    keepRow->addWidget(new QLabel(tr("weekly"), this));
    keepRow->addSpacing(12);
    keepRow->addWidget(m_monthly);
    keepRow->addWidget(new QLabel(tr("monthly"), this));
    keepRow->addStretch(1);
    form->addRow(tr("Keep:"), keepRow);
    for (QSpinBox* box : { m_daily, m_weekly, m_monthly }) {
        connect(box, &QSpinBox::editingFinished, this, &BackupSettingsWidget::saveKeep);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatusLabel"));
    m_status->setWordWrap(true);
    m_backUpNow = new QPushButton(tr("&Back up now"), this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_backUpNow);
    form->addRow(tr("Latest:"), statusRow);
    connect(m_backUpNow, &QPushButton::clicked, this, [this] {
        if (m_backup) {
            m_backup->runNow();
            refresh();
        }
    });
    if (m_backup) {
        connect(m_backup, &AutomaticBackup::stateChanged, this, &BackupSettingsWidget::refresh);
    }
    Session& session = workspace.session();
    connect(&session, &Session::loggedIn, this, &BackupSettingsWidget::updateEnabled);
    connect(&session, &Session::accessChanged, this, &BackupSettingsWidget::updateEnabled);
    updateEnabled();
    refresh();
}

void BackupSettingsWidget::updateEnabled()
{
    const bool allowed = m_workspace.session().allows(Permission::ManageBackups);
    setVisible(allowed);
    setEnabled(allowed);
}

bool BackupSettingsWidget::logChange(const QString& key, const QString& before, const QString& after)
{
    if (!m_workspace.session().account()) {
        return true; // a database without accounts: no one to log
    }
    const Result<void> logged = m_workspace.session().log(
        AccessAction::ChangeSetting, 0, AccessDetail::encode(AccessDetail::Code::Setting, { key, before, after }));
    if (!logged) {
        MessageBox::warning(
            this, title(),
            tr("The change was not made, because it could not be written to the access log: %1").arg(logged.message()));
        return false;
    }
    return true;
}

void BackupSettingsWidget::saveFolder(QLineEdit* edit, int key, const QString& logKey)
{
    const auto settingKey = static_cast<AppSettings::Key>(key);
    const QString before = AppSettings::instance()->value(settingKey).toString();
    const QString after
        = edit->text().trimmed().isEmpty() ? QString() : QDir::fromNativeSeparators(edit->text().trimmed());
    if (before == after) {
        return;
    }
    if (!after.isEmpty() && !QDir().mkpath(after)) {
        MessageBox::warning(this, title(),
                            tr("The folder %1 cannot be created. The backups stay where they were.")
                                .arg(QDir::toNativeSeparators(after)));
        edit->setText(QDir::toNativeSeparators(before));
        return;
    }
    if (settingKey == AppSettings::Key::BackupFolder) {
        // The retention log lives beside the backups and moves with them; moved back if the change cannot be
        // logged.
        const QString path = m_workspace.database().path();
        if (const Result<void> moved = BackupSettings::setFolder(path, after); !moved) {
            MessageBox::warning(this, title(), moved.message());
            edit->setText(QDir::toNativeSeparators(before));
            return;
        }
        if (!logChange(logKey, before, after)) {
            (void)BackupSettings::setFolder(path, before);
            edit->setText(QDir::toNativeSeparators(before));
            return;
        }
    } else {
        if (!logChange(logKey, before, after)) {
            edit->setText(QDir::toNativeSeparators(before));
            return;
        }
        AppSettings::instance()->setValue(settingKey, after);
    }
    refresh();
}

void BackupSettingsWidget::saveKeep()
{
    const BackupRotation::Keep before = BackupSettings::keep();
    const QString beforeText = QStringLiteral("%1/%2/%3").arg(before.daily).arg(before.weekly).arg(before.monthly);
    const QString afterText
        = QStringLiteral("%1/%2/%3").arg(m_daily->value()).arg(m_weekly->value()).arg(m_monthly->value());
    if (beforeText == afterText) {
        return;
    }
    if (!logChange(QStringLiteral("backup_keep"), beforeText, afterText)) {
        m_daily->setValue(before.daily);
        m_weekly->setValue(before.weekly);
        m_monthly->setValue(before.monthly);
        return;
    }
    AppSettings::instance()->setValue(AppSettings::Key::BackupKeepDaily, m_daily->value());
    AppSettings::instance()->setValue(AppSettings::Key::BackupKeepWeekly, m_weekly->value());
    AppSettings::instance()->setValue(AppSettings::Key::BackupKeepMonthly, m_monthly->value());
}

void BackupSettingsWidget::setPassphrase()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("passphraseDialog"));
    dialog.setWindowTitle(tr("Passphrase for encrypted backups"));
    auto* form = new QFormLayout(&dialog);
    auto* explanation = new QLabel(tr("Copies in the second folder are encrypted with this passphrase. Keep it "
                                      "somewhere safe, away from the PC: without it an encrypted copy cannot be "
                                      "restored. At least 12 characters."),
                                   &dialog);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    auto* first = new QLineEdit(&dialog);
    first->setObjectName(QStringLiteral("passphraseEdit"));
    first->setAccessibleName(tr("Passphrase"));
    first->setEchoMode(QLineEdit::Password);
    auto* second = new QLineEdit(&dialog);
    second->setObjectName(QStringLiteral("passphraseRepeatEdit"));
    second->setAccessibleName(tr("Passphrase again"));
    second->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), first);
    form->addRow(tr("&Again:"), second);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text() != second->text()) {
            MessageBox::warning(&dialog, dialog.windowTitle(), tr("The two passphrases differ."));
            return;
        }
        if (first->text().size() < 12) {
            MessageBox::warning(&dialog, dialog.windowTitle(), tr("The passphrase must have at least 12 characters."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const bool hadKey = BackupSettings::hasKey();
    if (!logChange(QStringLiteral("backup_passphrase"), hadKey ? tr("set") : tr("not set"), tr("set (new)"))) {
        return;
    }
    // Argon2id at libsodium's moderate cost: about a second.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> stored = BackupSettings::setPassphrase(first->text());
    QApplication::restoreOverrideCursor();
    if (!stored) {
        MessageBox::warning(this, title(), stored.message());
    }
    refresh();
}

void BackupSettingsWidget::refresh()
{
    m_passphraseState->setText(BackupSettings::hasKey()
                                   ? tr("A passphrase is set; copies in the second folder are encrypted.")
                                   : tr("No passphrase set: nothing is copied to the second folder."));
    if (!m_backup) {
        m_status->clear();
        return;
    }
    m_backUpNow->setEnabled(!m_backup->isRunning() && m_backup->isEnabled());
    if (m_backup->isRunning()) {
        m_status->setText(tr("Backing up…"));
        return;
    }
    const Result<std::optional<BackupInfo>> newest = m_backup->newestVerified();
    QString text;
    if (!newest.ok()) {
        text = newest.message();
    } else if (!newest->has_value()) {
        text = tr("No verified backup yet.");
    } else {
        const BackupInfo& info = **newest;
        text = tr("%1, %2, verified.")
                   .arg(info.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        BackupListModel::sizeText(info.size));
    }
    if (!m_backup->lastProblem().isEmpty()) {
        text += u' ' + tr("Last attempt: %1").arg(m_backup->lastProblem());
    }
    if (!m_backup->isEnabled()) {
        text = tr("The demo database is not backed up.");
    }
    m_status->setText(text);
}

} // namespace lotsen
