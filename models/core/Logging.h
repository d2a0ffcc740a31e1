#pragma once

#include <QLoggingCategory>

// Lotsen's logging categories. Failures are logged with qCWarning: the operation, the SQL error and ids, never a
// name, a personal number or a note. Enable more with QT_LOGGING_RULES="lotsen.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSql) // lotsen.sql: a statement failed
Q_DECLARE_LOGGING_CATEGORY(lcDatabase) // lotsen.database: opening, migrations, backups, file safety
Q_DECLARE_LOGGING_CATEGORY(lcAccess) // lotsen.access: accounts, logins, the access log and its chain
Q_DECLARE_LOGGING_CATEGORY(lcImport) // lotsen.import: CSV import
Q_DECLARE_LOGGING_CATEGORY(lcDocuments) // lotsen.documents: printing and PDF
Q_DECLARE_LOGGING_CATEGORY(lcModels) // lotsen.models: item models that could not load their rows
