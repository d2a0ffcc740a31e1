#include "partners/InterventionDialog.h"

#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/ReadCheck.h"
#include "shell/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace lotsen {

InterventionDialog::InterventionDialog(Workspace& workspace, const Intervention& existing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_existing(existing)
{
    const bool isNew = existing.id == 0;
    setObjectName(QStringLiteral("interventionDialog"));
    setWindowTitle(isNew ? tr("New intervention") : tr("Intervention – %1").arg(existing.name));

    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("interventionName"));
    m_name->setPlaceholderText(tr("e.g. Praktik via Arbetsförmedlingen"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("interventionCategory"));
    for (InterventionCategory category : Vocabulary::interventionCategories()) {
        m_category->addItem(Vocabulary::label(category), int(category));
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(int(existing.category))));

    // Only active organisations are offered, but an inactive one that already provides this stays shown.
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("interventionProvider"));
    m_provider->addItem(tr("The centre itself"), QVariant::fromValue<qint64>(0));
    // A read that fails leaves the dialog open with the reason shown and Save disabled.
    ReadCheck reads;
    for (const PartnerOrganisation& organisation : reads.take(workspace.partners().organisations())) {
        if (organisation.active) {
            m_provider->addItem(organisation.name, QVariant::fromValue(organisation.id));
        } else if (organisation.id == existing.providerId) {
            m_provider->addItem(tr("%1 (inactive)").arg(organisation.name), QVariant::fromValue(organisation.id));
        }
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(QVariant::fromValue(existing.providerId))));

    m_description = new QPlainTextEdit(existing.description, this);
    m_description->setObjectName(QStringLiteral("interventionDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the youth does, who it suits, how to apply"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_length = new QLineEdit(existing.typicalLength, this);
    m_length->setObjectName(QStringLiteral("interventionLength"));
    m_length->setPlaceholderText(tr("e.g. 8 weeks, one day, a term"));
    m_active = new QCheckBox(tr("Acti&ve: offered for new participations"), this);
    m_active->setObjectName(QStringLiteral("interventionActive"));
    m_active->setChecked(isNew || existing.active);

    m_error = new ErrorLabel(QStringLiteral("interventionError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("T&ypical length:"), m_length);
    form->addRow(QString(), m_active);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("interventionSave"));
    form->addRow(buttons);
    reads.report(m_error, buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::accepted, this, &InterventionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    ScreenFit::resize(this, QSize(520, sizeHint().height()));
}

Intervention InterventionDialog::intervention() const
{
    Intervention intervention = m_existing;
    intervention.name = m_name->text().trimmed();
    intervention.category = static_cast<InterventionCategory>(m_category->currentData().toInt());
    intervention.providerId = m_provider->currentData().toLongLong();
    intervention.description = m_description->toPlainText().trimmed();
    intervention.typicalLength = m_length->text().trimmed();
    intervention.active = m_active->isChecked();
    return intervention;
}

void InterventionDialog::accept()
{
    Intervention changed = intervention();
    if (changed.name.isEmpty()) {
        m_error->setText(tr("The intervention needs a name."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    const Result<qint64> result = m_workspace.interventions().saveIntervention(changed);
    if (!result.ok()) {
        m_error->setText(result.message());
        m_error->show();
        return;
    }
    m_savedId = changed.id;
    QDialog::accept();
}

} // namespace lotsen
