#pragma once

#include "core/Result.h"
#include "lifecycle/RegisterExtract.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lotsen {

class Workspace;

// Writes a youth's register extract to a file: the PDF for the youth to read (art. 15) or the JSON file for another
// system (art. 20). It holds everything, hidden notes included, so it is for those whose role may produce extracts
// (coordinators and administrators), the file is owner-only and appears under its name only when complete, and it
// leaves Lotsen only with its entry in the access log: a file whose entry cannot be written is never given its name.
class RegisterExtractExport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExtractExport)

public:
    enum class Format { Pdf, Json };

    // JSON for a name ending in ".json" (any case), otherwise PDF.
    static Format formatOf(const QString& path);
    // "registerutdrag-2026-03-01.pdf" in the UI language; no name, so that a file list does not tell whose it is.
    static QString suggestedFileName(const QDate& date, Format format);

    // The extract as the file would hold it: the rows, who produced it and when, and the controller. Refused
    // without the permission; not logged (write() logs).
    static Result<RegisterExtract> read(Workspace& workspace, qint64 youthId);
    // Reads and writes the extract of `youthId` to `path` and logs it. The value: the number of records.
    static Result<int> write(Workspace& workspace, qint64 youthId, Format format, const QString& path);
};

} // namespace lotsen
