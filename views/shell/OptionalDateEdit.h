#pragma once

#include <QDateEdit>

namespace lotsen {

// A date field that may be left empty: the lowest date stands for "not set" and is shown as a dash.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // An invalid QDate when not set.
    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);
    void clear() override;
};

} // namespace lotsen
