#include "reports/ReportsPage.h"

#include "access/Session.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "reports/ReportChartView.h"
#include "reports/ReportDocumentBuilder.h"
#include "reports/ReportTableModel.h"
#include "shell/ErrorLabel.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lotsen {

namespace {

// A table as tall as its rows (the page scrolls, not each table), up to a limit for long lists of names.
void fitHeight(QTableView* view, int rows)
{
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int shown = std::min(rows, 18);
    // Room for the horizontal scroll bar a wide table (contacts by kind) needs, so that no row hides under it.
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rowHeight * std::max(shown, 1)
                         + 2 * view->frameWidth() + view->horizontalScrollBar()->sizeHint().height() + 2);
}

} // namespace

ReportsPage::ReportsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_period(ReportPeriod::previous(ReportPeriod::Kind::Month, Clock::today()))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Reports")), this);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportPeriodKind"));
    for (const ReportPeriod::Kind kind : ReportPeriod::kinds()) {
        m_kind->addItem(ReportPeriod::label(kind), int(kind));
    }
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("reportPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("The period before (Alt+Left)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_periodText = new QLabel(this);
    m_periodText->setObjectName(QStringLiteral("reportPeriodText"));
    m_periodText->setMinimumWidth(150);
    m_periodText->setAlignment(Qt::AlignCenter);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("reportNext"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("The period after (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));

    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("reportMentor"));
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(QStringLiteral("reportMunicipality"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("reportSource"));
    m_intervention = new QComboBox(this);
    m_intervention->setObjectName(QStringLiteral("reportIntervention"));
    for (QComboBox* combo : { m_mentor, m_municipality, m_source, m_intervention }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_mask = new QCheckBox(tr("Show counts of 1–4 as \"<5\" in what leaves the centre"), this);
    m_mask->setObjectName(QStringLiteral("reportMask"));
    m_mask->setChecked(true);
    m_mask->setToolTip(tr("Statistical disclosure control, as SCB and Skolverket do: applies to the PDF, the "
                          "printout and the spreadsheets. Totals stay exact; the screen shows every figure."));

    auto* printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("reportPrint"));
    printButton->setToolTip(tr("Print every report with its charts (Ctrl+P)"));
    auto* pdfButton = new QPushButton(tr("P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("reportPdf"));
    auto* sheetButton = new QPushButton(tr("&Spreadsheet…"), this);
    sheetButton->setObjectName(QStringLiteral("reportSpreadsheet"));
    sheetButton->setToolTip(tr("All reports as an Excel workbook (XLSX) or as CSV for Excel in Swedish"));
    auto* listButton = new QPushButton(tr("Participant &list…"), this);
    listButton->setObjectName(QStringLiteral("reportParticipantList"));
    listButton->setToolTip(tr("One row per enrolment period for the funder. Contains personal data: the export is "
                              "recorded in the access log."));

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:"), this));
    periodRow->addWidget(m_kind);
    periodRow->addWidget(m_previous);
    periodRow->addWidget(m_periodText);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_to);
    periodRow->addWidget(m_next);
    periodRow->addStretch(1);
    periodRow->addWidget(printButton);
    periodRow->addWidget(pdfButton);
    periodRow->addWidget(sheetButton);
    periodRow->addWidget(listButton);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Mentor:"), this));
    filterRow->addWidget(m_mentor);
    filterRow->addWidget(new QLabel(tr("Municipality:"), this));
    filterRow->addWidget(m_municipality);
    filterRow->addWidget(new QLabel(tr("Referral source:"), this));
    filterRow->addWidget(m_source);
    filterRow->addWidget(new QLabel(tr("Intervention:"), this));
    filterRow->addWidget(m_intervention);
    filterRow->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_error = new ErrorLabel(QStringLiteral("reportError"), this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setAccessibleName(tr("Reports"));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reportScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 210, 900 });

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_mask);
    statusRow->addStretch(1);
    statusRow->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(periodRow);
    layout->addLayout(filterRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    fillFilters();
    updatePeriodControls();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::periodKindChanged);
    connect(m_previous, &QToolButton::clicked, this, [this] { setPeriod(m_period.shifted(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPeriod(m_period.shifted(1)); });
    // Typing a date changes it digit by digit: the reports are computed once the typing pauses.
    m_customTimer = new QTimer(this);
    m_customTimer->setSingleShot(true);
    m_customTimer->setInterval(400);
    connect(m_customTimer, &QTimer::timeout, this, [this] {
        if (m_period.kind() == ReportPeriod::Kind::Custom) {
            m_period = ReportPeriod::custom(m_from->date(), m_to->date());
            refresh();
        }
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& from) {
        m_to->setMinimumDate(from); // never a period that ends before it starts
        m_customTimer->start();
    });
    connect(m_to, &QDateEdit::dateChanged, m_customTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : { m_mentor, m_municipality, m_source, m_intervention }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPage::showReport);
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &ReportsPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(sheetButton, &QPushButton::clicked, this, &ReportsPage::exportSpreadsheet);
    connect(listButton, &QPushButton::clicked, this, &ReportsPage::exportParticipantList);
}

void ReportsPage::fillFilters()
{
    // Refilled on every show, keeping the choice; a list that cannot be read offers only "All" (the reports
    // themselves say when the database fails).
    const QVariant chosenMentor = m_mentor->currentData();
    const QVariant chosenMunicipality = m_municipality->currentData();
    const QVariant chosenSource = m_source->currentData();
    const QVariant chosenIntervention = m_intervention->currentData();
    const QSignalBlocker blockMentor(m_mentor);
    const QSignalBlocker blockMunicipality(m_municipality);
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockIntervention(m_intervention);
    for (QComboBox* combo : { m_mentor, m_municipality, m_source, m_intervention }) {
        combo->clear();
    }
    m_mentor->addItem(tr("All mentors"), qint64(0));
    for (const Staff& staff : m_workspace.staff().all().valueOr({})) {
        m_mentor->addItem(staff.name, staff.id);
    }
    m_municipality->addItem(tr("All municipalities"), QString());
    for (const QString& municipality : m_workspace.youths().municipalities().valueOr({})) {
        m_municipality->addItem(municipality, municipality);
    }
    m_source->addItem(tr("All sources"), QString());
    for (const ReferralSource source : Vocabulary::referralSources()) {
        if (source != ReferralSource::None) {
            m_source->addItem(Vocabulary::label(source), Vocabulary::code(source));
        }
    }
    m_intervention->addItem(tr("All interventions"), qint64(0));
    for (const Intervention& item : m_workspace.interventions().interventions().valueOr({})) {
        m_intervention->addItem(item.name, item.id);
    }
    const auto restore = [](QComboBox* combo, const QVariant& value) {
        combo->setCurrentIndex(std::max(0, value.isValid() ? combo->findData(value) : 0));
    };
    restore(m_mentor, chosenMentor);
    restore(m_municipality, chosenMunicipality);
    restore(m_source, chosenSource);
    restore(m_intervention, chosenIntervention);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Figures and filter lists as they are now: contacts, follow-ups or mentors may have changed anywhere.
    fillFilters();
    refresh();
}

void ReportsPage::setPeriod(const ReportPeriod& period)
{
    m_period = period;
    updatePeriodControls();
    refresh();
}

void ReportsPage::periodKindChanged()
{
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    if (kind == ReportPeriod::Kind::Custom) {
        m_period = ReportPeriod::custom(m_period.from(), m_period.to());
    } else {
        // The last whole period of that kind: what a funder asks for.
        m_period = ReportPeriod::previous(kind, Clock::today());
    }
    updatePeriodControls();
    refresh();
}

void ReportsPage::updatePeriodControls()
{
    const bool custom = m_period.kind() == ReportPeriod::Kind::Custom;
    {
        const QSignalBlocker blockKind(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(m_period.kind())));
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_period.from());
        m_to->setDate(m_period.to());
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_periodText->setVisible(!custom);
    m_periodText->setText(QStringLiteral("<b>%1</b>").arg(m_period.text().toHtmlEscaped()));
}

ReportParameters ReportsPage::parameters() const
{
    ReportParameters parameters;
    parameters.from = m_period.from();
    parameters.to = m_period.to();
    parameters.mentorId = m_mentor->currentData().toLongLong();
    parameters.municipality = m_municipality->currentData().toString();
    parameters.referralSource = m_source->currentData().toString();
    parameters.interventionId = m_intervention->currentData().toLongLong();
    QStringList filters;
    if (parameters.mentorId != 0) {
        filters.append(tr("mentor %1").arg(m_mentor->currentText()));
    }
    if (!parameters.municipality.isEmpty()) {
        filters.append(tr("municipality %1").arg(parameters.municipality));
    }
    if (!parameters.referralSource.isEmpty()) {
        filters.append(tr("referral source %1").arg(m_source->currentText()));
    }
    if (parameters.interventionId != 0) {
        filters.append(tr("intervention %1").arg(m_intervention->currentText()));
    }
    parameters.filterText = filters.join(QStringLiteral(", "));
    return parameters;
}

void ReportsPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QList<Report>> computed = m_workspace.reports().all(parameters());
    QApplication::restoreOverrideCursor();
    const int row = std::max(0, m_list->currentRow());
    if (!computed) {
        m_reports.clear();
        m_error->setText(computed.message());
        m_error->show();
        m_status->clear();
    } else {
        m_reports = std::move(computed).value();
        m_error->hide();
        m_status->setText(
            tr("%1 · computed in %2 s").arg(m_period.text(), QLocale().toString(timer.elapsed() / 1000.0, 'f', 2)));
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Report& report : m_reports) {
            m_list->addItem(report.title);
        }
        m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
        // As wide as the longest title, so that no report's name is cut.
        m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 8);
    }
    showReport(m_list->currentRow());
}

