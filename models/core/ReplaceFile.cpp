#include "core/ReplaceFile.h"

#include <QFile>

#include <filesystem>
#include <system_error>

namespace lotsen {

namespace {

std::filesystem::path filesystemPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

Result<void> replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(filesystemPath(from), filesystemPath(to), error);
    if (error) {
        return fail(QString::fromLocal8Bit(error.message().c_str()));
    }
    return success();
}

} // namespace lotsen
