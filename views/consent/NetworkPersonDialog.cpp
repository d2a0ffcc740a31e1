#include "consent/NetworkPersonDialog.h"

#include "consent/NetworkRepository.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lotsen {

NetworkPersonDialog::NetworkPersonDialog(Workspace& workspace, qint64 youthId, const NetworkPerson& existing,
                                         QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId), m_existing(existing)
{
    setWindowTitle(existing.id == 0 ? tr("Add person to the network") : tr("Change person – %1").arg(existing.name));

    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("networkPersonName"));
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("networkPersonRelation"));
    for (Relation relation : Vocabulary::relations()) {
        m_relation->addItem(Vocabulary::label(relation), static_cast<int>(relation));
    }
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(static_cast<int>(existing.relation))));
    m_phone = new QLineEdit(existing.phone, this);
    m_phone->setObjectName(QStringLiteral("networkPersonPhone"));
    m_email = new QLineEdit(existing.email, this);
    m_email->setObjectName(QStringLiteral("networkPersonEmail"));
    m_legalGuardian = new QCheckBox(tr("&Legal guardian of the youth"), this);
    m_legalGuardian->setObjectName(QStringLiteral("networkPersonLegalGuardian"));
    m_legalGuardian->setToolTip(
        tr("For a youth under 18, a legal guardian can give consent and signs the consent form."));
    m_legalGuardian->setChecked(existing.legalGuardian);
    m_notes = new QPlainTextEdit(existing.notes, this);
    m_notes->setObjectName(QStringLiteral("networkPersonNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6);
    m_notes->setPlaceholderText(tr("E.g. when they can be reached (optional)"));
    m_error = new ErrorLabel(QStringLiteral("networkPersonError"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("networkPersonSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(QString(), m_legalGuardian);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(m_error);
    form->addRow(buttons);
    m_name->setFocus();
    ScreenFit::resize(this, QSize(440, sizeHint().height()));
}

NetworkPerson NetworkPersonDialog::person() const
{
    NetworkPerson person = m_existing;
    person.youthId = m_youthId;
    person.name = m_name->text().trimmed();
    person.relation = static_cast<Relation>(m_relation->currentData().toInt());
    person.phone = m_phone->text().trimmed();
    person.email = m_email->text().trimmed();
    person.legalGuardian = m_legalGuardian->isChecked();
    person.notes = m_notes->toPlainText().trimmed();
    return person;
}

void NetworkPersonDialog::accept()
{
    NetworkPerson entry = person();
    const Result<qint64> result = m_workspace.network().save(entry);
    if (!result.ok()) {
        m_error->setText(result.message());
        m_error->show();
        return;
    }
    m_savedId = entry.id != 0 ? entry.id : *result;
    QDialog::accept();
}

} // namespace lotsen
