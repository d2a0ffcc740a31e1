#pragma once

#include "enrolment/Enrolment.h"

#include <QDialog>

class QLabel;

namespace lotsen {

class EntrySituationForm;
class Workspace;

// "Change situation at entry…": the answers of one period, saved by EnrolmentRepository::updateEntry.
class EntrySituationDialog : public QDialog
{
    Q_OBJECT

public:
    // `sensitive`: the special-category answers, already read (and logged) for a user who may see them; empty when
    // the centre does not collect them or the user may not see them, and then they are left as stored.
    EntrySituationDialog(Workspace& workspace, const EnrolmentPeriod& period, const QDate& birthDate,
                         std::optional<EntrySituation> sensitive, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    qint64 m_periodId;
    bool m_withSensitive;
    EntrySituationForm* m_form = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
