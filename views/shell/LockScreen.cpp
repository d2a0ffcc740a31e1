#include "shell/LockScreen.h"

#include "access/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotsen {

LockScreen::LockScreen(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));

    auto* heading = new QLabel(tr("Lotsen is locked"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("lockedUser"));
    m_user->setAlignment(Qt::AlignCenter);
    m_user->setWordWrap(true); // a long name must not push the text out of the fixed-width column

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    // Mnemonics stay clear of the menus' F, E, G and H, which still work while locked (File → Quit).
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    auto* unlockRow = new QHBoxLayout;
    unlockRow->addWidget(m_password, 1);
    unlockRow->addWidget(m_unlock);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->hide();

    m_showSwitch = new QPushButton(tr("Log in as &another user…"), this);
    m_showSwitch->setObjectName(QStringLiteral("switchUserButton"));
    m_showSwitch->setFlat(true);

    m_switchBox = new QWidget(this);
    m_switchUsername = new QLineEdit(m_switchBox);
    m_switchUsername->setObjectName(QStringLiteral("switchUsername"));
    m_switchPassword = new QLineEdit(m_switchBox);
    m_switchPassword->setObjectName(QStringLiteral("switchPassword"));
    m_switchPassword->setEchoMode(QLineEdit::Password);
    auto* note = new QLabel(tr("Unsaved changes of the locked session are discarded."), m_switchBox);
    note->setWordWrap(true);
    m_switchLogIn = new QPushButton(tr("Log &in"), m_switchBox);
    m_switchLogIn->setObjectName(QStringLiteral("switchLogInButton"));
    auto* back = new QPushButton(tr("&Back"), m_switchBox);
    auto* switchButtons = new QHBoxLayout;
    switchButtons->addStretch(1);
    switchButtons->addWidget(back);
    switchButtons->addWidget(m_switchLogIn);
    auto* switchLayout = new QFormLayout(m_switchBox);
    switchLayout->setContentsMargins(0, 0, 0, 0);
    switchLayout->addRow(tr("User&name:"), m_switchUsername);
    switchLayout->addRow(tr("Pass&word:"), m_switchPassword);
    switchLayout->addRow(note);
    switchLayout->addRow(switchButtons);
    m_switchBox->hide();

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(m_user);
    column->addSpacing(12);
    column->addLayout(unlockRow);
    column->addWidget(m_error);
    column->addSpacing(12);
    column->addWidget(m_showSwitch, 0, Qt::AlignCenter);
    column->addWidget(m_switchBox);

    auto* centred = new QWidget(this);
    centred->setLayout(column);
    centred->setFixedWidth(380);
    // Centred by stretches, not by an alignment flag: an aligned item gets its size hint's height, which does not
    // follow the wrapped text (the user line was cut off), while a plain item gets its height for width.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centred);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_showSwitch, &QPushButton::clicked, this, [this] { showSwitchUser(true); });
    connect(back, &QPushButton::clicked, this, [this] { showSwitchUser(false); });
    connect(m_switchUsername, &QLineEdit::returnPressed, m_switchPassword, qOverload<>(&QWidget::setFocus));
    connect(m_switchPassword, &QLineEdit::returnPressed, this, &LockScreen::switchUser);
    connect(m_switchLogIn, &QPushButton::clicked, this, &LockScreen::switchUser);
}

void LockScreen::prepare()
{
    const QString name = m_session.account() ? m_session.account()->displayName : QString();
    m_user->setText(tr("Locked by %1. Enter your password to continue.").arg(name));
    m_password->clear();
    m_switchUsername->clear();
    m_switchPassword->clear();
    m_error->clear();
    m_error->hide();
    showSwitchUser(false);
}

void LockScreen::showSwitchUser(bool show)
{
    m_switchBox->setVisible(show);
    m_showSwitch->setVisible(!show);
    m_password->setEnabled(!show);
    m_unlock->setEnabled(!show);
    m_error->hide();
    if (show) {
        m_switchUsername->setFocus();
    } else {
        m_password->setFocus();
    }
}

void LockScreen::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void LockScreen::unlock()
{
    const AccountRepository::AuthResult result = m_session.unlock(m_password->text());
    m_password->clear();
    if (!result.ok) {
        showError(result.message.isEmpty() ? tr("Wrong password.") : result.message);
        m_password->setFocus();
    }
}

void LockScreen::switchUser()
{
    const QString username = m_switchUsername->text().trimmed();
    const QString password = m_switchPassword->text();
    m_switchPassword->clear();
    // The locked user's own name is an unlock, not a switch: nothing is discarded.
    if (m_session.account() && username.compare(m_session.account()->username, Qt::CaseInsensitive) == 0) {
        const AccountRepository::AuthResult result = m_session.unlock(password);
        if (!result.ok) {
            showError(result.message.isEmpty() ? tr("Wrong password.") : result.message);
            m_switchPassword->setFocus();
        }
        return;
    }
    // The main window discards the previous user's edits when Session announces the new login, before anything
    // is shown again; a wrong password discards nothing.
    const AccountRepository::AuthResult result
        = m_session.switchUser(username, password, m_unsavedEdits && m_unsavedEdits());
    if (!result.ok) {
        showError(result.message.isEmpty() ? tr("Wrong username or password.") : result.message);
        m_switchPassword->setFocus();
    }
}

} // namespace lotsen
