#include "lifecycle/RetentionDialog.h"

#include "access/Session.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lotsen {

RetentionDialog::RetentionDialog(Workspace& workspace, const RetentionPolicy& policy, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_policy(policy), m_retention(workspace)
{
    setWindowTitle(tr("Retention"));
    setObjectName(QStringLiteral("retentionDialog"));
    resize(760, 480);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("retentionCandidates"));
    m_table->setAccessibleName(tr("Youths who would be culled"));
    m_table->setHorizontalHeaderLabels(
        { tr("Youth"), tr("Kind"), tr("Last period ended"), tr("Last entry"), tr("Reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("retentionPassword"));
    m_password->setAccessibleName(tr("Your password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_cull = new QPushButton(tr("Cull now"), this);
    m_cull->setObjectName(QStringLiteral("cullNow"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("retentionResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_error = new ErrorLabel(QStringLiteral("retentionDialogError"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* confirm = new QFormLayout;
    confirm->addRow(tr("Confirm with your &password:"), m_password);
    confirm->addRow(QString(), m_cull);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(confirm);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::textChanged, this, &RetentionDialog::updateButton);
    connect(m_password, &QLineEdit::returnPressed, this, &RetentionDialog::cull);
    connect(m_cull, &QPushButton::clicked, this, &RetentionDialog::cull);
    refresh();
}

void RetentionDialog::refresh()
{
    m_table->setRowCount(0);
    m_somethingToCull = false;
    const Result<QList<RetentionRepository::Candidate>> candidates = m_retention.preview(m_policy);
    const Result<qint64> logEntries = m_retention.accessLogEntriesPastPolicy(m_policy);
    if (!candidates || !logEntries) {
        m_error->setText(!candidates ? candidates.message() : logEntries.message());
        m_error->show();
        m_summary->setText(tr("Who would be culled could not be read."));
        updateButton();
        return;
    }
    m_error->hide();
    m_previewed.clear();
    for (const RetentionRepository::Candidate& candidate : *candidates) {
        m_previewed.append(candidate.youthId);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // Names only for administrators (the repository leaves them out for others): otherwise the id and birth year.
        const QString who = !candidate.firstName.isEmpty() ? candidate.firstName + u' ' + candidate.lastName
            : candidate.birthYear > 0 ? tr("#%1, born %2").arg(candidate.youthId).arg(candidate.birthYear)
                                      : tr("#%1").arg(candidate.youthId);
        const bool prospect = candidate.kind == RetentionRepository::CandidateKind::Prospect;
        const QStringList cells
            = { who, prospect ? tr("Prospect") : tr("Participant"), candidate.lastPeriodEnd.toString(Qt::ISODate),
                candidate.lastEntry.toString(Qt::ISODate), RetentionRepository::reason(candidate, m_policy) };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    const int count = int(candidates->size());
    m_somethingToCull = count > 0 || *logEntries > 0;
    QString summary = m_somethingToCull
        ? tr("%n youth(s) would be culled now.", "", count) + u' '
            + tr("%n access-log entry(s) older than the policy would be removed.", "", int(*logEntries))
        : tr("Nobody is to be culled now under the policy, and no access-log entry is old enough to be removed.");
    summary += u' '
        + (m_policy.decision.isEmpty()
               ? tr("No decision is recorded for the policy: write the decision it rests on in Settings.")
               : tr("The policy rests on: %1").arg(m_policy.decision));
    m_summary->setText(summary);
    updateButton();
}

void RetentionDialog::updateButton()
{
    const bool manage = m_workspace.session().allows(Permission::ManageRetention);
    m_password->setEnabled(manage && m_somethingToCull);
    m_cull->setEnabled(manage && m_somethingToCull && !m_password->text().isEmpty());
}

void RetentionDialog::cull()
{
    if (!m_cull->isEnabled()) {
        return;
    }
    // Only the youths shown: someone added since the preview is not culled unseen.
    const Result<RetentionRepository::Outcome> outcome = m_retention.cull(m_policy, m_password->text(), m_previewed);
    m_password->clear();
    if (!outcome) {
        m_error->setText(outcome.message());
        m_error->show();
        m_password->setFocus();
        return;
    }
    refresh();
    m_result->setText(tr("Culled: %1, %2; %3.")
                          .arg(tr("%n participant(s)", "", outcome->youths),
                               tr("%n prospect(s)", "", outcome->prospects),
                               tr("%n access-log entry(s) removed", "", int(outcome->logEntries))));
    m_result->show();
    // Done, but not all of it (the retention log outside the database, compacting the file): the user must know.
    if (!outcome->warnings.isEmpty()) {
        m_error->setText(outcome->warnings.join(u'\n'));
        m_error->show();
    }
}

} // namespace lotsen
