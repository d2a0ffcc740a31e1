#pragma once

#include "lists/ListExport.h"

#include <QDialog>

class QRadioButton;

namespace lotsen {

// Says what is about to leave Lotsen (which list, how many rows and columns, the filters, whether it holds personal
// data and that the export is then recorded) and asks for the format; the file name is asked for next.
class ExportListDialog : public QDialog
{
    Q_OBJECT

public:
    ExportListDialog(const ListExport::Request& request, QWidget* parent = nullptr);

    ListExport::Format format() const;

private:
    QRadioButton* m_xlsx = nullptr;
    QRadioButton* m_csv = nullptr;
};

} // namespace lotsen
