#include "partners/PartnerDialog.h"

#include "core/SqlValues.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/PartnerRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/ReadCheck.h"
#include "shell/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lotsen {

namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;
constexpr int kPersonActiveRole = Qt::UserRole + 2;

// The repository's own rule, checked here first so that a bad contact person is caught before the organisation is
// saved (the repository saves the organisation and each person in transactions of their own).
bool isEmailAddress(const QString& text)
{
    return SqlValues::validEmail(text);
}

} // namespace

PartnerDialog::PartnerDialog(Workspace& workspace, const PartnerOrganisation& existing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_existing(existing)
{
    const bool isNew = existing.id == 0;
    setObjectName(QStringLiteral("partnerDialog"));
    setWindowTitle(isNew ? tr("New partner organisation") : tr("Partner organisation – %1").arg(existing.name));

    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_name->setPlaceholderText(tr("e.g. Arbetsförmedlingen Malmö city"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("partnerKind"));
    for (PartnerKind kind : Vocabulary::partnerKinds()) {
        m_kind->addItem(Vocabulary::label(kind), int(kind));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(existing.kind))));
    m_phone = new QLineEdit(existing.phone, this);
    m_phone->setObjectName(QStringLiteral("partnerPhone"));
    m_email = new QLineEdit(existing.email, this);
    m_email->setObjectName(QStringLiteral("partnerEmail"));
    m_address = new QLineEdit(existing.address, this);
    m_address->setObjectName(QStringLiteral("partnerAddress"));
    m_notes = new QPlainTextEdit(existing.notes, this);
    m_notes->setObjectName(QStringLiteral("partnerNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setPlaceholderText(tr("Opening hours, how they prefer to be contacted, agreements …"));
    m_active = new QCheckBox(tr("Acti&ve: offered for new interventions and referrals"), this);
    m_active->setObjectName(QStringLiteral("partnerActive"));
    m_active->setChecked(isNew || existing.active);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_active);

    auto* personsBox = new QGroupBox(tr("Contact persons"), this);
    m_persons = new QTableWidget(0, PersonColumnCount, personsBox);
    m_persons->setObjectName(QStringLiteral("partnerPersons"));
    m_persons->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("Phone"), tr("E-mail"), tr("Status") });
    m_persons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_persons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_persons->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    m_persons->verticalHeader()->hide();
    m_persons->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_persons->setColumnWidth(PersonName, 170);
    m_persons->setColumnWidth(PersonRole, 140);
    m_persons->setColumnWidth(PersonPhone, 110);
    m_persons->horizontalHeader()->setSectionResizeMode(PersonEmail, QHeaderView::Stretch);
    m_persons->horizontalHeader()->setSectionResizeMode(PersonStatus, QHeaderView::ResizeToContents);
    m_persons->setMinimumHeight(140);
    // A read that fails leaves the dialog open with the reason shown and Save disabled.
    ReadCheck reads;
    if (!isNew) {
        for (const PartnerPerson& person : reads.take(workspace.partners().persons(existing.id))) {
            m_savedPersons.insert(person.id, person);
            appendPersonRow(person);
        }
    }
    m_addPerson = new QPushButton(tr("&Add person"), personsBox);
    m_addPerson->setObjectName(QStringLiteral("partnerAddPerson"));
    m_editPerson = new QPushButton(tr("Edi&t person"), personsBox);
    m_editPerson->setObjectName(QStringLiteral("partnerEditPerson"));
    m_togglePerson = new QPushButton(tr("Deactivate pe&rson"), personsBox);
    m_togglePerson->setObjectName(QStringLiteral("partnerTogglePerson"));
    auto* personButtons = new QHBoxLayout;
    personButtons->addWidget(m_addPerson);
    personButtons->addWidget(m_editPerson);
    personButtons->addWidget(m_togglePerson);
    personButtons->addStretch();
    auto* personsLayout = new QVBoxLayout(personsBox);
    personsLayout->addWidget(m_persons);
    personsLayout->addLayout(personButtons);

    m_error = new ErrorLabel(QStringLiteral("partnerError"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("partnerSave"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(personsBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    reads.report(m_error, buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addPerson, &QPushButton::clicked, this, &PartnerDialog::addPerson);
    connect(m_editPerson, &QPushButton::clicked, this, &PartnerDialog::editPerson);
    connect(m_togglePerson, &QPushButton::clicked, this, &PartnerDialog::togglePerson);
    connect(m_persons, &QTableWidget::itemSelectionChanged, this, &PartnerDialog::updatePersonButtons);
    // A button must not steal Enter while a person's cell is being typed; Save stays the default elsewhere.
    for (QPushButton* button : { m_addPerson, m_editPerson, m_togglePerson }) {
        button->setAutoDefault(false);
    }
    updatePersonButtons();
    m_name->setFocus();
    ScreenFit::resize(this, QSize(720, sizeHint().height()));
}

void PartnerDialog::appendPersonRow(const PartnerPerson& person)
{
    const int row = m_persons->rowCount();
    m_persons->insertRow(row);
    const QString texts[] = { person.name, person.role, person.phone, person.email };
    for (int column = PersonName; column <= PersonEmail; ++column) {
        m_persons->setItem(row, column, new QTableWidgetItem(texts[column]));
    }
    auto* status = new QTableWidgetItem;
    status->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_persons->setItem(row, PersonStatus, status);
    m_persons->item(row, PersonName)->setData(kPersonIdRole, person.id);
    setRowActive(row, person.active);
}

void PartnerDialog::setRowActive(int row, bool active)
{
    m_persons->item(row, PersonName)->setData(kPersonActiveRole, active);
    m_persons->item(row, PersonStatus)->setText(active ? tr("Active") : tr("Inactive"));
    for (int column = 0; column < PersonColumnCount; ++column) {
        m_persons->item(row, column)->setForeground(active ? palette().text() : QBrush(Qt::gray));
    }
}

PartnerPerson PartnerDialog::personAt(int row) const
{
    PartnerPerson person;
    const QTableWidgetItem* nameItem = m_persons->item(row, PersonName);
    person.id = nameItem->data(kPersonIdRole).toLongLong();
    person.organisationId = m_existing.id;
    person.name = nameItem->text().trimmed();
    person.role = m_persons->item(row, PersonRole)->text().trimmed();
    person.phone = m_persons->item(row, PersonPhone)->text().trimmed();
    person.email = m_persons->item(row, PersonEmail)->text().trimmed();
    person.active = nameItem->data(kPersonActiveRole).toBool();
    person.organisationName = m_existing.name;
    return person;
}

bool PartnerDialog::isBlankNewRow(int row) const
{
    const PartnerPerson person = personAt(row);
    return person.id == 0 && person.name.isEmpty() && person.role.isEmpty() && person.phone.isEmpty()
        && person.email.isEmpty();
}

PartnerOrganisation PartnerDialog::organisation() const
{
    PartnerOrganisation organisation = m_existing;
    organisation.name = m_name->text().trimmed();
    organisation.kind = static_cast<PartnerKind>(m_kind->currentData().toInt());
    organisation.phone = m_phone->text().trimmed();
    organisation.email = m_email->text().trimmed();
    organisation.address = m_address->text().trimmed();
    organisation.notes = m_notes->toPlainText().trimmed();
    organisation.active = m_active->isChecked();
    return organisation;
}

QList<PartnerPerson> PartnerDialog::persons() const
{
    QList<PartnerPerson> result;
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        if (!isBlankNewRow(row)) {
            result.append(personAt(row));
        }
    }
    return result;
}

int PartnerDialog::addPerson()
{
    PartnerPerson person;
    person.organisationId = m_existing.id;
    appendPersonRow(person);
    const int row = m_persons->rowCount() - 1;
    m_persons->setCurrentCell(row, PersonName);
    m_persons->setFocus();
    m_persons->editItem(m_persons->item(row, PersonName));
    return row;
}

void PartnerDialog::editPerson()
{
    const int row = m_persons->currentRow();
    if (row < 0) {
        return;
    }
    const int column = std::clamp(m_persons->currentColumn(), int(PersonName), int(PersonEmail));
    m_persons->setCurrentCell(row, column);
    m_persons->setFocus();
    m_persons->editItem(m_persons->item(row, column));
}

void PartnerDialog::togglePerson()
{
    const int row = m_persons->currentRow();
    if (row < 0) {
        return;
    }
    if (m_persons->item(row, PersonName)->data(kPersonIdRole).toLongLong() == 0) {
        m_persons->removeRow(row);
    } else {
        setRowActive(row, !m_persons->item(row, PersonName)->data(kPersonActiveRole).toBool());
    }
    updatePersonButtons();
}

void PartnerDialog::updatePersonButtons()
{
    const int row = m_persons->selectionModel()->hasSelection() ? m_persons->currentRow() : -1;
    m_editPerson->setEnabled(row >= 0);
    m_togglePerson->setEnabled(row >= 0);
    const bool saved = row >= 0 && m_persons->item(row, PersonName)->data(kPersonIdRole).toLongLong() != 0;
    const bool active = row < 0 || m_persons->item(row, PersonName)->data(kPersonActiveRole).toBool();
    m_togglePerson->setText(!saved ? tr("Remove pe&rson") : active ? tr("Deactivate pe&rson") : tr("Activate pe&rson"));
}

QString PartnerDialog::validate() const
{
    const PartnerOrganisation organisation = this->organisation();
    if (organisation.name.isEmpty()) {
        return tr("The organisation needs a name.");
    }
    const Result<QList<PartnerOrganisation>> others = m_workspace.partners().organisations();
    if (!others) {
        return others.message();
    }
    for (const PartnerOrganisation& other : *others) {
        if (other.id != organisation.id && other.name.compare(organisation.name, Qt::CaseInsensitive) == 0) {
            return tr("There is already an organisation called “%1”.").arg(other.name);
        }
    }
    if (!isEmailAddress(organisation.email)) {
        return tr("“%1” is not an e-mail address. Write it as name@example.se, or leave it empty.")
            .arg(organisation.email);
    }
    const QList<PartnerPerson> persons = this->persons();
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const PartnerPerson& person = persons.at(i);
        if (person.name.isEmpty()) {
            return tr("Contact person %1 has no name. Write the name, or remove the row.").arg(i + 1);
        }
        if (!isEmailAddress(person.email)) {
            return tr("“%1” (the e-mail of %2) is not an e-mail address. Write it as name@example.se, or leave it "
                      "empty.")
                .arg(person.email, person.name);
        }
    }
    return {};
}

void PartnerDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void PartnerDialog::accept()
{
    // A cell still being typed counts: taking the focus from its editor commits it.
    if (QWidget* editor = m_persons->focusWidget(); editor != nullptr && editor != m_persons) {
        m_persons->setFocus();
    }

    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    PartnerRepository& partners = m_workspace.partners();
    PartnerOrganisation changed = organisation();
    if (changed.id == 0 || changed != m_existing) {
        const Result<qint64> result = partners.saveOrganisation(changed);
        if (!result.ok()) {
            showError(result.message());
            return;
        }
        m_existing = changed;
    }
    for (PartnerPerson person : persons()) {
        person.organisationId = m_existing.id;
        person.organisationName = m_existing.name;
        const bool known = m_savedPersons.contains(person.id);
        const PartnerPerson before = m_savedPersons.value(person.id);
        const bool detailsChanged = !known || before.name != person.name || before.role != person.role
            || before.phone != person.phone || before.email != person.email;
        if (detailsChanged) {
            const bool isNewPerson = person.id == 0;
            const Result<qint64> result = partners.savePerson(person);
            if (!result.ok()) {
                // Only reachable when the repository knows a rule this dialog does not check first.
                showError(tr("The organisation was saved, but not the contact person %1: %2")
                              .arg(person.name, result.message()));
                return;
            }
            if (isNewPerson) {
                // A second Save after fixing the problem must not add the person twice.
                for (int row = 0; row < m_persons->rowCount(); ++row) {
                    QTableWidgetItem* item = m_persons->item(row, PersonName);
                    if (item->data(kPersonIdRole).toLongLong() == 0 && item->text().trimmed() == person.name) {
                        item->setData(kPersonIdRole, person.id);
                        break;
                    }
                }
            }
        }
        if (known && before.active != person.active) {
            const Result<qint64> result = partners.setPersonActive(person.id, person.active);
            if (!result.ok()) {
                showError(result.message());
                return;
            }
        }
        m_savedPersons.insert(person.id, person);
    }
    QDialog::accept();
}

} // namespace lotsen
