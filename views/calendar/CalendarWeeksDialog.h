#pragma once

#include <QDialog>

class QSpinBox;

namespace lotsen {

// Asks how many weeks ahead "Export my planned contacts…" covers (4 unless the user says otherwise, 1–52).
class CalendarWeeksDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarWeeksDialog(QWidget* parent = nullptr);
    int weeks() const;

private:
    QSpinBox* m_weeks = nullptr;
};

} // namespace lotsen
