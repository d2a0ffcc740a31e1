#include "lifecycle/RegisterExtractCommand.h"

#include "access/Session.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "lifecycle/RegisterExtractExport.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "youth/YouthRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace lotsen {

RegisterExtractCommand::RegisterExtractCommand(Workspace& workspace, std::function<qint64()> youthId, QWidget* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_youthId(std::move(youthId))
    , m_parent(parent)
    , m_button(new QPushButton(tr("Register extract…"), parent))
{
    m_button->setObjectName(QStringLiteral("registerExtractButton"));
    m_button->setAccessibleName(tr("Register extract"));
    m_button->setToolTip(tr("Everything Lotsen holds about this youth, as a PDF for them or a JSON file (GDPR "
                            "articles 15 and 20); coordinators and administrators"));
    connect(m_button, &QPushButton::clicked, this, &RegisterExtractCommand::run);
    Session& session = m_workspace.session();
    connect(&session, &Session::accessChanged, this, &RegisterExtractCommand::updateVisible);
    // A new youth's card gets its id when first saved; the button then appears.
    connect(&m_workspace.youths(), &YouthRepository::youthSaved, this, &RegisterExtractCommand::updateVisible);
    updateVisible();
}

void RegisterExtractCommand::updateVisible()
{
    if (!m_workspace.session().isLocked()) {
        m_button->setVisible(m_workspace.session().allows(Permission::ProduceRegisterExtracts) && m_youthId() != 0);
    }
}

bool RegisterExtractCommand::run()
{
    const qint64 youthId = m_youthId();
    if (youthId == 0) {
        return false;
    }
    const QString title = tr("Register extract");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        RegisterExtractExport::suggestedFileName(Clock::today(), RegisterExtractExport::Format::Pdf));
    QString path = FileDialog::getSaveFileName(m_parent, title, suggested,
                                               tr("PDF for the youth (*.pdf);;JSON file for another system (*.json)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    // Reading everything about a youth with a long history and laying out its pages takes a moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written
        = RegisterExtractExport::write(m_workspace, youthId, RegisterExtractExport::formatOf(path), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(m_parent, title, written.message());
        return false;
    }
    MessageBox::information(m_parent, title,
                            tr("The register extract (%n entry(s)) was saved to %1.\n\nIt holds everything about the "
                               "youth, hidden notes too: give it only to the youth, and delete your copy once it has "
                               "been handed over.",
                               nullptr, *written)
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace lotsen
