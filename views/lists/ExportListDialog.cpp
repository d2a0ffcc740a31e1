#include "lists/ExportListDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lotsen {

ExportListDialog::ExportListDialog(const ListExport::Request& request, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportListDialog"));
    setWindowTitle(tr("Export list"));
    const QString title = request.table.title.isEmpty() ? ListExport::label(request.list) : request.table.title;
    const int rows = request.table.rowCount();
    const int columns = request.table.columnCount();
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("exportListSummary"));
    summary->setWordWrap(true);
    QString text = tr("<b>%1</b>").arg(title.toHtmlEscaped()) + QStringLiteral("<br>")
        + tr("%n row(s) as shown on screen, ", "", rows) + tr("%n column(s).", "", columns);
    if (!request.filterText.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Filters: %1").arg(request.filterText.toHtmlEscaped());
    }
    summary->setText(text);

    m_xlsx = new QRadioButton(tr("&Excel workbook (.xlsx): numbers and dates you can sort and sum"), this);
    m_xlsx->setObjectName(QStringLiteral("exportListXlsx"));
    m_xlsx->setChecked(true);
    m_csv = new QRadioButton(tr("&CSV for Excel in Swedish (.csv): semicolons, decimal comma"), this);
    m_csv->setObjectName(QStringLiteral("exportListCsv"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Format:"), this));
    layout->addWidget(m_xlsx);
    layout->addWidget(m_csv);
    if (ListExport::holdsPersonalData(request.list)) {
        auto* notice = new QLabel(tr("The list contains personal data. The export is recorded in the access log "
                                     "with your name, and only your own login on this PC can open the file. Keep "
                                     "it as the centre's rules say, and delete it when it is no longer needed."),
                                  this);
        notice->setObjectName(QStringLiteral("exportListNotice"));
        notice->setWordWrap(true);
        layout->addSpacing(6);
        layout->addWidget(notice);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("Choose file…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportListChooseFile"));
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

ListExport::Format ExportListDialog::format() const
{
    return m_csv->isChecked() ? ListExport::Format::Csv : ListExport::Format::Xlsx;
}

} // namespace lotsen
