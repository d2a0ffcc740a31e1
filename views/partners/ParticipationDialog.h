#pragma once

#include "partners/Intervention.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace lotsen {

class OptionalDateEdit;
class Workspace;

// Adds a youth's participation in an intervention from the catalogue, or changes one: dates, status, outcome and
// the action-plan step it carries out. Starting and ending are written to the timeline by the repository.
class ParticipationDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` with id 0 adds a new participation. `staffId` is who is recorded in the timeline.
    ParticipationDialog(Workspace& workspace, qint64 youthId, qint64 staffId, const Participation& existing = {},
                        QWidget* parent = nullptr);

    // The participation as entered (not yet saved).
    Participation participation() const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void statusChosen();
    // Empty when the input can be saved; otherwise what to fix.
    QString validate(const Participation& participation) const;
    void showError(const QString& message);

    Workspace& m_workspace;
    qint64 m_youthId;
    qint64 m_staffId;
    Participation m_existing;
    qint64 m_savedId = 0;

    QComboBox* m_intervention = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_plannedEnd = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QComboBox* m_planStep = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
