#pragma once

#include "partners/Intervention.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lotsen {

class Workspace;

// Creates or edits an entry of the intervention catalogue: name, category, provider (a partner organisation or
// the centre itself), description, typical length and whether it is offered.
class InterventionDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing.id == 0` creates a new intervention.
    InterventionDialog(Workspace& workspace, const Intervention& existing, QWidget* parent = nullptr);

    Intervention intervention() const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    Intervention m_existing;
    qint64 m_savedId = 0;

    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_provider = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_length = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
