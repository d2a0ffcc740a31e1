#pragma once

#include "reports/ReportExport.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportTable.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace lotsen {

class ErrorLabel;
class Workspace;

// The Reports page (coordinators and administrators): a period and filters, the ten reports as tables and Qt
// Charts drawn from ReportQuery's figures, and the ways out: print, PDF, XLSX/CSV, the funder's participant list.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Workspace& workspace, QWidget* parent = nullptr);

    const QList<Report>& reports() const { return m_reports; }
    ReportParameters parameters() const;
    ReportPeriod period() const { return m_period; }
    void setPeriod(const ReportPeriod& period);

public slots:
    // Computes every report again for the chosen period and filters.
    void refresh();
    void showReport(int index);
    bool exportPdf();
    bool exportSpreadsheet();
    bool exportParticipantList();
    void print();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    // False (and the user told why) when the last refresh failed: nothing empty is printed or saved as a report.
    bool hasFigures();
    void periodKindChanged();
    void updatePeriodControls();
    ReportExport::Request request() const;
    QString suggestedPath(const QString& stem, const QString& suffix) const;
    // The file and its format (by the name's suffix), or nothing when the user cancelled.
    std::optional<std::pair<QString, ReportExport::Format>>
    chooseSpreadsheet(const QString& caption, const QString& stem, const QString& xlsxFilter);

    Workspace& m_workspace;
    ReportPeriod m_period;
    QList<Report> m_reports;

    QComboBox* m_kind = nullptr;
    QToolButton* m_previous = nullptr;
    QLabel* m_periodText = nullptr;
    QToolButton* m_next = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_mentor = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_intervention = nullptr;
    QCheckBox* m_mask = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_customTimer = nullptr;
    ErrorLabel* m_error = nullptr;
    QListWidget* m_list = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace lotsen
