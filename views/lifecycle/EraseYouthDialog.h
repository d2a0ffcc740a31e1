#pragma once

#include "lifecycle/RetentionRepository.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lotsen {

class ErrorLabel;
class Workspace;

// Erase personal data… (GDPR art. 17): one youth's data culled now, on request, by an administrator with their
// password and a written reason. Refused while the youth has an ongoing enrolment period.
class EraseYouthDialog : public QDialog
{
    Q_OBJECT

public:
    EraseYouthDialog(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    // The card's button: shown to administrators for a saved youth; opens the dialog, and calls `erased` with the
    // youth's id once the data is erased (the card then closes: there is no person left to show).
    static QPushButton* createButton(Workspace& workspace, std::function<qint64()> youthId,
                                     std::function<void(qint64)> erased, QWidget* parent);

signals:
    void erased(qint64 youthId);

public slots:
    void accept() override;

private:
    void updateButton();

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    RetentionRepository m_retention;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_erase = nullptr;
    ErrorLabel* m_error = nullptr;
    bool m_allowed = false;
};

} // namespace lotsen
