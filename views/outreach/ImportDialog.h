#pragma once

#include "outreach/YouthImporter.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lotsen {

class ImportPreviewModel;
class Workspace;

// Imports a list of youths from CSV: choose the file and the referral source, check how the columns are mapped,
// see every row's status in the preview, and import the valid new rows as prospects in one step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Reads the file and maps its columns by their header names; false (and says why) when it cannot be used.
    bool loadFile(const QString& path);
    void setReferralSource(ReferralSource source);
    ReferralSource referralSource() const;

    // One combo per CSV column, in the file's order.
    // What the last import did; zeros until one succeeded.
    const YouthImporter::Summary& lastSummary() const { return m_lastSummary; }

public slots:
    // Asks for a file and loads it; false when the user cancelled.
    bool chooseFile();
    // Imports the valid new rows; false when nothing was written.
    bool importRows();

private:
    void rebuildMapping();
    void mappingChanged();
    void updatePreview();

    Workspace& m_workspace;
    YouthImporter m_importer;
    YouthImporter::Summary m_lastSummary;
    QLineEdit* m_path = nullptr;
    QComboBox* m_source = nullptr;
    QLabel* m_fileInfo = nullptr;
    QWidget* m_mappingArea = nullptr;
    QGridLayout* m_mappingGrid = nullptr;
    QList<QComboBox*> m_mappingCombos;
    QLabel* m_error = nullptr;
    ImportPreviewModel* m_preview = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace lotsen
