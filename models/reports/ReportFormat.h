#pragma once

#include "reports/ReportTable.h"

#include <QString>
#include <QVariant>

namespace lotsen {

// A report value as text in the user's language, the same on screen and on paper: counts as integers, shares as
// "45,3 %", numbers with one decimal, dates ISO, "–" for not applicable; a masked "<5" as it is.
class ReportFormat
{
public:
    static QString text(const QVariant& value, ReportTable::Kind kind);
};

} // namespace lotsen
