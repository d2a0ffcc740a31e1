#pragma once

#include "core/Result.h"

#include <QStringList>

class QAbstractButton;
class QLabel;

namespace lotsen {

// The reads a dialog needs before it can be used. A read that failed leaves its fallback in place, and report()
// shows why in the dialog's error line and disables its Save button: the user sees that something could not be
// read instead of a form that silently lacks it.
//     ReadCheck reads;
//     m_network = reads.take(workspace.network().persons(youthId));
//     reads.add(StaffChoice::fill(m_staff, workspace.staff().active(), tr("Not stated")));
//     reads.report(m_error, saveButton);
class ReadCheck
{
public:
    template<typename T> T take(Result<T>&& result, T fallback = T {})
    {
        if (!result.ok()) {
            add(result.error());
            return fallback;
        }
        return std::move(result).value();
    }
    void add(const Result<void>& result);
    void add(const Error& error);

    bool failed() const { return !m_messages.isEmpty(); }
    // The distinct messages, one per line.
    QString message() const { return m_messages.join(u'\n'); }
    // Shows the message and disables `save` (may be null) when a read failed; does nothing otherwise.
    void report(QLabel* label, QAbstractButton* save) const;

private:
    QStringList m_messages;
};

} // namespace lotsen
