#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace lotsen {

// This user's settings on this PC (window state, language), typed and with defaults in one table.
// Centre-wide settings that all PCs must share live in the database instead.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        Language,
        MainWindowGeometry,
        MainWindowState,
        LastPage,
        RegisterHeaderState,
        LastDatabase,
        // Automatic backups of this PC (BackupSettings): the folders and how many to keep.
        BackupFolder, // empty: a "Backups" folder beside the database
        SecondBackupFolder, // empty: none; copies there are encrypted
        BackupKeepDaily,
        BackupKeepWeekly,
        BackupKeepMonthly,
        // The databases (paths or server addresses) whose first-start tour this user has seen on this PC.
        TourShownFor,
    };
    Q_ENUM(Key)

    static AppSettings* instance();
    // Tests point the settings at a file of their own so they never touch the user's.
    static void useFile(const QString& path);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

signals:
    void changed(lotsen::AppSettings::Key key);

private:
    explicit AppSettings(std::unique_ptr<QSettings> settings);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace lotsen
