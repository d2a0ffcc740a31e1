#include "lifecycle/RetentionSettingsWidget.h"

#include "access/Session.h"
#include "core/Workspace.h"
#include "lifecycle/RetentionDialog.h"
#include "lifecycle/RetentionPolicy.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lotsen {

RetentionSettingsWidget::RetentionSettingsWidget(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Retention policy"), parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("retentionSettings"));
    const auto spin = [this](const char* name, const QString& accessible, int maximum, const QString& suffix) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setAccessibleName(accessible);
        box->setRange(1, maximum);
        box->setSuffix(suffix);
        return box;
    };
    m_years = spin("retentionYears", tr("Years after the last period and entry"), 100, tr(" years"));
    m_prospectMonths
        = spin("retentionProspectMonths", tr("Months for prospects who never enrolled"), 1200, tr(" months"));
    m_accessLogYears = spin("retentionAccessLogYears", tr("Years the access log is kept"), 100, tr(" years"));
    m_decision = new QLineEdit(this);
    m_decision->setObjectName(QStringLiteral("retentionDecision"));
    m_decision->setAccessibleName(tr("Retention decision"));
    m_decision->setPlaceholderText(tr("e.g. the board's decision on culling (gallringsbeslut), with its date"));
    m_decision->setMaxLength(2000);
    m_save = new QPushButton(tr("Save policy"), this);
    m_save->setObjectName(QStringLiteral("saveRetentionPolicy"));
    m_preview = new QPushButton(tr("Preview culling…"), this);
    m_preview->setObjectName(QStringLiteral("previewCulling"));
    m_error = new ErrorLabel(QStringLiteral("retentionError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Cull personal data after the last period and entry:"), m_years);
    form->addRow(tr("Cull prospects who never enrolled after:"), m_prospectMonths);
    form->addRow(tr("Keep the access log for:"), m_accessLogYears);
    form->addRow(tr("Decision:"), m_decision);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_error);

    connect(m_save, &QPushButton::clicked, this, &RetentionSettingsWidget::save);
    connect(m_preview, &QPushButton::clicked, this, &RetentionSettingsWidget::preview);
    connect(&workspace.session(), &Session::accessChanged, this, &RetentionSettingsWidget::updateAccess);
    load();
    updateAccess();
}

void RetentionSettingsWidget::load()
{
    // The versions first: a change made between the two reads is then caught by the save, not lost.
    const Result<CentreSettings::Versions> versions = m_workspace.centre().versions();
    if (!versions) {
        m_error->setText(versions.message());
        m_error->show();
        m_save->setEnabled(false);
        return;
    }
    m_versions = *versions;
    const Result<RetentionPolicy> policy = RetentionPolicy::read(m_workspace.centre());
    if (!policy) {
        m_error->setText(policy.message());
        m_error->show();
        m_save->setEnabled(false);
        return;
    }
    m_years->setValue(policy->years);
    m_prospectMonths->setValue(policy->prospectMonths);
    m_accessLogYears->setValue(policy->accessLogYears);
    m_decision->setText(policy->decision);
}

void RetentionSettingsWidget::updateAccess()
{
    // Only administrators change the policy and cull; coordinators may still preview (without names).
    const Session& session = m_workspace.session();
    const bool manage = session.allows(Permission::ManageRetention);
    for (QWidget* widget : { static_cast<QWidget*>(m_years), static_cast<QWidget*>(m_prospectMonths),
                             static_cast<QWidget*>(m_accessLogYears), static_cast<QWidget*>(m_decision),
                             static_cast<QWidget*>(m_save) }) {
        widget->setEnabled(manage);
    }
    m_preview->setEnabled(manage || session.allows(Permission::ViewReports));
}

bool RetentionSettingsWidget::save()
{
    RetentionPolicy policy;
    policy.years = m_years->value();
    policy.prospectMonths = m_prospectMonths->value();
    policy.accessLogYears = m_accessLogYears->value();
    policy.decision = m_decision->text();
    if (Result<void> saved = policy.save(m_workspace.centre(), m_versions); !saved) {
        m_error->setText(saved.message());
        m_error->show();
        if (saved.field() == CentreSettings::conflictField()
            && MessageBox::question(this, tr("Changed by someone else"),
                                    saved.message() + QStringLiteral("\n\n")
                                        + tr("Show the saved retention policy now? With No, your changes stay here, "
                                             "unsaved."),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes) {
            load();
        }
        return false;
    }
    m_error->hide();
    if (const Result<CentreSettings::Versions> versions = m_workspace.centre().versions(); versions) {
        m_versions = *versions;
    }
    return true;
}

void RetentionSettingsWidget::preview()
{
    // A culling rests on the policy as saved (and logged): an administrator's edits are saved first.
    if (m_workspace.session().allows(Permission::ManageRetention) && !save()) {
        return;
    }
    const Result<RetentionPolicy> policy = RetentionPolicy::read(m_workspace.centre());
    if (!policy) {
        m_error->setText(policy.message());
        m_error->show();
        return;
    }
    auto* dialog = new RetentionDialog(m_workspace, *policy, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lotsen
