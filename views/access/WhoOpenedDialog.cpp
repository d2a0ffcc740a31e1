#include "access/WhoOpenedDialog.h"

#include "core/Workspace.h"
#include "shell/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lotsen {

WhoOpenedDialog::WhoOpenedDialog(Workspace& workspace, qint64 youthId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("whoOpenedDialog"));
    setWindowTitle(tr("Who has looked at this youth?"));
    auto* intro = new QLabel(
        tr("Accounts that opened this youth's card (number %1 in Lotsen), from the access log.").arg(youthId), this);
    intro->setWordWrap(true);

    const Result<QList<AccessLog::Opening>> read = workspace.accessLog().whoOpened(youthId);
    if (!read) {
        intro->setText(read.message()); // instead of an empty table that would say "nobody"
    }
    const QList<AccessLog::Opening> openings = read.valueOr({});
    m_table = new QTableWidget(int(openings.size()), 4, this);
    m_table->setObjectName(QStringLiteral("whoOpenedTable"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Username"), tr("Last opened"), tr("Times") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < openings.size(); ++row) {
        const AccessLog::Opening& opening = openings.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(opening.displayName));
        m_table->setItem(row, 1, new QTableWidgetItem(opening.username));
        m_table->setItem(row, 2, new QTableWidgetItem(QString(opening.lastOpenedAt).replace(u'T', u' ').left(19)));
        auto* count = new QTableWidgetItem(QString::number(opening.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, count);
    }
    m_table->resizeColumnsToContents();

    m_empty = new QLabel(tr("No one has opened this youth's card yet."), this);
    m_empty->setObjectName(QStringLiteral("whoOpenedEmpty"));
    m_empty->setVisible(openings.isEmpty());
    m_table->setVisible(!openings.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(560, 320));
}

QPushButton* WhoOpenedDialog::createButton(Workspace& workspace, std::function<qint64()> youthId, QWidget* parent)
{
    auto* button = new QPushButton(tr("Who has looked?"), parent);
    button->setObjectName(QStringLiteral("whoOpenedButton"));
    button->setToolTip(tr("Who has looked at this youth's data, from the access log"));
    QObject::connect(button, &QPushButton::clicked, button, [&workspace, youthId, button] {
        auto* dialog = new WhoOpenedDialog(workspace, youthId(), button->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    const auto update = [&workspace, youthId, button] {
        if (!workspace.session().isLocked()) {
            button->setVisible(workspace.session().allows(Permission::ViewAccessLog) && youthId() != 0);
        }
    };
    Session& session = workspace.session();
    QObject::connect(&session, &Session::accessChanged, button, update);
    // A new youth's card gets its id when first saved; the button then appears.
    QObject::connect(&workspace.youths(), &YouthRepository::youthSaved, button, update);
    update();
    return button;
}

} // namespace lotsen
