#pragma once

#include <QAbstractTableModel>

namespace lotsen {

// The QObject part of TableModel, which as a template cannot have signals of its own.
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The last refresh could not read the rows: the list is empty because of that, not because there is nothing
    // (an empty state must not say "nothing here yet" then).
    bool hasLoadError() const { return m_loadError; }

signals:
    // A refresh, also one started by a change elsewhere, could not read its rows: the rows were cleared and the
    // view shows the message (ErrorLabel::follow) instead of a list that only looks empty.
    void loadFailed(const QString& message);

protected:
    // Whether the read being applied failed; set between beginResetModel and endResetModel, so that a view
    // that redraws on modelReset already knows, and emit loadFailed after the reset.
    void setLoadError(bool failed) { m_loadError = failed; }

private:
    bool m_loadError = false;
};

} // namespace lotsen
