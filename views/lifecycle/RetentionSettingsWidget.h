#pragma once

#include "core/CentreSettings.h"

#include <QGroupBox>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lotsen {

class ErrorLabel;
class Workspace;

// The retention policy on the Settings page (administrators): how long personal data and the access log are kept,
// the decision the policy rests on, and the way to the preview and the culling (RetentionDialog).
class RetentionSettingsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit RetentionSettingsWidget(Workspace& workspace, QWidget* parent = nullptr);

    // Saves the policy as shown; false when it was not saved (the reason is shown). A policy another PC changed
    // since it was shown is refused, and the user is asked whether to see the saved one.
    bool save();

private:
    void load();
    void preview();
    void updateAccess();

    Workspace& m_workspace;
    QSpinBox* m_years = nullptr;
    QSpinBox* m_prospectMonths = nullptr;
    QSpinBox* m_accessLogYears = nullptr;
    QLineEdit* m_decision = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_preview = nullptr;
    ErrorLabel* m_error = nullptr;
    CentreSettings::Versions m_versions; // of the settings as shown
};

} // namespace lotsen
