#include "shell/ReadCheck.h"

#include <QLabel>

#include <QAbstractButton>

namespace lotsen {

void ReadCheck::add(const Result<void>& result)
{
    if (!result.ok()) {
        add(result.error());
    }
}

void ReadCheck::add(const Error& error)
{
    // Several reads of a broken database fail for the same reason; saying it once is enough.
    if (!m_messages.contains(error.message)) {
        m_messages.append(error.message);
    }
}

void ReadCheck::report(QLabel* label, QAbstractButton* save) const
{
    if (!failed()) {
        return;
    }
    if (label != nullptr) {
        label->setText(message());
        label->show();
    }
    if (save != nullptr) {
        save->setEnabled(false);
    }
}

} // namespace lotsen
