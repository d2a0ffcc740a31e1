#include "server/ServerConnectionDialog.h"

#include "core/ServerCredentials.h"
#include "shell/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lotsen {

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("Shared database"));

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("The centre's shared database on the office's PostgreSQL server. Ask whoever set up "
                              "the server for these details."));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("server.example.local"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(QStringLiteral("lotsen"), this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(QStringLiteral("lotsen_app"), this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted, server certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypted if the server offers it (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Not encrypted (disable)"), QStringLiteral("disable"));
    m_remember = new QCheckBox(tr("Remember the password on this PC"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(QString(), m_remember);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a server's error (up to four lines) from the start, so that a message never squeezes the fields.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_status, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerConnectionDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ServerConnectionDialog::testConnection);
    connect(m_host, &QLineEdit::textChanged, this, &ServerConnectionDialog::followHost);
    // activated, not currentIndexChanged: only the user's own choice stops the mode following the host.
    connect(m_sslMode, &QComboBox::activated, this, [this] {
        m_sslChosen = true;
        fieldsChanged();
    });
    for (QLineEdit* edit : { m_host, m_database, m_user, m_password }) {
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectionDialog::fieldsChanged);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectionDialog::fieldsChanged);
    followHost();
    fieldsChanged();
    setMinimumWidth(460);
}

void ServerConnectionDialog::setAddress(const ServerAddress& address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    m_sslChosen = !address.sslMode.isEmpty();
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(address.effectiveSslMode())));
    // The password is the field still to fill in when the rest is known.
    if (!address.host.isEmpty() && address.password.isEmpty()) {
        m_password->setFocus();
    }
    fieldsChanged();
}

ServerAddress ServerConnectionDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_sslMode->currentData().toString();
    // The host's own default stays out of the remembered address, so that it follows a changed default.
    ServerAddress byHost = address;
    byHost.sslMode.clear();
    if (byHost.effectiveSslMode() == address.sslMode) {
        address.sslMode.clear();
    }
    return address;
}

void ServerConnectionDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
}

bool ServerConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

bool ServerConnectionDialog::isComplete() const
{
    return !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
}

void ServerConnectionDialog::followHost()
{
    if (m_sslChosen) {
        return;
    }
    ServerAddress byHost;
    byHost.host = m_host->text().trimmed();
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(byHost.effectiveSslMode())));
}

void ServerConnectionDialog::fieldsChanged()
{
    const bool complete = isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_test->setEnabled(complete);
    // An outcome shown for other values would mislead.
    if (address().toUrl() != m_testedUrl || m_password->text() != m_testedPassword) {
        m_status->clear();
    }
}

void ServerConnectionDialog::showStatus(const QString& text, bool ok)
{
    m_status->setStyleSheet(ok ? QStringLiteral("color: #1b7a2c;") : QStringLiteral("color: #b3261e;"));
    m_status->setText(text);
}

bool ServerConnectionDialog::testConnection()
{
    if (!isComplete()) {
        return false;
    }
    m_testedUrl.clear();
    m_testedPassword.clear();
    showStatus(tr("Connecting…"), true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // In the GUI thread: libpq gives up after connect_timeout (5 s), and nothing else can be done meanwhile anyway.
    Database::OpenResult result;
    int version = 0;
    {
        Database database;
        result = database.openServer(address(), m_openMode);
        if (result.ok()) {
            version = database.userVersion();
        }
    }
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showStatus(result.message, false);
        return false;
    }
    m_testedUrl = address().toUrl();
    m_testedPassword = m_password->text();
    showStatus(tr("Connected: Lotsen schema %1").arg(version), true);
    return true;
}

void ServerConnectionDialog::accept()
{
    if (!isComplete()) {
        return;
    }
    const bool tested = m_testedUrl == address().toUrl() && m_testedPassword == m_password->text();
    if (!tested && !testConnection()) {
        return;
    }
    if (m_remember->isChecked() && !m_password->text().isEmpty()) {
        if (const Result<void> saved = ServerCredentials::save(address(), m_password->text()); !saved) {
            MessageBox::warning(this, tr("Shared database"),
                                tr("The password could not be kept on this PC: %1\n\nLotsen will ask for it at "
                                   "the next start.")
                                    .arg(saved.message()));
        }
    }
    QDialog::accept();
}

} // namespace lotsen
