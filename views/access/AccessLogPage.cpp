#include "access/AccessLogPage.h"

#include "access/AccessDetail.h"
#include "access/AccessLogModel.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace lotsen {

AccessLogPage::AccessLogPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("accessLogPage"));
    m_model = new AccessLogModel(workspace.accessLog(), workspace.accounts(), this);
    m_model->setObjectName(QStringLiteral("model"));
    // Re-read the log at new entries only while the page is shown (see showEvent and hideEvent).
    m_model->setLive(false);
    m_model->setYouthNameLookup([&workspace](qint64 youthId) {
        // The name only for a youth the current user may see; otherwise the number alone.
        // A failed read shows the number alone too (the failure is logged): the log itself must stay readable.
        const std::optional<Youth> youth = workspace.youths().load(youthId).valueOr(std::nullopt);
        return youth && workspace.session().maySee(*youth) ? youth->fullName() : QString();
    });

    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("chainLabel"));
    m_chain->setWordWrap(true);

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountFilter"));
    m_youth = new QLineEdit(this);
    m_youth->setMinimumWidth(110); // room for the placeholder and a youth number
    m_youth->setObjectName(QStringLiteral("youthFilter"));
    m_youth->setPlaceholderText(tr("Youth's number in Lotsen"));
    m_youth->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_youth));
    m_youth->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    // Sized for a typical action, not the longest: the filter row must fit a 1366-pixel screen (the list pops up
    // as wide as it needs).
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(24);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("All actions"), QString());
    const QList<AccessAction> actions = AccessLog::actions();
    for (AccessAction action : actions) {
        m_action->addItem(AccessLog::label(action), AccessLog::code(action));
    }
    m_from = new OptionalDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new OptionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    auto* clear = new QPushButton(tr("Show a&ll"), this);

    auto* filters = new QHBoxLayout;
    auto* accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_account);
    auto* youthLabel = new QLabel(tr("&Youth:"), this);
    youthLabel->setBuddy(m_youth);
    auto* actionLabel = new QLabel(tr("Ac&tion:"), this);
    actionLabel->setBuddy(m_action);
    auto* fromLabel = new QLabel(tr("Fr&om:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(accountLabel);
    filters->addWidget(m_account, 1);
    filters->addWidget(youthLabel);
    filters->addWidget(m_youth);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action, 1);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(clear);

    m_table = new QTableView(this);

    ElidedToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setAccessibleName(tr("Access log entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccessLogModel::Time, 150);
    m_table->setColumnWidth(AccessLogModel::AccountColumn, 220);
    m_table->setColumnWidth(AccessLogModel::Action, 200);
    m_table->setColumnWidth(AccessLogModel::Youth, 200);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportLogButton"));
    auto* verifyButton = new QPushButton(tr("&Verify log"), this);
    verifyButton->setObjectName(QStringLiteral("verifyLogButton"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(verifyButton);
    bottom->addWidget(exportButton);

    auto* title = new QLabel(tr("<h2>Access log</h2>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    auto* loadError = new ErrorLabel(QStringLiteral("accessLogLoadError"), this);
    loadError->follow(m_model);
    layout->addWidget(loadError);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_account, &QComboBox::currentIndexChanged, this, &AccessLogPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AccessLogPage::applyFilter);
    connect(m_youth, &QLineEdit::textChanged, this, &AccessLogPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AccessLogPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AccessLogPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AccessLogPage::clearFilter);
    connect(exportButton, &QPushButton::clicked, this, &AccessLogPage::exportCsv);
    connect(verifyButton, &QPushButton::clicked, this, &AccessLogPage::verifyLog);
    connect(&workspace.accounts(), &AccountRepository::changed, this, &AccessLogPage::fillAccounts);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n entries", nullptr, m_model->rowCount())); });
    fillAccounts();
    m_count->setText(tr("%n entries", nullptr, m_model->rowCount()));
}

void AccessLogPage::fillAccounts()
{
    const qint64 current = m_account->currentData().toLongLong();
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), qint64(0));
    // The accounts cannot be read: the filter offers only "All accounts"; the model reports the failure itself.
    const QList<Account> accounts = m_workspace.accounts().all().valueOr({});
    for (const Account& account : accounts) {
        m_account->addItem(tr("%1 (%2)").arg(account.displayName, account.username), account.id);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
}

AccessLog::Filter AccessLogPage::currentFilter() const
{
    AccessLog::Filter filter;
    filter.accountId = m_account->currentData().toLongLong();
    filter.youthId = m_youth->text().trimmed().toLongLong();
    filter.action = AccessLog::actionFromCode(m_action->currentData().toString());
    filter.from = m_from->optionalDate();
    filter.to = m_to->optionalDate();
    return filter;
}

void AccessLogPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void AccessLogPage::clearFilter()
{
    const QSignalBlocker accountBlocker(m_account);
    const QSignalBlocker youthBlocker(m_youth);
    const QSignalBlocker actionBlocker(m_action);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_account->setCurrentIndex(0);
    m_youth->clear();
    m_action->setCurrentIndex(0);
    m_from->clear();
    m_to->clear();
    applyFilter();
}

bool AccessLogPage::exportCsv()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("access-log.csv"));
    const QString path
        = FileDialog::getSaveFileName(this, tr("Export the access log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    if (const Result<void> exported = m_workspace.accessLog().exportCsv(currentFilter(), path); !exported) {
        MessageBox::warning(this, tr("Export the access log"), exported.message());
        return false;
    }
    // The file name can carry a youth's name; the log gets only the fact.
    return DocumentPrinter::keepIfRecorded(
        this, path,
        m_workspace.session().log(AccessAction::ExportLog, 0, AccessDetail::encode(AccessDetail::Code::Csv)));
}

AccessLog::VerifyResult AccessLogPage::verifyLog()
{
    const AccessLog::VerifyResult result = m_workspace.accessLog().verifyChain();
    MessageBox::warnIfNotLogged(this,
                                m_workspace.session().log(AccessAction::VerifyLog, 0,
                                                          result.ok
                                                              ? AccessDetail::encode(AccessDetail::Code::Intact)
                                                              : AccessDetail::encode(AccessDetail::Code::Broken)));
    showChainResult(result);
    if (result.ok) {
        MessageBox::information(this, tr("Verify log"), result.message);
    } else {
        MessageBox::warning(this, tr("Verify log"), result.message);
    }
    return result;
}

void AccessLogPage::setStartChainResult(const AccessLog::VerifyResult& result)
{
    // A check after login (at start, or another user at the lock screen) replaces an earlier one; a check that
    // could not read the log tells nothing about it.
    if (!result.ok && result.firstBrokenId == 0) {
        return;
    }
    m_verifiedOnce = true;
    showChainResult(result, true);
}

void AccessLogPage::showChainResult(const AccessLog::VerifyResult& result, bool atStart)
{
    if (result.ok) {
        m_chain->setStyleSheet(QString());
        // Entries written since the login are not covered; "Verify log" checks them.
        m_chain->setText(
            atStart ? tr("The log's hash chain was intact at login (%n entries checked).", nullptr,
                         int(result.checkedEntries))
                    : tr("The log's hash chain is intact (%n entries checked).", nullptr, int(result.checkedEntries)));
    } else {
        m_chain->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_chain->setText(tr("The access log has been altered outside Lotsen: %1").arg(result.message));
    }
}

void AccessLogPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->setLive(false);
}

void AccessLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setLive(true);
    if (!m_verifiedOnce) {
        m_verifiedOnce = true;
        showChainResult(m_workspace.accessLog().verifyChain());
    }
}

} // namespace lotsen
