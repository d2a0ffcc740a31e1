#include "enrolment/EntrySituationDialog.h"

#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EntrySituationForm.h"
#include "shell/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotsen {

EntrySituationDialog::EntrySituationDialog(Workspace& workspace, const EnrolmentPeriod& period, const QDate& birthDate,
                                           std::optional<EntrySituation> sensitive, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_periodId(period.id), m_withSensitive(sensitive.has_value())
{
    setWindowTitle(tr("Situation at entry, %1").arg(period.startDate.toString(Qt::ISODate)));
    m_form = new EntrySituationForm(birthDate, m_withSensitive, this);
    m_form->setReferenceDate(period.startDate);
    EntrySituation situation = period.entry;
    if (sensitive) {
        situation.disability = sensitive->disability;
        situation.foreignBackground = sensitive->foreignBackground;
    }
    m_form->setSituation(situation);
    m_error = new ErrorLabel(QStringLiteral("entryError"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("entrySave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EntrySituationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void EntrySituationDialog::accept()
{
    const Result<void> saved = m_workspace.enrolments().updateEntry(m_periodId, m_form->situation(), m_withSensitive);
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
