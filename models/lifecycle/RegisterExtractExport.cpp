#include "lifecycle/RegisterExtractExport.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Permissions.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "core/Workspace.h"
#include "documents/PagedDocumentRenderer.h"
#include "lifecycle/RegisterExtractDocumentBuilder.h"
#include "lifecycle/RegisterExtractQuery.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace lotsen {

RegisterExtractExport::Format RegisterExtractExport::formatOf(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0 ? Format::Json : Format::Pdf;
}

QString RegisterExtractExport::suggestedFileName(const QDate& date, Format format)
{
    //: A file name: lower case, no spaces
    return tr("register-extract-%1.%2")
        .arg(date.toString(Qt::ISODate), format == Format::Json ? QStringLiteral("json") : QStringLiteral("pdf"));
}

Result<RegisterExtract> RegisterExtractExport::read(Workspace& workspace, qint64 youthId)
{
    Session& session = workspace.session();
    if (!session.allows(Permission::ProduceRegisterExtracts)) {
        return fail(tr("Register extracts are for coordinators and administrators."));
    }
    Result<RegisterExtract> extract = RegisterExtractQuery(workspace.database()).read(youthId);
    if (!extract) {
        return extract.error();
    }
    extract->producedAt = Clock::now();
    if (session.account()) {
        extract->producedBy = session.account()->displayName;
        extract->producedByRole = Permissions::code(session.account()->role);
    }
    extract->controller = workspace.centre().centreName();
    return extract;
}

Result<int> RegisterExtractExport::write(Workspace& workspace, qint64 youthId, Format format, const QString& path)
{
    const Result<RegisterExtract> extract = read(workspace, youthId);
    if (!extract) {
        return extract.error();
    }
    // QSaveFile writes to a temporary name beside `path` and renames it only at commit(), after the entry below is
    // written: without its entry the file never appears at all (not even for a moment before it is removed).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // The path may name the youth: only the system's reason goes to the log.
        qCWarning(lcDocuments) << "register extract could not be opened for writing:" << file.errorString();
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    // Personal data: owner-only before anything is written (best effort: a FAT USB stick has no modes).
    OwnerOnlyFile::restrict(file);
    if (format == Format::Pdf) {
        const std::unique_ptr<QTextDocument> document = RegisterExtractDocumentBuilder::build(
            { *extract, workspace.centre().centreName(), workspace.centre().logo() });
        int pages = 0;
        {
            QPdfWriter writer(&file);
            writer.setResolution(300);
            writer.setCreator(QStringLiteral("Lotsen"));
            writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
            pages = PagedDocumentRenderer::render(*document, writer, Clock::today());
        }
        if (pages == 0) {
            file.cancelWriting();
            qCWarning(lcDocuments) << "register extract: the PDF has no pages";
            return fail(tr("%1 could not be written: %2").arg(path, tr("the document could not be laid out")));
        }
    } else {
        file.write(extract->toJson().toJson(QJsonDocument::Indented));
    }
    if (file.error() != QFileDevice::NoError) {
        qCWarning(lcDocuments) << "register extract could not be written:" << file.errorString();
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("%1 could not be written: %2").arg(path, reason));
    }
    const Result<void> logged = workspace.session().log(
        AccessAction::RegisterExtract, youthId,
        AccessDetail::encode(format == Format::Pdf ? AccessDetail::Code::RegisterExtractPdf
                                                   : AccessDetail::Code::RegisterExtractJson));
    if (!logged) {
        // No personal data out of Lotsen without its entry in the access log.
        file.cancelWriting();
        return fail(tr("The register extract was not written, because the access log could not record it: %1")
                        .arg(logged.message()));
    }
    if (!file.commit()) {
        // The entry stays: the log may say more was produced than exists, never less.
        qCWarning(lcDocuments) << "register extract could not be saved:" << file.errorString();
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    return extract->recordCount();
}

} // namespace lotsen
