#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lotsen {

class Database;

// Fills a database with sample data: realistic demo youths, or many synthetic ones for the benchmark.
// Only Skatteverket's test personal numbers (births 2000-2009, serials 238 and 239) are ever used.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    static bool writeDemo(Database& database, const QDate& today, QString* errorMessage = nullptr);
    static bool writeSynthetic(Database& database, int count, QString* errorMessage = nullptr);
};

} // namespace lotsen
