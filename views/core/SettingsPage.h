#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lotsen {

class Workspace;

// Settings: the centre's mentors (shared in the database) and this user's language (on this PC).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Workspace& workspace, QWidget* parent = nullptr);

public slots:
    void addMentor();
    void renameMentor();
    void toggleMentorActive();
    void chooseLogo();
    void resetLogo();

private:
    QWidget* buildCentreBox();
    void showCentreSettings();
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
};

} // namespace lotsen
