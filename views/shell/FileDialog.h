#pragma once

#include <QString>

class QWidget;

namespace lotsen {

// File choosers go through here so that GUI tests can answer them without a blocking dialog
// (the same seam as KeePassXC's FileDialog::setNextFileName).
class FileDialog
{
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    // The next dialog returns `fileName` at once; an empty string means the user cancelled.
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString* fileName);
};

} // namespace lotsen
