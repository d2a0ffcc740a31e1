#pragma once

#include "access/AccessLog.h"

#include "core/Result.h"
#include "core/TableModel.h"

#include <QHash>
#include <QList>

#include <functional>

namespace lotsen {

class AccountRepository;

// The access log as a table for the access-log page: the entries that match a filter, newest first. Follows
// AccessLog::appended. The youth is shown by Lotsen's number, with the name only when the name lookup (which asks
// whether the current user may see that youth) gives one.
class AccessLogModel : public TableModel<AccessLog::Entry>
{
    Q_OBJECT

public:
    enum Column { Time, AccountColumn, Action, Youth, Detail, ColumnCount };
    Q_ENUM(Column)
    enum ItemRole {
        IdRole = Qt::UserRole + 1,
        AccountIdRole,
        YouthIdRole,
        ActionCodeRole,
    };
    // A youth's name for display, or an empty string when it may not be shown.
    using YouthNameLookup = std::function<QString(qint64 youthId)>;

    AccessLogModel(AccessLog& log, AccountRepository& accounts, QObject* parent = nullptr);

    void setYouthNameLookup(YouthNameLookup lookup);
    void setFilter(const AccessLog::Filter& filter);
    const AccessLog::Filter& filter() const { return m_filter; }
    const AccessLog::Entry& entry(int row) const { return rows().at(row); }
    // A model nobody looks at need not re-read the log at every entry (each card open writes one): while not live,
    // new entries only mark it stale, and it catches up when made live again.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again. On failure the rows are cleared, loadFailed is emitted and the error returned.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    void onAppended();
    QString accountText(const AccessLog::Entry& entry) const;
    QString youthText(qint64 youthId) const;

    AccessLog& m_log;
    AccountRepository& m_accounts;
    AccessLog::Filter m_filter;
    YouthNameLookup m_youthName;
    QHash<qint64, QString> m_accountNames; // display names by account id, read at refresh
    mutable QHash<qint64, QString> m_youthNames; // looked up once per refresh
    bool m_live = true;
    bool m_stale = false;
};

} // namespace lotsen
