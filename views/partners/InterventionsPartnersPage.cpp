#include "partners/InterventionsPartnersPage.h"

#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "help/HelpLinks.h"
#include "lists/ListCommands.h"
#include "partners/InterventionCatalogueModel.h"
#include "partners/InterventionDialog.h"
#include "partners/PartnerDialog.h"
#include "partners/PartnerListModel.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace lotsen {

namespace {

constexpr int kAllGroups = -1;
constexpr int kYouthIdRole = Qt::UserRole + 1;

// Name search, a kind or category, and active only, over either list model. Both models expose the same roles
// (PartnerListModel::IdRole == InterventionCatalogueModel::IdRole and so on), so one small proxy serves both tabs;
// it is private to this page, hence no file pair of its own.
class ListFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setGroup(int group)
    {
        m_group = group;
        invalidateFilter();
    }
    void setShowInactive(bool show)
    {
        m_showInactive = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!m_showInactive && !index.data(PartnerListModel::ActiveRole).toBool()) {
            return false;
        }
        if (m_group != kAllGroups && index.data(PartnerListModel::GroupRole).toInt() != m_group) {
            return false;
        }
        return m_text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    int m_group = kAllGroups;
    bool m_showInactive = false;
};

static_assert(int(PartnerListModel::IdRole) == int(InterventionCatalogueModel::IdRole));
static_assert(int(PartnerListModel::GroupRole) == int(InterventionCatalogueModel::GroupRole));
static_assert(int(PartnerListModel::ActiveRole) == int(InterventionCatalogueModel::ActiveRole));
static_assert(int(PartnerListModel::SortRole) == int(InterventionCatalogueModel::SortRole));

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    ElidedToolTips::install(view);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

QLabel* emptyLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    HelpLinks::connect(label); // the empty catalogue and partner list link to the guide
    label->hide();
    return label;
}

qint64 currentId(const QTableView* view)
{
    const QModelIndex index = view->selectionModel()->currentIndex();
    if (!index.isValid() || !view->selectionModel()->isRowSelected(index.row(), index.parent())) {
        return 0;
    }
    return index.siblingAtColumn(0).data(PartnerListModel::IdRole).toLongLong();
}

// Selects the row of `id`, or the first row when `id` is not shown, so that the buttons work at once.
void selectId(QTableView* view, qint64 id)
{
    QAbstractItemModel* model = view->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && id != 0; ++r) {
        if (model->index(r, 0).data(PartnerListModel::IdRole).toLongLong() == id) {
            row = r;
            break;
        }
    }
    if (row < 0 && model->rowCount() > 0) {
        row = 0;
    }
    if (row < 0) {
        view->selectionModel()->clear();
        return;
    }
    const QModelIndex index = model->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

// Keeps the selected row selected (by id) across a reset or a change of filter.
void keepSelection(QTableView* view, QSortFilterProxyModel* proxy, QObject* context)
{
    auto remembered = std::make_shared<qint64>(0);
    const auto remember = [view, remembered] {
        *remembered = currentId(view);
    };
    const auto restore = [view, remembered] {
        if (currentId(view) == 0 || currentId(view) != *remembered) {
            selectId(view, *remembered);
        }
    };
    QObject::connect(proxy, &QAbstractItemModel::modelAboutToBeReset, context, remember);
    QObject::connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, context, remember);
    QObject::connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, context, remember);
    QObject::connect(proxy, &QAbstractItemModel::modelReset, context, restore);
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, context, restore);
    QObject::connect(proxy, &QAbstractItemModel::rowsRemoved, context, restore);
    QObject::connect(proxy, &QAbstractItemModel::rowsInserted, context, [view] {
        if (currentId(view) == 0) {
            selectId(view, 0);
        }
    });
}

