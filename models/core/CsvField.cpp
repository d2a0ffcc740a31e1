#include "core/CsvField.h"

namespace lotsen::CsvField {

QString escaped(QString text)
{
    // A cell starting with one of these is a formula in Excel and LibreOffice.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(u'\'');
    }
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace lotsen::CsvField
