#include "shell/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace lotsen {

namespace {
std::optional<QString> s_next;
} // namespace

bool FileDialog::takeNext(QString* fileName)
{
    if (!s_next) {
        return false;
    }
    *fileName = *s_next;
    s_next.reset();
    return true;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter)
{
    QString fileName;
    if (takeNext(&fileName)) {
        return fileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    QString fileName;
    if (takeNext(&fileName)) {
        return fileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_next = fileName;
}

} // namespace lotsen
