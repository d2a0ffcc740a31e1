#include "server/DatabaseLocationWidget.h"

#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/ServerAddress.h"
#include "core/ServerCredentials.h"
#include "core/Workspace.h"
#include "server/ServerConnectionDialog.h"
#include "shell/FileDialog.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace lotsen {

namespace {

// A remembered location as the user reads it: a server's shown name, a file's native path.
QString shown(const QString& location)
{
    if (const std::optional<ServerAddress> address = ServerAddress::fromUrl(location)) {
        return DatabaseLocationWidget::tr("shared database %1").arg(address->shownName());
    }
    return QDir::toNativeSeparators(location);
}

} // namespace

DatabaseLocationWidget::DatabaseLocationWidget(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Database"), parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("databaseLocationBox"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentDatabaseLabel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextDatabaseLabel"));
    m_next->setWordWrap(true);
    m_change = new QPushButton(tr("&Change…"), this);
    m_change->setObjectName(QStringLiteral("changeDatabaseButton"));
    auto* menu = new QMenu(m_change);
    QAction* file = menu->addAction(tr("A file on this PC…"), this, &DatabaseLocationWidget::chooseFile);
    file->setObjectName(QStringLiteral("chooseFileAction"));
    QAction* server
        = menu->addAction(tr("A shared database on the office's server…"), this, &DatabaseLocationWidget::chooseServer);
    server->setObjectName(QStringLiteral("chooseServerAction"));
    m_change->setMenu(menu);

    auto* row = new QHBoxLayout;
    row->addWidget(m_current, 1);
    row->addWidget(m_change, 0, Qt::AlignTop);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Data is kept in:"), row);
    form->addRow(QString(), m_next);

    connect(&m_workspace.session(), &Session::accessChanged, this, &DatabaseLocationWidget::updateEnabled);
    connect(AppSettings::instance(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::LastDatabase) {
            refresh();
        }
    });
    updateEnabled();
    refresh();
}

void DatabaseLocationWidget::updateEnabled()
{
    const bool allowed = m_workspace.session().allows(Permission::ManageSettings);
    setVisible(allowed);
    setEnabled(allowed);
}

void DatabaseLocationWidget::refresh()
{
    const Database& database = m_workspace.database();
    m_current->setText(database.isServer() ? tr("the shared database %1").arg(database.shownName())
                                           : tr("the file %1 (only this PC)").arg(database.shownName()));
    const QString next = AppSettings::instance()->value(AppSettings::Key::LastDatabase).toString();
    const bool changed = !next.isEmpty() && next != database.path();
    m_next->setVisible(changed);
    m_next->setText(changed ? tr("At the next start Lotsen opens %1 instead.").arg(shown(next)) : QString());
}

void DatabaseLocationWidget::chooseFile()
{
    const QString chosen
        = FileDialog::getOpenFileName(this, tr("Open a Lotsen database"), m_workspace.database().path(),
                                      tr("Lotsen databases (*.lotsen);;All files (*)"));
    if (!chosen.isEmpty()) {
        AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, chosen);
    }
}

void DatabaseLocationWidget::chooseServer()
{
    ServerConnectionDialog dialog(this);
    dialog.setExplanation(tr("The centre's shared database on the office's PostgreSQL server. Lotsen opens it at "
                             "the next start; the database open now stays open until then."));
    if (const std::optional<ServerAddress> current
        = ServerAddress::fromUrl(AppSettings::instance()->value(AppSettings::Key::LastDatabase).toString())) {
        ServerAddress prefilled = *current;
        prefilled.password = ServerCredentials::password(prefilled);
        dialog.setAddress(prefilled);
    }
    if (dialog.exec() == QDialog::Accepted) {
        AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, dialog.address().toUrl());
    }
}

} // namespace lotsen
