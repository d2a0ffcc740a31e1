#include "outreach/OutreachWidget.h"

#include "contacts/ContactDialog.h"
#include "contacts/ContactRepository.h"
#include "core/Workspace.h"
#include "help/HelpLinks.h"
#include "lists/ListCommands.h"
#include "outreach/EnrolDialog.h"
#include "outreach/ImportDialog.h"
#include "outreach/OutreachListModel.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "youth/YouthRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lotsen {

OutreachWidget::OutreachWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_model = new OutreachListModel(workspace.database(), this);
    m_model->setObjectName(QStringLiteral("model"));

    m_logAttempt = new QPushButton(tr("Log &attempt"), this);
    m_logAttempt->setObjectName(QStringLiteral("outreachLogAttempt"));
    m_logAttempt->setToolTip(tr("Someone tried to reach the youth without an answer."));
    m_enrol = new QPushButton(tr("E&nrol…"), this);
    m_enrol->setObjectName(QStringLiteral("outreachEnrol"));
    m_enrol->setToolTip(tr("Make the youth an active participant with a start date and a mentor."));
    m_open = new QPushButton(tr("&Open card"), this);
    m_open->setObjectName(QStringLiteral("outreachOpen"));
    m_import = new QPushButton(tr("&Import list…"), this);
    m_import->setObjectName(QStringLiteral("outreachImport"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("outreachCount"));

    m_table = new QTableView(this);

    ElidedToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("outreachTable"));
    m_table->setAccessibleName(tr("Prospects in outreach"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(OutreachListModel::Name, Qt::AscendingOrder);
    // Sized to the contents of the first rows only: prospects are at most a few thousand, but measuring all of
    // them at every refresh would still show.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    auto* empty = new QLabel(this);
    HelpLinks::connect(empty);
    empty->setText(HelpLinks::emptyState(tr("No prospects in outreach. Import a list (e.g. from KAA) or register a "
                                            "youth with the status Prospect."),
                                         QStringLiteral("task-import-kaa")));
    empty->setObjectName(QStringLiteral("outreachEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_logAttempt);
    buttons->addWidget(m_enrol);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto* listCommands = new ListCommands(workspace, m_table, ListExport::List::Outreach, this);
    buttons->addWidget(listCommands->makeExportButton(this));
    buttons->addWidget(listCommands->makePrintButton(this));
    buttons->addWidget(m_import);
    // A list that could not be read says so, instead of the empty state's "no prospects".
    auto* error = new ErrorLabel(QStringLiteral("outreachError"), this);
    error->follow(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(error);
    layout->addWidget(m_stack);

    connect(m_logAttempt, &QPushButton::clicked, this, &OutreachWidget::logAttempt);
    connect(m_enrol, &QPushButton::clicked, this, &OutreachWidget::enrol);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentYouthId()) {
            emit openYouthRequested(id);
        }
    });
    connect(m_import, &QPushButton::clicked, this, &OutreachWidget::importList);
    // Importing lists is for coordinators and administrators (the permission table).
    const auto applyPermissions = [this] {
        const bool may = m_workspace.session().allows(Permission::ImportYouths);
        m_import->setEnabled(may);
        m_import->setToolTip(may ? tr("Import youths from a CSV file, e.g. the municipality's KAA list.")
                                 : tr("Importing lists is for coordinators and administrators."));
    };
    applyPermissions();
    connect(&m_workspace.session(), &Session::accessChanged, this, applyPermissions);
    // Double-click or Enter opens the card, as in the register.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openYouthRequested(m_model->idAt(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutreachWidget::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutreachWidget::updateState);

    YouthRepository* youths = &workspace.youths();
    connect(youths, &YouthRepository::youthSaved, this, &OutreachWidget::refresh);
    connect(youths, &YouthRepository::youthRemoved, this, &OutreachWidget::refresh);
    connect(youths, &YouthRepository::youthsAdded, this, &OutreachWidget::refresh);
    connect(&workspace.contacts(), &ContactRepository::contactsChanged, this, &OutreachWidget::refresh);
    // Read again now that the error line listens: the model's first read came before it existed.
    refresh();
}

qint64 OutreachWidget::currentYouthId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void OutreachWidget::selectYouth(qint64 youthId)
{
    const int row = m_model->rowOf(youthId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, OutreachListModel::Name));
    }
}

void OutreachWidget::refresh()
{
    // The same youth stays selected, so that several attempts can be logged in a row.
    const qint64 current = currentYouthId();
    (void)m_model->refresh(); // a failure shows in the error line
    m_table->resizeColumnsToContents();
    selectYouth(current);
    updateState();
}

void OutreachWidget::updateState()
{
    const int count = m_model->rowCount();
    m_count->setText(tr("%n prospect(s)", nullptr, count));
    m_stack->setCurrentIndex(count == 0 ? 1 : 0);
    if (count > 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, OutreachListModel::Name));
    }
    const bool selected = currentYouthId() != 0;
    m_logAttempt->setEnabled(selected);
    m_enrol->setEnabled(selected);
    m_open->setEnabled(selected);
}

bool OutreachWidget::logAttempt()
{
    const qint64 youthId = currentYouthId();
    if (youthId == 0) {
        return false;
    }
    Contact preset;
    preset.kind = ContactKind::Attempt;
    ContactDialog dialog(m_workspace, youthId, ContactDialog::Mode::New, preset, this);
    return dialog.exec() == QDialog::Accepted;
}

bool OutreachWidget::enrol()
{
    const qint64 youthId = currentYouthId();
    if (youthId == 0) {
        return false;
    }
    EnrolDialog dialog(m_workspace, youthId, this);
    return dialog.exec() == QDialog::Accepted;
}

void OutreachWidget::importList()
{
    ImportDialog dialog(m_workspace, this);
    // The file comes first, as in any "Import…" command; cancelling it cancels the import.
    if (dialog.chooseFile()) {
        dialog.exec();
    }
}

} // namespace lotsen
