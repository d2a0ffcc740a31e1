#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMessageBox>

namespace lotsen {

// Every question Lotsen asks goes through here, so that GUI tests can answer it without a blocking dialog
// (the same seam as KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    // Standard buttons that say what they do ("Record consent now…") keep their role and the seam's answer.
    using ButtonTexts = QHash<QMessageBox::StandardButton, QString>;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const ButtonTexts& texts = {});
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // A warning that offers a way out ("Show the access log") besides closing it.
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton,
                                               const ButtonTexts& texts = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    // QMessageBox::about: the application's icon instead of a standard one; any answer closes it.
    static void about(QWidget* parent, const QString& title, const QString& text);

    // After an action that is done and cannot be taken back: when its access-log entry could not be written,
    // says so, so that the gap in the log is known. Returns whether it was logged.
    static bool warnIfNotLogged(QWidget* parent, const Result<void>& logged);

    // The next dialog returns `answer` at once instead of showing itself. NoButton turns the seam off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last dialog shown or answered, for tests to check what the user was told.
    static QString lastText();

private:
    static QMessageBox::StandardButton exec(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const ButtonTexts& texts = {});
};

} // namespace lotsen