// Both tabs' list: sorted by the model's sort role, locale-aware and case-blind.
ListFilter* makeFilter(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new ListFilter(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(PartnerListModel::SortRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

// The search field, the group filter (kind or category) and "Show inactive", in the row above a tab's list.
QHBoxLayout* filterRow(QLabel* searchLabel, QLineEdit* search, QLabel* groupLabel, QComboBox* group,
                       QCheckBox* inactive)
{
    searchLabel->setBuddy(search);
    groupLabel->setBuddy(group);
    auto* filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(search, 2);
    filters->addSpacing(12);
    filters->addWidget(groupLabel);
    filters->addWidget(group, 1);
    filters->addSpacing(12);
    filters->addWidget(inactive);
    return filters;
}

// The filters in force, for an exported or printed list's heading.
QString filterText(const QLineEdit* search, const QComboBox* group, const QCheckBox* inactive)
{
    QStringList parts;
    if (const QString text = search->text().trimmed(); !text.isEmpty()) {
        parts.append(InterventionsPartnersPage::tr("search “%1”").arg(text));
    }
    if (group->currentIndex() > 0) {
        parts.append(group->currentText());
    }
    parts.append(inactive->isChecked() ? InterventionsPartnersPage::tr("inactive ones included")
                                       : InterventionsPartnersPage::tr("active only"));
    return parts.join(QStringLiteral(", "));
}

// Export… and Print list… at the end of the tab's filter row; their shortcuts work anywhere on the tab.
void addListCommands(Workspace& workspace, QTableView* table, ListExport::List list, QWidget* tab, QHBoxLayout* row,
                     ListCommands::TextSource filters)
{
    auto* commands = new ListCommands(workspace, table, list, tab);
    commands->setFilterText(std::move(filters));
    row->addSpacing(12);
    row->addWidget(commands->makeExportButton(tab));
    row->addWidget(commands->makePrintButton(tab));
}

// The filters drive the proxy; `update` follows with the tab's empty text, count and buttons.
void connectFilters(QLineEdit* search, QComboBox* group, QCheckBox* inactive, ListFilter* proxy, QObject* context,
                    const std::function<void()>& update)
{
    QObject::connect(search, &QLineEdit::textChanged, context, [proxy, update](const QString& text) {
        proxy->setText(text);
        update();
    });
    QObject::connect(group, &QComboBox::currentIndexChanged, context, [group, proxy, update] {
        proxy->setGroup(group->currentData().toInt());
        update();
    });
    QObject::connect(inactive, &QCheckBox::toggled, context, [proxy, update](bool show) {
        proxy->setShowInactive(show);
        update();
    });
}

// The count on the left, then New, Edit, Deactivate and Delete on the right, below a tab's list.
QHBoxLayout* buttonRow(QLabel* count, const QList<QPushButton*>& buttons)
{
    auto* row = new QHBoxLayout;
    row->addWidget(count);
    row->addStretch();
    for (QPushButton* button : buttons) {
        row->addWidget(button);
    }
    return row;
}

// The list, or the text that says why it is empty when nothing is shown.
void showListOrEmpty(QTableView* table, QLabel* emptyText, bool empty)
{
    table->setVisible(!empty);
    emptyText->setVisible(empty);
}

// New needs the permission; Edit, Deactivate and Delete a selected row as well.
void enableButtons(bool may, bool selected, QPushButton* add, QPushButton* edit, QPushButton* toggle,
                   QPushButton* remove)
{
    add->setEnabled(may);
    edit->setEnabled(may && selected);
    toggle->setEnabled(may && selected);
    remove->setEnabled(may && selected);
}

// Both tabs' dialogs open window-modal, save themselves and go when closed.
template<typename Dialog> Dialog* openDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// A new row must be seen, whatever the filters were: they are cleared and the new row selected once saved.
template<typename Dialog>
Dialog* openNewDialog(Dialog* dialog, QLineEdit* search, QComboBox* group, QObject* context,
                      const std::function<void(qint64)>& select)
{
    QObject::connect(dialog, &QDialog::accepted, context, [dialog, search, group, select] {
        search->clear();
        group->setCurrentIndex(0);
        select(dialog->savedId());
    });
    return openDialog(dialog);
}

// Deactivating first ticks "Show inactive": otherwise the row would vanish under the user's hand.
template<typename SetActive>
bool setRowActive(QWidget* page, bool active, QCheckBox* showInactive, const QString& failedTitle,
                  const SetActive& setActive)
{
    if (active && !showInactive->isChecked()) {
        showInactive->setChecked(true);
    }
    const auto result = setActive(!active);
    if (!result.ok()) {
        MessageBox::warning(page, failedTitle, result.message());
        return false;
    }
    return true;
}

// A row that something refers to is never deleted, so that history stays readable: an inactive one is explained,
// an active one offered for deactivation instead. Returns whether the row was in use. Asked before anything else,
// so that the user gets one question, not "Delete?" followed by "cannot".
bool refuseInUse(QWidget* page, bool referenced, bool active, const QString& title, const QString& alreadyInactive,
                 const QString& offerDeactivate, const std::function<void()>& deactivate)
{
    if (!referenced) {
        return false;
    }
    if (!active) {
        MessageBox::information(page, title, alreadyInactive);
        return true;
    }
    if (MessageBox::question(page, title, offerDeactivate, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes) {
        deactivate();
    }
    return true;
}

// Deletes after a question whose default is No.
template<typename Remove>
bool confirmAndRemove(QWidget* page, const QString& title, const QString& question, const QString& failedTitle,
                      const Remove& remove)
{
    if (MessageBox::question(page, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return false;
    }
    const auto result = remove();
    if (!result.ok()) {
        MessageBox::warning(page, failedTitle, result.message());
        return false;
    }
    return true;
}

// The organisation or intervention an action is about. A failed read is shown (under `title`); an item that has
// vanished is not, as its list refreshes itself.
template<typename T> std::optional<T> chosenItem(QWidget* page, const QString& title, Result<std::optional<T>> read)
{
    if (!read.ok()) {
        MessageBox::warning(page, title, read.message());
        return std::nullopt;
    }
    return std::move(read).value();
}

} // namespace

InterventionsPartnersPage::InterventionsPartnersPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("interventionsPartnersPage"));
    m_partners = new PartnerListModel(workspace.partners(), this);
    m_partners->setObjectName(QStringLiteral("partnerModel"));
    m_catalogue = new InterventionCatalogueModel(workspace.interventions(), &workspace.partners(), this);
    m_catalogue->setObjectName(QStringLiteral("catalogueModel"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("interventionsPartnersTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createPartnersTab(), tr("&Partners"));
    m_tabs->addTab(createCatalogueTab(), tr("Intervention &catalogue"));
    // Mentors read partners and the catalogue (to refer, to register a participation); changing them is for
    // coordinators and administrators, and this note says so instead of leaving buttons greyed out unexplained.
    m_readOnlyNote = new QLabel(
        tr("Partners and the intervention catalogue are kept by coordinators and administrators. You can read "
           "them here."),
        this);
    m_readOnlyNote->setObjectName(QStringLiteral("partnersReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    auto* error = new ErrorLabel(QStringLiteral("partnersPageError"), this);
    error->follow(m_partners);
    error->follow(m_catalogue);
    layout->addWidget(error);
    layout->addWidget(m_tabs);
    const auto applyPermissions = [this] {
        m_readOnlyNote->setVisible(!mayManage());
        updatePartnerState();
        updateCatalogueState();
    };
    connect(&workspace.session(), &Session::accessChanged, this, applyPermissions);

    selectId(m_partnerTable, 0);
    selectId(m_catalogueTable, 0);
    applyPermissions();
}

bool InterventionsPartnersPage::mayManage() const
{
    return m_workspace.session().allows(Permission::ManagePartnersAndCatalogue);
}

QWidget* InterventionsPartnersPage::createPartnersTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("partnersTab"));
    auto* layout = new QVBoxLayout(tab);

    m_partnerSearch = new QLineEdit(tab);
    m_partnerSearch->setObjectName(QStringLiteral("partnerSearch"));
    m_partnerSearch->setClearButtonEnabled(true);
    m_partnerSearch->setPlaceholderText(tr("Part of the organisation's name"));
    m_partnerKind = new QComboBox(tab);
    m_partnerKind->setObjectName(QStringLiteral("partnerKindFilter"));
    m_partnerKind->addItem(tr("All kinds"), kAllGroups);
    for (PartnerKind kind : Vocabulary::partnerKinds()) {
        m_partnerKind->addItem(Vocabulary::label(kind), int(kind));
    }
    m_partnerInactive = new QCheckBox(tr("Show inacti&ve"), tab);
    m_partnerInactive->setObjectName(QStringLiteral("partnerShowInactive"));
    QHBoxLayout* partnerFilters = filterRow(new QLabel(tr("&Search:"), tab), m_partnerSearch,
                                            new QLabel(tr("&Kind:"), tab), m_partnerKind, m_partnerInactive);
    layout->addLayout(partnerFilters);

    ListFilter* proxy = makeFilter(m_partners, this);
    proxy->setObjectName(QStringLiteral("partnerProxy"));
    m_partnerProxy = proxy;
    m_partnerTable = makeTable(tab, QStringLiteral("partnerTable"));
    m_partnerTable->setAccessibleName(tr("Partner organisations"));
    m_partnerTable->setModel(m_partnerProxy);
    m_partnerTable->sortByColumn(PartnerListModel::Name, Qt::AscendingOrder);
    // The name takes what the other columns leave; they keep a width that fits their usual content.
    m_partnerTable->horizontalHeader()->setStretchLastSection(false);
    m_partnerTable->horizontalHeader()->setSectionResizeMode(PartnerListModel::Name, QHeaderView::Stretch);
    m_partnerTable->horizontalHeader()->setSectionResizeMode(PartnerListModel::Active, QHeaderView::ResizeToContents);
    m_partnerTable->setColumnWidth(PartnerListModel::Kind, 250);
    m_partnerTable->setColumnWidth(PartnerListModel::Phone, 120);
    m_partnerTable->setColumnWidth(PartnerListModel::Email, 220);
    m_partnerTable->installEventFilter(this);
    layout->addWidget(m_partnerTable, 1);
    addListCommands(m_workspace, m_partnerTable, ListExport::List::Partners, tab, partnerFilters,
                    [this] { return filterText(m_partnerSearch, m_partnerKind, m_partnerInactive); });
    m_partnerEmpty = emptyLabel(tab, QStringLiteral("partnerEmpty"));
    layout->addWidget(m_partnerEmpty, 1);

    m_partnerCount = new QLabel(tab);
    m_partnerCount->setObjectName(QStringLiteral("partnerCount"));
    m_partnerNew = new QPushButton(tr("&New organisation…"), tab);
    m_partnerNew->setObjectName(QStringLiteral("partnerNew"));
    QPushButton* add = m_partnerNew;
    m_partnerEdit = new QPushButton(tr("Ed&it…"), tab);
    m_partnerEdit->setObjectName(QStringLiteral("partnerEdit"));
    m_partnerToggle = new QPushButton(tr("Deac&tivate"), tab);
    m_partnerToggle->setObjectName(QStringLiteral("partnerToggleActive"));
    m_partnerDelete = new QPushButton(tr("&Delete…"), tab);
    m_partnerDelete->setObjectName(QStringLiteral("partnerDelete"));
    m_partnerDelete->setToolTip(
        tr("Only an organisation that nothing refers to can be deleted; deactivate the others."));
    layout->addLayout(buttonRow(m_partnerCount, { add, m_partnerEdit, m_partnerToggle, m_partnerDelete }));

    connectFilters(m_partnerSearch, m_partnerKind, m_partnerInactive, proxy, this, [this] { updatePartnerState(); });
    keepSelection(m_partnerTable, m_partnerProxy, this);
    connect(m_partnerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterventionsPartnersPage::updatePartnerState);
    connect(m_partnerTable, &QTableView::doubleClicked, this, [this] { editPartner(); });
    connect(m_partners, &QAbstractItemModel::dataChanged, this, &InterventionsPartnersPage::updatePartnerState);
    connect(m_partners, &QAbstractItemModel::modelReset, this, &InterventionsPartnersPage::updatePartnerState);
    connect(add, &QPushButton::clicked, this, [this] { newPartner(); });
    connect(m_partnerEdit, &QPushButton::clicked, this, [this] { editPartner(); });
    connect(m_partnerToggle, &QPushButton::clicked, this, &InterventionsPartnersPage::togglePartnerActive);
    connect(m_partnerDelete, &QPushButton::clicked, this, &InterventionsPartnersPage::deletePartner);
    return tab;
}

QWidget* InterventionsPartnersPage::createCatalogueTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("catalogueTab"));
    auto* layout = new QVBoxLayout(tab);

    m_catalogueSearch = new QLineEdit(tab);
    m_catalogueSearch->setObjectName(QStringLiteral("catalogueSearch"));
    m_catalogueSearch->setClearButtonEnabled(true);
    m_catalogueSearch->setPlaceholderText(tr("Part of the intervention's name"));
    m_catalogueCategory = new QComboBox(tab);
    m_catalogueCategory->setObjectName(QStringLiteral("catalogueCategoryFilter"));
    m_catalogueCategory->addItem(tr("All categories"), kAllGroups);
    for (InterventionCategory category : Vocabulary::interventionCategories()) {
        m_catalogueCategory->addItem(Vocabulary::label(category), int(category));
    }
    m_catalogueInactive = new QCheckBox(tr("Show inacti&ve"), tab);
    m_catalogueInactive->setObjectName(QStringLiteral("catalogueShowInactive"));
    QHBoxLayout* catalogueFilters
        = filterRow(new QLabel(tr("&Search:"), tab), m_catalogueSearch, new QLabel(tr("Categ&ory:"), tab),
                    m_catalogueCategory, m_catalogueInactive);
    layout->addLayout(catalogueFilters);

    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    ListFilter* proxy = makeFilter(m_catalogue, this);
    proxy->setObjectName(QStringLiteral("catalogueProxy"));
    m_catalogueProxy = proxy;
    m_catalogueTable = makeTable(left, QStringLiteral("catalogueTable"));
    m_catalogueTable->setAccessibleName(tr("Interventions"));
    m_catalogueTable->setModel(m_catalogueProxy);
    m_catalogueTable->sortByColumn(InterventionCatalogueModel::Name, Qt::AscendingOrder);
    m_catalogueTable->horizontalHeader()->setStretchLastSection(false);
    m_catalogueTable->horizontalHeader()->setSectionResizeMode(InterventionCatalogueModel::Name, QHeaderView::Stretch);
    m_catalogueTable->horizontalHeader()->setSectionResizeMode(InterventionCatalogueModel::Active,
                                                               QHeaderView::ResizeToContents);
    m_catalogueTable->setColumnWidth(InterventionCatalogueModel::Category, 165);
    m_catalogueTable->setColumnWidth(InterventionCatalogueModel::Provider, 175);
    m_catalogueTable->setColumnWidth(InterventionCatalogueModel::TypicalLength, 100);
    m_catalogueTable->setColumnWidth(InterventionCatalogueModel::Ongoing, 70);
    m_catalogueTable->installEventFilter(this);
    leftLayout->addWidget(m_catalogueTable, 1);
    addListCommands(m_workspace, m_catalogueTable, ListExport::List::Catalogue, tab, catalogueFilters,
                    [this] { return filterText(m_catalogueSearch, m_catalogueCategory, m_catalogueInactive); });
    m_catalogueEmpty = emptyLabel(left, QStringLiteral("catalogueEmpty"));
    leftLayout->addWidget(m_catalogueEmpty, 1);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_participantsLabel = new QLabel(right);
    m_participantsLabel->setObjectName(QStringLiteral("participantsLabel"));
    m_participantsLabel->setWordWrap(true);
    m_participants = new QListWidget(right);
    m_participants->setObjectName(QStringLiteral("participantsList"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setToolTip(tr("Double-click or press Enter to open the youth's card"));
    m_participantsLabel->setBuddy(m_participants);
    m_openParticipant = new QPushButton(tr("Open &youth card"), right);
    m_openParticipant->setObjectName(QStringLiteral("participantOpen"));
    rightLayout->addWidget(m_participantsLabel);
    rightLayout->addWidget(m_participants, 1);
    auto* openRow = new QHBoxLayout;
    openRow->addStretch();
    openRow->addWidget(m_openParticipant);
    rightLayout->addLayout(openRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 830, 340 });
    layout->addWidget(splitter, 1);

    m_catalogueCount = new QLabel(tab);
    m_catalogueCount->setObjectName(QStringLiteral("catalogueCount"));
    m_interventionNew = new QPushButton(tr("&New intervention…"), tab);
    m_interventionNew->setObjectName(QStringLiteral("interventionNew"));
    QPushButton* add = m_interventionNew;
    m_interventionEdit = new QPushButton(tr("Ed&it…"), tab);
    m_interventionEdit->setObjectName(QStringLiteral("interventionEdit"));
    m_interventionToggle = new QPushButton(tr("Deac&tivate"), tab);
    m_interventionToggle->setObjectName(QStringLiteral("interventionToggleActive"));
    m_interventionDelete = new QPushButton(tr("&Delete…"), tab);
    m_interventionDelete->setObjectName(QStringLiteral("interventionDelete"));
    m_interventionDelete->setToolTip(
        tr("Only an intervention that nobody has taken part in can be deleted; deactivate the others."));
    layout->addLayout(
        buttonRow(m_catalogueCount, { add, m_interventionEdit, m_interventionToggle, m_interventionDelete }));

    connectFilters(m_catalogueSearch, m_catalogueCategory, m_catalogueInactive, proxy, this,
                   [this] { updateCatalogueState(); });
    keepSelection(m_catalogueTable, m_catalogueProxy, this);
    connect(m_catalogueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterventionsPartnersPage::updateCatalogueState);
    connect(m_catalogueTable, &QTableView::doubleClicked, this, [this] { editIntervention(); });
    connect(m_catalogue, &QAbstractItemModel::dataChanged, this, &InterventionsPartnersPage::updateCatalogueState);
    connect(m_catalogue, &QAbstractItemModel::modelReset, this, &InterventionsPartnersPage::updateCatalogueState);
    connect(add, &QPushButton::clicked, this, [this] { newIntervention(); });
    connect(m_interventionEdit, &QPushButton::clicked, this, [this] { editIntervention(); });
    connect(m_interventionToggle, &QPushButton::clicked, this, &InterventionsPartnersPage::toggleInterventionActive);
    connect(m_interventionDelete, &QPushButton::clicked, this, &InterventionsPartnersPage::deleteIntervention);
    connect(m_participants, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openYouthRequested(item->data(kYouthIdRole).toLongLong()); });
    connect(m_participants, &QListWidget::itemSelectionChanged, this,
            [this] { m_openParticipant->setEnabled(m_participants->count() > 0); });
    connect(m_openParticipant, &QPushButton::clicked, this, &InterventionsPartnersPage::openSelectedParticipant);
    // The participants follow the catalogue model, which refreshes on every change of participations.
    return tab;
}

void InterventionsPartnersPage::showPartners()
{
    m_tabs->setCurrentIndex(0);
}

void InterventionsPartnersPage::showCatalogue()
{
    m_tabs->setCurrentIndex(1);
}

qint64 InterventionsPartnersPage::currentPartnerId() const
{
    return currentId(m_partnerTable);
}

void InterventionsPartnersPage::selectPartner(qint64 id)
{
    selectId(m_partnerTable, id);
}

qint64 InterventionsPartnersPage::currentInterventionId() const
{
    return currentId(m_catalogueTable);
}

void InterventionsPartnersPage::selectIntervention(qint64 id)
{
    selectId(m_catalogueTable, id);
}

void InterventionsPartnersPage::updatePartnerState()
{
    const int shown = m_partnerProxy->rowCount();
    const int total = m_partners->rowCount();
    const bool empty = shown == 0;
    // A list that could not be read stays an empty table under the page's error line, not "no organisations yet".
    showListOrEmpty(m_partnerTable, m_partnerEmpty, empty && !m_partners->hasLoadError());
    if (total == 0) {
        m_partnerEmpty->setText(HelpLinks::emptyState(
            tr("No partner organisations yet.\n\nAdd the organisations the centre works with – the public employment "
               "service, social insurance, social services, schools, employers – with “New organisation”. Their "
               "contact persons are added in the same dialog."),
            QStringLiteral("page-interventions")));
    } else if (empty) {
        m_partnerEmpty->setText(
            HelpLinks::richText(tr("No organisation matches the search and filter.\n\nClear the search, choose "
                                   "“All kinds” or tick “Show inactive” to see the other %n organisation(s).",
                                   nullptr, total)));
    }
    m_partnerCount->setText(total == 0 ? QString() : tr("%1 of %n organisation(s) shown", nullptr, total).arg(shown));

    const qint64 id = currentPartnerId();
    const int row = m_partners->rowOf(id);
    const bool active = row >= 0 && m_partners->organisation(row).active;
    enableButtons(mayManage(), row >= 0, m_partnerNew, m_partnerEdit, m_partnerToggle, m_partnerDelete);
    m_partnerToggle->setText(row < 0 || active ? tr("Deac&tivate") : tr("Ac&tivate"));
}

void InterventionsPartnersPage::updateCatalogueState()
{
    const int shown = m_catalogueProxy->rowCount();
    const int total = m_catalogue->rowCount();
    const bool empty = shown == 0;
    showListOrEmpty(m_catalogueTable, m_catalogueEmpty, empty && !m_catalogue->hasLoadError());
    if (total == 0) {
        m_catalogueEmpty->setText(HelpLinks::emptyState(
            tr("The catalogue is empty.\n\nAdd the interventions youths can take part in – work training, "
               "study visits, folk high school courses, assessments – with “New intervention”. An intervention "
               "run by a partner organisation names it as provider."),
            QStringLiteral("page-interventions")));
    } else if (empty) {
        m_catalogueEmpty->setText(
            HelpLinks::richText(tr("No intervention matches the search and filter.\n\nClear the search, choose "
                                   "“All categories” or tick “Show inactive” to see the other %n intervention(s).",
                                   nullptr, total)));
    }
    m_catalogueCount->setText(total == 0 ? QString() : tr("%1 of %n intervention(s) shown", nullptr, total).arg(shown));

    const qint64 id = currentInterventionId();
    const int row = m_catalogue->rowOf(id);
    const bool active = row >= 0 && m_catalogue->intervention(row).active;
    enableButtons(mayManage(), row >= 0, m_interventionNew, m_interventionEdit, m_interventionToggle,
                  m_interventionDelete);
    m_interventionToggle->setText(row < 0 || active ? tr("Deac&tivate") : tr("Ac&tivate"));
    refreshParticipants();
}

void InterventionsPartnersPage::refreshParticipants()
{
    const qint64 id = currentInterventionId();
    const int row = m_catalogue->rowOf(id);
    // Read again at every change (a few dozen rows at most), keeping the chosen youth when the intervention is the
    // same one.
    qint64 chosenYouth = 0;
    if (id == m_participantsOf && m_participants->currentItem() != nullptr) {
        chosenYouth = m_participants->currentItem()->data(kYouthIdRole).toLongLong();
    }
    m_participantsOf = id;
    m_participants->clear();
    if (row < 0) {
        m_participantsLabel->setText(tr("Select an intervention to see who takes part in it now."));
        m_participants->setEnabled(false);
        m_openParticipant->setEnabled(false);
        return;
    }
    const QString name = m_catalogue->intervention(row).name;
    const Result<QList<InterventionRepository::Participant>> read = m_workspace.interventions().ongoingParticipants(id);
    if (!read) {
        m_participantsLabel->setText(read.message());
        m_participants->setEnabled(false);
        m_openParticipant->setEnabled(false);
        return;
    }
    const QList<InterventionRepository::Participant>& participants = *read;
    int chosenRow = 0;
    for (const InterventionRepository::Participant& participant : participants) {
        QString text = participant.youthName;
        if (participant.startDate.isValid() && participant.plannedEnd.isValid()) {
            text = tr("%1 (%2 – %3)")
                       .arg(participant.youthName, participant.startDate.toString(Qt::ISODate),
                            participant.plannedEnd.toString(Qt::ISODate));
        } else if (participant.startDate.isValid()) {
            text = tr("%1 (since %2)").arg(participant.youthName, participant.startDate.toString(Qt::ISODate));
        }
        if (participant.youthId == chosenYouth) {
            chosenRow = m_participants->count();
        }
        auto* item = new QListWidgetItem(text, m_participants);
        item->setData(kYouthIdRole, participant.youthId);
    }
    m_participants->setEnabled(!participants.isEmpty());
    m_openParticipant->setEnabled(!participants.isEmpty());
    if (participants.isEmpty()) {
        m_participantsLabel->setText(
            tr("Nobody takes part in “%1” just now. Participations are recorded on the youth's card.").arg(name));
    } else {
        m_participantsLabel->setText(tr("In “%1” now: %n youth(s)", nullptr, int(participants.size())).arg(name));
        m_participants->setCurrentRow(chosenRow);
    }
}

void InterventionsPartnersPage::openSelectedParticipant()
{
    QListWidgetItem* item = m_participants->currentItem();
    if (item == nullptr && m_participants->count() > 0) {
        item = m_participants->item(0);
    }
    if (item != nullptr) {
        emit openYouthRequested(item->data(kYouthIdRole).toLongLong());
    }
}

bool InterventionsPartnersPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter edits the selected row, as a double-click does (QAbstractItemView::activated would follow the
    // platform's single-click setting, which must not open a dialog).
    if ((watched == m_partnerTable || watched == m_catalogueTable) && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            if (watched == m_partnerTable) {
                editPartner();
            } else {
                editIntervention();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

PartnerDialog* InterventionsPartnersPage::newPartner()
{
    if (!mayManage()) {
        return nullptr;
    }
    return openNewDialog(new PartnerDialog(m_workspace, {}, this), m_partnerSearch, m_partnerKind, this,
                         [this](qint64 id) { selectPartner(id); });
}

PartnerDialog* InterventionsPartnersPage::editPartner()
{
    if (!mayManage()) {
        return nullptr;
    }
    const std::optional<PartnerOrganisation> organisation
        = chosenItem(this, tr("Organisation not changed"), m_workspace.partners().organisation(currentPartnerId()));
    if (!organisation) {
        return nullptr;
    }
    return openDialog(new PartnerDialog(m_workspace, *organisation, this));
}

bool InterventionsPartnersPage::togglePartnerActive()
{
    if (!mayManage()) {
        return false;
    }
    const qint64 id = currentPartnerId();
    const std::optional<PartnerOrganisation> organisation
        = chosenItem(this, tr("Organisation not changed"), m_workspace.partners().organisation(id));
    if (!organisation) {
        return false;
    }
    if (!setRowActive(this, organisation->active, m_partnerInactive, tr("Organisation not changed"),
                      [this, id](bool active) { return m_workspace.partners().setOrganisationActive(id, active); })) {
        return false;
    }
    selectPartner(id);
    return true;
}

bool InterventionsPartnersPage::deletePartner()
{
    if (!mayManage()) {
        return false;
    }
    const qint64 id = currentPartnerId();
    const std::optional<PartnerOrganisation> organisation
        = chosenItem(this, tr("Organisation not deleted"), m_workspace.partners().organisation(id));
    if (!organisation) {
        return false;
    }
    PartnerRepository& partners = m_workspace.partners();
    const Result<bool> referenced = partners.isOrganisationReferenced(id);
    const Result<QList<PartnerPerson>> contactPersons = partners.persons(id);
    if (!referenced.ok() || !contactPersons) {
        MessageBox::warning(this, tr("Organisation not deleted"),
                            !referenced.ok() ? referenced.message() : contactPersons.message());
        return false;
    }
    if (refuseInUse(
            this, *referenced, organisation->active, tr("Organisation in use"),
            tr("“%1” cannot be deleted: interventions, referrals, consents or youths' contacts refer to it, and "
               "their history must stay readable. It is already inactive, so it is no longer offered for new "
               "interventions or referrals.")
                .arg(organisation->name),
            tr("“%1” cannot be deleted: interventions, referrals, consents or youths' contacts refer to it, and their "
               "history must stay readable.\n\nDeactivate it instead? It then stays in the history but is no longer "
               "offered for new interventions or referrals.")
                .arg(organisation->name),
            [this] { togglePartnerActive(); })) {
        return false;
    }
    const int persons = int(contactPersons->size());
    const QString question = persons == 0
        ? tr("Delete “%1”? This cannot be undone.").arg(organisation->name)
        : tr("Delete “%1” and its %n contact person(s)? This cannot be undone.", nullptr, persons)
              .arg(organisation->name);
    return confirmAndRemove(this, tr("Delete organisation"), question, tr("Organisation not deleted"),
                            [&partners, id] { return partners.removeOrganisation(id); });
}

InterventionDialog* InterventionsPartnersPage::newIntervention()
{
    if (!mayManage()) {
        return nullptr;
    }
    return openNewDialog(new InterventionDialog(m_workspace, {}, this), m_catalogueSearch, m_catalogueCategory, this,
                         [this](qint64 id) { selectIntervention(id); });
}

InterventionDialog* InterventionsPartnersPage::editIntervention()
{
    if (!mayManage()) {
        return nullptr;
    }
    const std::optional<Intervention> intervention = chosenItem(
        this, tr("Intervention not changed"), m_workspace.interventions().intervention(currentInterventionId()));
    if (!intervention) {
        return nullptr;
    }
    return openDialog(new InterventionDialog(m_workspace, *intervention, this));
}

bool InterventionsPartnersPage::toggleInterventionActive()
{
    if (!mayManage()) {
        return false;
    }
    const qint64 id = currentInterventionId();
    const std::optional<Intervention> intervention
        = chosenItem(this, tr("Intervention not changed"), m_workspace.interventions().intervention(id));
    if (!intervention) {
        return false;
    }
    if (!setRowActive(
            this, intervention->active, m_catalogueInactive, tr("Intervention not changed"),
            [this, id](bool active) { return m_workspace.interventions().setInterventionActive(id, active); })) {
        return false;
    }
    selectIntervention(id);
    return true;
}

bool InterventionsPartnersPage::deleteIntervention()
{
    if (!mayManage()) {
        return false;
    }
    const qint64 id = currentInterventionId();
    const std::optional<Intervention> intervention
        = chosenItem(this, tr("Intervention not deleted"), m_workspace.interventions().intervention(id));
    if (!intervention) {
        return false;
    }
    const Result<bool> referenced = m_workspace.interventions().isInterventionReferenced(id);
    if (!referenced.ok()) {
        MessageBox::warning(this, tr("Intervention not deleted"), referenced.message());
        return false;
    }
    if (refuseInUse(this, *referenced, intervention->active, tr("Intervention in use"),
                    tr("“%1” cannot be deleted: youths have taken part in it, and their history "
                       "must stay readable. It is already inactive, so it is no longer offered for "
                       "new participations.")
                        .arg(intervention->name),
                    tr("“%1” cannot be deleted: youths have taken part in it, and their history must "
                       "stay readable.\n\nDeactivate it instead? It then stays in the youths' history "
                       "but is no longer offered for new participations.")
                        .arg(intervention->name),
                    [this] { toggleInterventionActive(); })) {
        return false;
    }
    return confirmAndRemove(this, tr("Delete intervention"),
                            tr("Delete “%1” from the catalogue? This cannot be undone.").arg(intervention->name),
                            tr("Intervention not deleted"),
                            [this, id] { return m_workspace.interventions().removeIntervention(id); });
}

} // namespace lotsen
