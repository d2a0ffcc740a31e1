#include "outreach/ImportDialog.h"

#include "access/AccessDetail.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "outreach/ImportPreviewModel.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/ScreenFit.h"
#include "youth/YouthRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace lotsen {

ImportDialog::ImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_importer(workspace.youths())
{
    setWindowTitle(tr("Import youths from CSV"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("importChoose"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    for (ReferralSource source : Vocabulary::referralSources()) {
        if (source != ReferralSource::None) {
            m_source->addItem(Vocabulary::label(source), static_cast<int>(source));
        }
    }
    setReferralSource(ReferralSource::Kaa);
    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Referred by:"), m_source);
    form->addRow(QString(), m_fileInfo);

    // The mapping: a list of "file column → Lotsen field", one row each, beside the preview; the whole of it is
    // seen without scrolling sideways (a strip of columns hid "Ort" off to the right).
    auto* mappingBox = new QGroupBox(tr("Columns of the file"), this);
    m_mappingArea = new QWidget;
    m_mappingGrid = new QGridLayout(m_mappingArea);
    m_mappingGrid->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(mappingBox);
    scroll->setObjectName(QStringLiteral("importMapping"));
    scroll->setWidget(m_mappingArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(scroll);

    m_error = new ErrorLabel(QStringLiteral("importError"), this);

    m_preview = new ImportPreviewModel(this);
    m_preview->setObjectName(QStringLiteral("previewModel"));
    m_table = new QTableView(this);
    ElidedToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setModel(m_preview);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportPreviewModel::Line, 50);
    m_table->setColumnWidth(ImportPreviewModel::Status, 200); // long reasons show whole as a tooltip
    m_table->setColumnWidth(ImportPreviewModel::PersonalNumber, 130);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);

    auto* previewSide = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_error);
    previewLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 330, 670 });
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    ScreenFit::resize(this, QSize(1150, 640));
}

void ImportDialog::setReferralSource(ReferralSource source)
{
    m_source->setCurrentIndex(std::max(0, m_source->findData(static_cast<int>(source))));
}

ReferralSource ImportDialog::referralSource() const
{
    return static_cast<ReferralSource>(m_source->currentData().toInt());
}

bool ImportDialog::chooseFile()
{
    QString directory = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                 : QFileInfo(m_path->text()).absolutePath();
    if (!QFileInfo(directory).isDir()) {
        directory = QDir::homePath();
    }
    const QString path = FileDialog::getOpenFileName(this, tr("Import youths from CSV"), directory,
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    loadFile(path);
    return true;
}

bool ImportDialog::loadFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_importer.loadFile(path).ok();
    rebuildMapping();
    updatePreview();
    QApplication::restoreOverrideCursor();
    return ok;
}

void ImportDialog::rebuildMapping()
{
    qDeleteAll(m_mappingCombos);
    m_mappingCombos.clear();
    while (QLayoutItem* item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList header = m_importer.table().header;
    const QList<YouthImporter::Field> mapping = m_importer.mapping();
    for (int column = 0; column < header.size(); ++column) {
        auto* name = new QLabel(header.at(column).isEmpty() ? tr("(column %1)").arg(column + 1) : header.at(column),
                                m_mappingArea);
        name->setStyleSheet(QStringLiteral("font-weight: bold;"));
        auto* combo = new QComboBox(m_mappingArea);
        combo->setObjectName(QStringLiteral("importMapping%1").arg(column));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        name->setToolTip(name->text());
        for (YouthImporter::Field field : YouthImporter::fields()) {
            combo->addItem(YouthImporter::label(field), static_cast<int>(field));
        }
        combo->setCurrentIndex(combo->findData(static_cast<int>(mapping.value(column))));
        name->setBuddy(combo);
        m_mappingGrid->addWidget(name, column, 0);
        m_mappingGrid->addWidget(new QLabel(QStringLiteral("→"), m_mappingArea), column, 1);
        m_mappingGrid->addWidget(combo, column, 2);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        m_mappingCombos.append(combo);
    }
    m_mappingGrid->setColumnStretch(2, 1);
    m_mappingGrid->setRowStretch(static_cast<int>(header.size()), 1);
}

void ImportDialog::mappingChanged()
{
    QList<YouthImporter::Field> mapping;
    for (const QComboBox* combo : std::as_const(m_mappingCombos)) {
        mapping.append(static_cast<YouthImporter::Field>(combo->currentData().toInt()));
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_importer.setMapping(mapping);
    updatePreview();
    QApplication::restoreOverrideCursor();
}

void ImportDialog::updatePreview()
{
    const Result<CsvReader::Table>& csv = m_importer.csv();
    QString error;
    if (!m_path->text().isEmpty() && !csv) {
        error = csv.message();
    } else if (csv) {
        error = m_importer.mappingError();
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());

    if (csv) {
        const QString encoding
            = csv->encoding == CsvReader::Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
        m_fileInfo->setText(tr("%n row(s), separated by \"%1\", %2", nullptr, static_cast<int>(csv->records.size()))
                                .arg(csv->separator, encoding));
    } else {
        m_fileInfo->clear();
    }

    m_preview->setRows(csv ? m_importer.rows() : QList<YouthImporter::Row>());
    const int fresh = csv ? m_importer.count(YouthImporter::RowStatus::New) : 0;
    const int registered = csv ? m_importer.count(YouthImporter::RowStatus::AlreadyRegistered) : 0;
    const int invalid = csv ? m_importer.count(YouthImporter::RowStatus::Invalid) : 0;
    m_summary->setText(csv ? tr("New: %1 · already registered: %2 · with errors (not imported): %3")
                                 .arg(fresh)
                                 .arg(registered)
                                 .arg(invalid)
                           : QString());
    m_importButton->setText(tr("&Import %n youth(s)", nullptr, fresh));
    m_importButton->setEnabled(fresh > 0);
}

bool ImportDialog::importRows()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The youths and the access-log entry of the import commit together, or nothing is imported.
    YouthImporter::Summary summary;
    const Result<void> imported = m_workspace.session().loggedWrite(
        { AccessAction::ImportYouths, 0, {} }, [&](Session::LogEntry& entry) -> Result<void> {
            summary = m_importer.import(referralSource());
            if (!summary.ok) {
                return fail(summary.error);
            }
            entry.detail = AccessDetail::encode(AccessDetail::Code::Import, { QString::number(summary.imported) });
            return success();
        });
    QApplication::restoreOverrideCursor();
    if (summary.ok && !imported) {
        summary.ok = false;
        summary.error = imported.message();
    }
    if (!summary.ok || summary.imported == 0) {
        MessageBox::warning(this, tr("Import youths"),
                            summary.ok ? tr("There are no new, valid rows to import.") : summary.error);
        updatePreview();
        return false;
    }
    m_lastSummary = summary;
    MessageBox::information(this, tr("Import youths"),
                            tr("%n youth(s) imported as prospects, referred by %1.", nullptr, summary.imported)
                                    .arg(Vocabulary::label(referralSource()))
                                + u' '
                                + tr("Already registered: %1. Not imported because of errors: %2.")
                                      .arg(summary.alreadyRegistered)
                                      .arg(summary.rejected));
    accept();
    return true;
}

} // namespace lotsen
