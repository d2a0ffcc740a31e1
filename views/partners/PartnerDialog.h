#pragma once

#include "partners/Partner.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace lotsen {

class Workspace;

// Creates or edits a partner organisation and its contact persons. Everything is checked before anything is
// saved, so bad input shows a message here and leaves the database as it was.
class PartnerDialog : public QDialog
{
    Q_OBJECT

public:
    enum PersonColumn { PersonName, PersonRole, PersonPhone, PersonEmail, PersonStatus, PersonColumnCount };

    // `existing.id == 0` creates a new organisation.
    PartnerDialog(Workspace& workspace, const PartnerOrganisation& existing, QWidget* parent = nullptr);

    PartnerOrganisation organisation() const;
    // The persons as the table shows them; blank new rows are left out.
    QList<PartnerPerson> persons() const;
    qint64 savedId() const { return m_existing.id; }

public slots:
    void accept() override;
    // Adds an empty row and starts typing its name; returns the row.
    int addPerson();
    void editPerson();
    // Deactivates or activates the selected person; a row not saved yet is simply removed.
    void togglePerson();

private:
    void appendPersonRow(const PartnerPerson& person);
    void setRowActive(int row, bool active);
    PartnerPerson personAt(int row) const;
    bool isBlankNewRow(int row) const;
    // The first problem with the input, or an empty string.
    QString validate() const;
    void showError(const QString& message);
    void updatePersonButtons();

    Workspace& m_workspace;
    PartnerOrganisation m_existing;
    QHash<qint64, PartnerPerson> m_savedPersons;

    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_active = nullptr;
    QTableWidget* m_persons = nullptr;
    QPushButton* m_addPerson = nullptr;
    QPushButton* m_editPerson = nullptr;
    QPushButton* m_togglePerson = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
