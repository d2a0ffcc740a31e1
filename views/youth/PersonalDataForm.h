#pragma once

#include "youth/Youth.h"
#include "youth/YouthRepository.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lotsen {

class OptionalDateEdit;
class Workspace;

// The Personal data tab of a youth's card, also used to register a new youth.
// It never writes by itself: Save hands the whole form to YouthRepository in one transaction.
class PersonalDataForm : public QWidget
{
    Q_OBJECT

public:
    explicit PersonalDataForm(Workspace& workspace, QWidget* parent = nullptr);

    // Loads a youth; 0 starts an empty form for a new youth.
    void load(qint64 youthId);
    qint64 youthId() const { return m_loaded.id; }
    const Youth& loadedYouth() const { return m_loaded; }

    bool isDirty() const;
    void focusFirstField();

public slots:
    bool save();
    void revert();
    void requestDelete();

signals:
    void saved(qint64 youthId);
    void deleted(qint64 youthId);
    // "Exit…": the card opens the exit dialog.
    void exitRequested();
    void dirtyChanged(bool dirty);

private:
    // A save refused because someone else saved the youth meanwhile (on another PC): says who, shows their values
    // beside the user's, and offers to read the youth again.
    void resolveConflict(const Youth& mine, const QString& message);
    // Another PC saved this youth: an untouched form shows the saved data at once.
    void followSavedElsewhere(qint64 youthId);
    void buildUi();
    void fillMentors(qint64 selectedId);
    void fillMunicipalities();
    void showYouth(const Youth& youth);
    // The form's content; `numberError` is set when the personal number field cannot be parsed.
    Youth currentYouth(QString* numberError = nullptr) const;
    void onPersonalNumberEdited();
    void showError(YouthRepository::Field field, const QString& message);
    void clearErrors();
    void updateState();

    Workspace& m_workspace;
    Youth m_loaded;
    Result<void> m_mentorsRead; // whether the mentor choice could be filled
    Result<void> m_youthRead; // whether the record shown could be read
    bool m_filling = false;
    bool m_lastDirty = false;
    bool m_saving = false;
    // The field the user was last in, where the keyboard goes back after Save (which disables itself).
    QPointer<QWidget> m_lastField;

    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_personalNumber = nullptr;
    QLabel* m_personalNumberError = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_postalTown = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_mentor = nullptr;
    OptionalDateEdit* m_startDate = nullptr;
    OptionalDateEdit* m_pauseUntil = nullptr; // shown only while the status is Paused
    QFormLayout* m_participation = nullptr;
    QComboBox* m_referralSource = nullptr;
    QMap<TargetGroup, QCheckBox*> m_targetGroups;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_exitButton = nullptr;
};

} // namespace lotsen
