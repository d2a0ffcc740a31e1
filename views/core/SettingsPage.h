#pragma once

#include "core/CentreSettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lotsen {

class OptionalDateEdit;
class Workspace;

// Settings: the centre's mentors (shared in the database) and this user's language (on this PC).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Workspace& workspace, QWidget* parent = nullptr);

    // The centre's settings are changed in the form and written by Save, all at once and logged; Cancel shows
    // the stored values again.
    bool hasUnsavedChanges() const;
    // Asks whether to save unsaved settings before the page is left; false if the user wants to stay.
    bool confirmLeave();
    // A section of another feature (backups, retention), placed above the language; it shows or hides itself by
    // the user's role.
    void addSection(QWidget* section);

public slots:
    bool saveCentreSettings();
    void discardCentreSettings();
    void addMentor();
    void renameMentor();
    void toggleMentorActive();
    void chooseLogo();
    void resetLogo();

private:
    QWidget* m_languageBox = nullptr;
    QWidget* buildCentreBox();
    void showCentreSettings();
    QList<CentreSettings::Change> pendingChanges() const;
    // The spin boxes and the settings they show.
    QList<std::pair<CentreSettings::Key, QSpinBox*>> numberFields() const;
    void readStoredSettings();
    // The stored values as the form shows them (the numbers as in effect, with their defaults).
    QHash<CentreSettings::Key, QVariant> storedValues() const;
    // A save refused because someone else changed a setting since the page read them: shows both values of what
    // differs and offers to show the saved settings (else the user's edits stay as they are).
    void resolveConflict(const QList<CentreSettings::Change>& mine, const QString& message);
    void storedSettingsChanged();
    void updateSaveButtons();
    void showLogo(const QImage& logo, bool own);
    void fillMentors();
    void updateButtons();
    qint64 currentMentorId() const;

    Workspace& m_workspace;
    QListWidget* m_mentors = nullptr;
    QLineEdit* m_newMentorName = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_centreName = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_resetLogo = nullptr;
    QSpinBox* m_reviewWeeks = nullptr;
    QSpinBox* m_activeDays = nullptr;
    QSpinBox* m_prospectDays = nullptr;
    QSpinBox* m_referralDays = nullptr;
    QSpinBox* m_editHours = nullptr;
    QSpinBox* m_consentDays = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QSpinBox* m_followUpAttempts = nullptr;
    QLineEdit* m_followUpOffsets = nullptr;
    QCheckBox* m_collectSensitive = nullptr;
    QLineEdit* m_projectName = nullptr;
    OptionalDateEdit* m_projectStart = nullptr;
    OptionalDateEdit* m_projectEnd = nullptr;
    QSpinBox* m_plannedParticipants = nullptr;
    QPushButton* m_saveCentre = nullptr;
    QPushButton* m_cancelCentre = nullptr;
    // A logo chosen or reset but not saved yet (empty: Lotsen's own).
    std::optional<QByteArray> m_pendingLogo;
    // The stored values the form was filled from (the numbers as in effect, with their defaults).
    QHash<CentreSettings::Key, QVariant> m_stored;
    // Their versions, read just before them: Save writes only over these (CentreSettings::save with versions).
    CentreSettings::Versions m_versions;
};

} // namespace lotsen
