#include "DemoDataGenerator.h"

namespace lotsen {

bool DemoDataGenerator::writeDemo(Database&, const QDate&, QString*)
{
    return false;
}

bool DemoDataGenerator::writeSynthetic(Database&, int, QString*)
{
    return false;
}

} // namespace lotsen
