#include "access/StaffChoice.h"

#include <QComboBox>

namespace lotsen {

Result<void> StaffChoice::fill(QComboBox* combo, const Result<QList<Staff>>& staff, const QString& noneText,
                               qint64 keepId)
{
    combo->clear();
    if (!staff) {
        combo->addItem(staff.message(), QVariant());
        combo->setToolTip(staff.message());
        combo->setEnabled(false);
        return staff.error();
    }
    combo->setEnabled(true);
    combo->addItem(noneText, QVariant::fromValue<qint64>(0));
    for (const Staff& member : *staff) {
        if (member.active) {
            combo->addItem(member.name, QVariant::fromValue(member.id));
        } else if (member.id == keepId && keepId != 0) {
            combo->addItem(tr("%1 (inactive)").arg(member.name), QVariant::fromValue(member.id));
        }
    }
    return success();
}

} // namespace lotsen
