#include "core/OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lotsen {

Result<void> OwnerOnlyFile::createEmpty(const QString& path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
#ifdef Q_OS_WIN
    const bool created = file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
#else
    // The mode is given to open(2) itself, so the file is never readable by others, not even for a moment.
    const bool created = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions());
#endif
    if (created) {
        file.close();
        return success();
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(tr("%1 could not be created: %2").arg(shownPath, file.errorString()));
    }
    if (!info.isFile()) {
        return fail(tr("%1 is a folder").arg(shownPath));
    }
    if (info.size() > 0) {
        return fail(tr("%1 already exists and is not empty").arg(shownPath));
    }
    if (!restrict(path)) {
        return fail(tr("only its owner should read %1, and its permissions could not be changed").arg(shownPath));
    }
    return success();
}

bool OwnerOnlyFile::restrict(QFileDevice& file)
{
#ifdef Q_OS_WIN
    Q_UNUSED(file)
    return true;
#else
    return file.setPermissions(permissions());
#endif
}

bool OwnerOnlyFile::restrict(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path)
    return true;
#else
    return QFile::setPermissions(path, permissions());
#endif
}

bool OwnerOnlyFile::isOwnerOnly(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path)
    return true;
#else
    const QFileDevice::Permissions groupAndOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return !(QFile::permissions(path) & groupAndOthers);
#endif
}

} // namespace lotsen
