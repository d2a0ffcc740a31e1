#pragma once

#include "consent/NetworkPerson.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lotsen {

class Workspace;

// Adds or changes a relative or another person in a youth's network: name, relation, phone, e-mail, whether
// they are the legal guardian, notes.
class NetworkPersonDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing.id == 0` adds a new person to the youth's network.
    NetworkPersonDialog(Workspace& workspace, qint64 youthId, const NetworkPerson& existing = {},
                        QWidget* parent = nullptr);

    NetworkPerson person() const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    qint64 m_youthId;
    NetworkPerson m_existing;
    qint64 m_savedId = 0;

    QLineEdit* m_name = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_legalGuardian = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
