#include "lifecycle/RestoreDialog.h"

#include "lifecycle/BackupCatalogue.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupListModel.h"
#include "lifecycle/BackupSettings.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lotsen {

RestoreDialog::RestoreDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_model(new BackupListModel(this))
{
    setWindowTitle(tr("Restore from backup"));
    setObjectName(QStringLiteral("restoreDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the backup to restore. The database as it is now is kept beside it, so "
                                "nothing is lost if you chose the wrong one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);

    auto* form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase of the encrypted backup"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* choose = buttons->addButton(tr("Choose &file…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoreDialog::updateSelection);
    connect(m_table, &QTableView::doubleClicked, this, &RestoreDialog::accept);

    reload();
    resize(860, 420);
}

int RestoreDialog::backupCount() const
{
    return m_model->rowCount();
}

void RestoreDialog::reload()
{
    const QStringList folders = BackupSettings::folders(m_databasePath);
    const Result<void> loaded = m_model->load(folders, BackupCatalogue::databaseName(m_databasePath));
    if (!loaded) {
        m_emptyLabel->setText(loaded.message());
    } else if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(tr("There are no backups in %1. Choose a backup file with “Choose file…”.")
                                  .arg(QDir::toNativeSeparators(folders.join(QStringLiteral(", ")))));
    }
    m_emptyLabel->setVisible(!loaded || m_model->rowCount() == 0);
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
    updateSelection();
}

void RestoreDialog::chooseFile()
{
    const QString path
        = FileDialog::getOpenFileName(this, tr("Choose a backup"), BackupSettings::folder(m_databasePath),
                                      tr("Lotsen backups (*.lotsen *.lotsen.enc);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    BackupInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.size = QFileInfo(path).size();
    info.createdAt = QFileInfo(path).lastModified();
    info.encrypted = BackupCipher::isEncrypted(path);
    m_model->addFile(info);
    m_emptyLabel->hide();
    m_table->selectRow(0);
    updateSelection();
}

void RestoreDialog::updateSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const BackupInfo* info = rows.isEmpty() ? nullptr : m_model->backupAt(rows.first().row());
    m_restoreButton->setEnabled(info != nullptr);
    const bool encrypted = info && info->encrypted;
    m_passphrase->setVisible(encrypted);
    m_passphraseLabel->setVisible(encrypted);
}

void RestoreDialog::accept()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const BackupInfo* info = rows.isEmpty() ? nullptr : m_model->backupAt(rows.first().row());
    if (!info) {
        return;
    }
    if (info->encrypted && m_passphrase->text().isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("This backup is encrypted: type its passphrase."));
        m_passphrase->setFocus();
        return;
    }
    const QString question
        = tr("Restore the backup of %1?\n\nLotsen closes the database, keeps the current file beside it as "
             "“…-before-restore-…”, puts the backup in its place and opens it. Cullings made after the backup are "
             "applied again before anyone sees the data. Everyone has to log in again.")
              .arg(info->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (MessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    m_request.backup = *info;
    m_request.passphrase = m_passphrase->text();
    QDialog::accept();
}

} // namespace lotsen
