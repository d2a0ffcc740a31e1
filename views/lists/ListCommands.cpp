#include "lists/ListCommands.h"

#include "core/Clock.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "lists/ExportListDialog.h"
#include "lists/ListSnapshot.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

namespace lotsen {

ListCommands::ListCommands(Workspace& workspace, QTableView* table, ListExport::List list, QWidget* page)
    : QObject(page), m_workspace(workspace), m_table(table), m_list(list), m_page(page)
{
    const QString code = ListExport::code(list);
    m_export = new QAction(tr("E&xport list…"), page);
    m_export->setObjectName(code + QStringLiteral("ExportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save the list as shown to an Excel or CSV file (Ctrl+Shift+E)"));
    m_print = new QAction(tr("&Print list…"), page);
    m_print->setObjectName(code + QStringLiteral("PrintAction"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_print->setToolTip(tr("Preview and print the list as shown, on A4 landscape (Ctrl+Shift+P)"));
    page->addAction(m_export);
    page->addAction(m_print);
    connect(m_export, &QAction::triggered, this, [this] { exportList(); });
    connect(m_print, &QAction::triggered, this, &ListCommands::printList);
}

QToolButton* ListCommands::makeExportButton(QWidget* parent) const
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(m_export);
    button->setObjectName(ListExport::code(m_list) + QStringLiteral("ExportButton"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QToolButton* ListCommands::makePrintButton(QWidget* parent) const
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(m_print);
    button->setObjectName(ListExport::code(m_list) + QStringLiteral("PrintButton"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

Result<ListExport::Request> ListCommands::request() const
{
    if (m_prepare) {
        m_prepare();
    }
    // The visible columns in the order the user sees them (moved and hidden columns included).
    const QHeaderView* header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    ListExport::Request request;
    request.list = m_list;
    const QString title = m_title ? m_title() : ListExport::label(m_list);
    Result<ReportTable> table = ListSnapshot::fromModel(*m_table->model(), columns, title);
    if (!table) {
        return table.error();
    }
    request.table = std::move(table).value();
    request.filterText = m_filterText ? m_filterText() : QString();
    return request;
}

bool ListCommands::exportList()
{
    const QString caption = tr("Export list");
    const Result<ListExport::Request> read = request();
    if (!read) {
        MessageBox::warning(m_page, caption, read.message());
        return false;
    }
    const ListExport::Request& current = *read;
    if (current.table.rowCount() == 0) {
        MessageBox::information(m_page, caption, tr("The list is empty, so there is nothing to export."));
        return false;
    }
    ExportListDialog dialog(current, m_page);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const ListExport::Format format = dialog.format();
    const bool xlsx = format == ListExport::Format::Xlsx;
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    QString stem = current.table.title;
    stem.replace(u'/', u'-').replace(u'\\', u'-').replace(u':', u'-');
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1 %2.%3").arg(stem, Clock::today().toString(Qt::ISODate), suffix));
    QString path
        = FileDialog::getSaveFileName(m_page, caption, suggested,
                                      xlsx ? tr("Excel workbook (*.xlsx)")
                                           : tr("CSV for Excel in Swedish: semicolons, decimal comma, UTF-8 (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + suffix;
    }
    const Result<int> written = ListExport::write(m_workspace, current, format, path);
    if (!written) {
        MessageBox::warning(m_page, caption, written.message());
        return false;
    }
    const QString done = tr("Saved %1 (%n row(s)).", "", *written).arg(QDir::toNativeSeparators(path));
    MessageBox::information(
        m_page, caption,
        ListExport::holdsPersonalData(m_list) ? done + u' ' + tr("The export is recorded in the access log.") : done);
    return true;
}

void ListCommands::printList()
{
    const Result<ListExport::Request> read = request();
    if (!read) {
        MessageBox::warning(m_page, tr("Print list"), read.message());
        return;
    }
    const ListExport::Request current = *read;
    if (current.table.rowCount() == 0) {
        MessageBox::information(m_page, tr("Print list"), tr("The list is empty, so there is nothing to print."));
        return;
    }
    DocumentPrinter::preview(
        m_page, [this, current] { return ListExport::recordPrint(m_workspace, current); },
        [this, current]() -> Result<std::unique_ptr<QTextDocument>> {
            return ListExport::printDocument(m_workspace, current);
        });
}

} // namespace lotsen
