#pragma once

#include <QString>

namespace lotsen {

// One field of a ';'-separated CSV file as Excel and LibreOffice open it in Swedish, for every file Lotsen exports
// (the access log, reports).
namespace CsvField {

// Quoted when it holds ';', '"' or a line break; a leading '=', '+', '-' or '@' gets a "'" first, so that a
// spreadsheet never runs what a username or a title holds as a formula.
QString escaped(QString text);

} // namespace CsvField

} // namespace lotsen
