#include "core/AppSettings.h"

#include <QHash>

namespace lotsen {

namespace {

struct KeyInfo
{
    const char* name;
    QVariant defaultValue;
};

const QHash<AppSettings::Key, KeyInfo>& keyTable()
{
    static const QHash<AppSettings::Key, KeyInfo> table = {
        { AppSettings::Key::Language, { "General/Language", QString() } }, // empty: follow the system
        { AppSettings::Key::MainWindowGeometry, { "MainWindow/Geometry", QByteArray() } },
        { AppSettings::Key::MainWindowState, { "MainWindow/State", QByteArray() } },
        { AppSettings::Key::LastPage, { "MainWindow/LastPage", QString() } },
        { AppSettings::Key::RegisterHeaderState, { "Register/HeaderState", QByteArray() } },
        { AppSettings::Key::LastDatabase, { "General/LastDatabase", QString() } },
        { AppSettings::Key::BackupFolder, { "Backup/Folder", QString() } },
        { AppSettings::Key::SecondBackupFolder, { "Backup/SecondFolder", QString() } },
        { AppSettings::Key::BackupKeepDaily, { "Backup/KeepDaily", 7 } },
        { AppSettings::Key::BackupKeepWeekly, { "Backup/KeepWeekly", 5 } },
        { AppSettings::Key::BackupKeepMonthly, { "Backup/KeepMonthly", 12 } },
        { AppSettings::Key::TourShownFor, { "Help/TourShownFor", QStringList() } },
    };
    return table;
}

std::unique_ptr<AppSettings>& storage()
{
    static std::unique_ptr<AppSettings> settings;
    return settings;
}

} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings)) { }

AppSettings* AppSettings::instance()
{
    auto& settings = storage();
    if (!settings) {
        settings.reset(new AppSettings(std::make_unique<QSettings>()));
    }
    return settings.get();
}

void AppSettings::useFile(const QString& path)
{
    storage().reset(new AppSettings(std::make_unique<QSettings>(path, QSettings::IniFormat)));
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo& info = keyTable().value(key);
    return m_settings->value(QLatin1String(info.name), info.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    const KeyInfo& info = keyTable().value(key);
    if (m_settings->value(QLatin1String(info.name), info.defaultValue) == value) {
        return;
    }
    m_settings->setValue(QLatin1String(info.name), value);
    emit changed(key);
}

} // namespace lotsen