void ReportsPage::showReport(int index)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("reportContent"));
    auto* layout = new QVBoxLayout(content);
    if (index < 0 || index >= m_reports.size()) {
        layout->addWidget(new QLabel(m_reports.isEmpty() && !m_error->isHidden()
                                         ? tr("The reports could not be computed; see the message above.")
                                         : tr("Choose a report on the left."),
                                     content));
        layout->addStretch(1);
        m_scroll->setWidget(content);
        return;
    }
    const Report& report = m_reports.at(index);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(report.title.toHtmlEscaped()), content));
    auto* definition = new QLabel(report.definition, content);
    definition->setObjectName(QStringLiteral("reportDefinition"));
    definition->setWordWrap(true);
    definition->setStyleSheet(QStringLiteral("color: #505050;"));
    layout->addWidget(definition);
    for (const ReportTable& table : report.tables) {
        auto* caption = new QLabel(QStringLiteral("<b>%1</b>").arg(table.title.toHtmlEscaped()), content);
        layout->addSpacing(8);
        layout->addWidget(caption);
        if (table.onScreenOnly) {
            auto* privacy = new QLabel(tr("Names are shown here only: they are never printed or exported."), content);
            privacy->setWordWrap(true);
            layout->addWidget(privacy);
        }
        auto* view = new QTableView(content);
        view->setObjectName(QStringLiteral("reportTable_") + table.key);
        auto* model = new ReportTableModel(view);
        model->setTable(table);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(false);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        fitHeight(view, table.rowCount());
        layout->addWidget(view);
        if (table.rowCount() == 0 && table.onScreenOnly) {
            layout->addWidget(new QLabel(tr("No one: every active youth meets all three."), content));
        }
        if (!table.note.isEmpty()) {
            auto* note = new QLabel(table.note, content);
            note->setWordWrap(true);
            layout->addWidget(note);
        }
        if (table.chart != ReportTable::Chart::None && table.rowCount() > 0) {
            auto* chart = new ReportChartView(content);
            chart->setObjectName(QStringLiteral("reportChart_") + table.key);
            chart->setTable(table);
            chart->setFixedHeight(table.chart == ReportTable::Chart::Lines ? 260 : 280);
            layout->addWidget(chart);
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
}

ReportExport::Request ReportsPage::request() const
{
    ReportExport::Request request;
    request.parameters = parameters();
    request.periodText = m_period.text();
    request.maskSmallNumbers = m_mask->isChecked();
    request.printDate = Clock::today();
    return request;
}

QString ReportsPage::suggestedPath(const QString& stem, const QString& suffix) const
{
    const QString name
        = QStringLiteral("%1 %2 – %3.%4")
              .arg(stem, m_period.from().toString(Qt::ISODate), m_period.to().toString(Qt::ISODate), suffix);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

bool ReportsPage::hasFigures()
{
    if (m_reports.size() == ReportQuery::keys().size()) {
        return true;
    }
    MessageBox::warning(
        this, tr("Reports"),
        tr("The reports could not be computed, so there is nothing to print or save. %1").arg(m_error->text()));
    return false;
}

bool ReportsPage::exportPdf()
{
    if (!hasFigures()) {
        return false;
    }
    const QString path
        = FileDialog::getSaveFileName(this, tr("Save the reports as PDF"),
                                      suggestedPath(tr("Reports"), QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    const Result<int> written
        = ReportExport::writeReports(m_workspace, m_reports, request(), ReportExport::Format::Pdf, path);
    if (!written) {
        MessageBox::warning(this, tr("Save the reports as PDF"), written.message());
        return false;
    }
    m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, *written).arg(QFileInfo(path).fileName()));
    return true;
}

std::optional<std::pair<QString, ReportExport::Format>>
ReportsPage::chooseSpreadsheet(const QString& caption, const QString& stem, const QString& xlsxFilter)
{
    const QString csv = tr("CSV for Excel in Swedish: semicolons, decimal comma, UTF-8 (*.csv)");
    const QString path = FileDialog::getSaveFileName(this, caption, suggestedPath(stem, QStringLiteral("xlsx")),
                                                     xlsxFilter + QStringLiteral(";;") + csv);
    if (path.isEmpty()) {
        return std::nullopt;
    }
    return std::pair { path,
                       path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? ReportExport::Format::Csv
                                                                                  : ReportExport::Format::Xlsx };
}

bool ReportsPage::exportSpreadsheet()
{
    if (!hasFigures()) {
        return false;
    }
    const QString caption = tr("Save the reports as a spreadsheet");
    const auto chosen = chooseSpreadsheet(caption, tr("Reports"), tr("Excel workbook, one sheet per table (*.xlsx)"));
    if (!chosen) {
        return false;
    }
    const Result<int> written
        = ReportExport::writeReports(m_workspace, m_reports, request(), chosen->second, chosen->first);
    if (!written) {
        MessageBox::warning(this, caption, written.message());
        return false;
    }
    m_status->setText(tr("Saved %1 (%n table(s)).", nullptr, *written).arg(QFileInfo(chosen->first).fileName()));
    return true;
}

bool ReportsPage::exportParticipantList()
{
    const QString caption = tr("Save the participant list");
    const auto chosen = chooseSpreadsheet(caption, tr("Participants"), tr("Excel workbook (*.xlsx)"));
    if (!chosen) {
        return false;
    }
    const Result<int> written
        = ReportExport::writeParticipantList(m_workspace, request(), chosen->second, chosen->first);
    if (!written) {
        MessageBox::warning(this, caption, written.message());
        return false;
    }
    m_status->setText(tr("Saved %1 (%n row(s)); the export is recorded in the access log.", nullptr, *written)
                          .arg(QFileInfo(chosen->first).fileName()));
    return true;
}

void ReportsPage::print()
{
    if (!hasFigures()) {
        return;
    }
    const ReportDocumentBuilder::Input input = ReportExport::documentInput(m_workspace, m_reports, request());
    // Aggregate figures: nothing to record in the access log (the names of "no one lost" are never printed).
    DocumentPrinter::print(
        this, [] { return success(); },
        [input]() -> Result<std::unique_ptr<QTextDocument>> { return ReportDocumentBuilder::build(input); });
}

} // namespace lotsen
