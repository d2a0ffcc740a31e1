#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace lotsen {

class Database;

// The read behind the outreach list: every prospect with its attempt figures, in no particular order (the list
// sorts). SQL lives here, not in OutreachListModel.
class OutreachQuery
{
    Q_DECLARE_TR_FUNCTIONS(OutreachQuery)

public:
    struct Prospect
    {
        qint64 id = 0;
        QString name; // "Last, First"
        QString personalNumber; // 12 digits or empty
        QString phone;
        QString municipality;
        QString referralSource; // code
        QDate registered;
        int attempts = 0; // every attempt without answer, struck-out entries excluded
        int unanswered = 0; // attempts since the last successful contact
        QDateTime lastAttempt;
        QDateTime lastContact;
    };

    explicit OutreachQuery(Database& database);

    Result<QList<Prospect>> prospects() const;

private:
    Database& m_database;
};

} // namespace lotsen
