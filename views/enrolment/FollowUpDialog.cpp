#include "enrolment/FollowUpDialog.h"

#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "enrolment/FollowUpRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "shell/ReadCheck.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lotsen {

namespace {

template<typename E> QComboBox* comboOf(const char* name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    for (E value : EnrolmentVocabulary::all<E>()) {
        combo->addItem(EnrolmentVocabulary::label(value), static_cast<int>(value));
    }
    return combo;
}

} // namespace

FollowUpDialog::FollowUpDialog(Workspace& workspace, qint64 followUpId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_followUpId(followUpId)
{
    ReadCheck reads;
    m_followUp = reads.take(workspace.followUps().followUp(followUpId));
    const std::optional<Youth> youth
        = m_followUp ? reads.take(workspace.youths().load(m_followUp->youthId)) : std::optional<Youth>();
    setWindowTitle(tr("Follow-up – %1").arg(youth ? youth->fullName() : QString()));

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("followUpHeading"));
    heading->setWordWrap(true);
    auto* history = new QLabel(this);
    history->setObjectName(QStringLiteral("followUpHistory"));
    history->setWordWrap(true);
    history->setTextFormat(Qt::PlainText);
    if (m_followUp) {
        heading->setText(tr("<b>%1 after exit</b>, due %2")
                             .arg(EnrolmentVocabulary::offsetLabel(m_followUp->offsetCode),
                                  m_followUp->dueOn.toString(Qt::ISODate)));
        QStringList lines;
        for (const FollowUpAttempt& attempt : m_followUp->attempts) {
            lines << tr("%1: %2, %3")
                         .arg(attempt.on.toString(Qt::ISODate), EnrolmentVocabulary::label(attempt.channel),
                              EnrolmentVocabulary::label(attempt.result).toLower());
        }
        history->setText(lines.isEmpty() ? tr("No attempts yet.") : tr("Earlier attempts:\n%1").arg(lines.join(u'\n')));
    }

    m_date = new QDateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("followUpDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::today());
    m_channel = comboOf<FollowUpChannel>("followUpChannel", this);
    m_result = comboOf<AttemptResult>("followUpResult", this);
    m_result->setCurrentIndex(m_result->findData(static_cast<int>(AttemptResult::NoAnswer)));
    m_situation = new QComboBox(this);
    m_situation->setObjectName(QStringLiteral("followUpSituation"));
    m_situation->addItem(tr("Choose the situation"), -1);
    for (Situation situation : EnrolmentVocabulary::all<Situation>()) {
        m_situation->addItem(EnrolmentVocabulary::label(situation), static_cast<int>(situation));
    }
    m_studyType = comboOf<StudyType>("followUpStudyType", this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);

    m_form = new QFormLayout(this);
    m_form->addRow(heading);
    m_form->addRow(history);
    m_form->addRow(tr("&Date:"), m_date);
    m_form->addRow(tr("&Channel:"), m_channel);
    m_form->addRow(tr("&Result:"), m_result);
    m_form->addRow(tr("&Situation now:"), m_situation);
    m_form->addRow(tr("&Type of studies:"), m_studyType);
    m_form->addRow(tr("&Note:"), m_note);
    m_error = new ErrorLabel(QStringLiteral("followUpError"), this);
    m_form->addRow(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Save attempt"));
    ok->setObjectName(QStringLiteral("followUpOk"));
    m_notReached = buttons->addButton(tr("Close as &not reached"), QDialogButtonBox::ActionRole);
    m_notReached->setObjectName(QStringLiteral("followUpNotReached"));
    const int maxAttempts = workspace.centre().followUpAttempts();
    const int unanswered = m_followUp ? m_followUp->unansweredAttempts() : 0;
    m_notReached->setEnabled(unanswered >= maxAttempts);
    m_notReached->setToolTip(
        tr("Possible after %n unanswered attempt(s); the follow-up then leaves Today.", nullptr, maxAttempts));
    m_form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_notReached, &QPushButton::clicked, this, &FollowUpDialog::closeNotReached);
    connect(m_result, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateState);
    connect(m_situation, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateState);
    updateState();

    if (reads.failed()) {
        reads.report(m_error, ok);
        m_notReached->setEnabled(false);
    } else if (!m_followUp) {
        showError(tr("This follow-up no longer exists in the database."));
        ok->setEnabled(false);
    } else if (m_followUp->status != FollowUpStatus::Open) {
        showError(tr("This follow-up is closed: %1.").arg(EnrolmentVocabulary::label(m_followUp->status).toLower()));
        ok->setEnabled(false);
        m_notReached->setEnabled(false);
    }
    m_result->setFocus();
}

void FollowUpDialog::updateState()
{
    const bool reached = static_cast<AttemptResult>(m_result->currentData().toInt()) == AttemptResult::Reached;
    m_form->setRowVisible(m_situation, reached);
    m_form->setRowVisible(m_studyType,
                          reached && static_cast<Situation>(m_situation->currentData().toInt()) == Situation::Studies);
}

void FollowUpDialog::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
    }
}

void FollowUpDialog::accept()
{
    AttemptInput attempt;
    attempt.on = m_date->date();
    attempt.channel = static_cast<FollowUpChannel>(m_channel->currentData().toInt());
    attempt.result = static_cast<AttemptResult>(m_result->currentData().toInt());
    attempt.note = m_note->toPlainText();
    if (attempt.result == AttemptResult::Reached && m_situation->currentData().toInt() >= 0) {
        attempt.situation = static_cast<Situation>(m_situation->currentData().toInt());
        attempt.studyType = static_cast<StudyType>(m_studyType->currentData().toInt());
    }
    const Result<void> saved = m_workspace.followUps().recordAttempt(m_followUpId, attempt);
    if (!saved) {
        showError(saved.message(), saved.error().field == QLatin1String("situation") ? m_situation : nullptr);
        return;
    }
    QDialog::accept();
}

void FollowUpDialog::closeNotReached()
{
    if (MessageBox::question(this, tr("Close as not reached"),
                             tr("Close this follow-up as not reached? It leaves Today and counts as not reached in "
                                "the reports."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                             { { QMessageBox::Yes, tr("Close as not reached") } })
        != QMessageBox::Yes) {
        return;
    }
    const Result<void> closed
        = m_workspace.followUps().closeNotReached(m_followUpId, m_workspace.centre().followUpAttempts());
    if (!closed) {
        showError(closed.message());
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
