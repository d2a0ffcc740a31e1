#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcSql, "lotsen.sql")
Q_LOGGING_CATEGORY(lcDatabase, "lotsen.database")
Q_LOGGING_CATEGORY(lcAccess, "lotsen.access")
Q_LOGGING_CATEGORY(lcImport, "lotsen.import")
Q_LOGGING_CATEGORY(lcDocuments, "lotsen.documents")
Q_LOGGING_CATEGORY(lcModels, "lotsen.models")
