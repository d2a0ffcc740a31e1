#include "lifecycle/RetentionLog.h"

#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace lotsen {

namespace {

QString stamp(const QDateTime& at)
{
    return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString();
}

} // namespace

RetentionLog::RetentionLog(QString path) : m_path(std::move(path)) { }

QString RetentionLog::pathIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("retention.log"));
}

QString RetentionLog::kindCode(Kind kind)
{
    return kind == Kind::Erasure ? QStringLiteral("erasure") : QStringLiteral("policy");
}

Result<void> RetentionLog::append(const Run& run) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        qCWarning(lcDatabase) << "retention log: the folder could not be made";
        return fail(tr("The retention log could not be written: its folder could not be made."));
    }
    if (!QFileInfo::exists(m_path)) {
        if (Result<void> made = OwnerOnlyFile::createEmpty(m_path); !made) {
            return fail(tr("The retention log could not be written: %1").arg(made.message()));
        }
    }
    QJsonArray ids;
    for (const qint64 id : run.youthIds) {
        ids.append(id);
    }
    QJsonObject line { { QStringLiteral("at"), stamp(run.at) },
                       { QStringLiteral("kind"), kindCode(run.kind) },
                       { QStringLiteral("username"), run.username },
                       { QStringLiteral("decision"), run.decision },
                       { QStringLiteral("youth_ids"), ids },
                       { QStringLiteral("access_log_cutoff"), stamp(run.accessLogCutoff) } };
    if (!run.reason.isEmpty()) {
        line.insert(QStringLiteral("reason"), run.reason);
    }
    if (!run.databaseId.isEmpty()) {
        line.insert(QStringLiteral("database_id"), run.databaseId);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcDatabase) << "retention log: cannot open for append:" << file.errorString();
        return fail(tr("The retention log could not be written: %1").arg(file.errorString()));
    }
    OwnerOnlyFile::restrict(file);
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // A line cut off by a crash would swallow this one: it gets its end first, so that only it is unreadable.
    if (file.size() > 0) {
        QFile reader(m_path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(file.size() - 1) && reader.read(1) != "\n") {
            bytes.prepend('\n');
        }
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        qCWarning(lcDatabase) << "retention log: write failed:" << file.errorString();
        return fail(tr("The retention log could not be written: %1").arg(file.errorString()));
    }
#ifdef Q_OS_UNIX
    // A restore relies on this line: it must survive a power cut like the commit it records.
    ::fsync(file.handle());
#endif
    return success();
}

Result<QList<RetentionLog::Run>> RetentionLog::runsAfter(const QDateTime& after) const
{
    QList<Run> runs;
    QFile file(m_path);
    if (!file.exists()) {
        return runs;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDatabase) << "retention log: cannot read:" << file.errorString();
        return fail(tr("The retention log could not be read: %1").arg(file.errorString()));
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        const QJsonObject object = document.object();
        Run run;
        run.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (error.error != QJsonParseError::NoError || !document.isObject() || !run.at.isValid()
            || (kind != kindCode(Kind::Policy) && kind != kindCode(Kind::Erasure))) {
            qCWarning(lcDatabase) << "retention log: line" << lineNumber << "cannot be read";
            return fail(tr("The retention log cannot be read: line %1 is damaged.").arg(lineNumber));
        }
        run.kind = kind == kindCode(Kind::Erasure) ? Kind::Erasure : Kind::Policy;
        run.username = object.value(QStringLiteral("username")).toString();
        run.decision = object.value(QStringLiteral("decision")).toString();
        run.reason = object.value(QStringLiteral("reason")).toString();
        run.databaseId = object.value(QStringLiteral("database_id")).toString();
        const QJsonArray ids = object.value(QStringLiteral("youth_ids")).toArray();
        for (const QJsonValue& id : ids) {
            run.youthIds.append(id.toInteger());
        }
        const QString cutoff = object.value(QStringLiteral("access_log_cutoff")).toString();
        if (!cutoff.isEmpty()) {
            run.accessLogCutoff = QDateTime::fromString(cutoff, Qt::ISODateWithMs);
        }
        if (run.at > after) {
            runs.append(run);
        }
    }
    return runs;
}

} // namespace lotsen
