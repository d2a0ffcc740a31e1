#include "consent/NetworkTab.h"

#include "access/AccessDetail.h"
#include "consent/ConsentDialog.h"
#include "consent/ConsentDocumentBuilder.h"
#include "consent/ConsentModel.h"
#include "consent/ConsentRepository.h"
#include "consent/NetworkModel.h"
#include "consent/NetworkPersonDialog.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactDialog.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "partners/PartnerRepository.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "shell/ScreenFit.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace lotsen {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    ElidedToolTips::install(view);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

QString partnerPersonText(const PartnerPerson& person)
{
    QString text = person.name;
    if (!person.role.isEmpty()) {
        text += QStringLiteral(", ") + person.role;
    }
    if (!person.organisationName.isEmpty()) {
        text += QStringLiteral(" – ") + person.organisationName;
    }
    return text;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

NetworkTab::NetworkTab(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_networkModel(new NetworkModel(workspace.network(), this))
    , m_consentModel(new ConsentModel(workspace.consents(), this))
{
    m_networkModel->setObjectName(QStringLiteral("networkModel"));
    m_consentModel->setObjectName(QStringLiteral("consentModel"));
    // Mnemonics avoid the menu bar's letters (F, E, G, H), which are in reach while the card is shown.
    auto* people = new QGroupBox(tr("Relatives and others"), this);
    m_networkView = makeTable(m_networkModel, QStringLiteral("networkView"), people);
    m_networkView->setAccessibleName(tr("The youth's network"));
    const int widths[] = { 200, 110, 130, 200 };
    for (int column = 0; column < NetworkModel::LegalGuardian; ++column) {
        m_networkView->horizontalHeader()->resizeSection(column, widths[column]);
    }
    m_addPerson = makeButton(tr("&Add person…"), QStringLiteral("addNetworkPerson"), people);
    m_editPerson = makeButton(tr("&Change…"), QStringLiteral("editNetworkPerson"), people);
    m_removePerson = makeButton(tr("&Remove"), QStringLiteral("removeNetworkPerson"), people);
    auto* peopleButtons = new QVBoxLayout;
    peopleButtons->addWidget(m_addPerson);
    peopleButtons->addWidget(m_editPerson);
    peopleButtons->addWidget(m_removePerson);
    peopleButtons->addStretch();
    auto* peopleLayout = new QHBoxLayout(people);
    peopleLayout->addWidget(m_networkView, 1);
    peopleLayout->addLayout(peopleButtons);

    auto* partners = new QGroupBox(tr("Partner contact persons working with the youth"), this);
    m_partnerContacts = new QListWidget(partners);
    m_partnerContacts->setObjectName(QStringLiteral("partnerContactList"));
    m_partnerContacts->setAccessibleName(tr("Contacts at partner organisations"));
    m_partnerContacts->setAlternatingRowColors(true);
    m_link = makeButton(tr("&Link…"), QStringLiteral("linkPartnerContact"), partners);
    m_link->setToolTip(tr("Link a contact person at a partner organisation, e.g. the youth's case officer at "
                          "Arbetsförmedlingen"));
    m_unlink = makeButton(tr("&Unlink"), QStringLiteral("unlinkPartnerContact"), partners);
    auto* partnerButtons = new QVBoxLayout;
    partnerButtons->addWidget(m_link);
    partnerButtons->addWidget(m_unlink);
    partnerButtons->addStretch();
    auto* partnerLayout = new QHBoxLayout(partners);
    partnerLayout->addWidget(m_partnerContacts, 1);
    partnerLayout->addLayout(partnerButtons);

    auto* consents = new QGroupBox(tr("Consents"), this);
    auto* consentHint = new QLabel(tr("Contact with relatives and sharing information with a partner need the "
                                      "youth's valid consent. Consents are never deleted: a withdrawn or expired "
                                      "consent stays here, greyed."),
                                   consents);
    consentHint->setWordWrap(true);
    consentHint->setStyleSheet(QStringLiteral("color: #555;"));
    m_consentView = makeTable(m_consentModel, QStringLiteral("consentView"), consents);
    m_consentView->setAccessibleName(tr("Consents"));
    // Narrow enough that the status column shows beside the buttons in a 1200-pixel window.
    const int consentWidths[] = { 250, 85, 100, 125, 150 };
    for (int column = 0; column < ConsentModel::Status; ++column) {
        m_consentView->horizontalHeader()->resizeSection(column, consentWidths[column]);
    }
    m_recordConsent = makeButton(tr("Rec&ord consent…"), QStringLiteral("recordConsent"), consents);
    m_withdrawConsent = makeButton(tr("&Withdraw…"), QStringLiteral("withdrawConsent"), consents);
    m_withdrawConsent->setToolTip(tr("Record that the youth withdrew the selected consent; it stays in the list"));
    m_printConsent = makeButton(tr("&Print consent form…"), QStringLiteral("printConsentForm"), consents);
    auto* consentButtons = new QVBoxLayout;
    consentButtons->addWidget(m_recordConsent);
    consentButtons->addWidget(m_withdrawConsent);
    consentButtons->addWidget(m_printConsent);
    consentButtons->addStretch();
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentView, 1);
    consentRow->addLayout(consentButtons);
    auto* consentLayout = new QVBoxLayout(consents);
    consentLayout->addWidget(consentHint);
    consentLayout->addLayout(consentRow, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("networkSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(people);
    splitter->addWidget(partners);
    splitter->addWidget(consents);
    // Most youths have a few relatives and partner contacts but a longer list of consents.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 4);
    // What could not be read says so here, instead of a list that only looks empty.
    m_error = new ErrorLabel(QStringLiteral("networkError"), this);
    m_error->follow(m_networkModel);
    m_error->follow(m_consentModel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(splitter);

    connect(m_addPerson, &QPushButton::clicked, this, &NetworkTab::addPerson);
    connect(m_editPerson, &QPushButton::clicked, this, &NetworkTab::editPerson);
    connect(m_removePerson, &QPushButton::clicked, this, &NetworkTab::removePerson);
    connect(m_link, &QPushButton::clicked, this, &NetworkTab::linkPartnerContact);
    connect(m_unlink, &QPushButton::clicked, this, &NetworkTab::unlinkPartnerContact);
    connect(m_recordConsent, &QPushButton::clicked, this, &NetworkTab::recordConsent);
    connect(m_withdrawConsent, &QPushButton::clicked, this, &NetworkTab::withdrawConsent);
    connect(m_printConsent, &QPushButton::clicked, this, &NetworkTab::printConsentForm);
    connect(m_networkView, &QTableView::activated, this, &NetworkTab::editPerson);

    connect(m_networkModel, &QAbstractItemModel::modelReset, this, &NetworkTab::updateButtons);
    connect(m_consentModel, &QAbstractItemModel::modelReset, this, &NetworkTab::updateButtons);
    connect(m_networkView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NetworkTab::updateButtons);
    connect(m_consentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NetworkTab::updateButtons);
    connect(m_partnerContacts, &QListWidget::currentRowChanged, this, &NetworkTab::updateButtons);
    connect(&workspace.network(), &NetworkRepository::changed, this, [this](qint64 id) {
        if (id == m_youthId && m_youthId != 0) {
            refreshPartnerContacts();
            // Names of relatives and guardians show in the consents too.
            (void)m_consentModel->refresh(); // a failure shows in the error line
        }
    });
    connect(&workspace.partners(), &PartnerRepository::changed, this, &NetworkTab::refreshPartnerContacts);
    // The birth date decides whether a guardian's consent still counts.
    connect(&workspace.youths(), &YouthRepository::youthSaved, this, [this](qint64 id) {
        if (id == m_youthId && m_youthId != 0) {
            reloadYouth();
        }
    });

    setYouthId(youthId);
}

void NetworkTab::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    m_networkModel->setYouthId(youthId);
    reloadYouth();
    refreshPartnerContacts();
    updateButtons();
}

void NetworkTab::reloadYouth()
{
    QDate birthDate;
    if (m_youthId != 0) {
        const Result<std::optional<Youth>> youth = m_workspace.youths().load(m_youthId);
        if (!youth.ok()) {
            showReadError(youth.message());
        } else if (youth.value()) {
            birthDate = youth.value()->birthDate;
        }
    }
    m_consentModel->setExpiryWarningDays(m_workspace.centre().consentExpiryDays());
    m_consentModel->setYouth(m_youthId, birthDate);
}

void NetworkTab::refreshPartnerContacts()
{
    const qint64 current
        = m_partnerContacts->currentItem() ? m_partnerContacts->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_partnerContacts->clear();
    if (m_youthId != 0) {
        const Result<QList<PartnerPerson>> persons = m_workspace.network().partnerContacts(m_youthId);
        if (!persons) {
            showReadError(persons.message());
        }
        for (const PartnerPerson& person : persons.valueOr({})) {
            auto* item = new QListWidgetItem(partnerPersonText(person), m_partnerContacts);
            item->setData(Qt::UserRole, QVariant::fromValue(person.id));
            QStringList tip;
            if (!person.phone.isEmpty()) {
                tip.append(tr("Phone: %1").arg(person.phone));
            }
            if (!person.email.isEmpty()) {
                tip.append(tr("E-mail: %1").arg(person.email));
            }
            item->setToolTip(tip.join(u'\n'));
            if (person.id == current) {
                m_partnerContacts->setCurrentItem(item);
            }
        }
    }
    updateButtons();
}

int NetworkTab::currentPersonRow() const
{
    const QModelIndex current = m_networkView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int NetworkTab::currentConsentRow() const
{
    const QModelIndex current = m_consentView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void NetworkTab::updateButtons()
{
    const bool saved = m_youthId != 0;
    const bool person = m_networkModel->personAt(currentPersonRow()).has_value();
    const std::optional<Consent> consent = m_consentModel->consentAt(currentConsentRow());
    m_addPerson->setEnabled(saved);
    m_editPerson->setEnabled(person);
    m_removePerson->setEnabled(person);
    m_link->setEnabled(saved);
    m_unlink->setEnabled(m_partnerContacts->currentItem() != nullptr);
    m_recordConsent->setEnabled(saved);
    m_withdrawConsent->setEnabled(consent && !consent->isWithdrawn());
    m_printConsent->setEnabled(saved);
}

void NetworkTab::selectPerson(qint64 personId)
{
    const int row = personId != 0 ? m_networkModel->rowOfPerson(personId) : -1;
    if (row >= 0) {
        m_networkView->setCurrentIndex(m_networkModel->index(row, 0));
        m_networkView->selectRow(row);
    }
}

void NetworkTab::selectConsent(qint64 consentId)
{
    const int row = consentId != 0 ? m_consentModel->rowOfConsent(consentId) : -1;
    if (row >= 0) {
        m_consentView->setCurrentIndex(m_consentModel->index(row, 0));
        m_consentView->selectRow(row);
    }
}

void NetworkTab::addPerson()
{
    if (m_youthId == 0) {
        return;
    }
    auto* dialog = new NetworkPersonDialog(m_workspace, m_youthId, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectPerson(dialog->savedId()); });
    dialog->open();
}

void NetworkTab::editPerson()
{
    const std::optional<NetworkPerson> person = m_networkModel->personAt(currentPersonRow());
    if (!person) {
        return;
    }
    auto* dialog = new NetworkPersonDialog(m_workspace, m_youthId, *person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectPerson(dialog->savedId()); });
    dialog->open();
}

void NetworkTab::removePerson()
{
    const std::optional<NetworkPerson> person = m_networkModel->personAt(currentPersonRow());
    if (!person) {
        return;
    }
    const auto answer
        = MessageBox::question(this, tr("Remove person"), tr("Remove %1 from the youth's network?").arg(person->name),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const Result<qint64> result = m_workspace.network().remove(person->id);
    if (!result.ok()) {
        // E.g. a consent or a contact names the person: they are part of the history.
        MessageBox::warning(this, tr("Remove person"), result.message());
    }
}

void NetworkTab::linkPartnerContact()
{
    if (m_youthId == 0) {
        return;
    }
    const Result<QList<PartnerPerson>> current = m_workspace.network().partnerContacts(m_youthId);
    const Result<QList<PartnerPerson>> persons = m_workspace.partners().persons(0, true);
    if (!current || !persons) {
        MessageBox::warning(this, tr("Link partner contact"), !current ? current.message() : persons.message());
        return;
    }
    QList<qint64> linked;
    for (const PartnerPerson& person : *current) {
        linked.append(person.id);
    }
    QList<qint64> ids;
    QStringList labels;
    for (const PartnerPerson& person : *persons) {
        if (!linked.contains(person.id)) {
            ids.append(person.id);
            labels.append(partnerPersonText(person));
        }
    }
    if (ids.isEmpty()) {
        MessageBox::information(this, tr("Link partner contact"),
                                tr("There is no other contact person to link. Contact persons are added to the "
                                   "partner organisations on the Interventions & partners page."));
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("linkPartnerContactDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Link partner contact"));
    dialog->setLabelText(tr("Which contact person works with the youth?"));
    dialog->setComboBoxItems(labels);
    dialog->setComboBoxEditable(false);
    dialog->setOkButtonText(tr("Link"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids, labels](const QString& text) {
        const qsizetype index = labels.indexOf(text);
        if (index < 0) {
            return;
        }
        const Result<qint64> result = m_workspace.network().linkPartnerContact(m_youthId, ids.at(index));
        if (!result.ok()) {
            MessageBox::warning(this, tr("Link partner contact"), result.message());
        }
    });
    dialog->open();
}

void NetworkTab::unlinkPartnerContact()
{
    const QListWidgetItem* item = m_partnerContacts->currentItem();
    if (!item || m_youthId == 0) {
        return;
    }
    const Result<qint64> result
        = m_workspace.network().unlinkPartnerContact(m_youthId, item->data(Qt::UserRole).toLongLong());
    if (!result.ok()) {
        MessageBox::warning(this, tr("Unlink partner contact"), result.message());
    }
}

void NetworkTab::recordConsent()
{
    if (m_youthId == 0) {
        return;
    }
    auto* dialog = new ConsentDialog(m_workspace, m_youthId, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectConsent(dialog->savedId()); });
    dialog->open();
}

void NetworkTab::withdrawConsent()
{
    const std::optional<Consent> consent = m_consentModel->consentAt(currentConsentRow());
    if (!consent || consent->isWithdrawn()) {
        return;
    }
    const QString what = ConsentModel::scopeText(*consent);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("withdrawConsentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Withdraw consent"));
    auto* explanation = new QLabel(tr("The consent “%1”, given on %2, stays in the list, marked as withdrawn from "
                                      "the date you enter.")
                                       .arg(what, isoDate(consent->givenOn)),
                                   dialog);
    explanation->setWordWrap(true);
    auto* date = new QDateEdit(dialog);
    date->setObjectName(QStringLiteral("withdrawOn"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    date->setMinimumDate(consent->givenOn);
    date->setMaximumDate(std::max(consent->givenOn, Clock::today()));
    date->setDate(Clock::today());
    auto* note = new QPlainTextEdit(dialog);
    note->setObjectName(QStringLiteral("withdrawNote"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(tr("How and why the youth withdrew it"));
    auto* error = new ErrorLabel(QStringLiteral("withdrawError"), dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* confirm = buttons->addButton(tr("&Withdraw consent"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("withdrawConfirm"));
    auto* form = new QFormLayout(dialog);
    form->addRow(explanation);
    form->addRow(tr("Withdrawn o&n:"), date);
    form->addRow(tr("N&ote:"), note);
    form->addRow(error);
    form->addRow(buttons);
    ScreenFit::resize(dialog, QSize(460, dialog->sizeHint().height()));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const qint64 id = consent->id;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, date, note, error, id, what] {
        const QDate on = date->date();
        const auto answer
            = MessageBox::question(dialog, tr("Withdraw consent"),
                                   tr("Withdraw the consent “%1” from %2? It can no longer be relied on from that day.")
                                       .arg(what, isoDate(on)),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
        const Result<qint64> result
            = m_workspace.consents().withdraw(id, on, note->toPlainText().trimmed(), m_workspace.session().staffId());
        if (!result.ok()) {
            error->setText(result.message());
            error->show();
            return;
        }
        dialog->accept();
        selectConsent(id);
    });
    dialog->open();
    note->setFocus();
}

Result<std::unique_ptr<QTextDocument>> NetworkTab::consentDocument() const
{
    // A form printed from a partial read would show the youth with consents or guardians missing.
    const Result<std::optional<Youth>> youth = m_workspace.youths().load(m_youthId);
    Result<QList<Consent>> consents = m_workspace.consents().consents(m_youthId);
    const Result<QList<NetworkPerson>> persons = m_workspace.network().persons(m_youthId);
    if (!youth.ok() || !consents || !persons) {
        return !youth.ok() ? youth.error() : !consents ? consents.error() : persons.error();
    }
    ConsentDocumentBuilder::Input input;
    input.youth = youth.value().value_or(Youth());
    input.consents = std::move(consents).value();
    for (const NetworkPerson& person : *persons) {
        if (person.legalGuardian) {
            input.guardians.append(person);
        }
    }
    input.centreName = m_workspace.centre().centreName();
    input.logo = m_workspace.centre().logo();
    input.today = Clock::today();
    return ConsentDocumentBuilder::build(input);
}

void NetworkTab::showReadError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NetworkTab::printConsentForm()
{
    if (m_youthId == 0) {
        return;
    }
    DocumentPrinter::preview(
        this,
        [this] {
            return m_workspace.session().log(AccessAction::PrintDocument, m_youthId,
                                             AccessDetail::encode(AccessDetail::Code::ConsentForm));
        },
        [this]() -> Result<std::unique_ptr<QTextDocument>> { return consentDocument(); });
}

} // namespace lotsen
