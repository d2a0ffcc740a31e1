#include "shell/OptionalDateEdit.h"

namespace lotsen {

namespace {
const QDate kNotSet(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // ISO dates, as Swedish offices write them
    setCalendarPopup(true);
    setMinimumDate(kNotSet);
    setSpecialValueText(QStringLiteral("—"));
    setDate(kNotSet);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == kNotSet ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& date)
{
    setDate(date.isValid() ? date : kNotSet);
}

void OptionalDateEdit::clear()
{
    setDate(kNotSet);
}

} // namespace lotsen
