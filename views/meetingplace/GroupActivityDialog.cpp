#include "meetingplace/GroupActivityDialog.h"

#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "contacts/ContactDialog.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/ScreenFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace lotsen {

GroupActivityDialog::GroupActivityDialog(Workspace& workspace, const MeetingPlaceRepository::GroupActivity& existing,
                                         QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_existing(existing)
{
    const bool isNew = existing.id == 0;
    setWindowTitle(isNew ? tr("New group activity") : tr("Group activity – %1").arg(existing.title));

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("activityDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(isNew ? Clock::today() : existing.heldOn);

    // Typed freely, with the usual kinds offered.
    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_title->setEditable(true);
    m_title->setInsertPolicy(QComboBox::NoInsert);
    m_title->addItems(MeetingPlaceRepository::activityTitleSuggestions());
    m_title->setCurrentText(isNew ? QString() : existing.title);
    m_title->lineEdit()->setPlaceholderText(tr("e.g. study visit, lecture, fika, workshop"));

    m_place = new QLineEdit(existing.place, this);
    m_place->setObjectName(QStringLiteral("activityPlace"));
    m_place->setPlaceholderText(tr("e.g. the meeting place, the folk high school"));

    m_leader = new QComboBox(this);
    m_leader->setObjectName(QStringLiteral("activityLeader"));
    const Result<void> staffRead
        = StaffChoice::fill(m_leader, workspace.staff().all(), tr("Not stated"), existing.leaderId);
    const qint64 leaderId = isNew ? m_workspace.session().staffId() : existing.leaderId;
    m_leader->setCurrentIndex(std::max(0, m_leader->findData(QVariant::fromValue(leaderId))));

    m_error = new ErrorLabel(QStringLiteral("activityError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Leader:"), m_leader);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("activitySave"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupActivityDialog::accept);
    if (!staffRead) {
        m_error->setText(staffRead.message());
        m_error->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_title->setFocus();
    ScreenFit::resize(this, QSize(440, sizeHint().height()));
}

MeetingPlaceRepository::GroupActivity GroupActivityDialog::activity() const
{
    MeetingPlaceRepository::GroupActivity activity = m_existing;
    activity.heldOn = m_date->date();
    activity.title = m_title->currentText().trimmed();
    activity.place = m_place->text().trimmed();
    activity.leaderId = m_leader->currentData().toLongLong();
    return activity;
}

void GroupActivityDialog::accept()
{
    MeetingPlaceRepository::GroupActivity changed = activity();
    const Result<qint64> result = m_workspace.meetingPlace().saveActivity(changed);
    if (!result.ok()) {
        m_error->setText(result.message());
        m_error->show();
        return;
    }
    m_savedId = changed.id;
    QDialog::accept();
}

} // namespace lotsen
