#pragma once

#include "access/Staff.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;

namespace lotsen {

// Fills a combo box with staff members to choose from: first `noneText` (id 0), then the active staff, and an
// inactive one only when it is `keepId` (the one already stored), marked "(inactive)". Every staff choice in
// Lotsen looks and behaves the same through here.
class StaffChoice
{
    Q_DECLARE_TR_FUNCTIONS(StaffChoice)

public:
    // When the staff could not be read, the combo is disabled and shows why, and the error is returned: the
    // caller must then not save a choice from it (it would store "none" over the real staff member).
    static Result<void> fill(QComboBox* combo, const Result<QList<Staff>>& staff, const QString& noneText,
                             qint64 keepId = 0);
};

} // namespace lotsen
