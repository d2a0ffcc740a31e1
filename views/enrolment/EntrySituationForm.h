#pragma once

#include "enrolment/Enrolment.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace lotsen {

// The situation at entry as a form: labour-market situation, time without work or studies, education (with its
// ISCED band), income, the KAA group (derived, shown, overridable) and, when the centre collects them, disability
// and foreign background. Used by the Enrol dialog and by "Change situation at entry…".
class EntrySituationForm : public QWidget
{
    Q_OBJECT

public:
    // `withSensitive`: ask the special-category questions too (the centre collects them, the user may see them).
    EntrySituationForm(const QDate& birthDate, bool withSensitive, QWidget* parent = nullptr);

    void setSituation(const EntrySituation& situation);
    EntrySituation situation() const;
    // The date the KAA group is derived on: the start of the period.
    void setReferenceDate(const QDate& date);

private:
    void updateKaa();

    QDate m_birthDate;
    QDate m_referenceDate;
    QComboBox* m_labour = nullptr;
    QComboBox* m_timeWithout = nullptr;
    QComboBox* m_education = nullptr;
    QLabel* m_isced = nullptr;
    QComboBox* m_income = nullptr;
    QLabel* m_kaaDerived = nullptr;
    QComboBox* m_kaa = nullptr;
    QComboBox* m_disability = nullptr;
    QComboBox* m_foreignBackground = nullptr;
};

} // namespace lotsen
