#include "shell/MessageBox.h"

#include <QAbstractButton>
#include <QIcon>

namespace lotsen {

namespace {
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QString s_lastText;
} // namespace

QMessageBox::StandardButton MessageBox::exec(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, const ButtonTexts& texts)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key())) {
            button->setText(it.value());
            button->setIcon(QIcon()); // the standard icon would contradict the new words
        }
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MessageBox::warnIfNotLogged(QWidget* parent, const Result<void>& logged)
{
    if (!logged) {
        warning(parent, tr("Not recorded in the access log"),
                tr("This was done, but the access log could not record it. Tell your administrator.\n\n%1")
                    .arg(logged.message()));
    }
    return logged.ok();
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton, const ButtonTexts& texts)
{
    return exec(parent, QMessageBox::Question, title, text, buttons, defaultButton, texts);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    exec(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton, const ButtonTexts& texts)
{
    return exec(parent, QMessageBox::Warning, title, text, buttons, defaultButton, texts);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    exec(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    exec(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace lotsen
