#pragma once

#include "lifecycle/BackupRestore.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lotsen {

class BackupListModel;

// File › Restore from backup… and the start dialog's way out for a damaged file: the backups with their date,
// size and counts, newest first; another file can be chosen; an encrypted copy asks for its passphrase. Accepting
// asks once more, saying what will happen (the current file is kept beside it, Lotsen opens the backup and
// re-applies later cullings). The restore itself runs once the database is closed (app/RestoreRunner).
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString& databasePath, QWidget* parent = nullptr);

    // The chosen backup and passphrase (valid after accept()).
    BackupRestore::Request request() const { return m_request; }
    // How many backups were listed (tests, and the empty state).
    int backupCount() const;

    void accept() override;

private:
    void reload();
    void chooseFile();
    void updateSelection();

    QString m_databasePath;
    BackupListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_restoreButton = nullptr;
    BackupRestore::Request m_request;
};

} // namespace lotsen
