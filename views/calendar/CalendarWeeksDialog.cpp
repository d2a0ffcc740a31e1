#include "calendar/CalendarWeeksDialog.h"

#include "calendar/CalendarExport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lotsen {

CalendarWeeksDialog::CalendarWeeksDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("calendarWeeksDialog"));
    setWindowTitle(tr("Export my planned contacts"));
    auto* intro = new QLabel(tr("Your planned contacts, plan reviews and follow-ups from today, as a calendar file. "
                                "The entries name the youth by first name only, with a Lotsen reference."),
                             this);
    intro->setWordWrap(true);
    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(QStringLiteral("calendarWeeks"));
    m_weeks->setRange(1, CalendarExport::MaxWeeks);
    m_weeks->setValue(CalendarExport::DefaultWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Weeks ahead:"), m_weeks);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("calendarWeeksButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int CalendarWeeksDialog::weeks() const
{
    return m_weeks->value();
}

} // namespace lotsen
