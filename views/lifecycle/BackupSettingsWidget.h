#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lotsen {

class AutomaticBackup;
class Workspace;

// Settings › Automatic backups (administrators): the backup folder (default "Backups" beside the database), an
// optional second folder for encrypted copies (a USB disk, a network share) and its passphrase, how many daily,
// weekly and monthly backups are kept, and "Back up now" with the newest verified backup. These are this PC's
// settings: they apply at once, and each change is written to the access log.
class BackupSettingsWidget : public QGroupBox
{
    Q_OBJECT

public:
    BackupSettingsWidget(Workspace& workspace, AutomaticBackup* backup, QWidget* parent = nullptr);

    void refresh();

private:
    void saveFolder(QLineEdit* edit, int key, const QString& logKey);
    void saveKeep();
    void setPassphrase();
    void updateEnabled();
    bool logChange(const QString& key, const QString& before, const QString& after);

    Workspace& m_workspace;
    AutomaticBackup* m_backup = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_secondFolder = nullptr;
    QLabel* m_passphraseState = nullptr;
    QPushButton* m_passphraseButton = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace lotsen
